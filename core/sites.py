"""Which Wagtail Site serves a request, known in each process: Wagtail asks the database on every
request (and again for the site's home page), though sites change about once a year."""

from django.http.request import split_domain_port
from wagtail.models import Site

from core.fragments import memo

MAX_HOSTS = 64  # host names remembered per process (a forged Host header is a 400 anyway)

# {(hostname, port): Site or None} as requests arrive, emptied whenever a site changes.
_known = memo(dict)
# Where each site's pages live, for every page URL: Wagtail reads it from the cache per request.
_root_paths = memo(Site.get_site_root_paths)


def site_for_request(request):
    hosts = _known.get()
    hostname = split_domain_port(request._get_raw_host())[0]
    where = (hostname, request.get_port())
    if where not in hosts:
        site = Site._find_for_request(request)
        if site is not None:
            site.root_page = site.root_page.specific  # what routing starts from
        if len(hosts) >= MAX_HOSTS:
            return site
        hosts[where] = site
    return hosts[where]


class SiteMiddleware:
    """Hands Wagtail the site it would have looked up (``Site.find_for_request`` reads it from
    the request first), and the sites' root paths (``Page.get_url_parts`` reads them from the
    request first)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._wagtail_site = site_for_request(request)
        request._wagtail_cached_site_root_paths = _root_paths.get()
        return self.get_response(request)
