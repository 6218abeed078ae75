from django import template
from wagtail.models import Site

register = template.Library()


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """This page's canonical address on the Wagtail Site's origin; list pages keep ``?page=N``."""
    request = context["request"]
    page = context.get("page")
    if page is not None and hasattr(page, "get_full_url") and getattr(page, "pk", None):
        url = page.get_full_url(request)
    else:
        site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
        url = site.root_url + request.path
    number = request.GET.get("page", "")
    if number.isdigit() and number != "1":
        url += f"?page={number}"
    return url


@register.filter
def absolute(url, root):
    """``/media/x.jpg`` -> ``https://site/media/x.jpg``; absolute URLs (a CDN) are left alone."""
    return f"{root}{url}" if url.startswith("/") and not url.startswith("//") else url
