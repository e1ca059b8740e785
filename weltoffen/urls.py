from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.static import serve

from weltoffen import account_views, health, registry, views
from weltoffen.forms import EmailAuthenticationForm, PasswordResetRequestForm

admin.site.site_header = _("Weltoffene Kommune – Administration")
admin.site.site_title = _("Weltoffene Kommune")
admin.site.index_title = _("Content and settings")

account_patterns = [
    path("", account_views.AccountView.as_view(), name="account"),
    path("registrieren/", account_views.RegisterView.as_view(), name="register"),
    path("registrieren/gesendet/", account_views.RegisterDoneView.as_view(), name="register-done"),
    path(
        "bestaetigen/<str:token>/", account_views.ConfirmEmailView.as_view(), name="confirm-email"
    ),
    path(
        "bestaetigung-erneut/",
        account_views.ResendConfirmationView.as_view(),
        name="resend-confirmation",
    ),
    path("name/", account_views.NameChangeView.as_view(), name="name-change"),
    path("email-aendern/", account_views.EmailChangeView.as_view(), name="email-change"),
    path("meine-daten/", account_views.DataExportView.as_view(), name="data-export"),
    path("loeschen/", account_views.DeleteAccountView.as_view(), name="account-delete"),
    path(
        "anmelden/",
        account_views.LoginView.as_view(
            authentication_form=EmailAuthenticationForm, redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("abmelden/", account_views.LogoutView.as_view(), name="logout"),
    path("passwort-aendern/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "passwort-aendern/fertig/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path(
        "passwort-vergessen/",
        account_views.RateLimitedPasswordResetView.as_view(
            form_class=PasswordResetRequestForm,
            email_template_name="registration/password_reset_email.txt",
            extra_email_context={"site_name": settings.SITE_NAME},
        ),
        name="password_reset",
    ),
    path(
        "passwort-vergessen/gesendet/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "passwort-neu/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "passwort-neu/fertig/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("handlungsfelder/", views.FieldListView.as_view(), name="field-list"),
    path("handlungsfelder/<slug:slug>/", views.FieldDetailView.as_view(), name="field-detail"),
    path("seite/<slug:slug>/", views.PageView.as_view(), name="page"),
    path("impressum/", views.PageView.as_view(), {"slug": "impressum"}),
    path("datenschutz/", views.PageView.as_view(), {"slug": "datenschutz"}),
    path("barrierefreiheit/", views.PageView.as_view(), {"slug": "barrierefreiheit"}),
    path("konto/", include(account_patterns)),
    path("selbstcheck/", include("selfcheck.urls")),
    path("magazin/", include("magazine.urls")),
    path("dialoge/", include("dialogues.urls")),
    path("kontakte/", include("contacts.urls")),
    path("admin/", admin.site.urls),
    path("sitemap.xml", sitemap_view, {"sitemaps": registry.sitemaps}, name="sitemap"),
    path("favicon.ico", views.FaviconView.as_view()),
    path("healthz", health.healthz, name="healthz"),
]

if settings.SERVE_MEDIA:
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]

handler500 = "weltoffen.health.handler500"
