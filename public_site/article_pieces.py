"""What a story's page shows of the story itself — its ``<head>`` metadata and structured data,
and the ``<article>`` with bylines, dateline, pictures, body, corrections and tags — rendered once
per published version of the story and kept (``core.fragments``). What changes with other
stories (the related box) is added per request."""

import hashlib

from django.template.loader import render_to_string

from core import fragments, publication
from entities.models import TAG_KINDS
from media_credits.attribution import image_object
from media_credits.renditions import rendition_or_none
from public_site import structured_data

# The JPEG fallback of article pictures (templates/articles/includes/article.html), reused in
# JSON-LD.
STRUCTURED_DATA_IMAGE_FILTER = "width-1200|format-jpeg"


def article_pieces(story, request, section):
    """``{"head": html, "article": html, "tag_ids": {kind: [id, ...]}}`` for ``story``."""
    if getattr(request, "is_preview", False):
        # A preview shows a draft under the live version's numbers: never read or keep it.
        return render(story, request, section)
    # The origin in absolute links (canonical, JSON-LD, logo) is the serving site's.
    origin = hashlib.sha256(publication.site_root(request).encode()).hexdigest()[:16]
    key = fragments.key("article", fragments.story_version(story), section.pk, origin)
    return fragments.get_many_or_render(
        {"pieces": key}, lambda _names: {"pieces": render(story, request, section)}
    )["pieces"]


def render(story, request, section):
    root = publication.site_root(request)
    bylines = list(story.bylines.select_related("author"))
    notes = sorted(story.corrections.all(), key=lambda note: (note.noted_at is None, note.noted_at))
    tags_by_kind = {kind.name: list(getattr(story, kind.name).all()) for kind in TAG_KINDS}
    tag_groups = [(kind.label, tags_by_kind[kind.name]) for kind in TAG_KINDS]
    images = []
    pictures = [(story.lead_image, story.lead_caption)] if story.lead_image else []
    pictures += [
        (block.value["image"], block.value["caption"] or block.value["image"].description)
        for block in story.body
        if block.block_type == "image" and block.value["image"]
    ]
    for image, caption in pictures:
        rendition = rendition_or_none(image, STRUCTURED_DATA_IMAGE_FILTER)
        if rendition is None:
            continue
        images.append(
            image_object(
                image,
                url=publication.absolute(rendition.url, root),
                width=rendition.width,
                height=rendition.height,
                caption=caption,
            )
        )
    context = {
        "page": story,
        "site_root": root,
        "section": section,
        "bylines": bylines,
        "tag_groups": tag_groups,
        "notes": notes,
        "structured_data": [
            structured_data.news_article(
                story,
                request,
                section=section,
                bylines=bylines,
                tag_groups=tag_groups,
                images=images,
                notes=notes,
            ),
            structured_data.breadcrumbs(story, request, section=section),
        ],
    }
    return {
        "head": render_to_string("articles/includes/article_head.html", context, request),
        "article": render_to_string("articles/includes/article.html", context, request),
        "tag_ids": {kind: [tag.pk for tag in tags] for kind, tags in tags_by_kind.items()},
    }
