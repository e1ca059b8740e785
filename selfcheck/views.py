from django.views.generic import TemplateView

from weltoffen.models import Field


class IndexView(TemplateView):
    """Introduces the self-check and its seven fields (the check itself comes with its own issue)."""

    template_name = "selfcheck/index.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(fields=Field.objects.all(), **kwargs)
