"""The kinds of tag are described once (``entities.models.TAG_KINDS``), and everything a kind
needs follows from that entry: the story's field and editor panel, the entity's page with its
schema.org type, its feeds and sitemap, the story's tag list, the ninjs property — and no other
module spells out the list of kinds."""

import json
import pathlib
import re

import pytest
from bs4 import BeautifulSoup
from lxml import etree

from entities.models import TAG_KINDS
from tests.factories import ArticlePageFactory, SectionPageFactory, UserFactory

pytestmark = pytest.mark.django_db

ROOT = pathlib.Path(__file__).resolve().parents[2]
NAMES = {kind: f"{kind.model.__name__} of the week" for kind in TAG_KINDS}


@pytest.fixture
def story(home):
    section = SectionPageFactory(parent=home, title="Region", slug="region")
    return ArticlePageFactory(
        parent=section,
        title="Road to Khudavang reopens",
        **{kind.name: [NAMES[kind]] for kind in TAG_KINDS},
    )


@pytest.mark.parametrize("kind", TAG_KINDS, ids=lambda kind: kind.name)
def test_every_kind_has_its_page_feeds_sitemap_and_type(client, story, kind):
    entity = kind.model.objects.get(name=NAMES[kind])
    assert entity.get_absolute_url() == f"/{kind.name}/{entity.slug}/"

    page = client.get(entity.get_absolute_url())
    assert page.status_code == 200
    html = BeautifulSoup(page.content, "html.parser")
    assert "Road to Khudavang reopens" in html.get_text()
    types = [
        json.loads(s.string)["@type"] for s in html.select("script[type='application/ld+json']")
    ]
    assert kind.schema_type in types

    for feed in ("feed/", "feed/atom/"):
        response = client.get(entity.get_absolute_url() + feed)
        assert response.status_code == 200 and b"Road to Khudavang reopens" in response.content

    sitemap = etree.fromstring(client.get(f"/sitemap-{kind.name}.xml").content)
    locations = [loc.text for loc in sitemap.iter("{*}loc")]
    assert any(loc.endswith(entity.get_absolute_url()) for loc in locations)


def test_the_story_lists_every_kind_under_its_label_and_exports_it_to_ninjs(client, story):
    html = BeautifulSoup(client.get(story.url).content, "html.parser")
    text = html.get_text(" ", strip=True)
    for kind in TAG_KINDS:
        assert kind.label in text and NAMES[kind] in text

    exported = client.get(f"/api/ninjs/{story.pk}/").json()
    for kind in TAG_KINDS:
        assert NAMES[kind] in [tag["name"] for tag in exported[kind.ninjs_property]]


def test_the_editor_has_a_tag_field_for_every_kind(client, story):
    editor = UserFactory(username="editor", is_superuser=True)
    client.force_login(editor)
    form = BeautifulSoup(
        client.get(f"/admin/pages/{story.pk}/edit/").content, "html.parser"
    ).select_one("#panel-child-content-tags-content")
    for kind in TAG_KINDS:
        field = form.select_one(f"#id_{kind.name}")
        assert field is not None and NAMES[kind] in field["value"]
        assert kind.about in form.get_text()


def test_no_other_module_spells_out_the_kinds():
    """A hand-written list of kinds anywhere else is a fifth kind that would be forgotten there."""
    listed = re.compile(r"[(\[{]\s*[\"']places[\"'][^)\]}]*[\"']people[\"'][^)\]}]*[\"']topics")
    spelled = [
        str(path.relative_to(ROOT))
        for app in ("core", "entities", "articles", "public_site", "search", "ninjs", "tests")
        for path in (ROOT / app).rglob("*.py")
        if "migrations" not in path.parts and listed.search(path.read_text())
    ]
    assert spelled == []
