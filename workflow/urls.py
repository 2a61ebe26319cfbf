from django.urls import path

from workflow import views

app_name = "workflow"

urlpatterns = [
    path("xem-truoc/<str:token>/", views.PreviewLinkView.as_view(), name="preview"),
]
