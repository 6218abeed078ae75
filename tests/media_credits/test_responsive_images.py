import pytest
from lxml import etree

from tests.factories import ArticlePageFactory, ImageFactory, SectionPageFactory

pytestmark = pytest.mark.django_db


def test_pictures_are_responsive_sized_and_lazy_below_the_fold(client, home):
    section = SectionPageFactory(parent=home)
    lead = ImageFactory(alt_text="Snow on the ridge")
    body = ImageFactory(alt_text="Market stalls")
    story = ArticlePageFactory(
        parent=section,
        lead_image=lead,
        body=[("paragraph", "<p>Text.</p>"), ("image", {"image": body, "caption": ""})],
    )

    # lxml parses HTML4, which nests <img> inside <source>: hence the descendant (//) paths.
    root = etree.HTML(client.get(story.url).content.decode())
    pictures = root.xpath("//figure/picture")
    assert len(pictures) == 2
    for picture in pictures:
        webp = picture.xpath(".//source[@type='image/webp']")[0]
        assert webp.get("srcset").count("w,") >= 2 and webp.get("sizes")
        img = picture.xpath(".//img")[0]
        assert img.get("width") and img.get("height") and img.get("srcset")
    lead_img, body_img = (p.xpath(".//img")[0] for p in pictures)
    assert lead_img.get("alt") == "Snow on the ridge" and lead_img.get("loading") is None
    assert body_img.get("alt") == "Market stalls" and body_img.get("loading") == "lazy"

    cards = etree.HTML(client.get(section.url).content.decode()).xpath("//article//picture//img")
    assert cards and all(img.get("loading") == "lazy" and img.get("width") for img in cards)
