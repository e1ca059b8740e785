from django.urls import path

from magazine import views

app_name = "magazine"

urlpatterns = [
    path("", views.IndexView.as_view(), name="index"),
]
