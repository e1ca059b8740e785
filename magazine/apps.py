from django.apps import AppConfig


class MagazineConfig(AppConfig):
    name = "magazine"
    verbose_name = "Magazin"

    def ready(self):
        from magazine import demo, selectors, sitemaps
        from weltoffen import registry

        registry.demo_loaders.append(demo.load)
        registry.editor_permissions.update(
            {
                f"magazine.{model}": ("view", "add", "change", "delete")
                for model in ("article", "articleimage", "articletype", "author", "voice")
            }
        )
        registry.sitemaps["articles"] = sitemaps.ArticleSitemap
        registry.site_pages.extend(["magazine:index", sitemaps.field_pages])
        registry.home_teasers.append(selectors.home_teaser)
