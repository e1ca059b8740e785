from django.urls import path

from selfcheck import views

app_name = "selfcheck"

urlpatterns = [
    path("", views.IndexView.as_view(), name="index"),
]
