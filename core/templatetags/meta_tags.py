import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

from core import publication

register = template.Library()


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """This page's canonical address on the Wagtail Site's origin; list pages keep ``?page=N``."""
    request = context["request"]
    page = context.get("page")
    if page is not None and hasattr(page, "get_url") and getattr(page, "pk", None):
        url = publication.absolute_url(page.get_url(request), request)
    else:
        url = publication.absolute_url(request.path, request)
    number = request.GET.get("page", "")
    if number.isdigit() and number != "1":
        url += f"?page={number}"
    return url


@register.filter
def absolute(url, root):
    return publication.absolute(url, root)


@register.simple_tag
def json_ld(objects):
    """``<script type="application/ld+json">`` blocks; ``<`` is escaped so no tag can end early."""
    return mark_safe(  # noqa: S308 - the JSON is escaped for a script context below
        "".join(
            '<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False, cls=DjangoJSONEncoder)
            .replace("<", "\\u003c")
            .replace(">", "\\u003e")
            .replace("&", "\\u0026")
            + "</script>"
            for data in objects
            if data
        )
    )
