from django.apps import AppConfig


class DialoguesConfig(AppConfig):
    name = "dialogues"
    verbose_name = "Dialoge"

    def ready(self):
        from dialogues import account, demo
        from weltoffen import registry

        registry.personal_data_exporters["dialoge"] = account.export_personal_data
        registry.demo_loaders.append(demo.load)
