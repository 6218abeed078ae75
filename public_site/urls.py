"""The reader's addresses beyond the page tree: authors, entities, search, feeds, sitemaps."""

from django.urls import path, re_path
from wagtail.contrib.sitemaps.views import sitemap

from core.freshness import conditional_on_public_content as conditional
from core.views import robots_txt
from entities.models import ENTITY_MODELS
from public_site import feeds, views
from public_site.search import search
from public_site.sitemaps import SITEMAPS, news_sitemap, sitemap_index

ENTITY_PATH = rf"^(?P<kind>{'|'.join(ENTITY_MODELS)})/(?P<slug>[-\w]+)/"

urlpatterns = [
    path("authors/<slug:slug>/", views.author_detail, name="author_detail"),
    path("authors/<slug:slug>/feed/", conditional(feeds.AuthorFeed()), name="author_feed"),
    path(
        "authors/<slug:slug>/feed/atom/",
        conditional(feeds.AuthorAtomFeed()),
        name="author_atom_feed",
    ),
    path("search/", search, name="search"),
    path("feed/", conditional(feeds.SiteFeed()), name="site_feed"),
    path("feed/atom/", conditional(feeds.SiteAtomFeed()), name="site_atom_feed"),
    path(
        "sitemap.xml",
        conditional(sitemap_index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<slug:section>.xml",
        conditional(sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    path("news-sitemap.xml", conditional(news_sitemap), name="news_sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    re_path(ENTITY_PATH + "$", views.entity_detail, name="entity_detail"),
    re_path(ENTITY_PATH + "feed/$", conditional(feeds.EntityFeed()), name="entity_feed"),
    re_path(
        ENTITY_PATH + "feed/atom/$", conditional(feeds.EntityAtomFeed()), name="entity_atom_feed"
    ),
]
