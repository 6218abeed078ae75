from django.conf import settings
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from articles.blocks import ArticleBodyBlock
from articles.forms import ArticlePageForm
from articles.models.tagging import TaggedOrganisation, TaggedPerson, TaggedPlace, TaggedTopic
from core.pagination import paginate
from entities.resolution import EntityTaggableManager

# House style (AP) month names for datelines: "KALBAJAR, Nov. 25 —".
DATELINE_MONTHS = (
    "Jan.", "Feb.", "March", "April", "May", "June",
    "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
)  # fmt: skip
SECTION_PAGE_SIZE = 20
HOME_STORIES_PER_SECTION = 4


class HomePage(Page):
    """The front page: a lead story, then the latest stories of each section."""

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
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        from articles import queries

        context = super().get_context(request, *args, **kwargs)
        lead = queries.lead_story(self.lead_story_id)
        sections = list(SectionPage.objects.child_of(self).live().public().order_by("path"))
        latest = queries.latest_per_section(
            sections, HOME_STORIES_PER_SECTION, exclude_id=lead.pk if lead else None
        )
        sections = [(section, latest[section.pk]) for section in sections]
        context.update(lead=lead, sections=sections)
        return context


class SectionPage(Page):
    """A desk section (News, Region, Politics…) listing its stories newest first."""

    intro = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["articles.HomePage", "articles.SectionPage"]
    subpage_types = ["articles.SectionPage", "articles.ArticlePage"]

    def get_context(self, request, *args, **kwargs):
        from articles import queries

        context = super().get_context(request, *args, **kwargs)
        stories = queries.cards(queries.visible_articles().descendant_of(self))
        context["stories"] = paginate(request, stories, SECTION_PAGE_SIZE)
        return context


class ArticlePage(Page):
    """A news story. The page title is the headline."""

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

    places = EntityTaggableManager(through=TaggedPlace, blank=True, related_name="articles")
    people = EntityTaggableManager(through=TaggedPerson, blank=True, related_name="articles")
    organisations = EntityTaggableManager(
        through=TaggedOrganisation, blank=True, related_name="articles"
    )
    topics = EntityTaggableManager(through=TaggedTopic, blank=True, related_name="articles")

    content_panels = [
        FieldPanel("title", heading="Headline"),
        FieldPanel("standfirst"),
        FieldRowPanel(
            [FieldPanel("dateline_place"), FieldPanel("dateline_date")], heading="Dateline"
        ),
        InlinePanel("bylines", label="Byline", heading="Bylines"),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_caption")], heading="Lead image"
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("places"),
                FieldPanel("people"),
                FieldPanel("organisations"),
                FieldPanel("topics"),
            ],
            heading="Tags",
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("standfirst"),
        index.SearchField("body"),
    ]
    parent_page_types = ["articles.SectionPage"]
    subpage_types = []
    base_form_class = ArticlePageForm

    class Meta:
        verbose_name = "article"

    @property
    def dateline(self):
        """The dateline in house style without its dash, e.g. "KALBAJAR, Nov. 25"."""
        if not self.dateline_place:
            return ""
        date = self.dateline_date or timezone.localdate(self.first_published_at or timezone.now())
        return f"{self.dateline_place.upper()}, {DATELINE_MONTHS[date.month - 1]} {date.day}"

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
        context.update(
            bylines=self.bylines.select_related("author"),
            tag_groups=[
                ("Places", self.places.all()),
                ("People", self.people.all()),
                ("Organisations", self.organisations.all()),
                ("Topics", self.topics.all()),
            ],
        )
        return context
