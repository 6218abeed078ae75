"""The desk's sections as readers see them (live, not restricted), known in each process for as
long as no page other than a story changes (``core.fragments.Memo``): the masthead, the front
page and every story's breadcrumbs ask for them."""

from articles.models import SectionPage
from core.fragments import memo

_sections = memo(lambda: list(SectionPage.objects.visible_to_readers().order_by("path")))


def public_sections():
    """Every visible section, in tree order."""
    return _sections.get()


def children_of(page):
    return [
        section
        for section in public_sections()
        if section.depth == page.depth + 1 and section.path.startswith(page.path)
    ]


def section_of(story):
    """The section a story is filed in (its parent page)."""
    parent_path = story.path[: -story.steplen]
    for section in public_sections():
        if section.path == parent_path:
            return section
    return story.get_parent().specific  # a section readers cannot see: ask the database
