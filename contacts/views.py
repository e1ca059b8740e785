from django.views.generic import DetailView, ListView

from contacts.models import Municipality


class MunicipalityListView(ListView):
    template_name = "contacts/index.html"
    context_object_name = "municipalities"
    queryset = Municipality.objects.model_municipalities()


class MunicipalityDetailView(DetailView):
    queryset = Municipality.objects.approved()
    template_name = "contacts/municipality_detail.html"
