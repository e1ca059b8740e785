"""Demo content of contacts for load_demo: visibly fictional, for local use only."""

from django.utils import timezone

from contacts import demo_directory
from contacts.models import Membership, MembershipStatus, Municipality, MunicipalityDomain, Role
from weltoffen.demo import demo_user

DEMO_TEAM = [
    # e-mail, password, name, role, status
    (
        "koordination@musterstadt.example.org",
        "demo-koordination-2026",
        "Demo-Koordinatorin Kim Beispiel",
        Role.COORDINATOR,
        MembershipStatus.ACTIVE,
    ),
    (
        "mitglied1@musterstadt.example.org",
        "demo-mitglied-2026",
        "Demo-Mitglied Sam Muster",
        Role.MEMBER,
        MembershipStatus.ACTIVE,
    ),
    (
        "mitglied2@musterstadt.example.org",
        "demo-mitglied-2026",
        "Demo-Mitglied Robin Probe",
        Role.MEMBER,
        MembershipStatus.ACTIVE,
    ),
    (
        "anfrage@example.org",
        "demo-anfrage-2026",
        "Demo-Anfrage Jo Test",
        Role.MEMBER,
        MembershipStatus.PENDING,
    ),
]


def load(lines):
    town, _ = Municipality.objects.get_or_create(
        name="Musterstadt (Demo)",
        kind="stadt",
        state="HE",
        defaults={"website": "https://musterstadt.example.org/"},
    )
    MunicipalityDomain.objects.get_or_create(
        domain="musterstadt.example.org", defaults={"municipality": town}
    )
    for email, password, name, role, status in DEMO_TEAM:
        user = demo_user(email, password, name)
        Membership.objects.update_or_create(
            user=user,
            municipality=town,
            defaults={
                "role": role,
                "status": status,
                "decided_at": timezone.now() if status == MembershipStatus.ACTIVE else None,
            },
        )
        what = "Anfrage offen" if status == MembershipStatus.PENDING else role.label
        lines.append(f"  {name} ({town.name}, {what}): {email} / Passwort: {password}")
    demo_directory.load(lines)
