import datetime as dt
import json

import pytest
from django.utils import timezone
from lxml import etree

from tests.factories import ArticlePageFactory, AuthorFactory, ImageFactory, SectionPageFactory

pytestmark = pytest.mark.django_db


def json_ld(html):
    scripts = etree.HTML(html).xpath("//script[@type='application/ld+json']/text()")
    return {data["@type"]: data for data in map(json.loads, scripts)}


def test_article_has_news_article_and_breadcrumbs(client, home):
    section = SectionPageFactory(parent=home, title="Region", slug="region")
    published = timezone.now() - dt.timedelta(hours=5)
    story = ArticlePageFactory(
        parent=section,
        title="Road reopens </script><script>alert(1)</script>",
        standfirst="The road is open.",
        dateline_place="Kalbajar",
        bylines=[
            AuthorFactory(name="Leyla Mammadova", slug="leyla-mammadova"),
            (AuthorFactory(name="Rauf Aliyev", slug="rauf-aliyev"), "photographer"),
        ],
        places=["Kalbajar"],
        topics=["Transport"],
        lead_image=ImageFactory(description="The road at dawn"),
        publish__at=published,
    )

    html = client.get(story.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    data = json_ld(html)
    article = data["NewsArticle"]

    assert article["headline"] == "Road reopens </script><script>alert(1)</script>"
    assert article["description"] == "The road is open."
    assert dt.datetime.fromisoformat(article["datePublished"]) == published.replace(microsecond=0)
    assert article["datePublished"].endswith("+04:00")
    assert article["dateModified"]
    assert article["author"] == [
        {
            "@type": "Person",
            "name": "Leyla Mammadova",
            "url": "http://localhost/authors/leyla-mammadova/",
            "jobTitle": "Reporter",
        },
        {
            "@type": "Person",
            "name": "Rauf Aliyev",
            "url": "http://localhost/authors/rauf-aliyev/",
            "jobTitle": "Reporter",
        },
    ]
    assert article["publisher"]["name"] == "Highland Courier"
    assert article["publisher"]["logo"]["url"].endswith("/static/img/logo.png")
    assert article["locationCreated"] == {"@type": "Place", "name": "Kalbajar"}
    assert article["articleSection"] == "Region"
    assert set(article["keywords"]) == {"Kalbajar", "Transport"}
    assert article["mainEntityOfPage"] == story.get_full_url()
    image = article["image"][0]
    assert image["@type"] == "ImageObject" and image["width"] == 1200
    assert image["caption"] == "The road at dawn"

    crumbs = data["BreadcrumbList"]["itemListElement"]
    assert [c["name"] for c in crumbs] == ["Home", "Region", story.title]
    assert [c["position"] for c in crumbs] == [1, 2, 3]


def test_home_page_describes_the_organisation_and_its_search(client, home):
    data = json_ld(client.get("/").content.decode())

    assert data["NewsMediaOrganization"]["name"] == "Highland Courier"
    assert data["NewsMediaOrganization"]["logo"]["url"].endswith("/static/img/logo.png")
    action = data["WebSite"]["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == "http://localhost/search/?q={search_terms}"
    assert action["query-input"] == "required name=search_terms"
