"""Issue 15, item 10: the anonymous comparison as it is now in every worker, why it is missing,
drawn in the chart and read aloud in the table; readable, unclipped charts; history over time."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.core.cache import caches
from django.test import override_settings

from selfcheck import results, services
from selfcheck.services import AnswerInput
from tests.selfcheck.conftest import join

pytestmark = pytest.mark.django_db
FIELD = "management-und-steuerung"
SVG = "{http://www.w3.org/2000/svg}"


def completed_round(municipality, user, level, version, title="Runde"):
    round_ = services.round_start(municipality=municipality, user=user, title=title)
    services.answers_save(
        round_id=round_.pk,
        user=user,
        answers=[AnswerInput(q.pk, level, "") for q in version.questions.filter(field__slug=FIELD)],
    )
    return services.round_complete(round=round_, by=user)


def taking_part(count, municipality_factory, user_factory, version):
    """`count` other municipalities with a completed round (levels 0, 1, 2, …) and consent."""
    places = []
    for n in range(count):
        place = municipality_factory()
        person = join(user_factory(), place, role="coordinator")
        completed_round(place, person, n % 5, version)
        services.benchmark_consent_set(municipality=place, allowed=True, by=person)
        places.append((place, person))
    return places


def svgs(html, css_class):
    return [
        ET.fromstring(m)  # noqa: S314  (our own page)
        for m in re.findall(rf'<svg class="{css_class}".*?</svg>', html, flags=re.S)
    ]


def text_lines(text):
    spans = text.findall(f"{SVG}tspan")
    return [s.text or "" for s in spans] if spans else [text.text or ""]


def assert_readable_and_inside(svg):
    """Every label is at least 12 units high and lies inside the viewBox (its width estimated
    generously at 0.6 em per character); the chart is never drawn smaller than its viewBox
    (radar) or than 296 px for a 350 units wide viewBox (see charts.py), so 12 units stay 12 px
    or more."""
    left, top, width, height = (float(v) for v in svg.get("viewBox").split())
    texts = list(svg.iter(f"{SVG}text"))
    assert texts
    for text in texts:
        size = float(text.get("font-size"))
        assert size >= 12, ET.tostring(text)
        lines = text_lines(text)
        x, y = float(text.get("x")), float(text.get("y"))
        extent = max(len(line) for line in lines) * size * 0.6
        start = {"start": x, "middle": x - extent / 2, "end": x - extent}[text.get("text-anchor")]
        bottom = y + (len(lines) - 1) * size * 1.2
        assert left <= start and start + extent <= left + width, lines
        assert top <= y - size and bottom <= top + height, lines


@pytest.fixture
def own(town, coordinator, version):
    own = completed_round(town, coordinator, 4, version)
    services.benchmark_consent_set(municipality=town, allowed=True, by=coordinator)
    return own


def test_an_opt_out_in_one_worker_hides_the_comparison_in_the_other(
    client, own, municipality_factory, user_factory, version
):
    """Two app server processes, each with its own local-memory cache: the first has shown the
    comparison of six municipalities; a coordinator opts out through the second; the first's
    next request counts five."""
    places = taking_part(5, municipality_factory, user_factory, version)
    result = f"/selbstcheck/runde/{own.pk}/ergebnis/"

    def worker(name):
        backend = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": name}
        return override_settings(CACHES={"default": backend, "strict": backend})

    with worker("one"):
        client.force_login(own.started_by)
        assert "Vergleich (6 Kommunen)" in client.get(result).content.decode()
        warm = len(caches["default"]._cache)
        assert warm  # the first worker keeps the figures
    place, person = places[0]
    with worker("two"):
        client.force_login(person)
        client.post("/selbstcheck/vergleich/", {})  # the checkbox unticked: opt out
    assert not place.benchmark_consent.__class__.objects.get(municipality=place).allowed
    with worker("one"):
        client.force_login(own.started_by)
        html = client.get(result).content.decode()
    assert "Vergleich (5 Kommunen)" in html
    assert "Vergleich (6 Kommunen)" not in html


def test_with_fewer_than_five_the_page_says_why_and_how_many_take_part(
    client, own, municipality_factory, user_factory, version
):
    taking_part(3, municipality_factory, user_factory, version)
    client.force_login(own.started_by)
    html = client.get(f"/selbstcheck/runde/{own.pk}/ergebnis/").content.decode()
    reason = re.search(r'<p class="benchmark-missing">(.*?)</p>', html, flags=re.S)
    assert reason, "no word on why there is no comparison"
    said = reason.group(1)
    assert ("fünf" in said or "five" in said) and re.search(r"\b4\b", said)  # currently four
    assert "Vergleich (" not in html
    assert not svgs(html, "bars")[0].findall(f".//{SVG}rect[@class='band']")


def test_the_band_is_drawn_and_the_position_read_aloud(
    client, own, municipality_factory, user_factory, version
):
    taking_part(4, municipality_factory, user_factory, version)  # levels 0–3 and ours: 4
    client.force_login(own.started_by)
    html = client.get(f"/selbstcheck/runde/{own.pk}/ergebnis/").content.decode()
    bars = svgs(html, "bars")[0]
    bands = bars.findall(f".//{SVG}rect[@class='band']")
    medians = bars.findall(f".//{SVG}line[@class='median']")
    assert len(bands) == len(medians) == 1  # only the field that all five answered
    # quartiles of 0, 25, 50, 75, 100: the band from 25 to 75 % of the 280 units track
    assert float(bands[0].get("x")) == pytest.approx(70)
    assert float(bands[0].get("width")) == pytest.approx(140)
    assert float(medians[0].get("x1")) == pytest.approx(140)
    positions = re.findall(r'<td class="position">(.*?)</td>', html)
    assert str(results.ABOVE) in positions  # 100 % is above the upper quartile (75 %)
    assert positions.count("–") == 6  # no comparison in the other fields


@pytest.mark.parametrize(
    ("score", "expected"),
    [
        (80, results.ABOVE),
        (75, results.MIDDLE),
        (50, results.MIDDLE),
        (25, results.MIDDLE),
        (10, results.BELOW),
        (None, None),
    ],
)
def test_position_is_decided_with_the_quartiles(score, expected):
    assert results.position(score, (25, 50, 75)) == expected


def test_result_charts_are_readable_unclipped_and_the_radar_has_a_scale(
    client, own, municipality_factory, user_factory, version
):
    taking_part(4, municipality_factory, user_factory, version)
    client.force_login(own.started_by)
    html = client.get(f"/selbstcheck/runde/{own.pk}/ergebnis/").content.decode()
    radar, bars = svgs(html, "radar")[0], svgs(html, "bars")[0]
    for svg in (radar, bars):
        assert_readable_and_inside(svg)
    scale = [text_lines(t)[0] for t in radar.iter(f"{SVG}text") if t.get("class") == "scale"]
    assert scale == ["0 %", "25 %", "50 %", "75 %", "100 %"]
    assert len(radar.findall(f".//{SVG}polygon[@class='grid']")) == 4  # rings 25 … 100 %
    titles = [
        t.find(f"{SVG}title").text for t in radar.iter(f"{SVG}text") if t.get("class") == "label"
    ]
    assert "Interkulturelle Öffnung und Antirassismus" in titles  # the full name
    # the radar keeps its own size (not scaled down) and its region can be scrolled by keyboard
    assert radar.get("width") == radar.get("viewBox").split()[2]
    assert re.search(r'class="chart-scroll" tabindex="0" role="region"', html)


def test_history_has_a_chart_over_time_per_field_and_overall(client, own, coordinator, version):
    from selfcheck.models import Round

    second = completed_round(own.municipality, coordinator, 2, version, title="Runde 2")
    Round.objects.filter(pk=own.pk).update(started_at=own.started_at.replace(year=2024))
    Round.objects.filter(pk=second.pk).update(started_at=second.started_at.replace(year=2025))
    client.force_login(coordinator)
    html = client.get("/selbstcheck/verlauf/").content.decode()
    trends = svgs(html, "trend")
    assert len(trends) == 8  # overall and the seven fields
    for svg in trends:
        assert svg.get("role") == "img" and svg.get("aria-label")
        assert_readable_and_inside(svg)
    management = next(s for s in trends if s.find(f"{SVG}title").text.startswith("1."))
    assert management.get("aria-label").endswith("2024: 100 %, 2025: 50 %")
    assert len(management.findall(f".//{SVG}circle")) == 2
    assert "<table" in html  # the table stays the text alternative


def test_readable_with_long_names():
    from selfcheck import charts

    long = "Interkulturelle Öffnung und Antirassismus in der gesamten Kreisverwaltung"
    for svg in (
        charts.radar([long] * 7, [50] * 7, [40] * 7, names=[long] * 7),
        charts.bars([long] * 7, [100] * 7, comparison=[(10, 50, 90)] * 7),
        charts.trend(
            ["2024", "2025", "03/2026", "09/2026", "2027", "2028", "2029"],
            [0, 100, 50, None, 20, 30, 100],
            long,
        ),
    ):
        assert_readable_and_inside(ET.fromstring(str(svg)))  # noqa: S314


@override_settings(SECURE_HTTPS=False)
def test_the_demo_shows_the_band_with_at_least_five_municipalities(client):
    from django.core.management import call_command

    from contacts.models import Municipality
    from selfcheck.models import Round

    call_command("load_demo")
    call_command("load_demo")  # idempotent: nothing twice
    taking = Municipality.objects.filter(
        benchmark_consent__allowed=True, selfcheck_rounds__completed_at__isnull=False
    ).distinct()
    assert taking.count() >= 5
    assert all("(Demo)" in m.name for m in taking)
    assert Round.objects.filter(title="Selbstcheck 2025 (Demo)").count() == taking.count()
    town = Municipality.objects.get(name="Musterstadt (Demo)")
    client.force_login(town.memberships.coordinators().get().user)
    latest = Round.objects.of(town).completed().order_by("-completed_at").first()
    html = client.get(f"/selbstcheck/runde/{latest.pk}/ergebnis/").content.decode()
    assert f"Vergleich ({taking.count()} Kommunen)" in html
    assert len(svgs(html, "bars")[0].findall(f".//{SVG}rect[@class='band']")) == 7


@pytest.mark.parametrize("others", [5, 12])
def test_result_and_history_queries_are_bounded(
    client,
    own,
    coordinator,
    municipality_factory,
    user_factory,
    version,
    others,
    django_assert_max_num_queries,
):
    taking_part(others, municipality_factory, user_factory, version)
    for n in range(others // 4):
        completed_round(own.municipality, coordinator, n % 5, version, title=f"Runde {n}")
    client.force_login(coordinator)
    with django_assert_max_num_queries(30):
        assert client.get(f"/selbstcheck/runde/{own.pk}/ergebnis/").status_code == 200
    with django_assert_max_num_queries(16):
        assert client.get("/selbstcheck/verlauf/").status_code == 200


def test_another_municipalitys_result_is_not_found(client, own, outsider):
    client.force_login(outsider)
    assert client.get(f"/selbstcheck/runde/{own.pk}/ergebnis/").status_code == 404
