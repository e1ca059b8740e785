from django.urls import path

from contacts import team_views, views

app_name = "contacts"

urlpatterns = [
    path("", views.MunicipalityListView.as_view(), name="index"),
    path("kommune/<int:pk>/", views.MunicipalityDetailView.as_view(), name="municipality-detail"),
    path("kommune/<int:pk>/team/", team_views.TeamView.as_view(), name="team"),
    path(
        "kommune/<int:pk>/team/<int:membership_pk>/<slug:action>/",
        team_views.MembershipActionView.as_view(),
        name="membership-action",
    ),
    path("kommune/<int:pk>/einladen/", team_views.InviteView.as_view(), name="invite"),
    path("beitreten/", team_views.JoinView.as_view(), name="join"),
    path("vorschlagen/", team_views.ProposeView.as_view(), name="propose"),
    path("aktuelle-kommune/", team_views.SwitchMunicipalityView.as_view(), name="switch"),
    path("einladung/<str:token>/", team_views.InvitationView.as_view(), name="invitation"),
]
