"""A worker killed in the middle of saving a self-check step leaves no partial data: the answers
of a step are written in one transaction, so the database keeps all or none of them.

The save is held in the middle by a trigger that sleeps while inserting the third answer; then the
worker process is killed (SIGKILL) as by the kernel's OOM killer or a crash. The transaction was
never committed, so PostgreSQL rolls it back when it finds the client gone: none of the five
answers is there, and never a part of them."""

import contextlib
import os
import signal
import subprocess
import threading
import time

import pytest
from django.db import connection

from contacts.models import Membership
from selfcheck import services
from selfcheck.models import Answer, Question, Questionnaire
from tests.operations.servers import TOKEN, app_server, free_port, get, logged_in_browser, post

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (CI)"),
]
FIELD = "management-und-steuerung"
ORPHANED_INSERTS = (
    "SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
    "AND datname = current_database() AND query LIKE '%%INSERT INTO \"selfcheck_answer\"%%'"
)
SLOW_THIRD_ROW = """
CREATE OR REPLACE FUNCTION test_slow_answer() RETURNS trigger AS $$
BEGIN
  IF NEW.level = 3 THEN PERFORM pg_sleep(8); END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER test_slow_answer BEFORE INSERT ON selfcheck_answer
  FOR EACH ROW EXECUTE FUNCTION test_slow_answer();
"""


@pytest.fixture
def slow_inserts():
    with connection.cursor() as cursor:
        cursor.execute(SLOW_THIRD_ROW)
    yield
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER IF EXISTS test_slow_answer ON selfcheck_answer")
        cursor.execute("DROP FUNCTION IF EXISTS test_slow_answer()")


def worker_of(master):
    children = subprocess.run(["pgrep", "-P", str(master.pid)], capture_output=True, text=True)
    return int(children.stdout.split()[0])


def test_killed_worker_leaves_no_half_saved_step(member, password, town, slow_inserts):
    Membership.objects.create(user=member, municipality=town, role="coordinator", status="active")
    round_ = services.round_start(municipality=town, user=member, title="Runde")
    questions = Question.objects.filter(
        questionnaire=Questionnaire.objects.current(), field__slug=FIELD
    ).order_by("order")[:5]
    port = free_port()
    with app_server(port) as server:
        browser = logged_in_browser(port, member.email, password)
        step = f"/selbstcheck/runde/{round_.pk}/feld/{FIELD}/"
        token = TOKEN.search(get(port, step, browser)[1]).group(1)
        # levels 0-4; the trigger holds the INSERT at the third answer (level 3)
        answers = {
            f"q{q.pk}": str(level) for level, q in zip([1, 2, 3, 4, 0], questions, strict=True)
        }
        data = {"csrfmiddlewaretoken": token, **answers}
        saving = threading.Thread(target=_save, args=(port, step, data, browser), daemon=True)
        saving.start()
        assert _wait_for_insert(running=True), "the save never reached the database"
        os.kill(worker_of(server), signal.SIGKILL)  # while the INSERT waits at the third answer
        saving.join(timeout=30)
        # PostgreSQL ends the orphaned statement after the sleep and rolls its transaction back
        assert _wait_for_insert(running=False), "the orphaned statement never ended"
    saved = [a.level for a in Answer.objects.filter(round=round_).order_by("question__order")]
    assert saved == []  # rolled back: the worker died before its COMMIT


def _wait_for_insert(*, running, tries=60):
    for _ in range(tries):
        with connection.cursor() as cursor:
            cursor.execute(ORPHANED_INSERTS)
            if (cursor.fetchone()[0] > 0) == running:
                return True
        time.sleep(0.25)
    return False


def _save(*args):
    with contextlib.suppress(OSError):  # the connection dies with the worker
        post(*args)
