from django.urls import path

from articles import views

app_name = "articles"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("tin-tuc/", views.ArticleListView.as_view(), name="list"),
    path("tin-tuc/<slug:slug>/", views.ArticleDetailView.as_view(), name="detail"),
    path("chu-de/<slug:slug>/", views.TopicDetailView.as_view(), name="topic"),
    path("van-ban/<slug:slug>/", views.DocumentDetailView.as_view(), name="document"),
]
