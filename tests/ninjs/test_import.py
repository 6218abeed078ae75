import copy
import datetime as dt

import pytest
from django.utils import timezone

from articles.models import ArticlePage, Author
from entities.models import Organisation, Person, Place, Topic
from media_credits.models import CreditedImage
from ninjs.importer import Importer
from ninjs.models import ImportedStory
from tests.factories import ArticlePageFactory, AuthorFactory, SectionPageFactory
from tests.ninjs.conftest import jpeg_bytes, load

pytestmark = pytest.mark.django_db


def document(**changes):
    doc = {
        "uri": "urn:newsml:agency.example:20261123:story-1",
        "type": "text",
        "version": "1",
        "firstCreated": "2026-11-23T06:00:00Z",
        "versionCreated": "2026-11-23T06:30:00Z",
        "pubStatus": "usable",
        "language": "en",
        "headlines": [
            {"role": "main", "value": "Snow closes the Murovdag pass"},
            {"role": "sub", "value": "Drivers told to wait in Kalbajar"},
        ],
        "descriptions": [{"role": "summary", "value": "The road will reopen on Tuesday."}],
        "bodies": [
            {"role": "main", "contentType": "text/html", "value": "<p>Snow fell overnight.</p>"}
        ],
        "by": "By Aysel Karimova (AFP)",
        "located": "Kalbajar",
        "places": [{"name": "Kalbajar", "rel": "about"}],
        "people": [{"name": "Farid Mammadov", "uri": "http://www.wikidata.org/entity/Q1"}],
        "organisations": [{"name": "Highland Roads Agency"}],
        "subjects": [
            {"name": "Weather", "uri": "http://cv.iptc.org/newscodes/mediatopic/17000000"}
        ],
    }
    doc.update(changes)
    return doc


def latest(outcome):
    return ArticlePage.objects.get(pk=outcome.article_id).get_latest_revision_as_object()


def test_official_simple_example_lands_as_a_draft_in_wire(home):
    outcome = Importer().import_document(load("004_simple_text_article.json"), "004.json")
    assert outcome.status == "created", outcome.message
    page = ArticlePage.objects.get(pk=outcome.article_id)
    assert page.title == "Captain of wrecked cruise ship on trial in Italy"
    assert page.get_parent().title == "Wire"
    assert not page.live
    draft = page.get_latest_revision_as_object()
    assert [b.block_type for b in draft.body] == ["paragraph"]
    assert draft.body[0].value.source.count("<p>") == 4
    assert [b.author.name for b in draft.bylines.all()] == ["Paulo Santalucia", "Frances d'Emilio"]
    uri = load("004_simple_text_article.json")["uri"]
    assert ImportedStory.objects.get(uri=uri).article == page


def test_official_complex_example_maps_tags_and_dateline(home):
    outcome = Importer().import_document(load("005_complex_text_article.json"), "005.json")
    story = latest(outcome)
    assert story.dateline_place == "Grossetto, Italy"
    assert {t.name for t in story.places.all()} == {"Grossetto", "Tuscany", "Italy"}
    assert [t.name for t in story.people.all()] == ["Francesco Schettino"]
    assert [t.name for t in story.organisations.all()] == ["Costa Crociere SpA"]


def test_every_property_maps_and_publish_uses_the_documents_dates(home):
    existing = AuthorFactory(name="Aysel Karimova")
    Place.objects.create(name="kalbajar")
    outcome = Importer(publish=True).import_document(document(), "a.json")
    assert outcome.status == "created", outcome.message
    page = ArticlePage.objects.get(pk=outcome.article_id)
    assert page.live
    assert page.title == "Snow closes the Murovdag pass"
    assert page.standfirst == "The road will reopen on Tuesday."
    assert page.dateline_place == "Kalbajar"
    [byline] = page.bylines.all()
    assert (byline.author, byline.role, byline.agency) == (existing, "reporter", "AFP")
    assert Place.objects.count() == 1  # matched by name, whatever the case
    assert [t.name for t in page.topics.all()] == ["Weather"]
    assert Person.objects.filter(name="Farid Mammadov").exists()
    assert Organisation.objects.filter(name="Highland Roads Agency").exists()
    assert page.first_published_at == dt.datetime(2026, 11, 23, 6, 0, tzinfo=dt.UTC)
    assert page.last_published_at == dt.datetime(2026, 11, 23, 6, 30, tzinfo=dt.UTC)
    assert ImportedStory.objects.get().language == "en"


