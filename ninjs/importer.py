"""Turning ninjs documents into stories: all or nothing per document, with a summary per batch.

The command line (``import_ninjs``), the HTTP endpoint and the benchmark all go through
``Importer.import_document``. A document is validated and mapped first and its pictures fetched,
with no database writes; then one transaction creates or updates everything it needs.
"""

import json
import logging
from collections import Counter
from dataclasses import dataclass, field

from anyascii import anyascii
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Collection

from articles.models import ArticlePage, Author, Byline, HomePage, SectionPage
from articles.publishing import StoryDraft, publish_problems
from entities.models import ENTITY_MODELS
from entities.names import resolve_names
from media_credits.licences import licence_for_url
from media_credits.models import Licence
from ninjs import mapping, pictures
from ninjs.models import ImportedPicture, ImportedStory
from ninjs.validation import DocumentError, validate

logger = logging.getLogger(__name__)

CREATED, UPDATED, SKIPPED, FAILED = "created", "updated", "skipped", "failed"
SLUG_MAX = 80


@dataclass
class Outcome:
    source: str  # file name, "request[2]"…
    status: str
    uri: str = ""
    article_id: int | None = None
    path: str = ""
    reason: str = ""
    warnings: list = field(default_factory=list)

    @property
    def message(self):
        where = f"{self.source}: " if self.source else ""
        if self.status == FAILED:
            return f"{where}{self.path}: {self.reason}"
        return f"{where}{self.status} {self.uri}" + (f" ({self.reason})" if self.reason else "")

    def as_dict(self):
        data = {"source": self.source, "status": self.status, "uri": self.uri}
        if self.article_id:
            data["article_id"] = self.article_id
        if self.status == FAILED:
            data.update(path=self.path, reason=self.reason)
        elif self.reason:
            data["reason"] = self.reason
        if self.warnings:
            data["warnings"] = self.warnings
        return data


@dataclass
class Summary:
    outcomes: list = field(default_factory=list)

    def add(self, outcome):
        self.outcomes.append(outcome)
        return outcome

    @property
    def counts(self):
        counts = Counter(outcome.status for outcome in self.outcomes)
        return {status: counts[status] for status in (CREATED, UPDATED, SKIPPED, FAILED)}

    def as_dict(self):
        return {**self.counts, "documents": [outcome.as_dict() for outcome in self.outcomes]}

    def __str__(self):
        return ", ".join(f"{count} {status}" for status, count in self.counts.items())


def parse_documents(raw, source):
    """[(source, document or DocumentError)] from the bytes of one file or request body."""
    if len(raw) > settings.NINJS_MAX_REQUEST_BYTES:
        limit = settings.NINJS_MAX_REQUEST_BYTES
        return [(source, DocumentError("$", f"{len(raw)} bytes is over the limit of {limit}"))]
    try:
        data = json.loads(raw)
    except UnicodeDecodeError:
        return [(source, DocumentError("$", "not UTF-8 text"))]
    except json.JSONDecodeError as error:
        return [(source, DocumentError("$", f"not JSON: {error}"))]
    if not isinstance(data, list):
        return [(source, _sized(data, len(raw)))]
    return [(f"{source}[{i}]", _sized(doc)) for i, doc in enumerate(data)]


def _sized(document, size=None):
    limit = settings.NINJS_MAX_DOCUMENT_BYTES
    size = size if size is not None else len(json.dumps(document, ensure_ascii=False))
    if size > limit:
        return DocumentError("$", f"the document is {size} bytes; the limit is {limit}")
    return document


def import_section(name=None):
    """The section imports land in: found by title or slug, created under the home page if new."""
    name = name or settings.NINJS_IMPORT_SECTION
    section = find_section(name)
    if section:
        return section
    slug = slugify(anyascii(name))
    home = HomePage.objects.first()
    if home is None:
        raise DocumentError("$", "there is no home page to put an import section under")
    section = SectionPage(title=name, slug=slug, intro="Stories from the wires and partners.")
    home.add_child(instance=section)
    section.save_revision().publish()
    return section


def find_section(name):
    """The section called ``name`` (its slug or its title), or None."""
    return (
        SectionPage.objects.filter(slug=slugify(anyascii(name))).first()
        or SectionPage.objects.filter(title__iexact=name).first()
    )


