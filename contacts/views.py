from django.views.generic import DetailView

from contacts import selectors
from contacts.models import Municipality


class MunicipalityDetailView(DetailView):
    queryset = Municipality.objects.approved()
    template_name = "contacts/municipality_detail.html"

    def get_context_data(self, **kwargs):
        contacts = selectors.published_contacts().filter(municipality=self.object)
        return super().get_context_data(contacts=contacts, **kwargs)
