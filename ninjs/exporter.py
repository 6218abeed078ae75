"""Our published stories as ninjs 3.1 documents (camelCase), for apps, partners and archives."""

import datetime as dt
import logging
import re

from django.conf import settings
from django.db.models import Prefetch
from django.utils.html import escape
from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError
from wagtail.rich_text import expand_db_html

from articles.models import Byline
from core import publication
from entities.models import TAG_KINDS
from media_credits.attribution import attribution
from ninjs.body import embed_src

logger = logging.getLogger(__name__)

SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json"
IMAGE_FILTER = "width-1200"
FULL_SIZE_FILTER = "original"  # a rendition: cleaned of GPS and serials, credits written in
EXTENSION_TYPES = {"jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png"}
EXTENSION_TYPES.update(gif="image/gif", webp="image/webp", avif="image/avif")


def export_queryset(queryset):
    """``queryset`` with what a ninjs document needs fetched in bulk."""
    renditions = (
        get_image_model()
        .get_rendition_model()
        .objects.filter(filter_spec__in=[IMAGE_FILTER, FULL_SIZE_FILTER])
    )
    return queryset.select_related("lead_image").prefetch_related(
        Prefetch("bylines", queryset=Byline.objects.select_related("author")),
        Prefetch("lead_image__renditions", queryset=renditions),
        "lead_image__licence",
        *(kind.name for kind in TAG_KINDS),
    )


def story_uri(page):
    return f"urn:uuid:{page.translation_key}"


def timestamp(value):
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z") if value else None


def article_to_ninjs(page, request, draft=False):
    """``page`` as a ninjs document. ``draft``: the page is its latest revision (for editors'
    tokens), which may be unpublished or embargoed."""

    def absolute(url):
        return publication.absolute_url(url, request)

    document = {
        "uri": story_uri(page),
        "standard": {"name": "ninjs", "version": "3.1", "schema": SCHEMA_URI},
        "type": "text",
        "representationType": "full",
        "version": str(page.live_revision_id or page.latest_revision_id or 1),
        "firstCreated": timestamp(page.first_published_at),
        "versionCreated": timestamp(page.last_published_at or page.first_published_at),
        "pubStatus": "usable",
        "embargoedUntil": timestamp(page.go_live_at) if draft else None,
        "language": settings.LANGUAGE_CODE,
        "headlines": [{"role": "main", "contentType": "text/plain", "value": page.title}],
        "descriptions": descriptions(page),
        "bodies": [
            {"role": "main", "contentType": "text/html", "value": body_html(page, absolute)}
        ],
        "by": by_line(page),
        "located": page.dateline_place,
        "altIds": [{"role": "url", "value": absolute(page.get_url(request))}],
        "associations": associations(page, absolute),
    }
    for kind in TAG_KINDS:
        # uri is the concept's identifier (Wikidata, GeoNames) when the desk knows it.
        document[kind.ninjs_property] = [
            {
                "name": tag.name,
                "rel": "about",
                **({"uri": tag.external_id} if tag.external_id else {}),
            }
            for tag in getattr(page, kind.name).all()
        ]
    document["people"] = byline_people(page, absolute) + document["people"]
    if draft:
        document["version"] = str(page.latest_revision_id)
        document["versionCreated"] = timestamp(page.latest_revision_created_at)
        if not page.live or page.has_unpublished_changes:
            document["pubStatus"] = "withheld"
    return {key: value for key, value in document.items() if value not in (None, "", [])}


def descriptions(page):
    if not page.standfirst:
        return []
    return [{"role": "summary", "contentType": "text/plain", "value": page.standfirst}]


def by_line(page):
    """The free-text byline: "Jane Doe (AFP) and John Roe", as wire copy writes it."""
    names = [
        f"{b.author.name} ({b.agency})" if b.agency else b.author.name for b in page.bylines.all()
    ]
    if len(names) > 1:
        return ", ".join(names[:-1]) + " and " + names[-1]
    return "".join(names)


def byline_people(page, absolute):
    """Each byline as a person whose ``rel`` is their role on the story (reporter, editor…)."""
    return [
        {"name": b.author.name, "rel": b.role, "uri": absolute(b.author.get_absolute_url())}
        for b in page.bylines.all()
    ]


def body_html(page, absolute):
    parts = []
    for block in page.body:
        parts.append(BLOCK_HTML.get(block.block_type, lambda v, a: "")(block.value, absolute))
    return absolutise("".join(parts), absolute)


