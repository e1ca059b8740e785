"""Where the apps built on `weltoffen` plug into the user's account without `weltoffen` importing
them: what they store about a person (export), what blocks deleting an account, and the sections
they add to "Mein Konto". Apps register in their AppConfig.ready()."""

from collections.abc import Callable

# name -> function(user) returning JSON-serialisable data stored about the user
personal_data_exporters: dict[str, Callable] = {}
# functions(user) returning a list of German reasons why the account cannot be deleted yet
deletion_blockers: list[Callable] = []
# (template name, function(request) -> context dict) shown on the account page
account_sections: list[tuple[str, Callable]] = []
# functions(stdout_lines: list[str]) that add an app's demo content (idempotent), for load_demo
demo_loaders: list[Callable] = []
