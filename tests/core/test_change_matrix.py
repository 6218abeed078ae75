"""Every kind of public change × every public output, with the caches on (Redis, the page cache,
the kept pieces), as an anonymous reader sees it on the next request.

Each change (a row of ``CHANGES``) is one test: it builds the same small desk once, reads every
output once, then reads again each output its row lists and requires it to come from the cache (a
hit, or a 304 for the feed's ETag: so a stale cache *would* be served), makes the change once as a
real request would (its on-commit work run), then reads each of those outputs again, in the
table's order, and requires what ``CHANGES`` says: a text that must now appear, or must be gone,
or a redirect. It checks every output before it fails, and fails once, naming each failing
"change × output": what was expected and what the reader saw.

The CDN column is a test of its own per change (so a known miss, in ``STALE``, is an xfail of
that change alone): the same desk, setup and first reads, the change, then it requires that the
change sent a PURGE (Wagtail's frontend cache, to a local
listener, as tests/articles/test_frontend_cache_purge.py does) for every page, feed and sitemap of
the row that changed: those are what a CDN keeps for ``s-maxage``. Search and the ninjs API are
asked for with query strings and tokens and are not in it.

Not every output shows every change: a row lists only the outputs its change reaches. The
Site's name is not in the table: no page shows it (the masthead is NEWSROOM_PUBLICATION_NAME).

The control (render counts, ``django.test.signals.template_rendered``), a test per output, which
reads that output once (it is kept, and the pieces it is made of) before the change: after a
story elsewhere is republished, the outputs that do not list it are made again (the page cache
was renewed) from kept pieces, no card or article rendered; the outputs that list it render its
piece alone. A change that does reach a story renders that story's piece again, and a shared
change (an author renamed) every piece — so the counts can fail.
"""

import contextlib
import datetime as dt
import json
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client
from django.test.signals import template_rendered
from django.utils import dateformat, timezone
from lxml import etree
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction, Site

from articles.models import ArticlePage, Author, SectionPage
from articles.models.corrections import Correction
from entities.merging import merge_entities
from entities.models import Place, PlaceAlias
from media_credits.models import Licence
from public_site.sitemaps import sitemap_page_of
from tests.factories import ArticlePageFactory, AuthorFactory, ImageFactory, SectionPageFactory

pytestmark = pytest.mark.django_db

TITLE = "Road to Khudavang reopens"
BODY = "Crews cleared the rocks below the Khudavang monastery"
WORD = "Khudavang"  # what a reader searches for, by default
CARD = "includes/story_card.html"
ARTICLE = "articles/includes/article.html"
FEED_BODY = "articles/includes/article_body.html"


# The desk ------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def caches_on(settings, redis_cache):
    settings.PAGE_CACHE_SECONDS = 60


@dataclass
class Desk:
    """The stories, people and things a row's setup and change act on."""

    region: SectionPage
    culture: SectionPage
    author: Author
    picture: object
    licence: Licence
    story: ArticlePage  # the row's subject
    other: ArticlePage  # in another section, by another author, about another place
    search: str = WORD
    old_address: str = ""  # an address that must now redirect
    sitemap: str = ""  # the sitemap that changes (for the CDN); default: the subject's page's
    before: dict = field(default_factory=dict)  # what the subject was, read before the change

    def subject(self):
        return ArticlePage.objects.filter(pk=self.story.pk).first()

    def sitemap_path(self):
        """The sitemap listing the change: a named one, or the page of the page sitemap that
        lists the subject (ids beyond SITEMAP_PAGE_SIZE are on later pages: PostgreSQL's
        sequences do not roll back between tests)."""
        if self.sitemap:
            return self.sitemap
        number = sitemap_page_of(self.story.pk)
        return "/sitemap-pages.xml" + (f"?p={number}" if number > 1 else "")

    def story_path(self):
        """The subject's address now; the one it had if it is gone."""
        page = self.subject()
        return page.get_url_parts()[2] if page else self.before["path"]


