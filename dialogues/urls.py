from django.urls import path

from dialogues import municipality_views, views

app_name = "dialogues"

urlpatterns = [
    path("", views.EventListView.as_view(), name="index"),
    path("archiv/", views.EventListView.as_view(archive=True), name="archive"),
    path("kalender.ics", views.FeedView.as_view(), name="feed"),
    path("anmeldung/<str:token>/", views.RegistrationView.as_view(), name="registration"),
    path(
        "anmeldung/<str:token>/bestaetigen/",
        views.RegistrationConfirmView.as_view(),
        name="registration-confirm",
    ),
    path("meine-kommune/", municipality_views.MyEventsView.as_view(), name="mine"),
    path("meine-kommune/neu/", municipality_views.EventCreateView.as_view(), name="submit"),
    path(
        "meine-kommune/<int:pk>/bearbeiten/",
        municipality_views.EventUpdateView.as_view(),
        name="edit",
    ),
    path(
        "meine-kommune/<int:pk>/anmeldungen.csv",
        municipality_views.RegistrationsCsvView.as_view(),
        name="registrations-csv",
    ),
    path("<slug:slug>/", views.EventDetailView.as_view(), name="event"),
    path("<slug:slug>/kalender.ics", views.EventCalendarView.as_view(), name="event-ics"),
    path("<slug:slug>/anmelden/", views.RegisterView.as_view(), name="register"),
    path("<slug:slug>/angemeldet/", views.RegisteredView.as_view(), name="registered"),
]
