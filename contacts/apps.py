from django.apps import AppConfig


class ContactsConfig(AppConfig):
    name = "contacts"
    verbose_name = "Kontakte"

    def ready(self):
        from contacts import account, current, demo
        from contacts.models import Membership
        from weltoffen import privatecache, registry

        registry.account_sections.append(("contacts/account_section.html", account.account_section))
        registry.personal_data_exporters["kontakte"] = account.export_personal_data
        registry.deletion_blockers.append(account.last_coordinator_blockers)
        registry.demo_loaders.append(demo.load)
        registry.page_state_of_session.append(
            lambda request: request.session.get(current.SESSION_KEY)
        )
        privatecache.connect_signals(Membership, user_id=lambda membership: membership.user_id)
