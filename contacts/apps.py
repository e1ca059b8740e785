from django.apps import AppConfig


class ContactsConfig(AppConfig):
    name = "contacts"
    verbose_name = "Kontakte"

    def ready(self):
        from contacts import account, demo
        from weltoffen import registry

        registry.account_sections.append(("contacts/account_section.html", account.account_section))
        registry.personal_data_exporters["kontakte"] = account.export_personal_data
        registry.deletion_blockers.append(account.last_coordinator_blockers)
        registry.demo_loaders.append(demo.load)
