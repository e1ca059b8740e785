"""A citizen filters for online events about one field, registers, confirms with the link in the
e-mail, gets the calendar entry by e-mail and cancels through the link; an editor sees the
registration in the linked list and exports it as CSV."""

from django.core import mail
from icalendar import Calendar
from playwright.sync_api import expect

from tests.browser.conftest import BROWSER_TEST, assert_accessible
from tests.contacts.conftest import link_in_last_mail
from tests.dialogues.conftest import add_registration

pytestmark = BROWSER_TEST


def test_citizen_registers_and_cancels_editor_exports(new_page, make_event, editor, password):
    event = make_event(
        "Online-Dialog: Ehrenamt stärken",
        mode="online",
        venue_name="",
        address="",
        online_url="https://meeting.example.org/ehrenamt-4711",
        registration="platform",
        capacity=20,
        fields=("engagement-und-beteiligung",),
        sign_language=True,
    )
    make_event("Bürgerabend vor Ort", fields=("engagement-und-beteiligung",))
    make_event(
        "Online zu einem anderen Feld",
        mode="online",
        venue_name="",
        address="",
        online_url="https://meeting.example.org/x",
    )
    full = make_event("Ausgebuchter Workshop", registration="platform", capacity=1, days=9)
    add_registration(full, "schon-da@example.org")

    citizen = new_page()
    citizen.goto("/dialoge/")
    assert_accessible(citizen)
    citizen.get_by_label("Teilnahme").select_option(label="online")
    citizen.get_by_label("Handlungsfeld").select_option("engagement-und-beteiligung")
    citizen.get_by_role("button", name="Veranstaltungen anzeigen").click()
    assert "teilnahme=online" in citizen.url and "feld=engagement-und-beteiligung" in citizen.url
    expect(citizen.get_by_role("status")).to_contain_text("1 Veranstaltung")
    assert "webcal://" in citizen.get_by_role(
        "link", name="Im Kalenderprogramm abonnieren (webcal)"
    ).get_attribute("href")
    assert_accessible(citizen)

    citizen.get_by_role("link", name=event.title).click()
    expect(citizen.get_by_role("heading", level=1)).to_have_text(event.title)
    expect(citizen.get_by_text("Gebärdensprachdolmetschung (DGS)")).to_be_visible()
    assert "ehrenamt-4711" not in citizen.content()  # join link only for registered people
    assert_accessible(citizen)
    citizen.get_by_label("Name").fill("Kai Beispiel")
    citizen.get_by_label("E-Mail-Adresse").fill("kai@example.org")
    citizen.get_by_label("Anzahl der Personen").fill("2")
    citizen.get_by_label("Ich bin einverstanden").check()
    citizen.get_by_role("button", name="Jetzt anmelden").click()
    # a page of its own says what happens next (no form again, no jump into the page)
    expect(citizen.get_by_role("heading", level=1)).to_have_text(
        "Fast geschafft: Bitte bestätigen Sie Ihre Anmeldung"
    )
    expect(
        citizen.get_by_text("Wir haben eine E-Mail an kai@example.org geschickt.")
    ).to_be_visible()
    expect(citizen.get_by_role("heading", level=1)).to_be_in_viewport()
    assert citizen.evaluate("location.hash") == "#main"  # the content starts, not the old form
    assert citizen.locator("form[action$='/anmelden/#anmeldung']").count() == 0
    assert_accessible(citizen)

    request = mail.outbox[-1]
    assert "Bitte bestätigen" in request.subject and "ehrenamt-4711" not in request.body
    citizen.goto(link_in_last_mail(r"https?://\S+/dialoge/anmeldung/\S+/bestaetigen/"))
    expect(citizen.get_by_role("heading", level=1)).to_have_text("Anmeldung bestätigen")
    assert_accessible(citizen)
    citizen.get_by_role("button", name="Meine Anmeldung bestätigen").click()
    expect(citizen.get_by_text("Ihre Anmeldung ist bestätigt.", exact=False)).to_be_visible()
    expect(citizen.get_by_text("Bestätigt", exact=True)).to_be_visible()
    assert_accessible(citizen)

    message = mail.outbox[-1]
    ((name, content, _mimetype),) = message.attachments
    (vevent,) = Calendar.from_ical(content).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == event.title and "ehrenamt-4711" in str(vevent["DESCRIPTION"])
    citizen.goto(event.get_absolute_url())
    expect(citizen.get_by_text("18 Plätze frei.")).to_be_visible()
    citizen.goto(link_in_last_mail(r"https?://\S+/dialoge/anmeldung/\S+/"))
    expect(citizen.get_by_text("Bestätigt", exact=True)).to_be_visible()

    desk = new_page()
    desk.goto(f"/konto/anmelden/?next=/admin/dialogues/event/{event.pk}/change/")
    desk.get_by_label("E-Mail-Adresse").fill(editor.email)
    desk.get_by_label("Passwort").fill(password)
    desk.get_by_role("button", name="Anmelden").click()
    desk.get_by_role("link", name="Anmeldungen (1)").click()
    expect(desk.get_by_text("kai@example.org")).to_be_visible()
    desk.goto("/admin/dialogues/event/")
    desk.locator(f"input[name=_selected_action][value='{event.pk}']").check()
    desk.locator("select[name=action]").select_option("export_registrations")
    with desk.expect_download() as download:
        desk.get_by_role("button", name="Ausführen").click()
    exported = download.value.path().read_text(encoding="utf-8-sig")
    assert "Kai Beispiel;kai@example.org;2;bestätigt" in exported

    citizen.get_by_role("button", name="Meine Anmeldung stornieren").click()
    expect(citizen.get_by_text("Ihre Anmeldung wurde storniert.")).to_be_visible()
    citizen.goto(full.get_absolute_url())
    expect(citizen.get_by_text("Ausgebucht.")).to_be_visible()
    expect(citizen.get_by_role("button", name="Auf die Warteliste setzen")).to_be_visible()
    assert_accessible(citizen)
    citizen.goto("/dialoge/archiv/")
    assert_accessible(citizen)
    citizen.problems.check()
    desk.problems.check()
