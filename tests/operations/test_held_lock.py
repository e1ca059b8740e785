"""One long lock does not stop the platform. Another connection holds the row lock of a round
(as a long transaction or a stuck admin session would) for longer than DB_LOCK_TIMEOUT (5 s). A
save on that round waits for the lock timeout, then answers the German "please try again" page
(503 with Retry-After, no 500); meanwhile static files, /healthz and other pages, even the same
round's overview, answer at once. After the lock is released the save works."""

import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from django.db import connection, transaction

from contacts.models import Membership
from selfcheck import services
from selfcheck.models import Answer, Question, Questionnaire, Round
from tests.operations.servers import TOKEN, app_server, free_port, get, logged_in_browser

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (CI)"),
]
FIELD = "management-und-steuerung"
WAITING_FOR_THE_LOCK = (
    "SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
    "AND datname = current_database() AND wait_event_type = 'Lock'"
)


def send(port, path, opener, data, headers=None):
    """(status, final path, body, headers) of a form POST (redirects followed, errors too)."""
    body = urllib.parse.urlencode(data).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", body, headers or {})
    try:
        with opener.open(request, timeout=60) as response:
            final = urllib.parse.urlsplit(response.geturl()).path
            return response.status, final, response.read().decode(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, path, error.read().decode(), dict(error.headers)


def in_background(function, *args):
    result = {}
    thread = threading.Thread(target=lambda: result.update(answer=function(*args)), daemon=True)
    thread.start()
    return thread, result


def wait_until_waiting_for_the_lock(tries=100):
    for _ in range(tries):
        with connection.cursor() as cursor:
            cursor.execute(WAITING_FOR_THE_LOCK)
            if cursor.fetchone()[0]:
                return True
        time.sleep(0.05)
    return False


@pytest.fixture
def round_and_questions(member, town):
    Membership.objects.create(user=member, municipality=town, role="coordinator", status="active")
    round_ = services.round_start(municipality=town, user=member, title="Runde")
    questions = Question.objects.filter(
        questionnaire=Questionnaire.objects.current(), field__slug=FIELD
    ).order_by("order")[:3]
    return round_, list(questions)


def test_a_held_lock_gives_a_retry_page_and_nothing_else_waits(
    member, password, round_and_questions
):
    round_, questions = round_and_questions
    step = f"/selbstcheck/runde/{round_.pk}/feld/{FIELD}/"
    port = free_port()
    with app_server(port):
        browser = logged_in_browser(port, member.email, password)
        token = TOKEN.search(get(port, step, browser)[1]).group(1)
        data = {"csrfmiddlewaretoken": token, **{f"q{q.pk}": "3" for q in questions}}
        static = re.search(r'href="(/static/css/site\.[^"]+\.css)"', get(port, "/")[1]).group(1)
        with transaction.atomic():  # another connection holds the round's row lock
            Round.objects.select_for_update().get(pk=round_.pk)
            saving, saved = in_background(send, port, step, browser, data)
            assert wait_until_waiting_for_the_lock(), "the save never waited for the lock"
            others = {
                path: get(port, path, browser if "runde" in path else None)[0]
                for path in [
                    static,
                    "/healthz",
                    "/",
                    "/dialoge/",
                    f"/selbstcheck/runde/{round_.pk}/",
                ]
            }
            still_waiting = saving.is_alive()
            saving.join(timeout=40)
            autosave = send(
                port,
                f"/selbstcheck/runde/{round_.pk}/speichern/",
                browser,
                {
                    "question": questions[0].pk,
                    f"q{questions[0].pk}": "2",
                    f"note{questions[0].pk}": "",
                },
                {"Accept": "application/json", "X-CSRFToken": token},
            )
        assert still_waiting  # the other requests did not queue behind the waiting save
        assert set(others.values()) == {200}, others
        assert not saving.is_alive(), "the save waited for the lock without a timeout"
        status, _final, body, headers = saved["answer"]
        assert status == 503 and headers.get("Retry-After") == "5", body[:2000]
        assert "Bitte erneut versuchen" in body and 'lang="de"' in body  # German catalogue
        assert Answer.objects.filter(round=round_).count() == 0
        assert autosave[0] == 503 and "Bitte erneut versuchen" in autosave[2]  # JSON for the script
        # lock released: the same save goes through
        status, final, _body, _headers = send(port, step, browser, data)
    assert (status, final) == (200, f"/selbstcheck/runde/{round_.pk}/")
    assert Answer.objects.filter(round=round_, level=3).count() == len(questions)
