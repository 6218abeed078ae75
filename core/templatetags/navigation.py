from django import template

from articles.models import SectionPage

register = template.Library()


@register.inclusion_tag("includes/section_nav.html", takes_context=True)
def section_nav(context):
    """The site's top-level sections for the masthead, marking the one the reader is in."""
    current_path = getattr(context.get("page"), "path", "")
    sections = SectionPage.objects.live().public().filter(depth=3).order_by("path")
    return {
        "request": context.get("request"),
        "links": [(section, current_path.startswith(section.path)) for section in sections],
    }
