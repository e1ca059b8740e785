from django.views.generic import TemplateView


class IndexView(TemplateView):
    """The dialogue events page (events come with their own issue)."""

    template_name = "dialogues/index.html"
