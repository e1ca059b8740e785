from django.apps import AppConfig


class DialoguesConfig(AppConfig):
    name = "dialogues"
    verbose_name = "Dialoge"

    def ready(self):
        from django.utils.translation import gettext_lazy as _

        from dialogues import account, demo, selectors, sitemaps
        from weltoffen import registry

        registry.personal_data_exporters["dialoge"] = account.export_personal_data
        registry.demo_loaders.append(demo.load)
        registry.editor_permissions.update(
            {
                "dialogues.event": ("view", "add", "change", "delete"),
                "dialogues.eventformat": ("view", "add", "change", "delete"),
                "dialogues.registration": ("view", "change"),
            }
        )
        registry.sitemaps["events"] = sitemaps.EventSitemap
        registry.site_pages.extend(["dialogues:index", "dialogues:archive"])
        registry.more_links["dialogues"] = (_("Dialogue events near you"), "dialogues:index")
        registry.home_teasers.append(lambda: {"next_events": selectors.upcoming_events(3)})