def test_sub_headline_is_the_standfirst_when_there_is_no_description(home):
    outcome = Importer().import_document(document(descriptions=[]))
    assert latest(outcome).standfirst == "Drivers told to wait in Kalbajar"


def test_ninjs_2_lower_case_document_is_accepted(home):
    doc = {
        "uri": "http://example.org/wire/2x-1",
        "versioncreated": "2026-11-20T10:00:00Z",
        "firstcreated": "2026-11-20T09:00:00Z",
        "pubstatus": "usable",
        "headlines": [{"role": "main", "value": "Old format still flows"}],
        "bodies": [{"role": "main", "contenttype": "text/plain", "value": "One.\n\nTwo."}],
        "embargoed": "2026-11-20T12:00:00Z",
    }
    outcome = Importer().import_document(doc, "old.json")
    assert outcome.status == "created", outcome.message
    story = latest(outcome)
    assert story.body[0].value.source == "<p>One.</p><p>Two.</p>"
    assert story.go_live_at == dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)


def test_newer_version_updates_the_same_article_and_older_ones_are_skipped(home):
    importer = Importer(publish=True)
    first = importer.import_document(document())
    newer = document(version="2", headlines=[{"role": "main", "value": "Pass reopens early"}])
    newer["versionCreated"] = "2026-11-23T09:00:00Z"
    second = importer.import_document(newer)
    assert second.status == "updated"
    assert second.article_id == first.article_id
    page = ArticlePage.objects.get(pk=first.article_id)
    assert page.title == "Pass reopens early"
    assert page.revisions.count() == 2
    assert page.last_updated_at == dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)

    for stale in (document(), newer):
        outcome = importer.import_document(stale, "again.json")
        assert outcome.status == "skipped"
        assert "not newer" in outcome.message and "again.json" in outcome.message
    assert page.revisions.count() == 2


def test_version_created_alone_orders_versions(home):
    doc = document()
    del doc["version"]
    Importer().import_document(doc)
    doc["versionCreated"] = "2026-11-23T05:00:00Z"
    assert Importer().import_document(doc).status == "skipped"
    doc["versionCreated"] = "2026-11-23T07:00:00Z"
    assert Importer().import_document(doc).status == "updated"


def test_withheld_is_held_and_canceled_unpublishes(home):
    importer = Importer(publish=True)
    outcome = importer.import_document(document(pubStatus="withheld"))
    page = ArticlePage.objects.get(pk=outcome.article_id)
    assert not page.live
    assert outcome.warnings == ["withheld: kept as a draft"]
    importer.import_document(document(version="2"))
    page.refresh_from_db()
    assert page.live
    outcome = importer.import_document(document(version="3", pubStatus="withheld"))
    page.refresh_from_db()
    assert not page.live
    assert outcome.warnings == ["withheld: taken down"]
    importer.import_document(document(version="4"))
    outcome = importer.import_document(document(version="5", pubStatus="canceled"))
    page.refresh_from_db()
    assert not page.live
    assert outcome.warnings == ["canceled: taken down"]
    assert page.get_latest_revision_as_object().title == "Snow closes the Murovdag pass"


def test_future_embargo_schedules_instead_of_publishing(home):
    embargo = (timezone.now() + dt.timedelta(hours=2)).replace(microsecond=0)
    doc = document(embargoedUntil=embargo.isoformat())
    outcome = Importer(publish=True).import_document(doc)
    page = ArticlePage.objects.get(pk=outcome.article_id)
    assert not page.live
    assert page.go_live_at == embargo
    assert page.revisions.get().approved_go_live_at == embargo


def test_story_failing_publish_checks_stays_a_draft_with_a_warning(home):
    doc = document(located="")
    outcome = Importer(publish=True).import_document(doc)
    assert outcome.status == "created"
    assert not ArticlePage.objects.get(pk=outcome.article_id).live
    assert "dateline" in outcome.warnings[0]


def test_chosen_section(home):
    section = SectionPageFactory(parent=home, title="Partners", slug="partners")
    outcome = Importer(section="partners").import_document(document())
    assert ArticlePage.objects.get(pk=outcome.article_id).get_parent().pk == section.pk


