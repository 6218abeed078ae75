from django import template
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def timetag(value, fmt="j M Y, H:i"):
    """A ``<time>`` element in the desk's time zone, with the full ISO 8601 offset in datetime."""
    if not value:
        return ""
    local = timezone.localtime(value)
    return format_html(
        '<time datetime="{}">{}</time>',
        local.isoformat(timespec="seconds"),
        date_format(local, fmt),
    )
