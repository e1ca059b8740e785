"""What the result and history pages add to the scores: the position in the anonymous
comparison, read aloud per field, and the charts over time."""

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from selfcheck import charts

ABOVE = gettext_lazy("above the median (upper quarter)")
MIDDLE = gettext_lazy("in the middle range (middle half)")
BELOW = gettext_lazy("below the median (lower quarter)")


def position(score, quartiles):
    """Where a field's score stands among the participating municipalities, decided with the
    quartiles: above the upper quartile, below the lower one, or in the middle half (limits
    included). None without a score or a comparison."""
    if score is None or not quartiles:
        return None
    low, _median, high = quartiles
    if score > high:
        return ABOVE
    if score < low:
        return BELOW
    return MIDDLE


def round_label(round_, rounds) -> str:
    """A short name of the round for a chart's axis: its year, or month and year where two rounds
    started in the same year."""
    years = [r.started_at.year for r in rounds]
    if years.count(round_.started_at.year) > 1:
        return date_format(round_.started_at, "m/Y")
    return str(round_.started_at.year)


def history_charts(rounds, fields, scores) -> list[dict]:
    """Small multiples, oldest round first: the overall score and each field's score per round."""
    labels = [round_label(r, rounds) for r in rounds]
    series = [(_("Overall"), _("Overall"), [scores[r.pk].overall for r in rounds])]
    series += [
        (f"{f.number}. {f.short_label}", f.name, [scores[r.pk].field(f.slug).score for r in rounds])
        for f in fields
    ]
    return [
        {"label": label, "name": name, "svg": charts.trend(labels, values, label)}
        for label, name, values in series
    ]
