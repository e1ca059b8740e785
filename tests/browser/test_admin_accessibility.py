"""The admin pages editors and site admins work with have no axe-core violations: Django's admin
widgets and the rich-text editor get their accessible names from static/js/admin-a11y.js."""

from django.utils import timezone

from contacts.models import ContactPerson, HelpOffer
from tests.browser.conftest import BROWSER_TEST, assert_accessible
from tests.browser.test_accounts_journey import log_in

pytestmark = BROWSER_TEST


def test_admin_forms_lists_and_inlines_have_accessible_names(
    page, user_factory, password, town, make_event, make_article
):
    user_factory(email="admin@example.org", is_staff=True, is_superuser=True)
    event, article = make_event("Bürgerdialog (Test)"), make_article("Vielfalt im Rathaus")
    HelpOffer.objects.create(organisation="Beratung (Test)", offer="Hilft bei Anfeindungen.")
    ContactPerson.objects.create(
        municipality=town,
        name="Kim Beispiel",
        email="kim@musterstadt.example.org",
        is_published=True,
        consent_date=timezone.localdate(),
    )
    log_in(page, "admin@example.org", password)
    for url in [
        "/admin/",
        "/admin/magazine/article/add/",
        f"/admin/magazine/article/{article.pk}/change/",
        "/admin/magazine/author/add/",
        "/admin/dialogues/event/add/",
        f"/admin/dialogues/event/{event.pk}/change/",
        "/admin/contacts/helpoffer/",  # list_editable inputs in the table
        f"/admin/contacts/municipality/{town.pk}/change/",  # tabular inlines
    ]:
        page.goto(url)
        page.wait_for_load_state("networkidle")  # the editor and select2 have started
        assert_accessible(page)
    page.problems.check()
