import functools

from django.conf import settings
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    TitleFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from articles import read_side
from articles.blocks import ArticleBodyBlock
from articles.forms import ArticlePageForm
from articles.models.corrections import CorrectionsPanel
from articles.models.tagging import THROUGH_MODELS
from articles.widgets import StoryTagWidget
from core import publication
from core.visibility import KnownViewRestrictions, ReaderPageManager
from entities.models import TAG_KINDS
from entities.resolution import EntityTaggableManager

# House style (AP) month names for datelines: "KALBAJAR, Nov. 25 —".
DATELINE_MONTHS = (
    "Jan.", "Feb.", "March", "April", "May", "June",
    "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
)  # fmt: skip


@functools.cache
def story_by_url_path_sql():
    """The query that finds a story by its url_path, compiled once per process: compiling
    Wagtail's two-table page query costs the ORM more than PostgreSQL takes to run it."""
    stories = ArticlePage.objects.filter(url_path="").defer_streamfields()  # body: kept pieces
    return stories.order_by()[:1].query.sql_with_params()[0]


def tag_fields():
    """The story's tag field of each kind, as class attributes."""
    return {
        kind.name: EntityTaggableManager(
            through=THROUGH_MODELS[kind.name],
            blank=True,
            related_name="articles",
            verbose_name=kind.name,
            help_text=f"{kind.about} Comma-separated.",
        )
        for kind in TAG_KINDS
    }


def tag_panel(kind):
    """A story's tag field with one help text in the desk's words (the panel's, which the editor
    shows instead of the field's)."""
    return FieldPanel(
        kind.name,
        widget=StoryTagWidget(tag_model=kind.model),
        help_text=f"{kind.about} Type a name, or another name it goes by, and pick it from the "
        "list.",
    )


class RoutesToSpecificChildren:
    """Wagtail finds a page one level at a time, in two queries a level (the page, then its
    specific row). A story — most requests — is found by its whole path in one query; a section
    in one query by its slug; anything else (a 404, a route of a section's, a child of another
    type) as Wagtail does."""

    def route(self, request, path_components):
        if len(path_components) >= 2:
            # A url_path names one place in the whole tree (slugs are unique among siblings),
            # and it starts with this page's own, so it finds only a page below this one.
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            story = next(iter(ArticlePage.objects.raw(story_by_url_path_sql(), [url_path])), None)
            if story is not None:
                return story.route(request, [])
        if path_components:
            slug, remaining = path_components[0], path_components[1:]
            for model in self.specific_child_models():
                child = model.objects.child_of(self).filter(slug=slug).first()
                if child is not None:
                    child._cached_parent_obj = self  # as Wagtail does: get_parent() is free
                    return child.route(request, remaining)
        return super().route(request, path_components)


