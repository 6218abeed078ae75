import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.views import defaults

from core import publication


def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search/?",  # result pages are endless; the stories themselves are in sitemaps
        "",
        f"Sitemap: {publication.absolute_url(reverse('sitemap'), request)}",
        f"Sitemap: {publication.absolute_url(reverse('news_sitemap'), request)}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


# Errors that mean "the database cannot be reached right now", not "this request is wrong".
DATABASE_DOWN = (OperationalError, InterfaceError)


def server_error(request):
    """Django's 500 handler. When the database is unreachable it answers 503 with Retry-After and
    a page that needs no database; the next request reconnects by itself (conn_health_checks)."""
    if isinstance(sys.exc_info()[1], DATABASE_DOWN):
        body = render_to_string(
            "503.html", {"publication_name": settings.NEWSROOM_PUBLICATION_NAME}
        )
        response = HttpResponse(body, status=503)
        response["Retry-After"] = "30"
        response["Cache-Control"] = "no-store"
        return response
    return defaults.server_error(request)
