"""Export our stories, empty the database, import them back: the same stories come out."""

import io
import json

import pytest
from django.core.files.storage import default_storage
from wagtail.models import Site

from articles.models import ArticlePage, Author
from entities.models import ENTITY_MODELS
from media_credits.models import CreditedImage
from ninjs.importer import Importer
from tests.factories import (
    ArticlePageFactory,
    AuthorFactory,
    ImageFactory,
    SectionPageFactory,
    minutes_ago,
)

pytestmark = pytest.mark.django_db


def snapshot(page):
    """What a reader and a partner see of a story."""
    image = page.lead_image
    return {
        "headline": page.title,
        "standfirst": page.standfirst,
        "body": [(b.block_type, _value(b)) for b in page.body],
        "bylines": [(b.author.name, b.role, b.agency) for b in page.bylines.all()],
        "dateline": page.dateline,
        "first_published_at": page.first_published_at.replace(microsecond=0),
        "last_published_at": page.last_published_at.replace(microsecond=0),
        "tags": {kind: sorted(t.name for t in getattr(page, kind).all()) for kind in ENTITY_MODELS},
        "image": image
        and (
            image.creator,
            image.credit_line,
            image.copyright_notice,
            image.alt_text,
            image.usage_terms,
            image.licence and image.licence.label,
            image.width,
            image.height,
        ),
        "caption": page.lead_caption,
    }


def _value(block):
    if block.block_type == "paragraph":
        return block.value.source
    if block.block_type == "quote":
        return (block.value["quote"], block.value["attribution"])
    return str(block.value)


def test_export_then_import_into_an_empty_database_gives_the_same_stories(
    client, home, media_server
):
    """The export is read through the media server's host, so picture hrefs point at it and the
    import fetches them over HTTP like any agency's renditions."""
    section = SectionPageFactory(parent=home, title="Region", slug="region")
    section.save_revision().publish()
    leyla = AuthorFactory(name="Leyla Mammadova")
    stories = [
        ArticlePageFactory(
            parent=section,
            title="Road to Kalbajar reopens",
            standfirst="The pass is clear after the first snow.",
            dateline_place="Kalbajar",
            lead_image=ImageFactory(
                copyright_notice="© AFP 2026", usage_terms="Editorial use only"
            ),
            lead_image_caption="The pass above Kalbajar on Monday.",
            body=[
                (
                    "paragraph",
                    '<p>Workers <b>cleared</b> the <a href="https://x.org/">road</a>.</p>'
                    "<ul><li>one</li><li>two</li></ul>",
                ),
                ("subheading", "What comes next"),
                ("quote", {"quote": "We are home.", "attribution": "A resident"}),
                ("paragraph", "<p>The <i>last</i> word.</p>"),
            ],
            bylines=[
                (leyla, "reporter", "AFP"),
                (AuthorFactory(name="Elvin Aliyev"), "photographer", ""),
            ],
            places=["Kalbajar", "Lachin"],
            people=["Elnur Guliyev"],
            organisations=["Red Crescent"],
            topics=["Transport", "Weather"],
            publish__at=minutes_ago(90),
        ),
        ArticlePageFactory(
            parent=section,
            title="Şuşa festival opens",
            standfirst="Music returns to the town square.",
            dateline_place="Şuşa",
            bylines=[(leyla, "editor", "")],
            topics=["Culture"],
            publish__at=minutes_ago(30),
        ),
    ]
    # A later update, so versionCreated differs from firstCreated.
    update = stories[1].get_latest_revision_as_object()
    update.standfirst = "Music returns to the town square for three days."
    update.save_revision().publish()

    # The site's origin is where its media is served: the export's addresses are on it.
    hostname, port = media_server.split(":")
    Site.objects.filter(is_default_site=True).update(hostname=hostname, port=int(port))
    exported = client.get("/api/ninjs/").json()["results"]
    assert len(exported) == 2
    href = exported[1]["associations"][0]["renditions"][0]["href"]
    assert href.startswith(f"http://{media_server}/media/")
    before = {page.title: snapshot(ArticlePage.objects.get(pk=page.pk)) for page in stories}
    files = {}
    for page in stories:
        if page.lead_image:
            files[page.lead_image.file.name] = page.lead_image.file.read()
            page.lead_image.file.close()

    # Empty the database of everything the import should bring back.
    ArticlePage.objects.all().delete()
    Author.objects.all().delete()
    for model in ENTITY_MODELS.values():
        model.objects.all().delete()
    CreditedImage.objects.all().delete()
    for name, content in files.items():  # the files stay online, as on the old media server
        if not default_storage.exists(name):
            default_storage.save(name, io.BytesIO(content))
    assert not ArticlePage.objects.exists()

    payload = json.loads(json.dumps(exported))  # as another system would receive it
    importer = Importer(section="region", publish=True)
    outcomes = [importer.import_document(doc, f"export[{i}]") for i, doc in enumerate(payload)]
    assert [o.status for o in outcomes] == ["created", "created"], [o.message for o in outcomes]

    after = {
        page.title: snapshot(page)
        for page in ArticlePage.objects.filter(pk__in=[o.article_id for o in outcomes])
    }
    assert after == before
    assert len(before["Road to Kalbajar reopens"]["body"]) == 4
    assert before["Road to Kalbajar reopens"]["image"][:3] == ("Jane Doe", "AFP", "© AFP 2026")
    assert before["Road to Kalbajar reopens"]["image"][4:6] == ("Editorial use only", "Agency")
