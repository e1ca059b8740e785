from django.urls import path

from contacts import views

app_name = "contacts"

urlpatterns = [
    path("", views.MunicipalityListView.as_view(), name="index"),
    path("kommune/<int:pk>/", views.MunicipalityDetailView.as_view(), name="municipality-detail"),
]
