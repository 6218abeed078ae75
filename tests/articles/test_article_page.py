import datetime as dt
import re

import pytest
from django.utils import timezone

from tests.factories import ArticlePageFactory, AuthorFactory, ImageFactory, SectionPageFactory

pytestmark = pytest.mark.django_db


def test_article_page_shows_the_whole_story(client, home):
    section = SectionPageFactory(parent=home, title="Region", slug="region")
    leyla = AuthorFactory(name="Leyla Mammadova", slug="leyla-mammadova")
    rauf = AuthorFactory(name="Rauf Aliyev", slug="rauf-aliyev")
    image = ImageFactory(
        description="Khudavang monastery in the morning", creator="Niyaz", credit_line=""
    )
    first = dt.datetime(2026, 11, 25, 6, 30, tzinfo=dt.UTC)
    article = ArticlePageFactory(
        parent=section,
        title="Road to Khudavang reopens",
        standfirst="The mountain road closed by landslides is open again.",
        dateline_place="Kalbajar",
        lead_image=image,
        bylines=[(leyla, "reporter"), (rauf, "photographer", "AFP")],
        places=["Kalbajar", "Vank"],
        people=["Elnur Guliyev"],
        organisations=["Highways Agency"],
        topics=["Transport"],
        body=[("paragraph", "<p>Crews cleared the last rocks on Tuesday.</p>")],
        publish__at=first,
    )

    response = client.get(article.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 class="article__headline">Road to Khudavang reopens</h1>' in html
    assert "The mountain road closed by landslides is open again." in html
    assert '<a rel="author" href="/authors/leyla-mammadova/">Leyla Mammadova</a>' in html
    assert '<a rel="author" href="/authors/rauf-aliyev/">Rauf Aliyev</a>' in html
    assert "Photographer" in html and "AFP" in html
    # Dateline in house style, in the desk's time zone (06:30 UTC is 10:30 in Baku, Nov 25).
    assert '<span class="dateline">KALBAJAR, Nov. 25 —</span>' in html
    assert 'Published <time datetime="2026-11-25T10:30:00+04:00">25 Nov 2026, 10:30</time>' in html
    assert re.search(
        r"<figcaption>Khudavang monastery in the morning\s*<span class=\"credit\">"
        r"Photo: Niyaz</span></figcaption>",
        html,
    )
    for url, name in [
        ("/places/kalbajar/", "Kalbajar"),
        ("/places/vank/", "Vank"),
        ("/people/elnur-guliyev/", "Elnur Guliyev"),
        ("/organisations/highways-agency/", "Highways Agency"),
        ("/topics/transport/", "Transport"),
    ]:
        assert f'<a rel="tag" href="{url}">{name}</a>' in html


def test_last_update_appears_only_after_a_republish(client, home):
    article = ArticlePageFactory(publish__at=timezone.now() - dt.timedelta(hours=3))
    assert "Last update" not in client.get(article.url).content.decode()

    article.standfirst = "A new standfirst with the latest figures."
    article.save_revision().publish()

    html = client.get(article.url).content.decode()
    assert "Last update <time datetime=" in html
    assert "A new standfirst with the latest figures." in html


def test_body_blocks_render_with_captions_quotes_and_related_links(client, home):
    image = ImageFactory(description="Default description", creator="", credit_line="Ministry")
    related = ArticlePageFactory(title="Earlier: the bridge is finished")
    draft = ArticlePageFactory(title="Secret draft headline", publish=False)
    article = ArticlePageFactory(
        body=[
            ("subheading", "What happens next"),
            ("image", {"image": image, "caption": "Engineers inspect the bridge"}),
            ("quote", {"quote": "We waited thirty years.", "attribution": "A resident"}),
            ("related_link", {"page": related, "url": "", "title": ""}),
            ("related_link", {"page": draft, "url": "", "title": ""}),
        ]
    )

    html = client.get(article.url).content.decode()

    assert '<h2 class="article__subheading">What happens next</h2>' in html
    assert "Engineers inspect the bridge" in html and "Photo: Ministry" in html
    assert "<blockquote><p>We waited thirty years.</p></blockquote>" in html
    assert "— A resident" in html
    assert f'<a href="{related.url}">Earlier: the bridge is finished</a>' in html
    assert "Secret draft headline" not in html


def test_draft_and_unpublished_articles_are_not_found(client, home):
    draft = ArticlePageFactory(publish=False)
    unpublished = ArticlePageFactory()
    unpublished.unpublish()

    assert client.get(f"{draft.get_parent().url}{draft.slug}/").status_code == 404
    assert client.get(f"{unpublished.get_parent().url}{unpublished.slug}/").status_code == 404
