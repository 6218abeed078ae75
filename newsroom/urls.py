from django.conf import settings
from django.urls import include, path, re_path
from django.views.decorators.cache import never_cache
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.sitemaps.views import index as sitemap_index
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from articles.feeds import SiteAtomFeed, SiteFeed
from articles.review_feedback import DeskEditView
from articles.sitemaps import SITEMAPS, news_sitemap
from core.freshness import conditional_on_public_content as conditional
from core.views import robots_txt
from entities.feeds import EntityAtomFeed, EntityFeed
from entities.models import ENTITY_MODELS
from entities.sitemaps import ENTITY_SITEMAPS
from entities.views import entity_detail

ENTITY_PATH = rf"^(?P<kind>{'|'.join(ENTITY_MODELS)})/(?P<slug>[-\w]+)/"

urlpatterns = [
    # Wagtail's page editor with the desk's review messages, at Wagtail's own address (reversing
    # "wagtailadmin_pages:edit" still finds it), with the decorators Wagtail's admin URLs get.
    path(
        "admin/pages/<int:page_id>/edit/", never_cache(require_admin_access(DeskEditView.as_view()))
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("articles.urls")),
    path("", include("search.urls")),
    path("", include("ninjs.urls")),
    path("feed/", conditional(SiteFeed()), name="site_feed"),
    path("feed/atom/", conditional(SiteAtomFeed()), name="site_atom_feed"),
    path(
        "sitemap.xml",
        conditional(sitemap_index),
        {"sitemaps": SITEMAPS | ENTITY_SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<slug:section>.xml",
        conditional(sitemap),
        {"sitemaps": SITEMAPS | ENTITY_SITEMAPS},
        name="sitemap_section",
    ),
    path("news-sitemap.xml", conditional(news_sitemap), name="news_sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    re_path(ENTITY_PATH + "$", entity_detail, name="entity_detail"),
    re_path(ENTITY_PATH + "feed/$", conditional(EntityFeed()), name="entity_feed"),
    re_path(ENTITY_PATH + "feed/atom/$", conditional(EntityAtomFeed()), name="entity_atom_feed"),
]

if settings.DEBUG:  # media from Django in development; never the originals (media_credits)
    from media_credits.originals import development_media_urls

    urlpatterns += development_media_urls()

urlpatterns.append(path("", include(wagtail_urls)))

handler500 = "core.views.server_error"
