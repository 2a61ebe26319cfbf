from django.urls import path

from people import views

app_name = "people"

urlpatterns = [
    path("nhan-vat/<slug:slug>/", views.OfficialDetailView.as_view(), name="official"),
]
