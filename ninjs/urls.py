from django.urls import path

from ninjs import views

urlpatterns = [
    path("api/ninjs/", views.collection, name="ninjs_collection"),
    path("api/ninjs/<int:pk>/", views.story_detail, name="ninjs_story"),
]