def test_hostile_html_is_sanitised_to_what_the_body_allows(home):
    hostile = (
        '<p onclick="steal()">Hello <strong>bold</strong> <a href="javascript:x()">bad</a> '
        '<a href="https://example.org/" onmouseover="x()">good</a></p>'
        "<script>alert(1)</script><style>p{display:none}</style>"
        '<h2>Next</h2><iframe src="https://evil.example/"></iframe>'
        '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>'
        "<blockquote><p>We are home.</p><cite>A resident</cite></blockquote>"
        '<img src="x" onerror="alert(1)"><table><tr><td>cell</td></tr></table>'
    )
    doc = document(bodies=[{"contentType": "text/html", "value": hostile}])
    story = latest(Importer().import_document(doc))
    blocks = [(b.block_type, b.value) for b in story.body]
    assert blocks[0][0] == "paragraph"
    source = blocks[0][1].source
    assert source == ('<p>Hello <b>bold</b> <a>bad</a> <a href="https://example.org/">good</a></p>')
    assert blocks[1] == ("subheading", "Next")
    assert blocks[2][0] == "embed"
    assert blocks[2][1].url == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    assert blocks[3][0] == "quote"
    assert (blocks[3][1]["quote"], blocks[3][1]["attribution"]) == ("We are home.", "A resident")
    assert blocks[4][1].source == "<p>cell</p>"
    assert len(blocks) == 5


def test_pictures_become_credited_images(home, picture_server):
    href = picture_server.serve("/big.jpg", jpeg_bytes(1200, 800))
    small = picture_server.serve("/small.jpg", jpeg_bytes(300, 200))
    doc = document(
        associations=[
            {
                "name": "photo",
                "uri": "urn:agency:photo:77",
                "type": "picture",
                "by": "Rashad Guliyev",
                "copyrightHolder": "AFP",
                "copyrightNotice": "© AFP 2026",
                "usageTerms": "Editorial use only",
                "rightsInfo": {"linkedRights": "https://creativecommons.org/licenses/by/4.0/"},
                "headlines": [{"value": "Snowplough on the pass"}],
                "descriptions": [{"role": "caption", "value": "A snowplough clears the pass."}],
                "renditions": [
                    {"name": "thumb", "href": small, "width": 300, "height": 200},
                    {"name": "large", "href": href, "width": 1200, "height": 800},
                ],
            }
        ]
    )
    outcome = Importer().import_document(doc)
    story = latest(outcome)
    image = story.lead_image
    assert (image.width, image.height) == (1200, 800)
    assert image.creator == "Rashad Guliyev"
    assert image.credit_line == "AFP"
    assert image.copyright_notice == "© AFP 2026"
    assert image.description == "A snowplough clears the pass."
    assert image.alt_text == "A snowplough clears the pass."
    assert image.usage_terms == "Editorial use only"
    assert image.licence.label == "CC BY 4.0"
    assert image.title == "Snowplough on the pass"
    assert story.lead_image_caption == "A snowplough clears the pass."

    # A later version reuses the picture instead of fetching it again.
    picture_server.routes.clear()
    doc["version"] = "2"
    doc["associations"][0]["by"] = "R. Guliyev"
    assert Importer().import_document(doc).status == "updated"
    assert CreditedImage.objects.count() == 1
    image.refresh_from_db()
    assert image.creator == "R. Guliyev"


def test_unreachable_or_non_image_rendition_rejects_the_whole_document(home, picture_server):
    not_image = picture_server.serve("/fake.jpg", b"<html>not a picture</html>", "image/jpeg")
    for href in (not_image, picture_server.url("/missing.jpg"), "http://127.0.0.1:9/x.jpg"):
        doc = document(
            associations=[
                {
                    "name": "photo",
                    "uri": "urn:agency:photo:1",
                    "type": "picture",
                    "renditions": [{"name": "main", "href": href}],
                }
            ]
        )
        outcome = Importer().import_document(doc, "pic.json")
        assert outcome.status == "failed"
        assert outcome.path == "$.associations[0].renditions[0].href"
        assert "pic.json" in outcome.message
    assert not ArticlePage.objects.exists()
    assert not CreditedImage.objects.exists()
    assert not ImportedStory.objects.exists()


def test_picture_over_the_size_cap_is_refused(home, picture_server, settings):
    settings.NINJS_MAX_PICTURE_BYTES = 1000
    href = picture_server.serve("/big.jpg", jpeg_bytes(1200, 800, "white") + b"\0" * 2000)
    doc = document(
        associations=[
            {
                "name": "p",
                "uri": "urn:p:1",
                "type": "picture",
                "renditions": [{"name": "m", "href": href}],
            }
        ]
    )
    outcome = Importer().import_document(doc)
    assert outcome.status == "failed"
    assert "limit" in outcome.reason


