from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

# What a reporter may do inside a paragraph; the same list bounds imported HTML.
PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    caption = blocks.CharBlock(
        required=False, max_length=500, help_text="Leave empty to use the image's description."
    )

    class Meta:
        icon = "image"
        template = "articles/blocks/captioned_image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, max_length=255)

    class Meta:
        icon = "openquote"
        template = "articles/blocks/quote.html"


class RelatedLinkBlock(blocks.StructBlock):
    """A link to one of our stories or to another site, shown as "Related: …"."""

    page = blocks.PageChooserBlock(required=False, page_type="articles.ArticlePage")
    url = blocks.URLBlock(required=False, label="URL")
    title = blocks.CharBlock(
        required=False, max_length=255, help_text="Defaults to the story's headline."
    )

    class Meta:
        icon = "link"
        template = "articles/blocks/related_link.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": ErrorList([ValidationError("Choose a story or enter a URL.")])
                }
            )
        if value.get("url") and not value.get("title"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "title": ErrorList([ValidationError("A link to a URL needs a title.")])
                }
            )
        return value


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=PARAGRAPH_FEATURES)
    subheading = blocks.CharBlock(
        max_length=255, icon="title", template="articles/blocks/subheading.html"
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(icon="media", template="articles/blocks/embed.html")
    related_link = RelatedLinkBlock()
