from django.urls import path

from search import views

app_name = "search"

urlpatterns = [
    path("tim-kiem/", views.SearchView.as_view(), name="search"),
]