def test_private_addresses_are_not_fetched_by_default(home, picture_server, settings):
    settings.NINJS_FETCH_PRIVATE_ADDRESSES = False
    href = picture_server.serve("/a.jpg", jpeg_bytes())
    doc = document(
        associations=[
            {
                "name": "p",
                "uri": "urn:p:1",
                "type": "picture",
                "renditions": [{"name": "m", "href": href}],
            }
        ]
    )
    outcome = Importer().import_document(doc)
    assert outcome.status == "failed"
    assert "private or local" in outcome.reason


@pytest.mark.parametrize(
    ("doc", "path", "reason"),
    [
        ([1, 2], "$", "a ninjs document is a JSON object"),
        ({"headlines": []}, "$", "'uri' is a required property"),
        (document(headlines="Snow"), "$.headlines", "is not of type 'array'"),
        (document(urgency="high"), "$.urgency", "is not of type 'integer'"),
        (document(versionCreated="yesterday"), "$.versionCreated", "is not a 'date-time'"),
        (document(headlines=[]), "$.headlines", "needs a main headline"),
        (document(headlines=[{"value": "x" * 300}]), "$.headlines[0].value", "300 characters"),
        (document(places=[{"uri": "http://example.org/p"}]), "$.places[0]", "needs a name"),
        (document(pubStatus="maybe"), "$.pubStatus", "is not one of"),
    ],
)
def test_invalid_documents_are_rejected_whole_with_path_and_reason(home, doc, path, reason):
    outcome = Importer(publish=True).import_document(doc, "bad.json")
    assert outcome.status == "failed"
    assert outcome.path == path
    assert reason in outcome.reason
    assert outcome.message.startswith(f"bad.json: {path}: ")
    assert not ArticlePage.objects.exists()
    assert not Author.objects.exists()
    assert not Topic.objects.exists()


def test_a_failure_after_writing_rolls_the_whole_document_back(
    home, monkeypatch, picture_server, settings
):
    """If saving breaks half-way (fault injected at the last write, the imported-story link), no
    article, author, tag, image or image file of that document remains."""
    from pathlib import Path

    from ninjs import importer as importer_module

    def broken(**kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(importer_module.ImportedStory.objects, "update_or_create", broken)
    href = picture_server.serve("/a.jpg", jpeg_bytes())
    doc = document(
        associations=[
            {
                "name": "p",
                "uri": "urn:p:9",
                "type": "picture",
                "renditions": [{"name": "m", "href": href}],
            }
        ]
    )
    before = set(Path(settings.MEDIA_ROOT).rglob("*.jpg"))
    outcome = Importer().import_document(doc)
    assert outcome.status == "failed"
    assert "disk full" in outcome.reason
    assert not ArticlePage.objects.exists()
    assert not Author.objects.exists()
    assert not Place.objects.exists()
    assert not CreditedImage.objects.exists()
    assert set(Path(settings.MEDIA_ROOT).rglob("*.jpg")) == before


def test_updating_an_edited_story_keeps_it_one_article(home):
    story = ArticlePageFactory(parent=SectionPageFactory(parent=home, title="Wire", slug="wire"))
    ImportedStory.objects.create(uri=document()["uri"], article=story, version="0")
    outcome = Importer().import_document(copy.deepcopy(document()))
    assert outcome.status == "updated"
    assert outcome.article_id == story.pk
    assert ArticlePage.objects.count() == 1


def test_unknown_licence_is_left_empty_with_a_warning(home, picture_server):
    href = picture_server.serve("/a.jpg", jpeg_bytes())
    doc = document(
        associations=[
            {
                "name": "p",
                "uri": "urn:p:5",
                "type": "picture",
                "rightsInfo": {"encodedRights": "Agency"},
                "renditions": [{"name": "m", "href": href}],
            },
            {
                "name": "q",
                "uri": "urn:p:6",
                "type": "picture",
                "rightsInfo": {"linkedRights": "https://example.org/our-terms"},
                "renditions": [{"name": "m", "href": href}],
            },
        ]
    )
    outcome = Importer().import_document(doc)
    story = latest(outcome)
    assert story.lead_image.licence.name == "Agency / wire"
    assert story.body[-1].value["image"].licence is None
    assert any("unknown licence https://example.org/our-terms" in w for w in outcome.warnings)
