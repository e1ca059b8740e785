"""A small world for the permission matrix: two municipalities A and B, people in every role, and
one object of each kind that has its own URL."""

from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from contacts.models import ContactPerson, Invitation, Membership, MembershipStatus, Role
from dialogues.models import Registration
from selfcheck import services as selfcheck_services
from selfcheck.models import Measure
from tests.factories import MunicipalityFactory, UserFactory
from weltoffen.models import Field
from weltoffen.permissions import EDITOR_GROUP

ROLES = ["anonymous", "registered", "member_a", "coordinator_a", "member_b", "editor", "site_admin"]


def build(make_event, make_article):
    town_a = MunicipalityFactory(name="Musterstadt A")
    town_b = MunicipalityFactory(name="Beispielhausen B")
    people = {
        "registered": UserFactory(email="registriert@example.org"),
        "member_a": UserFactory(email="mitglied@a.example.org"),
        "coordinator_a": UserFactory(email="koordination@a.example.org"),
        "member_b": UserFactory(email="mitglied@b.example.org"),
        "editor": UserFactory(email="redaktion@example.org", is_staff=True),
        "site_admin": UserFactory(email="admin@example.org", is_staff=True, is_superuser=True),
    }
    people["editor"].groups.add(Group.objects.get(name=EDITOR_GROUP))
    memberships = {}
    for key, town, role in [
        ("member_a", town_a, Role.MEMBER),
        ("coordinator_a", town_a, Role.COORDINATOR),
        ("member_b", town_b, Role.COORDINATOR),
    ]:
        memberships[key] = Membership.objects.create(
            user=people[key],
            municipality=town_a if town is town_a else town_b,
            role=role,
            status=MembershipStatus.ACTIVE,
        )
    round_a = selfcheck_services.round_start(
        municipality=town_a, user=people["coordinator_a"], title="Runde A"
    )
    event = make_event("Dialog in A", municipality=town_a, registration="platform")
    registration = Registration.objects.create(
        event=event,
        name="Gast",
        email="gast@example.org",
        people=1,
        status="confirmed",
        consented_at=timezone.now(),
    )
    article = make_article("Beitrag")
    contact = ContactPerson.objects.create(
        municipality=town_a,
        name="Kim Kontakt",
        role="Integrationsbeauftragte",
        email="kim@a.example.org",
        is_published=True,
        consent_date=timezone.localdate(),
    )
    measure = Measure.objects.create(
        municipality=town_a,
        field=Field.objects.get(slug="management-und-steuerung"),
        title="Maßnahme A",
        created_by=people["coordinator_a"],
    )
    invitation = Invitation.objects.create(
        municipality=town_a, email="neu@a.example.org", invited_by=people["coordinator_a"]
    )
    admin_user = people["site_admin"]
    return {
        "people": people,
        "kwargs": {
            "town": {"pk": town_a.pk},
            "round": {"pk": round_a.pk},
            "step": {"pk": round_a.pk, "field": "management-und-steuerung"},
            "event": {"slug": event.slug},
            "event_pk": {"pk": event.pk},
            "registration": {"token": registration.token},
            "article": {"slug": article.slug},
            "contact": {"pk": contact.pk},
            "membership_action": {
                "pk": town_a.pk,
                "membership_pk": memberships["member_a"].pk,
                "action": "remove",
            },
            "measure": {"pk": measure.pk},
            "invitation_action": {
                "pk": town_a.pk,
                "invitation_pk": invitation.pk,
                "action": "zurueckziehen",
            },
            "reset": {
                "uidb64": urlsafe_base64_encode(force_bytes(admin_user.pk)),
                "token": default_token_generator.make_token(admin_user),
            },
        },
    }
