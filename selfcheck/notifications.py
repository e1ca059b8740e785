"""E-mails about what a member must act on: fields assigned to them, a new round, a completed
round. Sent after the write has committed (through the queue, weltoffen.mail), to the active
members of the round's municipality only; they name people by name, never by address."""

from functools import partial

from django.conf import settings
from django.db import transaction
from django.urls import reverse

from contacts.models import Membership
from weltoffen.mail import send_templated_email
from weltoffen.models import Field

# What people typed (names, titles) is shown as text in the HTML part, never as a link.
TYPED = ("by", "municipality", "round_title")


def _team_addresses(round, *, but=None) -> list[str]:
    team = Membership.objects.team(round.municipality_id).filter(user__is_active=True)
    if but is not None:
        team = team.exclude(user=but)
    return list(team.values_list("user__email", flat=True).order_by("user__email"))


def _context(round, by) -> dict:
    return {
        "by": by.get_full_name() if by else "",
        "municipality": round.municipality.name,
        "round_title": round.title,
        "round_url": settings.SITE_URL + round.get_absolute_url(),
    }


def _send(addresses, template, context) -> None:
    for address in addresses:
        send_templated_email(to=address, template=template, context=context, plain=TYPED)


def round_started(round, *, by) -> None:
    """To every active member but the one who started it."""
    transaction.on_commit(
        partial(_send, _team_addresses(round, but=by), "round_started", _context(round, by))
    )


def round_completed(round, *, by) -> None:
    """To every active member but the one who completed it, with the link to the result."""
    context = {
        **_context(round, by),
        "result_url": settings.SITE_URL + reverse("selfcheck:result", kwargs={"pk": round.pk}),
    }
    addresses = _team_addresses(round, but=by)
    transaction.on_commit(partial(_send, addresses, "round_completed", context))


def fields_assigned(round, *, new: dict[int, set[int]], by=None) -> None:
    """new: user id -> the field ids newly assigned to them (only those: saving the form again
    with the same choices sends nothing). One e-mail per member, naming all their new fields."""
    new = {user_id: ids for user_id, ids in new.items() if ids}
    if not new:
        return
    fields = {f.pk: f for f in Field.objects.filter(pk__in=set().union(*new.values()))}
    members = Membership.objects.team(round.municipality_id).filter(
        user_id__in=new, user__is_active=True
    )
    for user_id, email in members.values_list("user_id", "user__email"):
        chosen = sorted((fields[pk] for pk in new[user_id]), key=lambda f: f.number)
        context = {
            **_context(round, by),
            "fields": [f"{f.number}. {f.name}" for f in chosen],
            "step_url": settings.SITE_URL
            + reverse("selfcheck:step", kwargs={"pk": round.pk, "field": chosen[0].slug}),
        }
        transaction.on_commit(partial(_send, [email], "fields_assigned", context))
