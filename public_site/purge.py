"""Purging a CDN or reverse proxy (Wagtail's frontend cache) of what a public change touched.

A CDN keeps pages, feeds and sitemaps for their ``s-maxage``; every change is told to it in one
batch, sent once the change is committed (so the CDN's next fetch sees it):

- a story in or out: its page (Wagtail's own purge), the home page, its section, its tags' and
  authors' pages, their feeds and the sitemaps;
- an author, entity or other name, a picture or a licence: their own pages and every page that
  shows them — the stories (the newest ``RECENT_STORIES``) with their listings;
- a story moved: its old and new addresses and both sections' listings;
- a view restriction: every story below the page (newest first), which must vanish at once;
- a redirect: its old address;
- a section, the home page or the site: the site's listings and its newest stories' pages
  (the navigation, the section names, the origin are on every page).

Older stories than ``RECENT_STORIES`` show a shared change once the CDN's copy expires.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, ReferenceIndex, Site

from articles.models import ArticlePage, Author
from core import changes, publication
from entities.models import ENTITY_MODELS, Alias, Entity
from media_credits.models import Licence
from public_site import queries, sections
from public_site.sitemaps import sitemap_page_of

FEEDS = ("feed/", "feed/atom/")
SITE_LISTS = ("/", "/feed/", "/feed/atom/", "/sitemap.xml", "/news-sitemap.xml")
RECENT_STORIES = 50


def listing_paths(story):
    """Paths of every public page and feed that lists ``story`` (its tags and bylines
    prefetched, as ``stories_paths`` does)."""
    paths = [*SITE_LISTS, *with_feeds(sections.section_of(story).get_url_parts()[2])]
    for kind in ENTITY_MODELS:
        for entity in getattr(story, kind).all():
            paths += with_feeds(entity.get_absolute_url())
    for byline in story.bylines.all():
        paths += with_feeds(byline.author.get_absolute_url())
    return paths + sitemap_paths(story)


def with_feeds(path):
    return [path, *(path + feed for feed in FEEDS)]


def sitemap_paths(story):
    """The sitemaps whose entries or dates change with ``story``: the authors' and tags', and the
    page of the page sitemap that lists it."""
    paths = [f"/sitemap-{name}.xml" for name in ("authors", *ENTITY_MODELS)]
    number = sitemap_page_of(story.pk)
    paths.append("/sitemap-pages.xml" + (f"?p={number}" if number > 1 else ""))
    return paths


def absolute(paths):
    root = publication.site_root()  # no request: the default site's, as the CDN knows them
    return [publication.absolute(path, root) for path in dict.fromkeys(paths)]


def stories_paths(stories):
    """Each of the newest ``stories``' own path and its listings'."""
    stories = (
        stories.order_by("-first_published_at", "-pk")
        .defer_streamfields()
        .prefetch_related(*ENTITY_MODELS, "bylines__author")[:RECENT_STORIES]
    )
    paths = []
    for story in stories:
        paths += [story.get_url_parts()[2], *listing_paths(story)]
    return paths


def site_paths():
    """Every list of the site: home, sections, their feeds, the sitemaps; and the newest
    stories' pages."""
    paths = list(SITE_LISTS)
    for section in sections.public_sections():
        paths += with_feeds(section.get_url_parts()[2])
    return paths + stories_paths(queries.visible_articles())


def paths_for(change):
    """The paths a CDN may keep that show what ``change`` changed."""
    instance = change.instance
    if type(instance) is Page and change.action == changes.MOVED:
        instance = instance.specific  # Wagtail hands a move over as a plain Page
    visible = queries.visible_articles()
    if change.story:
        return stories_paths(ArticlePage.objects.filter(pk=instance.pk))
    if isinstance(instance, Author):
        stories = visible.filter(bylines__author=instance).distinct()
        return with_feeds(instance.get_absolute_url()) + stories_paths(stories)
    if isinstance(instance, Alias):
        instance = getattr(instance, "entity", None)  # gone when its entity was deleted
        if instance is None:
            return []
    if isinstance(instance, Entity):
        paths = with_feeds(instance.get_absolute_url())
        if instance.pk and type(instance).objects.filter(pk=instance.pk).exists():
            paths += stories_paths(queries.stories_about(instance))
        return paths
    if isinstance(instance, get_image_model()):
        return stories_paths(visible.filter(showing(instance)))
    if isinstance(instance, Licence):
        images = get_image_model().objects.filter(licence=instance)
        return stories_paths(visible.filter(showing(*images)))
    if isinstance(instance, PageViewRestriction):
        # Readers lose (or gain) the stories below it: they were (or now are) public.
        below = ArticlePage.objects.live().descendant_of(instance.page, inclusive=True)
        return with_feeds(instance.page.get_url_parts()[2]) + stories_paths(below)
    if isinstance(instance, Redirect):
        return [instance.old_path, instance.old_path + "/"]
    if isinstance(instance, ArticlePage) and change.moved_from:
        here = stories_paths(ArticlePage.objects.filter(pk=instance.pk))
        return where_it_was(change.moved_from) + here
    if isinstance(instance, ArticlePage) and change.action == changes.DELETED:
        # Its tags and bylines went before it: the site's lists and the section's.
        return where_it_was(instance.url_path) + list(SITE_LISTS)
    if isinstance(instance, (Page, Site)):
        return site_paths()
    return []


def showing(*images):
    """Stories whose lead picture or body shows one of ``images``."""
    if not images:
        return Q(pk__in=[])
    pages = ReferenceIndex.get_references_to_in_bulk(images).filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    ids = {int(pk) for pk in pages.values_list("object_id", flat=True)}  # stored as text
    return Q(lead_image__in=images) | Q(pk__in=ids)


def where_it_was(url_path):
    """A story's address by its url_path, its section's and the section's feeds."""
    path = relative_to_site(url_path)
    return [path, *with_feeds(path.rstrip("/").rpartition("/")[0] + "/")]


def relative_to_site(url_path):
    """A url_path ("/home/region/story/") as the default site's path ("/region/story/")."""
    root = Site.objects.get(is_default_site=True).root_page.url_path
    return "/" + url_path.removeprefix(root) if url_path.startswith(root) else url_path


def purge(urls):
    batch = PurgeBatch()
    batch.add_urls(urls)
    batch.purge()


def purge_for(change):
    """Tell the CDN once the change is committed; an editor's action never fails on it."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return  # no CDN or proxy to tell: not even the addresses are worked out
    urls = absolute(paths_for(change))
    if urls:
        transaction.on_commit(lambda: purge(urls), robust=True)
