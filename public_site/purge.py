"""Purging a CDN or reverse proxy (Wagtail's frontend cache) when a story changes.

Wagtail purges the story's own URL; a story also appears on the home page, its section, its
places', people's, organisations' and topics' pages, its authors' pages, and in their feeds and the
sitemaps — all of which are purged with it, in one batch.
"""

from wagtail.contrib.frontend_cache.utils import PurgeBatch

from core import publication
from entities.models import ENTITY_MODELS
from public_site.sitemaps import sitemap_page_of

FEEDS = ("feed/", "feed/atom/")


def listing_urls(story):
    """Absolute URLs of every public page and feed that lists ``story``."""
    root = publication.site_root()  # no request: the default site's, as the CDN knows them
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
    return [publication.absolute(path, root) for path in dict.fromkeys(paths)]


def sitemap_paths(story):
    """The sitemaps whose entries or dates change with ``story``: the authors' and tags', and the
    page of the page sitemap that lists it."""
    paths = [f"/sitemap-{name}.xml" for name in ("authors", *ENTITY_MODELS)]
    number = sitemap_page_of(story.pk)
    paths.append("/sitemap-pages.xml" + (f"?p={number}" if number > 1 else ""))
    return paths


def own_page_urls(subject):
    """An author's or entity's page and its feeds, absolute."""
    url = publication.absolute_url(subject.get_absolute_url())
    return [url + suffix for suffix in ("", *FEEDS)]


def purge(urls):
    batch = PurgeBatch()
    batch.add_urls(urls)
    batch.purge()


def purge_listings(story):
    purge(listing_urls(story))
