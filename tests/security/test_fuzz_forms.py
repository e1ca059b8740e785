"""Hypothesis posts generated data to every form of the project: never a 500, and a refused form
writes nothing (the row counts stay as they were)."""

import pytest
from django.apps import apps
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import HttpsClient
from tests.security.world import build

pytestmark = pytest.mark.django_db

# Text as people and bots type it: empty, long, markup, control characters, other scripts.
TEXT = st.one_of(
    st.text(max_size=40),
    st.text(min_size=300, max_size=6000),
    st.sampled_from(
        [
            "",
            " ",
            "0",
            "-1",
            "1000",
            "2026-13-45",
            "ja",
            "<script>x</script>",
            "a@b",
            "x" * 255,
            "\x00",
            "💥",
            "=1+1",
            "1e309",
            "NaN",
        ]
    ),
)
LEVELS = st.one_of(st.sampled_from(["0", "1", "2", "3", "4", "x"]), TEXT)  # real ones, too
FIELDS = {
    # url key -> (role, field names the form knows)
    "register": ("anonymous", ["email", "name", "password1", "password2", "privacy"]),
    "login": ("anonymous", ["username", "password"]),
    "password_reset": ("anonymous", ["email"]),
    "resend-confirmation": ("anonymous", ["email"]),
    "dialogues:register": ("anonymous", ["name", "email", "people", "needs", "consent"]),
    "dialogues:submit": (
        "member_a",
        [
            "title",
            "format",
            "participation",
            "fields",
            "description",
            "starts_at",
            "ends_at",
            "mode",
            "venue_name",
            "address",
            "online_url",
            "organiser_name",
            "capacity",
            "max_group_size",
            "registration",
            "registration_url",
            "status",
            "status_note",
            "image_alt",
        ],
    ),
    "dialogues:edit": ("member_a", ["title", "starts_at", "ends_at", "mode", "capacity"]),
    "selfcheck:step": ("member_a", []),  # filled in with the step's real question fields
    "selfcheck:autosave": ("member_a", []),  # the same, plus the question's id
    "contacts:propose": ("registered", ["name", "kind", "state"]),
    "contacts:join": ("registered", ["municipality"]),
    "contacts:invite": ("coordinator_a", ["email"]),
    "email-change": ("member_a", ["email", "password"]),
    "account-delete": ("member_a", ["password", "confirm"]),
}
COUNTED = [
    "weltoffen.User",
    "contacts.Municipality",
    "contacts.Membership",
    "contacts.Invitation",
    "dialogues.Event",
    "dialogues.Registration",
    "selfcheck.Answer",
]


def counts():
    return {label: apps.get_model(label).objects.count() for label in COUNTED}


@pytest.fixture
def world(make_event, make_article):
    return build(make_event, make_article)


@pytest.mark.parametrize("name", FIELDS)
def test_generated_input_never_breaks_a_form(world, name):
    from django.urls import reverse

    role, fields = FIELDS[name]
    real = {}
    if name in ("selfcheck:step", "selfcheck:autosave"):  # the real answer fields
        from selfcheck.models import Question

        questions = Question.objects.filter(field__slug=world["kwargs"]["step"]["field"])[:3]
        fields = [f"{prefix}{q.pk}" for q in questions for prefix in ("q", "note")]
        fields += ["question"] if name == "selfcheck:autosave" else []
        real = {f"q{q.pk}": LEVELS for q in questions}
        real["question"] = st.one_of(st.sampled_from([str(q.pk) for q in questions]), TEXT)
    kwargs = {
        "selfcheck:autosave": world["kwargs"]["round"],
        "dialogues:register": world["kwargs"]["event"],
        "dialogues:edit": world["kwargs"]["event_pk"],
        "selfcheck:step": world["kwargs"]["step"],
        "contacts:invite": world["kwargs"]["town"],
    }.get(name)
    url = reverse(name, kwargs=kwargs)
    client = HttpsClient()
    if role != "anonymous":
        client.force_login(world["people"][role])

    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.fixed_dictionaries({field: real.get(field, TEXT) for field in fields}))
    def post(data):
        before = counts()
        response = client.post(url, data)
        assert response.status_code < 500, (name, data)
        refused = (400, 403, 404, 429) if name == "selfcheck:autosave" else (200, 400, 404, 429)
        if response.status_code in refused:  # form shown again or an error
            assert counts() == before, (name, data)

    post()
