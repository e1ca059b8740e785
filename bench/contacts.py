"""Benchmark of the contact directory's PDF on PostgreSQL: cold (generation time with
WeasyPrint) and warm (requests per second from the cache, and the 304 answer to a repeated
download), next to a static file served by the same gunicorn in the same run.

Run: .venv/bin/python bench/contacts.py   (see bench/README.md). Creates the database
`weltoffen_bench_kontakte`, loads the demo directory (35 model municipalities) plus 465 more
(500 in all, 2 published contacts each), serves the app with gunicorn on 127.0.0.1:8767,
measures anonymously with wrk (or a Python fallback) and removes everything again.
Exit code 1 on any error, including an unexpected status.
"""

import sys
import time

import common  # bench/common.py: bench/ is first on sys.path when this script runs

PORT, DB, REDIS_DB = 8767, "weltoffen_bench_kontakte", 11
EXTRA, STATES = 465, ["BW", "BY", "HE", "NI", "NW", "SN", "TH", "SH"]
DURATION, THREADS, CONNECTIONS = 10, 2, 8
PATHS = {
    "directory page": "/kontakte/",
    "PDF (one state)": "/kontakte/ansprechpartner.pdf?land=HE",
    "PDF (all)": "/kontakte/ansprechpartner.pdf",
    "CSV (all)": "/kontakte/ansprechpartner.csv",
}


def load():
    """Child process: loads the data, times the cold PDF (no cache) for 35 and 500 municipalities,
    counts queries per page, prints `BENCH {json}`."""
    common.setup_django()
    from datetime import date

    from django.test import Client

    from contacts import demo_directory, pdf, selectors
    from contacts.models import ContactPerson, Municipality
    from weltoffen.pdf import render_pdf

    demo_directory.load([])

    def cold(label, runs):
        context = {
            "groups": selectors.directory(selectors.DirectoryFilter()),
            "filter": selectors.DirectoryFilter(),
            "stand": pdf.stand_label(selectors.directory_version().stand),
        }
        times, size = [], 0
        for _ in range(runs):
            started = time.perf_counter()
            size = len(render_pdf("contacts/directory_pdf.html", context))
            times.append(time.perf_counter() - started)
        return {"label": label, "best": min(times), "size": size}

    small = cold(f"{Municipality.objects.model_municipalities().count()} municipalities", 3)
    towns = Municipality.objects.bulk_create(
        Municipality(
            name=f"Benchstadt {i:03d} (Demo)",
            kind="stadt",
            state=STATES[i % len(STATES)],
            is_model_municipality=True,
        )
        for i in range(EXTRA)
    )
    ContactPerson.objects.bulk_create(
        ContactPerson(
            municipality=town,
            name=f"Person {i} {n} (Demo)",
            role="Integrationsbeauftragte:r",
            department="Büro für Integration",
            email=f"p{i}-{n}@bench.example.org",
            phone="+49 30 23125 000",
            is_published=True,
            consent_date=date(2026, 1, 1),
            position=n,
            is_demo=True,
        )
        for i, town in enumerate(towns)
        for n in range(2)
    )
    common.vacuum_analyze()
    big = cold(f"{Municipality.objects.model_municipalities().count()} municipalities", 1)
    client = Client(HTTP_HOST=common.HOST)
    queries = common.count_queries(client, PATHS)
    common.emit_info({"cold": [small, big], "queries": queries})


def report_load(info):
    print("Cold PDF generation (WeasyPrint, PDF/UA, no cache; best of 3 for 41, one run for 506):")
    for run in info["cold"]:
        print(f"  {run['label']:<22}{run['best']:>7.2f} s  {run['size'] / 1024:>7.0f} KiB")
    print()


def measure_all(info):
    css = common.static_css_path(common.get_ok(PORT, "/kontakte/"), "directory page")
    targets = {"static site.css": (css, None), **{k: (v, None) for k, v in PATHS.items()}}
    status, headers, _body = common.request(PORT, "GET", PATHS["PDF (all)"])
    if status != 200 or not headers.get("ETag"):
        raise common.BenchError(f"PDF: HTTP {status}, ETag {headers.get('ETag')}")
    etag = headers["ETag"]
    status, _h, _b = common.request(PORT, "GET", PATHS["PDF (all)"], {"If-None-Match": etag})
    if status != 304:
        raise common.BenchError(f"repeated PDF download answered {status}, not 304")
    targets["PDF 304 (ETag)"] = (PATHS["PDF (all)"], {"If-None-Match": etag})
    for path, extra in targets.values():  # warm: the PDFs are now in the cache (Redis)
        common.request(PORT, "GET", path, extra)
    intro, measure = common.load_runner(
        PORT, duration=DURATION, threads=THREADS, connections=CONNECTIONS
    )
    lines = [
        f"{intro} anonymous; gunicorn 2 sync workers; ratio = req/s / static req/s; "
        "queries cold/warm (test client)",
        common.table_header(),
    ]
    base = None
    for name, (path, extra) in targets.items():
        rps, p50, p99, bad, note = measure(path, extra)
        if bad and name != "PDF 304 (ETag)":
            raise common.BenchError(f"{name}: {bad} non-200 responses")
        base = base or rps
        queries = info["queries"].get(name, "-")
        lines.append(common.table_row(name, rps, p50, p99, base, queries, "", note))
        common.get_ok(PORT, css)
    return "\n".join(lines)


def main():
    return common.run_bench(
        __file__,
        db=DB,
        port=PORT,
        redis_db=REDIS_DB,
        ready_path="/kontakte/",
        after_load=report_load,
        measure=measure_all,
    )


if __name__ == "__main__":
    sys.exit(load() if sys.argv[1:] == ["--load"] else main())