def _paragraph(value, absolute):
    return expand_db_html(value.source)


def _subheading(value, absolute):
    return f"<h2>{escape(value)}</h2>"


def _quote(value, absolute):
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in value["quote"].split("\n\n") if p.strip())
    cite = f"<cite>{escape(value['attribution'])}</cite>" if value.get("attribution") else ""
    return f"<blockquote>{paragraphs}{cite}</blockquote>"


def _image(value, absolute):
    image = value.get("image")
    if not image:
        return ""
    caption = value.get("caption") or image.description
    src = absolute(public_full_size_url(image))
    return (
        f'<figure><img src="{escape(src)}" alt="{escape(image.description)}" '
        f'width="{image.width}" height="{image.height}">'
        f"<figcaption>{escape(caption)}</figcaption></figure>"
    )


def _embed(value, absolute):
    url = getattr(value, "url", value)
    src = embed_src(url)
    if src:
        return f'<iframe src="{escape(src)}" allowfullscreen></iframe>'
    return f'<p><a href="{escape(url)}">{escape(url)}</a></p>'


def _related_link(value, absolute):
    page = value.get("page")
    url = page.url if page else value.get("url")
    title = value.get("title") or (page.title if page else url)
    return f'<p>Related: <a href="{escape(url)}">{escape(title)}</a></p>' if url else ""


BLOCK_HTML = {
    "paragraph": _paragraph,
    "subheading": _subheading,
    "quote": _quote,
    "image": _image,
    "embed": _embed,
    "related_link": _related_link,
}


def absolutise(markup, absolute):
    """Site-relative links and sources (``href="/…"``) made absolute for other systems."""
    return re.sub(r'(href|src)="(/[^/"][^"]*|/)"', lambda m: f'{m[1]}="{absolute(m[2])}"', markup)


def associations(page, absolute):
    image = page.lead_image
    if image is None:
        return []
    credit = attribution(image)
    association = {
        "name": "lead-image",
        "rel": "lead-image",
        "type": "picture",
        "uri": image.source_url or f"urn:newsroom:image:{image.pk}:{image.file_hash or image.pk}",
        "headlines": [{"role": "main", "value": image.title}],
        "by": credit.creator,
        "copyrightHolder": credit.source,
        "copyrightNotice": credit.copyright_notice,
        "usageTerms": credit.usage_terms,
        "rightsInfo": rights_info(image),
        "descriptions": [
            d
            for d in (
                {"role": "caption", "contentType": "text/plain", "value": page.lead_caption},
                {"role": "alt", "contentType": "text/plain", "value": image.alt_text},
            )
            if d["value"]
        ],
        "renditions": renditions(image, absolute),
    }
    return [{key: value for key, value in association.items() if value not in ("", [], None)}]


def rights_info(image):
    """The licence as ninjs rights: its deed URL, or its name when it has no URL (agency…)."""
    licence = image.licence
    if licence is None:
        return None
    if licence.url:
        return {"linkedRights": licence.url}
    return {"encodedRights": licence.name}


def public_full_size_url(image):
    """The picture at full size as readers may have it: a cleaned, credited rendition. The upload
    itself keeps the camera's GPS location and serials and is never public (media_credits)."""
    try:
        return image.get_rendition(FULL_SIZE_FILTER).url
    except SourceImageIOError:  # missing from storage: the URL it had, for the record
        logger.warning("No full-size rendition for image %s: its file is missing", image.pk)
        return image.file.url


def renditions(image, absolute):
    extension = image.file.name.rsplit(".", 1)[-1].lower()
    found = [
        {
            "name": "original",
            "href": absolute(public_full_size_url(image)),
            "contentType": EXTENSION_TYPES.get(extension, "application/octet-stream"),
            "width": image.width,
            "height": image.height,
        }
    ]
    if image.width > 1200:
        try:
            web = image.get_rendition(IMAGE_FILTER)
        except SourceImageIOError:  # the original is missing from storage: export what we know
            logger.warning("No rendition for image %s: its file is missing", image.pk)
            return found
        found.append(
            {
                "name": "web",
                "href": absolute(web.url),
                "contentType": EXTENSION_TYPES.get(
                    web.file.name.rsplit(".", 1)[-1].lower(), "application/octet-stream"
                ),
                "width": web.width,
                "height": web.height,
            }
        )
    return found
