"""RSS and Atom feeds of stories: the whole site, a section, an author, an entity."""

import re
from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils.feedgenerator import Enclosure

from articles.models import Author
from core import fragments, publication
from entities.models import ENTITY_MODELS, KINDS, TAG_KINDS
from media_credits.attribution import attribution
from media_credits.renditions import rendition_or_none
from public_site import queries
from public_site.feed_generators import NewsAtomFeed, NewsRssFeed

FEED_IMAGE_FILTER = "width-1200|format-jpeg"  # the article picture's JPEG fallback
FEED_LENGTH = 50
FEED_BODY_SECONDS = 60 * 60 * 24
_RELATIVE_URL = re.compile(r'(\s(?:href|src)=")/(?!/)')


@dataclass
class FeedContext:
    request: object
    subject: object = None  # a section, author or entity; None for the whole site

    @property
    def root(self):
        """The canonical origin: the Wagtail Site's, as in sitemaps and canonical links."""
        return publication.site_root(self.request)


class StoryFeed(Feed):
    """The newest stories of a subject. Subclasses say which stories and how the feed is named."""

    feed_type = NewsRssFeed
    title_suffix = ""

    def get_object(self, request, *args, **kwargs):
        return FeedContext(request, self.get_subject(request, *args, **kwargs))

    def get_subject(self, request, *args, **kwargs):
        return None

    def stories(self, subject):
        return queries.visible_articles()

    def subject_name(self, subject):
        return str(subject)

    def subject_url(self, subject):
        return subject.get_absolute_url()

    # Feed level
    def title(self, ctx):
        if ctx.subject is None:
            return publication.name()
        return f"{self.subject_name(ctx.subject)}{self.title_suffix} — {publication.name()}"

    # Absolute here, on the site's origin: Django would put the request's Host on a path.
    def link(self, ctx):
        path = "/" if ctx.subject is None else self.subject_url(ctx.subject)
        return publication.absolute_url(path, ctx.request)

    def description(self, ctx):
        return self.title(ctx) + ": the latest stories"

    def subtitle(self, ctx):
        return self.description(ctx)

    def feed_url(self, ctx):
        return publication.absolute_url(ctx.request.path, ctx.request)

    def feed_guid(self, ctx):
        return publication.absolute_url(ctx.request.path, ctx.request)

    def author_name(self, ctx):
        return publication.name()

    @property
    def language(self):  # Django reads this as a plain attribute
        return settings.LANGUAGE_CODE

    def feed_extra_kwargs(self, ctx):
        return {"logo": publication.logo_url(ctx.request)}

    def items(self, ctx):
        stories = list(
            queries.cards(
                self.stories(ctx.subject), image_filter=FEED_IMAGE_FILTER
            ).prefetch_related(*(kind.name for kind in TAG_KINDS))[:FEED_LENGTH]
        )
        for story in stories:
            story.feed_context = ctx
        bodies = self.bodies(ctx, stories)
        for story in stories:
            story.feed_body = bodies[story.pk]
        return stories

    # Item level
    def item_title(self, story):
        return story.title

    def item_link(self, story):
        request = story.feed_context.request
        return publication.absolute_url(story.get_url(request), request)

    def item_guid(self, story):
        return f"urn:uuid:{story.translation_key}"

    item_guid_is_permalink = False

    def item_description(self, story):
        return story.standfirst

    def item_pubdate(self, story):
        return story.first_published_at

    def item_updateddate(self, story):
        return story.last_updated_at or story.first_published_at

    def item_categories(self, story):
        return [tag.name for kind in KINDS for tag in getattr(story, kind).all()]

    def item_enclosures(self, story):
        media = self.lead_media(story)
        if not media:
            return []
        return [Enclosure(media["url"], str(media["length"]), media["type"])]

    def item_extra_kwargs(self, story):
        ctx = story.feed_context
        bylines = list(story.bylines.all())
        return {
            "bylines": [byline.author.name for byline in bylines],
            "atom_authors": [
                (
                    byline.author.name,
                    publication.absolute_url(byline.author.get_absolute_url(), ctx.request),
                )
                for byline in bylines
            ],
            "content": story.feed_body,
            "media": self.lead_media(story),
            "point": next(
                (
                    (place.latitude, place.longitude)
                    for place in story.places.all()
                    if place.has_coordinates
                ),
                None,
            ),
        }

    def bodies(self, ctx, stories):
        """``{story id: body HTML with absolute links}``, kept as pieces of each story's
        published version, read in one round trip. Kept even with pieces switched off
        (``FRAGMENT_CACHE_SECONDS=0``): fifty whole bodies are too many to render on every
        request. Like every piece, they are renewed by any shared change (a credit fixed, an
        author renamed)."""
        by_id = {story.pk: story for story in stories}

        def render(ids):
            rendered = {}
            for pk in ids:
                html = render_to_string(
                    "articles/includes/article_body.html", {"page": by_id[pk]}, request=ctx.request
                )
                rendered[pk] = _RELATIVE_URL.sub(rf"\1{ctx.root}/", html.strip())
            return rendered

        keys = {
            story.pk: fragments.key("feed-body", fragments.story_version(story), ctx.root)
            for story in stories
        }
        return fragments.get_many_or_render(keys, render, seconds=FEED_BODY_SECONDS)

    def lead_media(self, story):
        if not story.lead_image:
            return None
        if not hasattr(story, "_lead_media"):
            image = story.lead_image
            credit = attribution(image)
            rendition = rendition_or_none(image, FEED_IMAGE_FILTER)
            if rendition is None:
                story._lead_media = None
                return None
            try:
                length = rendition.file.size
            except OSError:
                length = 0
            story._lead_media = {
                "url": publication.absolute_url(rendition.url, story.feed_context.request),
                "type": "image/jpeg",
                "width": rendition.width,
                "height": rendition.height,
                "length": length,
                "title": image.title,
                "description": story.lead_caption,
                "credits": [{"name": name, "role": role} for role, name in credit.credits],
                "copyright": credit.copyright_notice or credit.text,
                "licence": credit.licence_label,
                "licence_url": credit.licence_url,
            }
        return story._lead_media


class AtomMixin:
    feed_type = NewsAtomFeed

    def description(self, ctx):  # Atom uses the subtitle
        return None


class SiteFeed(StoryFeed):
    pass


class SiteAtomFeed(AtomMixin, SiteFeed):
    pass


class SectionFeed(StoryFeed):
    def get_subject(self, request, section=None):
        return section

    def stories(self, section):
        return queries.visible_articles().descendant_of(section)

    def subject_url(self, section):
        return section.get_url()


class SectionAtomFeed(AtomMixin, SectionFeed):
    pass


class AuthorFeed(StoryFeed):
    def get_subject(self, request, slug):
        return get_object_or_404(Author, slug=slug)

    def stories(self, author):
        return queries.visible_articles().filter(bylines__author=author).distinct()


class AuthorAtomFeed(AtomMixin, AuthorFeed):
    pass


class EntityFeed(StoryFeed):
    """Stories tagged with one place, person, organisation or topic."""

    def get_subject(self, request, kind, slug):
        model = ENTITY_MODELS.get(kind)
        if model is None:
            raise Http404("No such kind of tag.")
        return get_object_or_404(model, slug=slug)

    def stories(self, entity):
        return queries.stories_about(entity)


class EntityAtomFeed(AtomMixin, EntityFeed):
    pass