class Importer:
    def __init__(
        self, section=None, publish=False, user=None, fetch=pictures.fetch, check_permissions=False
    ):
        self.section = section if isinstance(section, SectionPage) else None
        self.section_name = None if self.section else section
        self.publish = publish
        self.user = user
        self.fetch = fetch
        # The API checks that its caller may edit (and publish) a story it updates; the command
        # line is run by the desk's administrators.
        self.check_permissions = check_permissions

    def import_raw(self, raw, source, summary=None):
        summary = summary if summary is not None else Summary()
        for doc_source, document in parse_documents(raw, source):
            summary.add(self.import_document(document, doc_source))
        return summary

    def import_document(self, document, source=""):
        if isinstance(document, DocumentError):
            return Outcome(source, FAILED, path=document.path, reason=document.reason)
        uri = document.get("uri", "") if isinstance(document, dict) else ""
        uri = uri if isinstance(uri, str) else ""
        try:
            story = mapping.story_from_document(validate(document))
            record = ImportedStory.objects.select_related("article").filter(uri=story.uri).first()
            if record and not is_newer(story, record):
                return Outcome(
                    source,
                    SKIPPED,
                    uri,
                    record.article_id,
                    reason=f"not newer than the version we have ({describe(record)})",
                )
            self.check_may_update(record, story)
            fetched = self.fetch_pictures(story)
            return self.save(story, record, fetched, source)
        except DocumentError as error:
            return Outcome(source, FAILED, uri, path=error.path, reason=error.reason)
        except ValidationError as error:
            return Outcome(source, FAILED, uri, path="$", reason="; ".join(error.messages))
        except Exception as error:  # one bad document must not stop a batch or answer a 500
            logger.exception("ninjs import of %s failed", source or uri)
            return Outcome(source, FAILED, uri, path="$", reason=f"could not be imported: {error}")

    def check_may_update(self, record, story):
        if not (record and self.check_permissions):
            return
        page = record.article
        permissions = page.permissions_for_user(self.user)
        if not permissions.can_edit():
            raise DocumentError("$.uri", "you may not edit the story with this uri")
        if self.publish and not permissions.can_publish():
            raise DocumentError("$.uri", "you may not publish the story with this uri")
        if story.pub_status != "usable" and page.live and not permissions.can_unpublish():
            raise DocumentError("$.pubStatus", "you may not take down the story with this uri")

    def fetch_pictures(self, story):
        """{uri: FetchedPicture or None (already imported)} for the story's pictures."""
        known = set(
            ImportedPicture.objects.filter(uri__in=[p.uri for p in story.pictures]).values_list(
                "uri", flat=True
            )
        )
        fetched = {}
        for picture in story.pictures:
            if picture.uri in known or picture.uri in fetched:
                fetched.setdefault(picture.uri, None)
                continue
            try:
                fetched[picture.uri] = self.fetch(picture.href)
            except pictures.PictureError as error:
                raise DocumentError(picture.path, str(error)) from error
        return fetched

    def save(self, story, record, fetched, source):
        saved_files = []
        try:
            with transaction.atomic():
                section = self.section or import_section(self.section_name)
                warnings = list(story.warnings)
                images = [
                    save_picture(p, fetched.get(p.uri), saved_files, warnings)
                    for p in story.pictures
                ]
                page, created = build_page(story, record, section, images)
                warnings += self.save_and_publish(page, story)
                ImportedStory.objects.update_or_create(
                    uri=story.uri,
                    defaults={
                        "article": page,
                        "version": story.version,
                        "version_created": story.version_created,
                        "first_created": story.first_created,
                        "language": story.language,
                    },
                )
        except BaseException:
            storage = get_image_model()._meta.get_field("file").storage
            for name in saved_files:
                storage.delete(name)
            raise
        return Outcome(
            source, CREATED if created else UPDATED, story.uri, page.pk, warnings=warnings
        )

    def save_and_publish(self, page, story):
        warnings = []
        if story.embargoed_until:
            page.go_live_at = story.embargoed_until
        revision = page.save_revision(user=self.user, log_action=True)
        if story.pub_status in ("withheld", "canceled"):
            # Withheld: not to be used until a usable version comes; canceled: killed. Either
            # way readers stop seeing it; the revision keeps what the agency sent.
            was_live = page.live
            if was_live:
                page.unpublish(user=self.user)
            return [f"{story.pub_status}: " + ("taken down" if was_live else "kept as a draft")]
        if not self.publish:
            return warnings
        draft = StoryDraft(page=page, bylines=list(page.bylines.all()))
        problems = publish_problems(draft)
        if problems:
            return ["kept as a draft: " + " ".join(p.message for p in problems)]
        revision.publish(user=self.user)
        set_dates(page, story)
        return warnings


def is_newer(story, record):
    """Is ``story`` a later version than the one ``record`` remembers?"""
    new, old = story.version, record.version
    if new.isdigit() and old.isdigit() and int(new) != int(old):
        return int(new) > int(old)
    new_time, old_time = story.version_created, record.version_created
    if new_time and old_time and new_time != old_time:
        return new_time > old_time
    if new and old and new != old:
        return new > old
    return False