def story_in(desk, title=TITLE, **kwargs):
    """A story like the subject: same section, byline, tags and picture."""
    defaults = {
        "parent": desk.region,
        "title": title,
        "dateline_place": "Istisu",
        "bylines": [desk.author],
        "places": ["Kalbajar"],
        "people": ["Aydin Karimov"],
        "organisations": ["Water Agency"],
        "topics": ["Transport"],
        "lead_image": desk.picture,
        "body": [
            ("paragraph", f"<p>{BODY}.</p>"),
            ("image", {"image": desk.picture, "caption": "The monastery at dawn"}),
        ],
    }
    return ArticlePageFactory(**(defaults | kwargs))


@pytest.fixture
def desk(home):
    # One the migrations made: pictures' renditions are made in threads, which see committed rows.
    licence = Licence.objects.get(label="CC BY 2.0")
    picture = ImageFactory(
        title="Khudavang monastery",
        creator="Niyaz",
        credit_line="AFP",
        licence=licence,
        file__width=480,  # small: its renditions are made anew in every test
        file__height=300,
    )
    culture = SectionPageFactory(parent=home, title="Culture", slug="culture")
    region = SectionPageFactory(parent=home, title="Region", slug="region")
    other = ArticlePageFactory(
        parent=culture,
        title="Weavers of Lachin",
        dateline_place="Lachin",
        bylines=[AuthorFactory(name="Farid Aliyev", slug="farid-aliyev")],
        places=["Lachin"],
        body=[("paragraph", "<p>The looms are working again.</p>")],
    )
    author = AuthorFactory(name="Leyla Mammadova", slug="leyla-mammadova")
    desk = Desk(region, culture, author, picture, licence, story=None, other=other)
    desk.story = story_in(desk)
    return desk


# The outputs -----------------------------------------------------------------------------------

PAGES = {  # output: its address, from the desk
    "story-page": Desk.story_path,
    "home": lambda d: "/",
    "section": lambda d: "/region/",
    "other-section": lambda d: "/culture/",
    "place-page": lambda d: "/places/kalbajar/",
    "person-page": lambda d: "/people/aydin-karimov/",
    "organisation-page": lambda d: "/organisations/water-agency/",
    "topic-page": lambda d: "/topics/transport/",
    "author-page": lambda d: "/authors/leyla-mammadova/",
    "search": lambda d: f"/search/?q={d.search}",
    "rss-feed": lambda d: "/feed/",
    "atom-feed": lambda d: "/feed/atom/",
    "feed-etag": lambda d: "/feed/",  # asked with If-None-Match: the ETag read before
    "sitemap-index": lambda d: "/sitemap.xml",
    "sitemap-page": lambda d: d.sitemap_path(),  # read as every sitemap the index lists
    "news-sitemap": lambda d: "/news-sitemap.xml",
    "ninjs-list": lambda d: "/api/ninjs/",
    "ninjs-story": lambda d: f"/api/ninjs/{d.story.pk}/",
    "old-address": lambda d: d.old_address,
}
OUTPUTS = [*PAGES, "cdn-purge"]
# What a CDN keeps and a change must purge: everything but searches and the API.
PURGED = set(PAGES) - {"search", "ninjs-list", "ninjs-story", "feed-etag"}


@dataclass
class Seen:
    status: int
    text: str
    headers: dict


def read(reader, desk, output, etags=None):
    url = PAGES[output](desk)
    if output == "sitemap-page":
        return Seen(200, sitemaps_text(reader), {})
    extra = {"HTTP_IF_NONE_MATCH": etags["rss-feed"]} if output == "feed-etag" and etags else {}
    response = reader.get(url, **extra)
    text = response.content.decode()
    if output.startswith("ninjs") and response.status_code == 200:
        # As a client reads it: \u escapes (of "<", or "ə") back to characters.
        text = json.dumps(json.loads(text), ensure_ascii=False)
    return Seen(response.status_code, text, response.headers)


