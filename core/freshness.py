"""When did anything readers can see last change? Drives ETag/Last-Modified on feeds and sitemaps.

Wagtail logs every publish, unpublish, move and delete, across all app servers, so the newest such
log entry is a shared, cheap (indexed) answer that also catches stories that *disappear*.
"""

import hashlib

from django.db.models import Max
from django.views.decorators.http import condition
from wagtail.models import PageLogEntry

PUBLIC_ACTIONS = (
    "wagtail.publish",
    "wagtail.publish.scheduled",
    "wagtail.unpublish",
    "wagtail.unpublish.scheduled",
    "wagtail.delete",
    "wagtail.move",
    "wagtail.view_restriction.create",
    "wagtail.view_restriction.edit",
    "wagtail.view_restriction.delete",
)


def last_public_change(request=None):
    if request is not None and hasattr(request, "_last_public_change"):
        return request._last_public_change
    latest = PageLogEntry.objects.filter(action__in=PUBLIC_ACTIONS).aggregate(t=Max("timestamp"))
    if request is not None:
        request._last_public_change = latest["t"]
    return latest["t"]


def _last_modified(request, *args, **kwargs):
    return last_public_change(request)


def _etag(request, *args, **kwargs):
    changed = last_public_change(request)
    if changed is None:
        return None
    key = f"{request.get_full_path()}|{changed.isoformat()}"
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def conditional_on_public_content(view):
    """ETag + Last-Modified from the last public change; 304 when the client is up to date."""

    def without_own_last_modified(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        # Frameworks set Last-Modified from item dates, which miss unpublished stories.
        if "Last-Modified" in response.headers:
            del response.headers["Last-Modified"]
        return response

    return condition(etag_func=_etag, last_modified_func=_last_modified)(without_own_last_modified)
