from django.urls import path

from submissions import views

app_name = "submissions"

urlpatterns = [
    path("gui-tin-bai/", views.submission_form, name="form"),
    path("gui-tin-bai/da-gui/", views.submission_done, name="done"),
]