def sitemaps_text(reader):
    """Every sitemap the index lists, as one text: what a crawler reads."""
    index = reader.get("/sitemap.xml")
    assert index.status_code == 200
    texts = []
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    for loc in etree.fromstring(index.content).findall("s:sitemap/s:loc", ns):
        url = urlsplit(loc.text)
        response = reader.get(f"{url.path}?{url.query}" if url.query else url.path)
        assert response.status_code == 200, loc.text
        texts.append(response.content.decode())
    return "\n".join(texts)


# What a reader must see ------------------------------------------------------------------------


def _text(text, desk):
    return text(desk) if callable(text) else text


def excerpt(text, needle, width=60):
    """Where ``needle`` stands in ``text``, with a little on either side."""
    at = text.find(needle)
    start, stop = max(at - width, 0), at + len(needle) + width
    return " ".join(text[start:stop].split())


def status_of(seen):
    cache = seen.headers.get("X-Cache")
    return f"status {seen.status}" + (f", X-Cache {cache}" if cache else "")


@dataclass(frozen=True)
class Shows:
    text: object  # a string, or desk -> string

    def problem(self, seen, desk):
        text = _text(self.text, desk)
        if seen.status != 200:
            return f"expected {text!r} shown; the reader got {status_of(seen)}"
        if text not in seen.text:
            return f"expected {text!r} shown; the reader got a page without it ({status_of(seen)})"
        return None


@dataclass(frozen=True)
class Hides:
    text: object

    def problem(self, seen, desk):
        text = _text(self.text, desk)
        if seen.status == 200 and text in seen.text:
            return (
                f"expected {text!r} gone; the reader still saw it ({status_of(seen)}): "
                f"…{excerpt(seen.text, text)}…"
            )
        return None


@dataclass(frozen=True)
class Missing:
    """Not found (404) any more."""

    def problem(self, seen, desk):
        return None if seen.status == 404 else f"expected 404; the reader got {status_of(seen)}"


@dataclass(frozen=True)
class RedirectsTo:
    target: object

    def problem(self, seen, desk):
        target = _text(self.target, desk)
        if seen.status not in (301, 302):
            return f"expected a redirect to {target}; the reader got {status_of(seen)}"
        if (location := seen.headers["Location"]) != target:
            return f"expected a redirect to {target}; the reader was sent to {location}"
        return None


def new_path(desk):
    return desk.story_path()


def old_path(desk):
    return desk.before["path"]


def new_lastmod(desk):
    """The subject's publication time as the sitemap index writes a lastmod."""
    return dateformat.format(timezone.localtime(desk.subject().last_published_at), "c")


def old_lastmod(desk):
    return dateformat.format(timezone.localtime(desk.before["last_published_at"]), "c")


LISTINGS = [
    "home",
    "section",
    "place-page",
    "person-page",
    "organisation-page",
    "topic-page",
    "author-page",
    "search",
    "rss-feed",
    "atom-feed",
    "news-sitemap",
    "ninjs-list",
]


def everywhere(*expectations, but=()):
    """The same expectations on every listing of the subject (but ``but``)."""
    return {output: list(expectations) for output in LISTINGS if output not in but}


def arrives(title):
    return {
        "story-page": [Shows(title), Shows(BODY)],
        **everywhere(Shows(title)),
        "sitemap-index": [Shows(new_lastmod)],
        "sitemap-page": [Shows(new_path)],
        "ninjs-story": [Shows(title)],
    }


def vanishes(story_page):
    return {
        "story-page": story_page,
        **everywhere(Hides(TITLE)),
        "sitemap-index": [Hides(old_lastmod)],
        "sitemap-page": [Hides(new_path)],
        "ninjs-story": [Missing()],
    }


# The changes -----------------------------------------------------------------------------------


def draft(desk):
    desk.story = story_in(desk, title="Dam opens on the Tartar", publish=False)


def publish(desk):
    desk.subject().get_latest_revision().publish()


def scheduled(desk):
    """Scheduled, two hours ago, to go live an hour ago: due, for the scheduler's next run."""
    now = timezone.now()
    desk.story = story_in(desk, title="Dam opens on the Tartar", publish=False)
    with time_machine.travel(now - dt.timedelta(hours=2), tick=False):
        page = desk.subject().get_latest_revision_as_object()  # with its bylines and tags
        page.go_live_at = now - dt.timedelta(hours=1)
        page.save_revision().publish()
    assert not desk.subject().live


