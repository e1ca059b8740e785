"""Where the apps built on `weltoffen` plug into it without `weltoffen` naming them: what they store
about a person (export), what blocks deleting an account, the sections they add to "Mein Konto",
what editors may edit, their pages in the sitemap, the links under articles and the home page's
teasers. Apps register in their AppConfig.ready()."""

from collections.abc import Callable

# name -> function(user) returning JSON-serialisable data stored about the user
personal_data_exporters: dict[str, Callable] = {}
# functions(user) returning a list of German reasons why the account cannot be deleted yet
deletion_blockers: list[Callable] = []
# (template name, function(request) -> context dict) shown on the account page
account_sections: list[tuple[str, Callable]] = []
# functions(stdout_lines: list[str]) that add an app's demo content (idempotent), for load_demo
demo_loaders: list[Callable] = []
# app_label.model -> admin actions the editors' group "Redaktion" gets (content only: never users,
# memberships or answers); see weltoffen.permissions
editor_permissions: dict[str, tuple[str, ...]] = {}
# sitemap section name -> django.contrib.sitemaps.Sitemap class, for /sitemap.xml
sitemaps: dict[str, type] = {}
# the public pages in the sitemap: URL names, or functions() returning (URL name, args) pairs
site_pages: list = []
# key -> (label, URL name) of the "Mehr erfahren?" links editors may put under an article
more_links: dict[str, tuple] = {}
# functions() returning context for the home page (each app's teaser: articles, events, map)
home_teasers: list[Callable] = []
# functions() -> a German line for the log: queue the rebuild of an app's stored documents whose
# data changed and delete those no longer needed (manage.py refresh_documents)
document_refreshers: list[Callable] = []
# functions(user) returning the URL a user lands on after logging in without `next`, or None
# (the first URL given wins; else LOGIN_REDIRECT_URL)
login_destinations: list[Callable] = []
