"""The result and history pages of the demo town (with the demo comparison): no axe violation,
every chart label at least 12 px as rendered and inside its chart, at 1280 and at 320 px."""

import pytest
from django.core.management import call_command
from django.test import override_settings

from contacts.models import Municipality
from selfcheck.models import Round
from tests.browser.conftest import BROWSER_TEST, assert_accessible
from tests.browser.test_accounts_journey import log_in

pytestmark = BROWSER_TEST

LABELS = """() => [...document.querySelectorAll('figure.chart svg')].flatMap(svg => {
  const box = svg.getBoundingClientRect();
  return [...svg.querySelectorAll('text')].map(t => {
    const r = t.getBoundingClientRect();
    const size = parseFloat(t.getAttribute('font-size')) * t.getScreenCTM().a;
    const inside = r.left >= box.left - 1 && r.right <= box.right + 1
      && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    return {text: t.textContent, size, inside};
  });
})"""


@pytest.fixture
def demo():
    with override_settings(SECURE_HTTPS=False):
        call_command("load_demo")
    town = Municipality.objects.get(name="Musterstadt (Demo)")
    return Round.objects.of(town).completed().order_by("-completed_at").first()


@pytest.mark.parametrize("width", [1280, 320])
def test_result_and_history_charts_are_readable_and_accessible(page, demo, width):
    page.set_viewport_size({"width": width, "height": 900})
    log_in(page, "koordination@musterstadt.example.org", "demo-koordination-2026")
    for address in (f"/selbstcheck/runde/{demo.pk}/ergebnis/", "/selbstcheck/verlauf/"):
        page.goto(address)
        labels = page.evaluate(LABELS)
        assert labels, address
        small = [label for label in labels if label["size"] < 11.95]
        assert not small, (address, width, small[:3])
        # the radar scrolls inside its region at 320 px: its labels are checked against the svg
        assert all(label["inside"] for label in labels), address
        sideways = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
        assert not sideways, address
        assert_accessible(page)
    page.goto(f"/selbstcheck/runde/{demo.pk}/ergebnis/")
    assert page.locator("svg.bars rect.band").count() == 7