class HomePage(KnownViewRestrictions, RoutesToSpecificChildren, Page):
    """The front page: a lead story, then the latest stories of each section."""

    objects = ReaderPageManager()

    lead_story = models.ForeignKey(
        "articles.ArticlePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Leave empty to lead with the newest story.",
    )

    content_panels = Page.content_panels + [FieldPanel("lead_story")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["articles.SectionPage"]

    def specific_child_models(self):
        return (SectionPage,)

    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        return read_side.pages().home_context(self, request, context)

    def get_sitemap_urls(self, request=None):
        return read_side.pages().home_sitemap_urls(self, request)


class SectionPage(KnownViewRestrictions, RoutablePageMixin, RoutesToSpecificChildren, Page):
    """A desk section (News, Region, Politics…) listing its stories newest first."""

    objects = ReaderPageManager()

    intro = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["articles.HomePage", "articles.SectionPage"]
    subpage_types = ["articles.SectionPage", "articles.ArticlePage"]

    def specific_child_models(self):
        return (ArticlePage, SectionPage)  # stories far outnumber sub-sections

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        return read_side.pages().section_context(self, request, context)

    def get_sitemap_urls(self, request=None):
        return read_side.pages().section_sitemap_urls(self, request)

    @path("feed/", name="rss_feed")
    def rss_feed(self, request):
        return read_side.pages().section_feed(self, request, atom=False)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        return read_side.pages().section_feed(self, request, atom=True)


class ArticlePage(KnownViewRestrictions, Page):
    """A news story. The page title is the headline."""

    objects = ReaderPageManager()

    standfirst = models.TextField(
        max_length=500, blank=True, help_text="One or two sentences that sum up the story."
    )
    dateline_place = models.CharField(
        max_length=100, blank=True, help_text="Where the story was reported, e.g. “Kalbajar”."
    )
    dateline_date = models.DateField(
        null=True, blank=True, help_text="Local date of the dateline; defaults to the publish date."
    )
    lead_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_image_caption = models.CharField(
        max_length=500, blank=True, help_text="Leave empty to use the image's description."
    )
    body = StreamField(ArticleBodyBlock(), blank=True)
    last_updated_at = models.DateTimeField(
        "last update",
        null=True,
        blank=True,
        editable=False,
        help_text="When the story last changed after it was first published.",
    )
    minor_change = models.BooleanField(
        "minor change",
        default=False,
        help_text="A typo or formatting fix: republish without moving “Last update”.",
    )

    # One tag field per kind of tag, named after it: places, people, organisations, topics.
    locals().update(tag_fields())

    content_panels = [
        TitleFieldPanel(  # fills in the slug as you type
            "title",
            heading="Headline",
            placeholder="Headline*",
            help_text="What happened, in a few plain words: readers see it on every list and "
            f"in search results. At most {settings.NEWSROOM_HEADLINE_MAX_LENGTH} characters.",
        ),
        FieldPanel("standfirst"),
        FieldRowPanel(
            [FieldPanel("dateline_place"), FieldPanel("dateline_date")], heading="Dateline"
        ),
        InlinePanel("bylines", label="Byline", heading="Bylines"),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_caption")], heading="Lead image"
        ),
        FieldPanel("body"),
        MultiFieldPanel([tag_panel(kind) for kind in TAG_KINDS], heading="Tags"),
        CorrectionsPanel(
            [
                InlinePanel("corrections", label="Note", heading="Corrections and updates"),
                FieldPanel("minor_change"),
            ],
            heading="Corrections and updates",
        ),
    ]
    # Headline (Page's title field, boost 2) and standfirst outrank the body; every name of
    # every tagged entity is indexed too.
    search_fields = Page.search_fields + [
        index.SearchField("standfirst", boost=2),
        index.SearchField("body"),
        index.SearchField("tag_names"),
    ]
    parent_page_types = ["articles.SectionPage"]
    subpage_types = []
    base_form_class = ArticlePageForm

    class Meta:
        verbose_name = "article"

    @classmethod
    def get_indexed_objects(cls):
        # Rebuilding the index reads every story's tags and their aliases in bulk, not per story.
        return (
            super()
            .get_indexed_objects()
            .prefetch_related(*(f"{kind.name}__aliases" for kind in TAG_KINDS))
        )

    def tag_names(self):
        """Every name of every entity the story is tagged with, for the search index."""
        names = []
        for kind in TAG_KINDS:
            for entity in getattr(self, kind.name).all():
                names.extend(entity.all_names())
        return " ".join(names)

    @property
    def dateline(self):
        """The dateline in house style without its dash, e.g. "KALBAJAR, Nov. 25"."""
        if not self.dateline_place:
            return ""
        date = self.dateline_date or timezone.localdate(self.first_published_at or timezone.now())
        return f"{self.dateline_place.upper()}, {DATELINE_MONTHS[date.month - 1]} {date.day}"

    def get_sitemap_urls(self, request=None):
        return [
            {
                "location": publication.absolute_url(self.get_url(request), request),
                "lastmod": self.last_updated_at or self.last_published_at,
            }
        ]

    @property
    def lead_caption(self):
        if not self.lead_image:
            return ""
        return self.lead_image_caption or self.lead_image.description

    @property
    def was_updated(self):
        return bool(self.last_updated_at and self.last_updated_at != self.first_published_at)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        return read_side.pages().story_context(self, request, context)
