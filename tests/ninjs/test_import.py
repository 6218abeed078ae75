import pytest

from articles.models import ArticlePage
from ninjs.importer import Importer
from ninjs.models import ImportedStory
from tests.ninjs.conftest import load

pytestmark = pytest.mark.django_db


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
    assert (
        ImportedStory.objects.get(uri=load("004_simple_text_article.json")["uri"]).article == page
    )
