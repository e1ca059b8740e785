from django.apps import AppConfig


class SelfcheckConfig(AppConfig):
    name = "selfcheck"
    verbose_name = "Selbstcheck"

    def ready(self):
        from django.utils.translation import gettext_lazy as _

        from selfcheck import account, demo, tasks
        from weltoffen import registry

        registry.demo_loaders.append(demo.load)
        registry.editor_permissions.update(
            {
                "selfcheck.assessmentband": ("view", "change"),
                "selfcheck.fieldassessment": ("view", "change"),
            }
        )
        registry.site_pages.extend(["selfcheck:index", "selfcheck:method"])
        registry.more_links["selfcheck"] = (
            _("Self-check: Where does my municipality stand?"),
            "selfcheck:index",
        )
        registry.personal_data_exporters["selbstcheck"] = account.export_personal_data
        registry.document_refreshers.append(tasks.prune_reports)
        registry.login_destinations.append(account.login_destination)
