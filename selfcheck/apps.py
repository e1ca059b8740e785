from django.apps import AppConfig


class SelfcheckConfig(AppConfig):
    name = "selfcheck"
    verbose_name = "Selbstcheck"

    def ready(self):
        from selfcheck import account, demo
        from weltoffen import registry

        registry.demo_loaders.append(demo.load)
        registry.personal_data_exporters["selbstcheck"] = account.export_personal_data
