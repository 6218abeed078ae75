from django import template

from public_site.sections import public_sections

TOP_LEVEL = 3  # the tree's root, the home page, then the desk's sections

register = template.Library()


@register.inclusion_tag("includes/section_nav.html", takes_context=True)
def section_nav(context):
    """The site's top-level sections for the masthead, marking the one the reader is in."""
    current_path = getattr(context.get("page"), "path", "")
    sections = [section for section in public_sections() if section.depth == TOP_LEVEL]
    return {
        "request": context.get("request"),
        "links": [(section, current_path.startswith(section.path)) for section in sections],
    }
