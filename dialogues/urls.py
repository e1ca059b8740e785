from django.urls import path

from dialogues import views

app_name = "dialogues"

urlpatterns = [
    path("", views.IndexView.as_view(), name="index"),
]
