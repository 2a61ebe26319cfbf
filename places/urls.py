from django.urls import path

from places import views

app_name = "places"

urlpatterns = [
    path("dia-phuong/<slug:slug>/", views.ProvinceDetailView.as_view(), name="detail"),
]
