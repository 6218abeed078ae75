import datetime as dt

import pytest
from django.utils import timezone
from lxml import etree

from tests.factories import ArticlePageFactory, AuthorFactory, SectionPageFactory

pytestmark = pytest.mark.django_db


def hours_ago(hours):
    return timezone.now() - dt.timedelta(hours=hours)


def headlines(html, *titles):
    """The positions of ``titles`` in ``html``; -1 where absent."""
    return [html.find(title) for title in titles]


@pytest.fixture
def desk(home):
    news = SectionPageFactory(parent=home, title="News", slug="news")
    culture = SectionPageFactory(parent=home, title="Culture", slug="culture")
    author = AuthorFactory(name="Leyla Mammadova", slug="leyla-mammadova")
    stories = {
        "old": ArticlePageFactory(
            parent=news,
            title="Old news story",
            bylines=[author],
            places=["Lachin"],
            publish__at=hours_ago(30),
        ),
        "new": ArticlePageFactory(
            parent=news,
            title="Newest news story",
            bylines=[author],
            places=["Lachin"],
            publish__at=hours_ago(1),
        ),
        "culture": ArticlePageFactory(
            parent=culture,
            title="Carpet museum reopens",
            places=["Shusha"],
            publish__at=hours_ago(5),
        ),
        "draft": ArticlePageFactory(
            parent=news,
            title="Unfinished draft story",
            bylines=[author],
            places=["Lachin"],
            publish=False,
        ),
    }
    withdrawn = ArticlePageFactory(
        parent=news,
        title="Withdrawn story",
        bylines=[author],
        places=["Lachin"],
        publish__at=hours_ago(2),
    )
    withdrawn.unpublish()
    stories["withdrawn"] = withdrawn
    return {"news": news, "culture": culture, "author": author, **stories}


def test_home_page_leads_with_the_newest_story_then_lists_sections(client, desk):
    html = client.get("/").content.decode()

    lead = html.index('class="lead"')
    newest, culture, old = headlines(
        html, "Newest news story", "Carpet museum reopens", "Old news story"
    )
    assert lead < newest
    assert html.count("Newest news story") == 1  # the lead is not repeated in its section
    assert html.index('id="section-news"') < old
    assert html.index('id="section-culture"') < culture
    assert "Unfinished draft story" not in html and "Withdrawn story" not in html


def test_home_page_can_lead_with_a_chosen_story(client, desk, home):
    home.lead_story = desk["old"]
    home.save_revision().publish()

    html = client.get("/").content.decode()
    assert html.index("Old news story") < html.index('id="section-news"')


def test_section_page_lists_its_stories_newest_first(client, desk):
    html = client.get(desk["news"].url).content.decode()

    newest, old, culture = headlines(
        html, "Newest news story", "Old news story", "Carpet museum reopens"
    )
    assert 0 < newest < old
    assert culture == -1
    assert "Unfinished draft story" not in html and "Withdrawn story" not in html


def test_author_page_shows_bio_and_their_stories(client, desk):
    response = client.get("/authors/leyla-mammadova/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Leyla Mammadova</h1>" in html and "Covers the highland districts." in html
    newest, old, culture = headlines(
        html, "Newest news story", "Old news story", "Carpet museum reopens"
    )
    assert 0 < newest < old and culture == -1
    assert "Unfinished draft story" not in html and "Withdrawn story" not in html


def test_place_page_lists_tagged_stories(client, desk):
    response = client.get("/places/lachin/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Lachin</h1>" in html
    newest, old, culture = headlines(
        html, "Newest news story", "Old news story", "Carpet museum reopens"
    )
    assert 0 < newest < old and culture == -1
    assert "Unfinished draft story" not in html and "Withdrawn story" not in html


def test_a_place_and_a_topic_of_the_same_name_are_different_tags(client, home):
    ArticlePageFactory(title="Story about the town", places=["Istisu"])
    ArticlePageFactory(title="Story about mineral water", topics=["Istisu"])

    place_html = client.get("/places/istisu/").content.decode()
    topic_html = client.get("/topics/istisu/").content.decode()
    assert "Story about the town" in place_html and "mineral water" not in place_html
    assert "Story about mineral water" in topic_html and "the town" not in topic_html


def test_lists_paginate(client, home):
    section = SectionPageFactory(parent=home)
    for n in range(25):
        ArticlePageFactory(
            parent=section, title=f"Paged story {n:02d}", publish__at=hours_ago(n + 1)
        )

    def page(url):
        root = etree.HTML(client.get(url).content.decode())
        titles = root.xpath("//h3[@class='card__headline']/a/text()")
        links = {a.get("rel"): a.get("href") for a in root.xpath("//nav[@class='pagination']/a")}
        return [t.strip() for t in titles if t.strip()], links

    first, links = page(section.url)
    assert first == [f"Paged story {n:02d}" for n in range(20)]
    assert set(links) == {"next"} and links["next"].startswith("?before=")

    second, links = page(section.url + links["next"])
    assert second == [f"Paged story {n:02d}" for n in range(20, 25)]
    assert set(links) == {"prev"} and links["prev"].startswith("?after=")

    back, links = page(section.url + links["prev"])
    assert back == first and set(links) == {"next"}


def test_a_new_story_does_not_shift_older_pages(client, home):
    """Keyset pages: a story published while a reader pages back does not push one story from
    page one onto page two twice."""
    section = SectionPageFactory(parent=home)
    for n in range(25):
        ArticlePageFactory(
            parent=section, title=f"Paged story {n:02d}", publish__at=hours_ago(n + 1)
        )
    older = etree.HTML(client.get(section.url).content.decode()).xpath("//a[@rel='next']/@href")[0]
    ArticlePageFactory(parent=section, title="Breaking story")
    second = client.get(section.url + older).content.decode()
    assert "Paged story 20" in second and "Paged story 19" not in second


@pytest.mark.parametrize(
    "query",
    [
        {"before": "abc"},
        {"before": "-1_2"},
        {"before": "1.5_2"},
        {"before": "１_1"},
        {"before": "9" * 40 + "_1"},
        {"before": "%00"},
        {"after": "1_1", "before": "1_1"},
        {"after": "9" * 16 + "_1"},  # nothing newer than the year 2286
        {"before": "1_1"},  # nothing older than 1970
    ],
)
@pytest.mark.parametrize("path", ["/news/", "/authors/leyla-mammadova/", "/places/lachin/"])
def test_bad_page_cursors_are_not_found(client, desk, path, query):
    assert client.get(path, query).status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/authors/nobody/",
        "/places/atlantis/",
        "/people/nobody/",
        "/organisations/none/",
        "/topics/none/",
        "/news/no-such-story/",
        "/planets/mars/",
    ],
)
def test_unknown_slugs_are_not_found(client, desk, path):
    assert client.get(path).status_code == 404
