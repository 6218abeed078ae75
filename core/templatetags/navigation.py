from django import template

from articles.models import SectionPage
from core.visibility import not_restricted

register = template.Library()


@register.inclusion_tag("includes/section_nav.html", takes_context=True)
def section_nav(context):
    """The site's top-level sections for the masthead, marking the one the reader is in."""
    current_path = getattr(context.get("page"), "path", "")
    sections = SectionPage.objects.live().filter(not_restricted(), depth=3).order_by("path")
    return {
        "request": context.get("request"),
        "links": [(section, current_path.startswith(section.path)) for section in sections],
    }
