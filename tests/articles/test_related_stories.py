"""The "Related stories" box under an article."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import ArticlePageFactory, SectionPageFactory, minutes_ago

pytestmark = pytest.mark.django_db


def related(client, story):
    soup = BeautifulSoup(client.get(story.url).content, "html.parser")
    box = soup.find("aside", class_="related")
    return [a.get_text() for a in box.select(".card__headline a")] if box else []


def test_stories_sharing_a_tag_come_first_then_the_section(client, home):
    region, economy = SectionPageFactory(parent=home), SectionPageFactory(parent=home)
    story = ArticlePageFactory(parent=region, title="Water returns to Lachin", places=["Lachin"])
    ArticlePageFactory(
        parent=economy,
        title="Lachin market reopens",
        places=["Lachin"],
        publish__at=minutes_ago(90),
    )
    ArticlePageFactory(parent=economy, title="Unrelated", topics=["Banking"])
    ArticlePageFactory(parent=region, title="Same section", publish__at=minutes_ago(30))
    ArticlePageFactory(parent=region, title="Draft about Lachin", places=["Lachin"], publish=False)

    assert related(client, story) == ["Lachin market reopens", "Same section"]


def test_at_most_four_and_never_the_story_itself(client, home):
    section = SectionPageFactory(parent=home)
    stories = [ArticlePageFactory(parent=section, topics=["Water"]) for _ in range(6)]
    shown = related(client, stories[0])
    assert len(shown) == 4 and stories[0].title not in shown
