"""Every URL of the project × every role → the status code it must answer to a GET.

The URL list is read from the URL configuration, so a new URL without an entry here fails. Roles:
anonymous, registered without municipality, member and coordinator of municipality A, member of
municipality B, editor (Redaktion), site admin. Objects in the URLs belong to A."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.conftest import HttpsClient
from tests.security.world import ROLES, build

pytestmark = pytest.mark.django_db

ALL = dict.fromkeys(ROLES, 200)
LOGIN = {**dict.fromkeys(ROLES, 200), "anonymous": 302}  # anonymous → login page
GUEST = {**dict.fromkeys(ROLES, 302), "anonymous": 200}  # signed-in people are sent on
MEMBERS_A = {
    "anonymous": 302,
    "registered": 404,
    "member_a": 200,
    "coordinator_a": 200,
    "member_b": 404,
    "editor": 404,
    "site_admin": 404,
}
COORDINATOR_A = {**MEMBERS_A, "member_a": 404}
MEMBERSHIP = {  # pages for people with a municipality; others are sent to join one
    **dict.fromkeys(ROLES, 302),
    "member_a": 200,
    "coordinator_a": 200,
    "member_b": 200,
}
OWN_MUNICIPALITY = {  # about the user's own municipality: 404 without one
    **dict.fromkeys(ROLES, 404),
    "anonymous": 302,
    "member_a": 200,
    "coordinator_a": 200,
    "member_b": 200,
}
POST_ONLY = {**dict.fromkeys(ROLES, 405), "anonymous": 302}
# POST addresses of the self-check: a GET (e.g. after a session expiry) leads to their page
TO_OWN_PAGE = {key: 302 if status == 200 else status for key, status in OWN_MUNICIPALITY.items()}
TO_ROUND_PAGE = {key: 302 if status == 200 else status for key, status in MEMBERS_A.items()}

# url name -> (kwargs key or None, expected statuses by role)
MATRIX = {
    "home": (None, ALL),
    "field-list": (None, ALL),
    "field-detail": ("field", ALL),
    "page": ("page", ALL),
    "account": (None, LOGIN),
    "register": (None, GUEST),
    "register-done": (None, ALL),
    "confirm-email": ("bad_token", dict.fromkeys(ROLES, 400)),  # a bad link says so at once
    "resend-confirmation": (None, ALL),
    "email-change": (None, LOGIN),
    "name-change": (None, LOGIN),
    "data-export": (None, LOGIN),
    "account-delete": (None, LOGIN),
    "login": (None, GUEST),
    "logout": (None, ALL),  # a confirmation page with a POST button
    "password_change": (None, LOGIN),
    "password_change_done": (None, LOGIN),
    "password_reset": (None, ALL),
    "password_reset_done": (None, ALL),
    # valid link → on to the password form; the admin's own login has already spent the token
    "password_reset_confirm": ("reset", {**dict.fromkeys(ROLES, 302), "site_admin": 200}),
    "password_reset_complete": (None, ALL),
    "selfcheck:index": (None, ALL),
    "selfcheck:method": (None, ALL),
    "selfcheck:questions-pdf": ("field_slug", ALL),
    "selfcheck:round-start": (None, TO_OWN_PAGE),
    "selfcheck:round": ("round", MEMBERS_A),
    "selfcheck:step": ("step", MEMBERS_A),
    "selfcheck:autosave": ("round", dict.fromkeys(ROLES, 302)),  # POST: tests/selfcheck
    "selfcheck:complete": ("round", TO_ROUND_PAGE),
    "selfcheck:team": ("step", MEMBERS_A),
    "selfcheck:result": ("round", MEMBERS_A),
    "selfcheck:report-pdf": ("round", MEMBERS_A),
    "selfcheck:answers-csv": ("round", MEMBERS_A),
    "selfcheck:history": (None, OWN_MUNICIPALITY),
    "selfcheck:benchmark-consent": (None, {**TO_OWN_PAGE, "member_a": 404}),  # coordinators
    "selfcheck:assignments": ("round", COORDINATOR_A),
    "selfcheck:measures": (None, OWN_MUNICIPALITY),
    "selfcheck:reopen": ("round", TO_ROUND_PAGE),
    "selfcheck:measure-edit": ("measure", MEMBERS_A),
    # deleting (a confirmation page first) is for the measure's author and the coordinators
    "selfcheck:measure-delete": ("measure", {**MEMBERS_A, "member_a": 403}),
    "selfcheck:measure-from-suggestion": ("round", TO_ROUND_PAGE),
    "magazine:index": (None, ALL),
    "magazine:feed": (None, ALL),
    "magazine:field": ("field", ALL),
    "magazine:field-feed": ("field", ALL),
    "magazine:article": ("article", ALL),
    "dialogues:index": (None, ALL),
    "dialogues:archive": (None, ALL),
    "dialogues:feed": (None, ALL),
    "dialogues:registration": ("registration", ALL),
    "dialogues:registration-confirm": ("registration", ALL),  # GET shows the button only
    "dialogues:mine": (None, MEMBERSHIP),
    "dialogues:submit": (None, MEMBERSHIP),
    "dialogues:edit": ("event_pk", MEMBERS_A),
    "dialogues:registrations-csv": ("event_pk", COORDINATOR_A),  # needs may be health data
    "dialogues:event": ("event", ALL),
    "dialogues:event-ics": ("event", ALL),
    "dialogues:register": ("event", dict.fromkeys(ROLES, 302)),
    "dialogues:registered": ("event", ALL),
    "contacts:index": (None, ALL),
    "contacts:directory-pdf": (None, ALL),
    "contacts:directory-csv": (None, ALL),
    "contacts:directory-vcf": (None, ALL),
    "contacts:contact-vcf": ("contact", ALL),
    "contacts:help": (None, ALL),
    "contacts:emergency-card": ("state", ALL),
    "contacts:municipality-detail": ("town", ALL),
    "contacts:team": ("town", MEMBERS_A),
    # GET changes nothing and leads back to the team page (which answers 404 to outsiders)
    "contacts:membership-action": ("membership_action", dict.fromkeys(ROLES, 302)),
    "contacts:invite": ("town", POST_ONLY),
    # the coordinators' buttons for open invitations; a GET leads back to the team page
    "contacts:invitation-action": ("invitation_action", {**COORDINATOR_A, "coordinator_a": 302}),
    "contacts:join": (None, LOGIN),
    "contacts:propose": (None, LOGIN),
    "contacts:switch": (None, POST_ONLY),
    "contacts:invitation": ("bad_token", dict.fromkeys(ROLES, 400)),
    "sitemap": (None, ALL),
    "healthz": (None, ALL),
}
PLAIN_PATHS = {"impressum/": 200, "datenschutz/": 200, "barrierefreiheit/": 200, "favicon.ico": 301}
EXTRA_KWARGS = {
    "field": {"slug": "management-und-steuerung"},
    "page": {"slug": "impressum"},
    "field_slug": {"field": "management-und-steuerung"},
    "bad_token": {"token": "gefaelscht"},
    "state": {"state": "he"},
}


def project_urls(patterns=None, prefix="", namespace=""):
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
            yield from project_urls(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            yield (
                (f"{namespace}{pattern.name}" if pattern.name else None),
                prefix + str(pattern.pattern),
            )


def test_every_url_has_an_entry_in_the_matrix():
    missing = [
        (name, path)
        for name, path in project_urls()
        if not path.startswith("admin/")
        and name not in MATRIX
        and path not in PLAIN_PATHS
        and not path.startswith("media/")
    ]
    assert not missing, f"URLs without an expected status per role: {missing}"


@pytest.fixture
def world(make_event, make_article):
    return build(make_event, make_article)


def client_for(world, role):
    client = HttpsClient()
    if role != "anonymous":
        client.force_login(world["people"][role])
    return client


@pytest.mark.parametrize("role", ROLES)
def test_every_url_answers_each_role_as_expected(world, role):
    kwargs = {**world["kwargs"], **EXTRA_KWARGS}
    client = client_for(world, role)
    wrong = []
    for name, (key, expected) in MATRIX.items():
        url = reverse(name, kwargs=kwargs[key] if key else None)
        status = client.get(url).status_code
        if status != expected[role]:
            wrong.append(f"{name} {url}: {status}, expected {expected[role]}")
    for path, expected in PLAIN_PATHS.items():
        if (status := client.get(f"/{path}").status_code) != expected:
            wrong.append(f"/{path}: {status}, expected {expected}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("role", ROLES)
def test_every_admin_list_answers_each_role_as_expected(world, role):
    """Admin: nobody without staff status gets in (sent to the login); editors see exactly the
    content models the apps registered in weltoffen.registry.editor_permissions; site admins see
    everything."""
    from django.contrib import admin

    from weltoffen.registry import editor_permissions as EDITOR_PERMISSIONS

    # every app's content is in the editors' list (each app registers its own)
    content = {"weltoffen.page", "contacts.contactperson", "selfcheck.fieldassessment"}
    assert content | {"magazine.article", "dialogues.event"} <= set(EDITOR_PERMISSIONS)

    client = client_for(world, role)
    wrong = []
    for model in admin.site._registry:
        label = model._meta.label_lower
        url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        if role in ("editor", "site_admin"):
            editable = "view" in EDITOR_PERMISSIONS.get(label, ())
            expected = 200 if role == "site_admin" or editable else 403
        else:
            expected = 302
        if (status := client.get(url).status_code) != expected:
            wrong.append(f"{label} {url}: {status}, expected {expected}")
    assert not wrong, "\n".join(wrong)
