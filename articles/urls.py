from django.urls import path

from articles import views

urlpatterns = [
    path("authors/<slug:slug>/", views.author_detail, name="author_detail"),
]
