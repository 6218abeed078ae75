"""Facts about the publication itself that pages, feeds and structured data share."""

from django.conf import settings
from django.templatetags.static import static
from wagtail.models import Site

LOGO = "img/logo.png"


def logo_url(request):
    return absolute_url(static(LOGO), request)


def name():
    return settings.NEWSROOM_PUBLICATION_NAME


def site_root(request=None):
    """The canonical origin ("https://news.example.org"): the root URL of the Wagtail Site
    serving ``request``, or of the default site where there is no request (the CDN purge, mail,
    commands). Never the Host header the request came with: behind a proxy or on a second name
    the site's links stay its own. Wagtail keeps the lookup on the request, so asking again
    costs nothing."""
    site = (Site.find_for_request(request) if request is not None else None) or (
        Site.objects.get(is_default_site=True)
    )
    return site.root_url


def absolute_url(url, request=None):
    """The one maker of absolute addresses: canonical links, og: tags, JSON-LD, feeds and their
    enclosures, sitemaps, robots.txt, the CDN purge list, ninjs. ``url`` is a path ("/region/")
    or already absolute (a page of another site, media on a CDN), which is left alone; a page's
    is ``absolute_url(page.get_url(request), request)``."""
    return absolute(url, site_root(request))


def absolute(url, root):
    """``/media/x.jpg`` -> ``https://site/media/x.jpg``; absolute URLs (a CDN) are left alone."""
    return f"{root}{url}" if url.startswith("/") and not url.startswith("//") else url
