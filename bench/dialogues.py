"""Load benchmark of the dialogue events (list, filtered list, detail, calendar feeds) on
PostgreSQL.

Run: .venv/bin/python bench/dialogues.py   (see bench/README.md). Creates the database
`weltoffen_bench_dlg`, loads 5,000 published events (a third of them past) across 500
municipalities, serves the app with gunicorn on 127.0.0.1:8767, measures anonymously with wrk (or a
Python fallback) next to a static file served by the same server, and removes everything again.
Exit code 1 on any error, including a non-200 response.
"""

import sys
import time

import common  # bench/common.py: bench/ is first on sys.path when this script runs

# Own database, port and Redis database: may run next to the other bench scripts.
PORT, DB, REDIS_DB = 8767, "weltoffen_bench_dlg", 11
EVENTS, MUNICIPALITIES = 5_000, 500
DURATION, THREADS, CONNECTIONS = 10, 2, 8
FILTER = "teilnahme=online&feld=engagement-und-beteiligung"


def load():
    """Child process with the bench env: loads the data through the ORM, counts each page's
    queries with Django's test client, prints `BENCH {json}`."""
    import random
    from datetime import timedelta

    common.setup_django()
    from django.db import transaction
    from django.test import Client
    from django.utils import timezone

    from contacts.models import Bundesland, Municipality
    from dialogues.models import Event, EventFormat, Registration
    from weltoffen.models import Field

    started, now, rng = time.perf_counter(), timezone.now(), random.Random(2026)
    formats, fields = list(EventFormat.objects.all()), list(Field.objects.all())
    states = [code for code, _label in Bundesland.choices]
    with transaction.atomic():
        towns = Municipality.objects.bulk_create(
            Municipality(name=f"Benchstadt {i:03d}", kind="stadt", state=states[i % len(states)])
            for i in range(MUNICIPALITIES)
        )
        events = []
        for i in range(EVENTS):
            starts = now + timedelta(hours=rng.randint(-24 * 365, 24 * 730))
            mode = rng.choice(["in_person", "online", "hybrid"])
            events.append(
                Event(
                    title=f"Bürgerdialog {i:05d}: Wie wollen wir zusammenleben?",
                    slug=f"bench-{i:05d}",
                    description="<p>Ein Abend mit Gesprächen in kleinen Gruppen.</p>" * 3,
                    format=formats[i % len(formats)],
                    municipality=towns[i % len(towns)],
                    starts_at=starts,
                    ends_at=starts + timedelta(hours=2),
                    mode=mode,
                    venue_name="" if mode == "online" else "Bürgerhaus",
                    address="" if mode == "online" else "Beispielweg 1\n12345 Benchstadt",
                    online_url="" if mode == "in_person" else "https://meeting.example.org/x",
                    organiser_name="Integrationsbüro",
                    step_free=rng.random() < 0.7,
                    sign_language=rng.random() < 0.2,
                    registration="platform" if i % 3 == 0 else "none",
                    capacity=50 if i % 3 == 0 else None,
                    is_published=True,
                )
            )
        events = Event.objects.bulk_create(events, batch_size=1000)
        Through = Event.fields.through
        Through.objects.bulk_create(
            (
                Through(event_id=e.pk, field_id=f.pk)
                for e in events
                for f in rng.sample(fields, rng.randint(1, 3))
            ),
            batch_size=2000,
        )
        Registration.objects.bulk_create(
            (
                Registration(
                    event=e,
                    name=f"Person {n}",
                    email=f"p{n}.{e.pk}@example.org",
                    status="confirmed",
                    consented_at=now,
                )
                for e in events[::3]
                for n in range(10)
            ),
            batch_size=2000,
        )
    seconds = time.perf_counter() - started
    common.vacuum_analyze()
    upcoming = Event.objects.upcoming().filter(registration="platform").first()
    client = Client(HTTP_HOST=common.HOST)
    info = {"seconds": seconds, "event": upcoming.slug, "events": Event.objects.count()}
    info["upcoming"] = Event.objects.upcoming().count()
    info["queries"] = common.count_queries(client, page_paths(upcoming.slug))
    common.emit_info(info)


def page_paths(event_slug):
    return {
        "list": "/dialoge/",
        "list filtered": f"/dialoge/?{FILTER}",
        "list page 50": "/dialoge/?page=50",
        "archive": "/dialoge/archiv/",
        "event": f"/dialoge/{event_slug}/",
        "event .ics": f"/dialoge/{event_slug}/kalender.ics",
        "feed filtered": f"/dialoge/kalender.ics?{FILTER}",
        "feed all (250 max)": "/dialoge/kalender.ics",
    }


def measure_all(info):
    css = common.static_css_path(common.get_ok(PORT, "/dialoge/"), "dialogues page")
    targets = {"static site.css": css, **page_paths(info["event"])}
    for path in targets.values():
        common.get_ok(PORT, path)
    intro, measure = common.load_runner(
        PORT, duration=DURATION, threads=THREADS, connections=CONNECTIONS
    )
    lines = [
        f"{intro} anonymous; gunicorn 2 sync workers; ratio = req/s / static req/s",
        common.table_header(),
    ]
    base = None
    for name, path in targets.items():
        rps, p50, p99, bad, note = measure(path)
        if bad:
            raise common.BenchError(f"{name}: {bad} non-200 responses")
        base = base or rps
        lines.append(
            common.table_row(name, rps, p50, p99, base, info["queries"].get(name, "-"), note=note)
        )
        common.get_ok(PORT, css)  # wait until the queue is empty
    return "\n".join(lines)


def report_load(info):
    print(
        f"Loaded {info['events']} events ({info['upcoming']} upcoming) in {info['seconds']:.1f} s\n"
    )


def main():
    return common.run_bench(
        __file__,
        db=DB,
        port=PORT,
        redis_db=REDIS_DB,
        ready_path="/dialoge/",
        after_load=report_load,
        measure=measure_all,
        catch=(StopIteration, AttributeError),
        describe=repr,
    )


if __name__ == "__main__":
    sys.exit(load() if sys.argv[1:] == ["--load"] else main())
