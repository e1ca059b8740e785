from django.apps import AppConfig


class ContactsConfig(AppConfig):
    name = "contacts"
    verbose_name = "Kontakte"

    def ready(self):
        from django.utils.translation import gettext_lazy as _

        from contacts import account, demo, germany_map, tasks
        from weltoffen import registry

        registry.account_sections.append(("contacts/account_section.html", account.account_section))
        registry.personal_data_exporters["kontakte"] = account.export_personal_data
        registry.deletion_blockers.append(account.last_coordinator_blockers)
        registry.demo_loaders.append(demo.load)
        registry.editor_permissions.update(
            {
                f"contacts.{model}": ("view", "add", "change", "delete")
                for model in ("municipality", "contactperson", "helpoffer")
            }
        )
        registry.site_pages.extend(["contacts:index", "contacts:help"])
        registry.more_links["contacts"] = (
            _("Contacts and help for decision-makers"),
            "contacts:index",
        )
        registry.home_teasers.append(germany_map.home_teaser)
        registry.document_refreshers.append(tasks.refresh_for_command)
