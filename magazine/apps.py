from django.apps import AppConfig


class MagazineConfig(AppConfig):
    name = "magazine"
    verbose_name = "Magazin"

    def ready(self):
        from magazine import demo
        from weltoffen import registry

        registry.demo_loaders.append(demo.load)
