"""Mails about events go through the queue: saving an event queues one task (not one e-mail per
participant inside the editor's request), reminders are queued by the daily command, and each
task may run twice (at-least-once delivery) without anybody getting a mail twice."""

import json
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.tasks import default_task_backend
from django.test import override_settings
from django.utils import timezone

from dialogues import services
from dialogues.models import Registration
from tests.dialogues.conftest import add_registration

pytestmark = pytest.mark.django_db

# Stores what is queued without running it: the worker's part is run by hand below.
QUEUE = {
    "default": {
        "BACKEND": "django.tasks.backends.dummy.DummyBackend",
        "QUEUES": ["default", "documents"],
    }
}


def run(result):
    """What the worker does with a queued task (arguments as they come back from JSON)."""
    args, kwargs = json.loads(json.dumps([list(result.args), result.kwargs]))
    return result.task.call(*args, **kwargs)


@override_settings(TASKS=QUEUE)
def test_saving_an_event_queues_one_task_and_each_participant_is_mailed_once(
    make_event, django_capture_on_commit_callbacks
):
    event = make_event("Runder Tisch", registration="platform", capacity=40)
    for number in range(13):
        add_registration(event, f"teilnehmer{number}@example.org")
    add_registration(event, "abgemeldet@example.org", status="cancelled")
    event.venue_name = "Bürgerhaus Nord"
    with django_capture_on_commit_callbacks(execute=True):
        services.event_save(event=event)
    queued = default_task_backend.results
    assert len(mail.outbox) == 0  # nothing rendered or sent in the request
    assert [result.task.name for result in queued] == ["notify_event_change"]

    add_registration(event, "danach@example.org")  # registered after the change: not told
    assert run(queued[0]) == 13
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        f"teilnehmer{n}@example.org" for n in range(13)
    )
    assert all("Bürgerhaus Nord" in m.body for m in mail.outbox)
    assert run(queued[0]) == 0 and len(mail.outbox) == 13  # run twice: nobody mailed twice


@override_settings(TASKS=QUEUE)
def test_a_change_mail_the_server_refused_is_sent_when_the_task_runs_again(
    make_event, django_capture_on_commit_callbacks, monkeypatch
):
    from django.core.mail.backends.locmem import EmailBackend

    event = make_event("Workshop", registration="platform", capacity=40)
    add_registration(event, "eins@example.org")
    event.starts_at += timedelta(hours=1)
    event.ends_at += timedelta(hours=1)
    with django_capture_on_commit_callbacks(execute=True):
        services.event_save(event=event)
    task = default_task_backend.results[0]
    monkeypatch.setattr(EmailBackend, "send_messages", lambda self, messages: 1 / 0)
    with pytest.raises(Exception, match="change mails"):
        run(task)  # the task fails (visible in the admin's task list) ...
    monkeypatch.undo()
    assert run(task) == 1 and [m.to for m in mail.outbox] == [["eins@example.org"]]  # ... retried


@override_settings(TASKS=QUEUE)
def test_the_reminder_command_run_twice_queues_tasks_that_send_one_reminder(make_event):
    event = make_event(
        "Morgen", registration="platform", starts_at=timezone.localtime() + timedelta(days=1)
    )
    registration = add_registration(event, "morgen@example.org")
    call_command("send_event_reminders")
    call_command("send_event_reminders")  # e.g. the timer fired twice before the worker ran
    queued = default_task_backend.results
    assert [r.task.name for r in queued] == ["send_event_reminder"] * 2
    assert len(mail.outbox) == 0
    assert [run(result) for result in queued] == [True, False]
    assert [m.to for m in mail.outbox] == [["morgen@example.org"]]
    assert Registration.objects.get(pk=registration.pk).reminded_at is not None


@override_settings(TASKS=QUEUE)
def test_a_reminder_for_a_cancelled_registration_is_not_sent(make_event):
    event = make_event(
        "Morgen", registration="platform", starts_at=timezone.localtime() + timedelta(days=1)
    )
    registration = add_registration(event, "morgen@example.org")
    call_command("send_event_reminders")
    Registration.objects.filter(pk=registration.pk).update(status="cancelled")
    assert run(default_task_backend.results[0]) is False and len(mail.outbox) == 0
