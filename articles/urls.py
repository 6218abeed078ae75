from django.urls import path

from articles import views
from articles.feeds import AuthorAtomFeed, AuthorFeed
from core.freshness import conditional_on_public_content as conditional

urlpatterns = [
    path("authors/<slug:slug>/", views.author_detail, name="author_detail"),
    path("authors/<slug:slug>/feed/", conditional(AuthorFeed()), name="author_feed"),
    path("authors/<slug:slug>/feed/atom/", conditional(AuthorAtomFeed()), name="author_atom_feed"),
]
