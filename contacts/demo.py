"""Demo content of contacts for load_demo: visibly fictional, for local use only."""

from django.utils import timezone

from contacts import demo_directory
from contacts.models import Membership, MembershipStatus, Municipality, MunicipalityDomain, Role
from weltoffen.demo import demo_user


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
    for person in demo_directory.DATA["team"]:
        email, password, name = person["email"], person["password"], person["name"]
        role, status = Role(person["role"]), MembershipStatus(person["status"])
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
