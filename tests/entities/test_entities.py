"""Entities behind the tags: aliases, redirects, merging and the place tree, as readers and
editors meet them."""

import datetime as dt
import json
import re

import pytest
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset

from articles.models import ArticlePage
from entities.models import Person, Place, PlaceAlias
from tests.articles.test_admin_flow import article_form
from tests.factories import ArticlePageFactory, AuthorFactory, SectionPageFactory, UserFactory

pytestmark = pytest.mark.django_db


def place(name, *aliases, **fields):
    entity = Place.objects.create(name=name, **fields)
    for alias in aliases:
        PlaceAlias(entity=entity, name=alias).save()
    return entity


def story(home_or_section, title, places=(), hours_ago=1, **kwargs):
    return ArticlePageFactory(
        parent=home_or_section,
        title=title,
        places=list(places),
        publish__at=timezone.now() - dt.timedelta(hours=hours_ago),
        **kwargs,
    )


def test_tagging_with_an_alias_attaches_the_canonical_entity(home):
    kalbajar = place("Kalbajar", "Kelbajar", "Karvachar", "Kəlbəcər")
    section = SectionPageFactory(parent=home)
    article = story(section, "Road reopens", places=["KELBAJAR", "kelbecer", "Karvachar"])
    assert list(article.places.all()) == [kalbajar]
    assert Place.objects.count() == 1
    # An unknown name still makes a new place, as before.
    article.places.add("Soyudlu")
    assert Place.objects.filter(name="Soyudlu").exists()


def test_admin_tag_field_resolves_aliases(client, home):
    kalbajar = place("Kalbajar", "Kelbajar")
    section = SectionPageFactory(parent=home)
    editor = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(editor)
    response = client.post(
        f"/admin/pages/add/articles/articlepage/{section.pk}/",
        article_form(
            places="Kelbajar",
            bylines=inline_formset([{"author": AuthorFactory().pk, "role": "reporter"}]),
            **{"action-publish": "action-publish"},
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    article = ArticlePage.objects.get(slug="soyudlu-first-harvest")
    assert list(article.places.all()) == [kalbajar]
    assert Place.objects.count() == 1


def test_alias_url_redirects_permanently_to_the_canonical_page(client, home):
    place("Kalbajar", "Kelbajar")
    response = client.get("/places/kelbajar/")
    assert response.status_code == 301
    assert response["Location"] == "/places/kalbajar/"
    assert client.get("/places/nowhere/").status_code == 404


def test_merge_in_admin_moves_stories_and_redirects_old_slug(client, home):
    section = SectionPageFactory(parent=home)
    kalbajar = place("Kalbajar")
    duplicate = place("Kelbadjar")
    both = story(section, "Tagged with both", places=["Kalbajar", "Kelbadjar"])
    only_dup = story(section, "Tagged with the duplicate", places=["Kelbadjar"])
    editor = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(editor)

    listing = client.get("/admin/snippets/entities/place/")
    assert f"/admin/entities/places/{duplicate.pk}/merge/" in listing.content.decode()
    form = client.get(f"/admin/entities/places/{duplicate.pk}/merge/")
    assert form.status_code == 200
    bad = client.post(f"/admin/entities/places/{duplicate.pk}/merge/", {"target": duplicate.pk})
    assert bad.status_code == 200 and "error" in bad.content.decode()
    done = client.post(f"/admin/entities/places/{duplicate.pk}/merge/", {"target": kalbajar.pk})
    assert done.status_code == 302

    assert not Place.objects.filter(pk=duplicate.pk).exists()
    assert list(ArticlePage.objects.get(pk=both.pk).places.all()) == [kalbajar]
    assert list(ArticlePage.objects.get(pk=only_dup.pk).places.all()) == [kalbajar]
    client.logout()
    assert client.get("/places/kelbadjar/")["Location"] == "/places/kalbajar/"
    page = client.get("/places/kalbajar/").content.decode()
    assert "Tagged with both" in page and "Tagged with the duplicate" in page
    # Tagging with the old name now attaches the survivor.
    only_dup.places.add("Kelbadjar")
    assert Place.objects.count() == 1


def test_merge_needs_permission(client, home):
    a, b = place("A place"), place("B place")
    client.force_login(UserFactory(is_staff=True))
    response = client.post(f"/admin/entities/places/{a.pk}/merge/", {"target": b.pk})
    assert response.status_code in (302, 403)
    assert Place.objects.filter(pk=a.pk).exists()


def test_place_page_lists_stories_of_places_inside_it_with_breadcrumbs(client, home):
    section = SectionPageFactory(parent=home)
    azerbaijan = place("Azerbaijan", kind="country")
    kalbajar = place("Kalbajar", kind="district", parent=azerbaijan)
    soyudlu = place("Soyudlu", kind="village", parent=kalbajar, latitude=40.1, longitude=46.0)
    story(section, "District story", places=["Kalbajar"], hours_ago=3)
    story(section, "Village story", places=["Soyudlu"], hours_ago=1)
    story(section, "Elsewhere", places=["Aghdam"], hours_ago=2)

    page = client.get("/places/kalbajar/").content.decode()
    assert page.index("Village story") < page.index("District story")
    assert "Elsewhere" not in page
    country = client.get("/places/azerbaijan/").content.decode()
    assert "Village story" in country and "District story" in country

    village = client.get("/places/soyudlu/").content.decode()
    crumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', village, re.S).group(0)
    assert crumbs.index("Azerbaijan") < crumbs.index("Kalbajar") < crumbs.index("Soyudlu")
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', village, re.S).group(1)
    )
    assert data["@type"] == "Place"
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 40.1, "longitude": 46.0}

    # Moving the district moves its villages with it.
    region = place("Highlands", kind="region")
    kalbajar.parent = region
    kalbajar.save()
    soyudlu.refresh_from_db()
    assert soyudlu.path == f"{region.path}{kalbajar.pk}/{soyudlu.pk}/"
    assert "Village story" in client.get("/places/highlands/").content.decode()


def test_place_page_query_count_is_flat_in_tree_depth(client, home, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    section = SectionPageFactory(parent=home)

    def count(depth, stories):
        parent = None
        for level in range(depth):
            parent = place(f"Level {depth}-{level}", parent=parent)
        for n in range(stories):
            story(section, f"Deep {depth} {n}", places=[parent.name])
        url = Place.objects.get(name=f"Level {depth}-0").get_absolute_url()
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    assert count(2, 1) == count(6, 5)


def test_entity_page_shows_description_aliases_and_related(client, home):
    section = SectionPageFactory(parent=home)
    place("Shusha", "Shushi", description="A mountain town above the Dashalty gorge.")
    story(section, "Festival returns", places=["Shusha"], people=["Leyla Mammadova"])
    page = client.get("/places/shusha/").content.decode()
    assert "A mountain town above the Dashalty gorge." in page
    assert "Also known as Shushi" in page
    assert 'href="/people/leyla-mammadova/"' in page
    assert Person.objects.count() == 1


def test_place_coordinates_appear_as_georss_in_feeds(client, home):
    section = SectionPageFactory(parent=home)
    place("Shusha", latitude="39.758300", longitude="46.748300")
    story(section, "Festival returns", places=["Shusha"])
    for url in ("/places/shusha/feed/", "/places/shusha/feed/atom/", "/feed/"):
        xml = client.get(url).content.decode()
        assert 'xmlns:georss="http://www.georss.org/georss"' in xml, url
        assert "<georss:point>39.758300 46.748300</georss:point>" in xml, url
