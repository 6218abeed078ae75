"""Tag suggestions while editing: known entities the text mentions, not yet tagged."""

import pytest

from entities.models import Organisation, Person, Place, PlaceAlias
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def names(response):
    assert response.status_code == 200
    return [(s["kind"], s["name"]) for s in response.json()["suggestions"]]


def test_suggests_mentioned_entities_by_name_or_alias_whole_words(editor_client):
    kalbajar = Place.objects.create(name="Kalbajar")
    PlaceAlias(entity=kalbajar, name="Kəlbəcər").save()
    Place.objects.create(name="Aghdam")
    Place.objects.create(name="Lachin")
    Person.objects.create(name="Leyla Mammadova")
    Organisation.objects.create(name="UN")
    response = editor_client.post(
        "/admin/entities/suggest/",
        {
            "title": "Road to KELBECER reopens",
            "standfirst": "leyla mammadova reports",
            "body": "Trucks from Aghdam rolled in. Unrelated: Lachinese, unknown.",
            "places": "Aghdam",
        },
    )
    assert names(response) == [("places", "Kalbajar"), ("people", "Leyla Mammadova")]


def test_suggestions_follow_entity_changes(editor_client):
    def ask():
        return names(editor_client.post("/admin/entities/suggest/", {"body": "In Fizuli today"}))

    assert ask() == []
    fuzuli = Place.objects.create(name="Fuzuli")
    assert ask() == []
    PlaceAlias(entity=fuzuli, name="Fizuli").save()
    assert ask() == [("places", "Fuzuli")]


def test_suggest_needs_admin_login_and_post(client):
    assert client.post("/admin/entities/suggest/", {"body": "x"}).status_code == 302
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    assert client.get("/admin/entities/suggest/").status_code == 405


def test_editor_page_loads_the_suggestion_script(editor_client, home):
    from tests.factories import SectionPageFactory

    section = SectionPageFactory(parent=home)
    page = editor_client.get(f"/admin/pages/add/articles/articlepage/{section.pk}/")
    assert "entities/tag_suggestions.js" in page.content.decode()
    assert 'data-suggest-url="/admin/entities/suggest/"' in page.content.decode()


def test_admin_autocomplete_offers_canonical_names_for_aliases(editor_client, home):
    from tests.factories import SectionPageFactory

    kalbajar = Place.objects.create(name="Kalbajar")
    PlaceAlias(entity=kalbajar, name="Kəlbəcər").save()
    Place.objects.create(name="Kelkit")
    response = editor_client.get("/admin/entities/autocomplete/places/", {"term": "kel"})
    # Someone who may add places is also offered a new one, unless the text names a place.
    create = {"label": "Create new place “kel”", "value": "kel", "create": True}
    assert response.json() == ["Kelkit", "Kalbajar", create]
    response = editor_client.get("/admin/entities/autocomplete/places/", {"term": "kəlbəcər"})
    assert response.json() == ["Kalbajar"]
    assert editor_client.get("/admin/entities/autocomplete/places/").json() == []
    assert editor_client.get("/admin/entities/autocomplete/nope/", {"term": "k"}).status_code == 404
    section = SectionPageFactory(parent=home)
    form = editor_client.get(f"/admin/pages/add/articles/articlepage/{section.pk}/")
    assert 'data-w-tag-url-value="/admin/entities/autocomplete/places/"' in form.content.decode()
