from django.urls import path

from contacts import directory_views, team_views, views

app_name = "contacts"

urlpatterns = [
    path("", directory_views.DirectoryView.as_view(), name="index"),
    path("ansprechpartner.pdf", directory_views.DirectoryPdfView.as_view(), name="directory-pdf"),
    path("ansprechpartner.csv", directory_views.DirectoryCsvView.as_view(), name="directory-csv"),
    path("ansprechpartner.vcf", directory_views.DirectoryVcfView.as_view(), name="directory-vcf"),
    path("kontakt/<int:pk>.vcf", directory_views.ContactVcfView.as_view(), name="contact-vcf"),
    path("hilfe/", directory_views.HelpView.as_view(), name="help"),
    path(
        "hilfe/notfallkarte-<slug:state>.pdf",
        directory_views.EmergencyCardView.as_view(),
        name="emergency-card",
    ),
    path("kommune/<int:pk>/", views.MunicipalityDetailView.as_view(), name="municipality-detail"),
    path("kommune/<int:pk>/team/", team_views.TeamView.as_view(), name="team"),
    path(
        "kommune/<int:pk>/team/<int:membership_pk>/<slug:action>/",
        team_views.MembershipActionView.as_view(),
        name="membership-action",
    ),
    path("kommune/<int:pk>/einladen/", team_views.InviteView.as_view(), name="invite"),
    path(
        "kommune/<int:pk>/einladungen/<int:invitation_pk>/<slug:action>/",
        team_views.InvitationActionView.as_view(),
        name="invitation-action",
    ),
    path("beitreten/", team_views.JoinView.as_view(), name="join"),
    path("vorschlagen/", team_views.ProposeView.as_view(), name="propose"),
    path("aktuelle-kommune/", team_views.SwitchMunicipalityView.as_view(), name="switch"),
    path("einladung/<str:token>/", team_views.InvitationView.as_view(), name="invitation"),
]