def publish_scheduled(desk):
    call_command("publish_scheduled")
    assert desk.subject().live


def unpublish(desk):
    desk.subject().unpublish()


def correct(desk):
    page = desk.subject()
    page.title = "Khudavang road open again after the rockfall"
    page.corrections.add(Correction(text="An earlier version gave the wrong date of the rockfall."))
    page.save_revision().publish()


def move(desk):
    desk.old_address = desk.story_path()
    desk.subject().move(desk.culture, pos="last-child")


def delete(desk):
    desk.subject().delete()


def rename_author(desk):
    author = Author.objects.get(pk=desk.author.pk)
    author.name = "Leyla Huseynova"
    author.save()


def rename_place(desk):
    desk.search = "Kəlbəcər"
    place = Place.objects.get(name="Kalbajar")
    place.name = "Kəlbəcər"
    place.save()


def search_for_alias(desk):
    desk.search = "Kelbadjar"


def add_alias(desk):
    PlaceAlias(entity=Place.objects.get(name="Kalbajar"), name="Kelbadjar").save()


def duplicate_place(desk):
    """The subject is tagged with a second spelling of the place, with a page of its own."""
    desk.story = story_in(desk, title="Shepherds return to the pastures", places=["Kelbajar"])
    desk.old_address = "/places/kelbajar/"
    desk.search = "Kalbajar"
    desk.sitemap = "/sitemap-places.xml"


def merge_places(desk):
    merge_entities(Place.objects.get(name="Kelbajar"), Place.objects.get(name="Kalbajar"))


def fix_credit(desk):
    picture = type(desk.picture).objects.get(pk=desk.picture.pk)
    picture.creator = "Niyaz Bakhshaliyev"
    picture.credit_line = "Agence France-Presse"
    picture.save()


def change_licence(desk):
    licence = Licence.objects.get(pk=desk.licence.pk)
    licence.label = "Attribution 2.0 Generic"
    licence.url = "https://creativecommons.org/licenses/by/2.0/legalcode"
    licence.save()


def rename_section(desk):
    section = SectionPage.objects.get(pk=desk.region.pk)
    section.title = "Highlands"
    section.save_revision().publish()


def move_site(desk):
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "news.example.org", 443
    site.save()


def restrict_section(desk):
    PageViewRestriction.objects.create(
        page=desk.region, restriction_type=PageViewRestriction.PASSWORD, password="highlands"
    )


def add_redirect(desk):
    desk.old_address = "/khudavang/"
    Redirect.objects.create(old_path="/khudavang", redirect_page=desk.subject())


@dataclass(frozen=True)
class Change:
    name: str
    change: object
    expect: dict  # {output: [expectation, ...]}
    setup: object = None
    cdn: bool = True  # False: nothing a CDN keeps changes (a 404 is not kept)


LEGAL_CODE = "licenses/by/2.0/legalcode"
NEW_TITLE = "Khudavang road open again after the rockfall"
SITE_ROOT = "https://news.example.org"

