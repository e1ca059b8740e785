from django.views.generic import TemplateView

from weltoffen.models import Field


class IndexView(TemplateView):
    """The magazine front page: articles by field (articles come with their own issue)."""

    template_name = "magazine/index.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(fields=Field.objects.all(), **kwargs)
