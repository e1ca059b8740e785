"""How a self-check round is scored. Pure functions over plain data: no ORM, no side effects.

For each question the *effective answer* is the team's agreed answer if the coordinator recorded
one; otherwise the median of the members' answers. "Don't know" (None) never counts: a question
whose effective answer is "don't know", or that nobody answered, is left out. A field's score is
the share of the maximum over its answered questions: sum of levels / (4 × answered) × 100. A
field without any answered question has no score (None), not 0. The overall score is computed the
same way over all answered questions of all fields. See docs/scoring.md.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from statistics import median

MAX_LEVEL = 4


@dataclass(frozen=True)
class QuestionRef:
    id: int
    field: str  # the field's slug


@dataclass(frozen=True)
class FieldScore:
    field: str
    total: int  # questions in the field
    answered: int  # questions with an effective answer (not "don't know")
    score: float | None  # 0–100, None when nothing was answered
    from_median: int  # answered questions whose answer is the median of members' answers


@dataclass(frozen=True)
class RoundScore:
    fields: tuple[FieldScore, ...]
    overall: float | None
    answered: int
    total: int

    def field(self, slug: str) -> FieldScore:
        return next(f for f in self.fields if f.field == slug)


def effective_answer(member_levels: Sequence[int | None], agreed: tuple[bool, int | None]):
    """(level or None, whether it is a median). `agreed` is (recorded?, level)."""
    recorded, agreed_level = agreed
    if recorded:
        return agreed_level, False
    known = [level for level in member_levels if level is not None]
    if not known:
        return None, False
    return float(median(known)), True


def _share(levels: Sequence[float]) -> float | None:
    if not levels:
        return None
    return round(sum(levels) / (MAX_LEVEL * len(levels)) * 100, 1)


def score_round(
    questions: Iterable[QuestionRef],
    member_answers: Mapping[int, Sequence[int | None]],
    agreed_answers: Mapping[int, int | None],
    field_order: Sequence[str],
) -> RoundScore:
    """member_answers: question id -> the members' levels (None = don't know).
    agreed_answers: question id -> agreed level (None = agreed "don't know"); absent = none yet."""
    per_field: dict[str, list[float]] = {slug: [] for slug in field_order}
    totals: dict[str, int] = dict.fromkeys(field_order, 0)
    medians: dict[str, int] = dict.fromkeys(field_order, 0)
    for question in questions:
        totals[question.field] = totals.get(question.field, 0) + 1
        agreed = (question.id in agreed_answers, agreed_answers.get(question.id))
        level, is_median = effective_answer(member_answers.get(question.id, ()), agreed)
        if level is not None:
            per_field.setdefault(question.field, []).append(level)
            medians[question.field] = medians.get(question.field, 0) + int(is_median)
    fields = tuple(
        FieldScore(
            field=slug,
            total=totals.get(slug, 0),
            answered=len(per_field.get(slug, [])),
            score=_share(per_field.get(slug, [])),
            from_median=medians.get(slug, 0),
        )
        for slug in field_order
    )
    all_levels = [level for levels in per_field.values() for level in levels]
    return RoundScore(
        fields=fields,
        overall=_share(all_levels),
        answered=len(all_levels),
        total=sum(totals.values()),
    )


def band_for(score: float | None, bands: Sequence[tuple[int, str]]) -> str | None:
    """The key of the highest band whose minimum the score reaches. bands: (min_score, key)."""
    if score is None:
        return None
    eligible = [key for minimum, key in sorted(bands) if score >= minimum]
    return eligible[-1] if eligible else None


def quartiles(values: Sequence[float]) -> tuple[float, float, float] | None:
    """Lower quartile, median, upper quartile (inclusive method), for the anonymous comparison."""
    if not values:
        return None
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0], ordered[0], ordered[0]
    from statistics import quantiles

    q1, q2, q3 = quantiles(ordered, n=4, method="inclusive")
    return q1, q2, q3


class Consensus(StrEnum):
    """Where the team stands on one question (team view, round overview)."""

    UNANSWERED = "unanswered"  # no member answered yet
    SINGLE = "single"  # one member answered so far: nothing to agree or differ on yet
    UNANIMOUS = "unanimous"  # every member who answered (at least two) gave the same answer
    DIVERGENT = "divergent"  # the answers differ; "don't know" next to a level differs too
    AGREED = "agreed"  # the coordinator recorded the team's answer


def consensus(member_levels: Iterable[int | None], agreed_recorded: bool) -> Consensus:
    """member_levels: the members' answers (None = don't know), in any number and order."""
    if agreed_recorded:
        return Consensus.AGREED
    levels = list(member_levels)
    if not levels:
        return Consensus.UNANSWERED
    if len(levels) == 1:
        return Consensus.SINGLE
    return Consensus.DIVERGENT if len(set(levels)) > 1 else Consensus.UNANIMOUS