CHANGES = [
    Change("story-published", publish, arrives("Dam opens on the Tartar"), setup=draft),
    Change("story-unpublished", unpublish, vanishes([Missing()])),
    Change(
        "story-scheduled-live",
        publish_scheduled,
        arrives("Dam opens on the Tartar"),
        setup=scheduled,
    ),
    Change(
        "story-corrected",
        correct,
        {
            "story-page": [Shows(NEW_TITLE), Shows("wrong date of the rockfall"), Hides(TITLE)],
            **everywhere(Shows(NEW_TITLE), Hides(TITLE)),
            "sitemap-index": [Shows(new_lastmod)],  # (the pages' lastmod is only a date)
            "ninjs-story": [Shows(NEW_TITLE), Hides(TITLE)],
        },
    ),
    Change(
        "story-moved",
        move,
        {
            "story-page": [Shows(TITLE), Shows("/culture/")],
            "old-address": [RedirectsTo(new_path)],
            **everywhere(Shows(new_path), Hides(old_path)),
            "section": [Hides(TITLE)],
            "other-section": [Shows(TITLE), Shows(new_path)],
            "sitemap-page": [Shows(new_path), Hides(old_path)],
            "ninjs-story": [Shows(new_path)],
        },
    ),
    Change("story-deleted", delete, vanishes([Missing()])),
    Change(
        "author-renamed",
        rename_author,
        {
            "story-page": [Shows("Leyla Huseynova"), Hides("Mammadova")],
            **everywhere(Shows("Leyla Huseynova"), Hides("Mammadova"), but={"news-sitemap"}),
            "ninjs-story": [Shows("Leyla Huseynova"), Hides("Mammadova")],
        },
    ),
    Change(
        "entity-renamed",
        rename_place,
        {
            "story-page": [Shows(">Kəlbəcər</a>"), Hides("Kalbajar")],
            "place-page": [Shows("<h1>Kəlbəcər"), Hides("Kalbajar")],
            "person-page": [Shows(">Kəlbəcər</a>"), Hides("Kalbajar")],  # "in the news with"
            "search": [Shows(TITLE)],
            "rss-feed": [Shows("<category>Kəlbəcər</category>"), Hides("Kalbajar")],
            "atom-feed": [Shows('term="Kəlbəcər"'), Hides("Kalbajar")],
            "ninjs-list": [Shows('"name": "Kəlbəcər"'), Hides("Kalbajar")],
            "ninjs-story": [Shows('"name": "Kəlbəcər"'), Hides("Kalbajar")],
        },
    ),
    Change(
        "alias-added",
        add_alias,
        {"place-page": [Shows("Kelbadjar")], "search": [Shows(TITLE)]},
        setup=search_for_alias,
    ),
    Change(
        "entities-merged",
        merge_places,
        {
            "story-page": [Shows(">Kalbajar</a>"), Hides("Kelbajar")],
            "old-address": [RedirectsTo("/places/kalbajar/")],
            "place-page": [Shows("Shepherds return to the pastures"), Shows("Kelbajar")],
            "search": [Shows("Shepherds return to the pastures")],
            "rss-feed": [Hides("Kelbajar")],
            "atom-feed": [Hides("Kelbajar")],
            "sitemap-page": [Hides("/places/kelbajar/")],
            "ninjs-list": [Hides('"name": "Kelbajar"')],
            "ninjs-story": [Shows('"name": "Kalbajar"'), Hides('"name": "Kelbajar"')],
        },
        setup=duplicate_place,
    ),
    Change(
        "credit-fixed",
        fix_credit,
        {
            "story-page": [Shows("by Niyaz Bakhshaliyev from Agence France-Presse")],
            "rss-feed": [Shows("Niyaz Bakhshaliyev"), Shows("Agence France-Presse")],
            "atom-feed": [Shows("Niyaz Bakhshaliyev"), Shows("Agence France-Presse")],
            "ninjs-list": [Shows("Niyaz Bakhshaliyev")],
            "ninjs-story": [Shows("Niyaz Bakhshaliyev")],
        },
    ),
    Change(
        "licence-changed",
        change_licence,
        {
            "story-page": [Shows("Attribution 2.0 Generic"), Hides("CC BY 2.0")],
            "rss-feed": [Shows("Attribution 2.0 Generic"), Hides("CC BY 2.0")],
            "atom-feed": [Shows(LEGAL_CODE)],
            "ninjs-list": [Shows(LEGAL_CODE)],
            "ninjs-story": [Shows(LEGAL_CODE)],
        },
    ),
    Change(
        "section-renamed",
        rename_section,
        {
            "story-page": [Shows(">Highlands</a>"), Hides(">Region</a>")],
            "home": [Shows(">Highlands</a>"), Hides(">Region</a>")],
            "section": [Shows("<h1>Highlands"), Hides(">Region<")],
            "place-page": [Shows(">Highlands</a>"), Hides(">Region</a>")],  # the navigation
        },
    ),
    Change(
        "site-moved",
        move_site,
        {
            "story-page": [Shows(f'rel="canonical" href="{SITE_ROOT}/region/')],
            "rss-feed": [Shows(f"{SITE_ROOT}/region/")],
            "atom-feed": [Shows(f"{SITE_ROOT}/region/")],
            "sitemap-page": [Shows(f"{SITE_ROOT}/region/"), Hides("http://localhost")],
            "news-sitemap": [Shows(f"{SITE_ROOT}/region/")],
            "ninjs-story": [Shows(f"{SITE_ROOT}/region/")],
        },
    ),
    Change(
        "section-restricted",
        restrict_section,
        vanishes([Hides(TITLE), Hides(BODY)]),
    ),
    Change(
        "redirect-added",
        add_redirect,
        {"old-address": [RedirectsTo(new_path)]},
        cdn=False,
    ),
]

