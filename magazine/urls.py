from django.urls import path

from magazine import feeds, views

app_name = "magazine"

urlpatterns = [
    path("", views.ArticleListView.as_view(), name="index"),
    path("feed/", feeds.ArticleFeed(), name="feed"),
    path("feld/<slug:slug>/", views.FieldDossierView.as_view(), name="field"),
    path("feld/<slug:slug>/feed/", feeds.ArticleFeed(), name="field-feed"),
    path("<slug:slug>/", views.ArticleDetailView.as_view(), name="article"),
]
