"""Facts about the publication itself that pages, feeds and structured data share."""

from django.conf import settings
from django.templatetags.static import static

LOGO = "img/logo.png"


def logo_url(request):
    return request.build_absolute_uri(static(LOGO))


def name():
    return settings.NEWSROOM_PUBLICATION_NAME


def site_root(request):
    """The canonical origin ("https://news.example.org") from the Wagtail Site serving ``request``.

    Canonical links, feeds, sitemaps and structured data all use it; Wagtail caches the lookup on
    the request, so asking again costs nothing.
    """
    from wagtail.models import Site

    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    return site.root_url


def absolute(url, root):
    """``/media/x.jpg`` -> ``https://site/media/x.jpg``; absolute URLs (a CDN) are left alone."""
    return f"{root}{url}" if url.startswith("/") and not url.startswith("//") else url
