"""Background work of the self-check: the report PDF of a completed round, built once when the
round is completed and stored (rebuilt when what it shows changes, see reports.report_version)."""

from django.tasks import task

from selfcheck import reports
from selfcheck.models import Round
from weltoffen import documents


@task(queue_name="documents")
def build_round_report(*, round_id: int) -> str:
    round = (
        Round.objects.select_related("municipality", "questionnaire")
        .filter(pk=round_id, completed_at__isnull=False)
        .first()
    )
    if round is None:
        return "no completed round"
    return documents.build(
        reports.report_key(round.pk),
        reports.report_version(round),
        lambda: reports.report_pdf(round),
        filename=reports.report_filename(round),
        stand=round.completed_at,
    )


def stored_report(round):
    """The stored report of a completed round. After a change (e.g. a new measure) the last copy
    is served while the worker builds the new one; built here only if there is none yet."""
    return documents.obtain(
        reports.report_key(round.pk),
        reports.report_version(round),
        build_round_report,
        build_here=lambda: True,
        round_id=round.pk,
    )


def drop_round_report(round_id: int) -> None:
    """A reopened round has no report until it is completed again (then it is built anew)."""
    documents.drop(reports.report_key(round_id))


def prune_reports() -> str:
    """Stored reports of rounds that were deleted (or reopened) are deleted with their file."""
    stored_ids = [
        int(key.rsplit("-", 1)[1])
        for key in documents.StoredDocument.objects.filter(
            key__startswith="selfcheck/report-"
        ).values_list("key", flat=True)
    ]
    keep = Round.objects.filter(pk__in=stored_ids, completed_at__isnull=False).values_list(
        "pk", flat=True
    )
    removed = documents.prune("selfcheck/report-", {reports.report_key(pk) for pk in keep})
    return f"Selbstcheck: {removed} Berichte gelöschter Runden entfernt"
