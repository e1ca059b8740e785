from django.templatetags.static import static
from django.views.generic import DetailView, ListView, RedirectView, TemplateView

from contacts import germany_map
from dialogues import selectors as dialogue_selectors
from magazine import selectors as magazine_selectors
from weltoffen.models import Field, Page


def model_municipalities_context():
    """The map and list "Unsere Modellkommunen" (one query)."""
    municipalities = germany_map.model_municipalities()
    return {
        "model_municipalities": municipalities,
        "model_municipality_count": len(municipalities),
        "model_map": germany_map.germany_map(municipalities),
    }


class HomeView(TemplateView):
    template_name = "weltoffen/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            fields=Field.objects.all(),
            **model_municipalities_context(),
            latest_articles=magazine_selectors.latest_articles(3),
            voices=magazine_selectors.published_voices(),
            next_events=dialogue_selectors.upcoming_events(3),
            **kwargs,
        )


class FieldListView(ListView):
    model = Field
    template_name = "weltoffen/field_list.html"


class FieldDetailView(DetailView):
    model = Field
    template_name = "weltoffen/field_detail.html"


class PageView(DetailView):
    model = Page
    template_name = "weltoffen/page.html"


class FaviconView(RedirectView):
    """Browsers ask for /favicon.ico (the admin has no icon link): send them to ours."""

    permanent = True

    def get_redirect_url(self, *args, **kwargs):
        return static("img/favicon.svg")  # resolved per request: the manifest exists by then