def describe(record):
    parts = []
    if record.version:
        parts.append(f"version {record.version}")
    if record.version_created:
        parts.append(f"versionCreated {record.version_created.isoformat()}")
    return ", ".join(parts) or "no version given"


def build_page(story, record, section, images):
    """The ArticlePage to save: a new child of ``section``, or the latest revision of the
    story ``record`` links to, with the document's content."""
    if record:
        page = record.article.specific.get_latest_revision_as_object()
        created = False
    else:
        page = ArticlePage(slug=unique_slug(section, story.headline), live=False)
        created = True
    page.title = story.headline
    page.draft_title = story.headline
    page.standfirst = story.standfirst
    page.dateline_place = story.dateline_place
    page.body = story.body + [
        ("image", {"image": image, "caption": picture.caption})
        for picture, image in list(zip(story.pictures, images, strict=True))[1:]
    ]
    page.lead_image = images[0] if images else None
    page.lead_image_caption = story.pictures[0].caption if images else ""
    page.bylines = [
        Byline(author=find_author(b.name), role=b.role, agency=b.agency, sort_order=order)
        for order, b in enumerate(story.bylines)
    ]
    for kind, entries in story.tags.items():
        getattr(page, kind).set([find_entity(ENTITY_MODELS[kind], *entry) for entry in entries])
    if created:
        page.owner = None
        section.add_child(instance=page)
    return page, created


def unique_slug(section, headline):
    base = slugify(anyascii(headline))[:SLUG_MAX].strip("-") or "story"
    taken = set(section.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug


def find_author(name):
    author = Author.objects.filter(name__iexact=name).first()
    if author:
        return author
    base = slugify(anyascii(name))[:240] or "author"
    slug, n = base, 1
    while Author.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return Author.objects.create(name=name, slug=slug, job_title="Contributor")


def find_entity(model, name, uri=""):
    """The entity a ninjs subject names: matched by its external identifier (a Wikidata or
    GeoNames URI), then by canonical name or alias, else a new entity carrying that URI."""
    if uri:
        entity = model.objects.filter(external_id=uri).first()
        if entity:
            return entity
    entity = resolve_names(model, [name]).get(name)
    if entity:
        if uri and not entity.external_id:
            entity.external_id = uri
            entity.save(update_fields=["external_id"])
        return entity
    return model.objects.create(name=name, external_id=uri or "")


def find_licence(picture, warnings):
    """The Licence named by the picture's rights: its linked URL, or its encoded name / label."""
    if picture.licence_url:
        licence = licence_for_url(picture.licence_url)
        if licence is None:
            warnings.append(f"unknown licence {picture.licence_url}: the picture has no licence")
        return licence
    if picture.licence_name:
        name = picture.licence_name.strip()
        licence = (
            Licence.objects.filter(name__iexact=name).first()
            or Licence.objects.filter(label__iexact=name).first()
        )
        if licence is None:
            warnings.append(f"unknown licence “{name}”: the picture has no licence")
        return licence
    return None


def save_picture(picture, content, saved_files, warnings):
    """The CreditedImage for a picture: the one an earlier import fetched (credits refreshed), or
    a new one from ``content``."""
    Image = get_image_model()
    link = ImportedPicture.objects.select_related("image").filter(uri=picture.uri).first()
    image = link.image if link else Image(collection=Collection.get_first_root_node())
    image.title = picture.title or picture.caption[:255] or picture.uri[-255:]
    image.creator = picture.creator
    image.credit_line = picture.credit_line
    image.copyright_notice = picture.copyright_notice
    image.source_url = picture.source_url[:200]
    image.description = picture.caption
    # Wire pictures often carry only a caption; it is the best alt text we have until an editor
    # writes one (publishing requires alt text).
    image.alt_text = (picture.alt_text or picture.caption)[:500]
    image.usage_terms = picture.usage_terms
    image.licence = find_licence(picture, warnings)
    if link is None:
        name = f"{slugify(anyascii(image.title))[:60] or 'picture'}.{content.extension}"
        image.file = ContentFile(content.content, name=name)
        image.width, image.height = content.width, content.height
        image.file_size = len(content.content)
        image.save()
        saved_files.append(image.file.name)
        ImportedPicture.objects.create(uri=picture.uri, image=image)
    else:
        image.save()
    return image


def set_dates(page, story):
    """Publication times from the document, not from the moment we imported it."""
    first = story.first_created or story.version_created
    last = story.version_created or first
    if not first:
        return
    page.refresh_from_db(fields=["first_published_at", "last_published_at"])
    if not story.first_created and page.first_published_at and page.first_published_at < first:
        first = page.first_published_at  # an update without firstCreated keeps its first time
    updated = last if last and last > first else None
    ArticlePage.objects.filter(pk=page.pk).update(
        first_published_at=first, last_published_at=last or first, last_updated_at=updated
    )
