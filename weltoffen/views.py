from django.templatetags.static import static
from django.views.generic import DetailView, ListView, RedirectView, TemplateView

from weltoffen import registry
from weltoffen.models import Field, Page


class HomeView(TemplateView):
    """The fields of action and each app's teaser (registry.home_teasers)."""

    template_name = "home.html"  # the project composes the apps (templates/)

    def get_context_data(self, **kwargs):
        teasers = {}
        for teaser in registry.home_teasers:
            teasers.update(teaser())
        return super().get_context_data(fields=Field.objects.all(), **teasers, **kwargs)


class FieldListView(ListView):
    model = Field
    template_name = "weltoffen/field_list.html"


class FieldDetailView(DetailView):
    model = Field
    template_name = "field_detail.html"  # links into the apps (templates/)


class PageView(DetailView):
    model = Page
    template_name = "weltoffen/page.html"


class FaviconView(RedirectView):
    """Browsers ask for /favicon.ico (the admin has no icon link): send them to ours."""

    permanent = True

    def get_redirect_url(self, *args, **kwargs):
        return static("img/favicon.svg")  # resolved per request: the manifest exists by then
