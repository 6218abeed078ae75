"""ninjs subjects attach to the desk's entities by external identifier, then by name or alias."""

import pytest

from entities.models import Place, PlaceAlias
from ninjs.importer import find_entity

pytestmark = pytest.mark.django_db

KALBAJAR_QID = "http://www.wikidata.org/entity/Q1017497"


def test_a_subject_matches_by_uri_then_alias_then_name():
    kalbajar = Place.objects.create(name="Kalbajar", external_id=KALBAJAR_QID)
    PlaceAlias.objects.create(entity=kalbajar, name="Kelbajar")

    assert find_entity(Place, "Karvachar (wire spelling)", KALBAJAR_QID) == kalbajar
    assert find_entity(Place, "Kelbajar") == kalbajar
    assert find_entity(Place, "KALBAJAR") == kalbajar
    assert Place.objects.count() == 1


def test_an_unknown_subject_becomes_an_entity_that_keeps_its_uri():
    lachin = find_entity(Place, "Lachin", "http://www.wikidata.org/entity/Q1022166")
    assert lachin.external_id == "http://www.wikidata.org/entity/Q1022166"
    assert find_entity(Place, "Laçın", "http://www.wikidata.org/entity/Q1022166") == lachin


def test_a_known_entity_learns_its_uri_from_the_wire():
    shusha = Place.objects.create(name="Shusha")
    assert find_entity(Place, "Shusha", "http://www.wikidata.org/entity/Q1023097") == shusha
    shusha.refresh_from_db()
    assert shusha.external_id == "http://www.wikidata.org/entity/Q1023097"
