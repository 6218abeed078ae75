"""Every public channel a story can appear in, as an anonymous reader (or a machine) sees it.

``appearances(client, story)`` fetches each channel and returns the names of those that show the
story, so a test can say "nowhere" (an empty set) or "everywhere" (``channels(story)``).
"""

from urllib.parse import urlsplit

from django.urls import reverse
from lxml import etree

from articles.models import ArticlePage, HomePage
from entities.models import TAG_KINDS

ENTITY_KINDS = tuple(kind.name for kind in TAG_KINDS)
# Channels that are never public, whatever the story's state.
PRIVATE_CHANNELS = {"anonymous preview"}


def _pages(story):
    """{channel name: URL} of every listing, feed and index that could show ``story``."""
    home = HomePage.objects.get()
    section = story.get_parent().specific
    urls = {
        "home": home.url,
        "section": section.url,
        "section RSS": section.url + "feed/",
        "section Atom": section.url + "feed/atom/",
        "site RSS": reverse("site_feed"),
        "site Atom": reverse("site_atom_feed"),
        "sitemap": "/sitemap.xml",
        "news sitemap": "/news-sitemap.xml",
        "ninjs list": reverse("ninjs_collection"),
    }
    for kind in ENTITY_KINDS:
        entity = getattr(story, kind).first()
        if entity is not None:
            urls[f"{kind} page"] = entity.get_absolute_url()
            urls[f"{kind} RSS"] = entity.get_absolute_url() + "feed/"
    for byline in story.bylines.select_related("author"):
        urls["author page"] = byline.author.get_absolute_url()
        urls["author RSS"] = byline.author.get_absolute_url() + "feed/"
    return urls


def channels(story):
    """The names of every public channel ``appearances`` checks for ``story``."""
    story = ArticlePage.objects.get(pk=story.pk)
    names = set(_pages(story)) | {"article URL", "search", "ninjs story"}
    if ArticlePage.objects.live().sibling_of(story, inclusive=False).exists():
        names.add("related stories")
    return names


def sitemap_text(client, index_url="/sitemap.xml"):
    """The index and every sitemap it lists, as one text: what a crawler reads."""
    index = client.get(index_url)
    if index.status_code != 200:
        return ""
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    texts = [index.content.decode()]
    for loc in etree.fromstring(index.content).findall("s:sitemap/s:loc", ns):
        url = urlsplit(loc.text)
        response = client.get(f"{url.path}?{url.query}")
        assert response.status_code == 200, loc.text
        texts.append(response.content.decode())
    return "\n".join(texts)


def _shows(client, url, *needles):
    if url == "/sitemap.xml":
        body = sitemap_text(client)
        return any(needle and needle in body for needle in needles)
    response = client.get(url)
    if response.status_code != 200:
        return False
    body = response.content.decode()
    return any(needle and needle in body for needle in needles)


def appearances(client, story, *, search_word):
    """Channels that show ``story`` to ``client`` (pass a fresh, logged-out one). ``search_word``
    is a word of the story's text that the search should find it by."""
    story = ArticlePage.objects.get(pk=story.pk)
    path = story.get_url_parts()[2]  # its URL whether or not it is live
    needles = (path, story.title)
    found = {name for name, url in _pages(story).items() if _shows(client, url, *needles)}
    if _shows(client, f"/search/?q={search_word}", *needles):
        found.add("search")
    if _shows(client, path, story.title, story.standfirst):
        found.add("article URL")
    if client.get(reverse("ninjs_story", args=[story.pk])).status_code == 200:
        found.add("ninjs story")
    # Another story that shares its tags and section: its "Related stories" box.
    neighbour = (
        ArticlePage.objects.live()
        .public()
        .sibling_of(story, inclusive=False)
        .filter(places__in=story.places.all())
        .first()
    )
    if neighbour is not None and _shows(client, neighbour.url, path):
        found.add("related stories")
    # Wagtail's draft view and preview are admin views: anonymous readers are sent to log in.
    for view in ("wagtailadmin_pages:view_draft", "wagtailadmin_pages:preview_on_edit"):
        if _shows(client, reverse(view, args=[story.pk]), story.title):
            found.add("anonymous preview")
    return found
