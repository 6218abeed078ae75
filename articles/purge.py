"""Purging a CDN or reverse proxy (Wagtail's frontend cache) when a story changes.

Wagtail purges the story's own URL; a story also appears on the home page, its section, its
places', people's, organisations' and topics' pages, its authors' pages, and in their feeds and the
sitemaps — all of which are purged with it, in one batch.
"""

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, Site

from articles.sitemaps import SITEMAP_PAGE_SIZE
from entities.models import ENTITY_MODELS

FEEDS = ("feed/", "feed/atom/")


def listing_urls(story):
    """Absolute URLs of every public page and feed that lists ``story``."""
    site = Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site else ""
    section = story.get_parent().specific
    paths = ["/", "/feed/", "/feed/atom/", "/sitemap.xml", "/news-sitemap.xml"]
    section_path = section.get_url_parts()[2]
    paths += [section_path, *(section_path + feed for feed in FEEDS)]
    for kind in ENTITY_MODELS:
        for entity in getattr(story, kind).all():
            paths += [entity.get_absolute_url() + suffix for suffix in ("", *FEEDS)]
    for byline in story.bylines.select_related("author"):
        paths += [byline.author.get_absolute_url() + suffix for suffix in ("", *FEEDS)]
    paths += sitemap_paths(story)
    return [root + path for path in dict.fromkeys(paths)]


def sitemap_paths(story):
    """The sitemaps whose entries or dates change with ``story``: the authors' and tags', and the
    page sitemap's pages from the one holding it on (a story added or removed shifts the rest)."""
    paths = [f"/sitemap-{name}.xml" for name in ("authors", *ENTITY_MODELS)]
    public = Page.objects.live().public().filter(depth__gt=1)  # as the sitemap: from the home page
    first = public.filter(path__lt=story.path).count() // SITEMAP_PAGE_SIZE + 1
    last = max(first, -(-public.count() // SITEMAP_PAGE_SIZE))
    for number in range(first, last + 1):
        paths.append("/sitemap-pages.xml" + (f"?p={number}" if number > 1 else ""))
    return paths


def purge_listings(instance, **kwargs):
    batch = PurgeBatch()
    batch.add_urls(listing_urls(instance))
    batch.purge()
