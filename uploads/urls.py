from django.urls import path

from uploads import views

app_name = "uploads"

urlpatterns = [
    path("tai-anh/", views.stage, name="stage"),
    path("tai-anh/<int:pk>/", views.photo, name="photo"),
    path("tai-anh/<int:pk>/xoa/", views.discard, name="discard"),
]
