from django.views.generic import TemplateView

from weltoffen.models import Field


class IndexView(TemplateView):
    """Introduces the self-check and its seven fields (the questionnaire comes later)."""

    template_name = "selfcheck/index.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(fields=Field.objects.all(), **kwargs)