# CDN tests known to fail, (change, "cdn-purge"): a strict xfail with the reason, deleted once
# the change is purged. None today: every change purges what it touched (public_site.purge).
STALE = {}


def expectations(change):
    """{output: [expectation, ...]} for the outputs the row lists (the feed's ETag as the feed)."""
    expect = dict(change.expect)
    if "rss-feed" in expect:
        expect["feed-etag"] = expect["rss-feed"]
    return {output: expect[output] for output in PAGES if output in expect}


def purges(change):
    """Whether the row has a CDN column: something a CDN keeps changes."""
    return change.cdn and bool(set(change.expect) & PURGED)


def warm(reader, desk):
    """Read every output once; {output: what was seen}."""
    return {output: read(reader, desk, output) for output in PAGES if PAGES[output](desk)}


def before_the_change(change, desk):
    """The row's setup done, the subject's address and time noted, every output read once."""
    if change.setup:
        change.setup(desk)
    subject = desk.subject()
    desk.before = {"path": desk.story_path(), "last_published_at": subject.last_published_at}
    reader = Client()
    before = warm(reader, desk)
    return reader, before, {"rss-feed": before["rss-feed"].headers["ETag"]}


def not_kept(reader, desk, output, before, etags):
    """A second read before the change comes from the cache: a stale one would be served.
    What is wrong if it does not (None: kept)."""
    if output == "feed-etag":
        status = read(reader, desk, output, etags).status
        return None if status == 304 else f"before the change: status {status}, not 304"
    if output in before and output != "sitemap-page" and before[output].status == 200:
        cache = reader.get(PAGES[output](desk)).get("X-Cache")
        return None if cache == "HIT" else f"before the change: X-Cache {cache}, not HIT"
    return None


def problems_of(reader, desk, output, expected, etags):
    """What the reader sees of ``output`` now that is not what the row expects."""
    try:
        seen = read(reader, desk, output, etags)
    except AssertionError as error:  # a sitemap the index lists is not there
        return [f"could not be read: {error}"]
    if output == "feed-etag" and seen.status != 200:
        return [f"expected 200 (a new ETag); the reader got {seen.status}: it keeps the old feed"]
    found = (expectation.problem(seen, desk) for expectation in expected)
    return [problem for problem in found if problem]


@pytest.mark.parametrize("change", CHANGES, ids=lambda change: change.name)
def test_the_next_reader_sees_the_change(change, desk, proxy, django_capture_on_commit_callbacks):
    expect = expectations(change)
    reader, before, etags = before_the_change(change, desk)
    failures = [
        (output, problem)
        for output in expect
        if (problem := not_kept(reader, desk, output, before, etags))
    ]

    with django_capture_on_commit_callbacks(execute=True):
        change.change(desk)

    for output, expected in expect.items():
        failures += [(output, p) for p in problems_of(reader, desk, output, expected, etags)]
    if failures:
        pytest.fail(
            f"{len(failures)} failing of {change.name}'s {len(expect)} outputs:\n"
            + "\n".join(f"{change.name} × {output}: {problem}" for output, problem in failures),
            pytrace=False,
        )


def cdn_rows():
    for change in CHANGES:
        if purges(change):
            reason = STALE.get((change.name, "cdn-purge"))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(change, id=change.name, marks=marks)


@pytest.mark.parametrize("change", list(cdn_rows()))
def test_the_change_is_purged_from_the_cdn(change, desk, proxy, django_capture_on_commit_callbacks):
    expect = expectations(change)
    before_the_change(change, desk)
    proxy.clear()
    with django_capture_on_commit_callbacks(execute=True):
        change.change(desk)

    paths = {PAGES[name](desk) for name in expect if name in PURGED}
    if "story-page" in expect:
        paths.add(desk.before["path"])  # where it was, too
    missing = sorted(paths - set(proxy))
    assert not missing, (
        f"{change.name} × cdn-purge: not purged: {missing} (purged: {sorted(set(proxy))})"
    )


def test_every_stale_cell_is_a_cdn_test():
    """A STALE entry that names no CDN test (a typo, a row gone) would mark nothing."""
    assert set(STALE) <= {(change.name, "cdn-purge") for change in CHANGES if purges(change)}


# The control: what is kept stays kept --------------------------------------------------------


@contextlib.contextmanager
def renders():
    """The templates rendered meanwhile: [(template name, context), ...]."""
    seen = []

    def record(sender, template, context, **kwargs):
        seen.append((template.name, context))

    template_rendered.connect(record)
    try:
        yield seen
    finally:
        template_rendered.disconnect(record)


def pieces_of(seen, template):
    """The stories whose piece (card, article, feed body) was rendered."""
    found = [context for name, context in seen if name == template]
    return [(context.get("story") or context.get("page")).pk for context in found]


PIECES = {  # output: the template of the story pieces it is made of
    "story-page": ARTICLE,
    "home": CARD,
    "section": CARD,
    "other-section": CARD,
    "place-page": CARD,
    "author-page": CARD,
    "search": CARD,
    "rss-feed": FEED_BODY,
}


def republish_other(desk):
    page = ArticlePage.objects.get(pk=desk.other.pk)
    page.title = "Weavers of Lachin sell out"
    page.save_revision().publish()


@pytest.mark.parametrize("output", PIECES)
def test_a_story_republished_elsewhere_rerenders_its_own_piece_alone(
    output, desk, django_capture_on_commit_callbacks
):
    """The page is made again (the page cache is renewed by every change), from kept pieces:
    the outputs that list the other story render its piece, and no other."""
    reader = Client()
    reader.get(PAGES[output](desk))  # kept: the page, and the pieces it is made of
    with django_capture_on_commit_callbacks(execute=True):
        republish_other(desk)
    with renders() as seen:
        response = reader.get(PAGES[output](desk))
    assert response["X-Cache"] == "MISS"  # made again, not served whole from the cache
    lists_other = output in ("home", "other-section", "rss-feed")
    assert pieces_of(seen, PIECES[output]) == ([desk.other.pk] if lists_other else [])


@pytest.mark.parametrize("output", PIECES.keys() - {"other-section"})
def test_a_correction_rerenders_the_corrected_storys_piece_alone(
    output, desk, django_capture_on_commit_callbacks
):
    reader = Client()
    reader.get(PAGES[output](desk))
    with django_capture_on_commit_callbacks(execute=True):
        correct(desk)
    with renders() as seen:
        response = reader.get(PAGES[output](desk))
    assert response.status_code == 200 and NEW_TITLE in response.content.decode()
    assert pieces_of(seen, PIECES[output]) == [desk.story.pk]


def test_a_shared_change_rerenders_every_piece(desk, django_capture_on_commit_callbacks):
    """An author renamed may be named by any piece: every card of the front page is made again."""
    reader = Client()
    with renders() as seen:
        reader.get("/")
    cards = sorted(pieces_of(seen, CARD))
    assert cards == sorted([desk.story.pk, desk.other.pk])
    with django_capture_on_commit_callbacks(execute=True):
        rename_author(desk)
    with renders() as seen:
        reader.get("/")
    assert sorted(pieces_of(seen, CARD)) == cards
