import json

import pytest
from lxml import etree

from media_credits.attribution import attribution, image_object
from media_credits.models import Licence
from tests.factories import ArticlePageFactory, ImageFactory

pytestmark = pytest.mark.django_db


def licence(label):
    return Licence.objects.get(label=label)


def test_creative_commons_pictures_get_the_tasl_form_with_links(db):
    image = ImageFactory(
        title="Khudavang albanian monastery",
        creator="Niyaz",
        credit_line="Baku",
        source_url="https://example.org/photos/khudavang",
        licence=licence("CC BY 2.0"),
    )
    credit = attribution(image)

    assert (
        credit.text
        == "“Khudavang albanian monastery” by Niyaz from Baku is licensed under CC BY 2.0"
    )
    assert str(credit.html) == (
        '“<a href="https://example.org/photos/khudavang">Khudavang albanian monastery</a>” '
        "by Niyaz from Baku is licensed under "
        '<a href="https://creativecommons.org/licenses/by/2.0/">CC BY 2.0</a>'
    )


def test_agency_staff_handout_and_public_domain_forms(db):
    agency = ImageFactory(creator="Jane Doe", credit_line="AFP", licence=licence("Agency"))
    staff = ImageFactory(
        creator="Rauf Aliyev", credit_line="Highland Courier", licence=licence("Staff photo")
    )
    handout = ImageFactory(
        creator="", credit_line="Ministry of Defence", licence=licence("Handout")
    )
    public = ImageFactory(
        title="Murovdag", creator="Unknown", credit_line="", licence=licence("CC0 1.0")
    )

    assert attribution(agency).text == "Photo: Jane Doe / AFP"
    assert attribution(staff).text == "Photo: Rauf Aliyev / Highland Courier"
    assert attribution(handout).text == "Handout / Ministry of Defence"
    assert attribution(public).text == "“Murovdag” by Unknown is marked with CC0 1.0"


def test_markup_in_credit_fields_is_escaped(db):
    image = ImageFactory(creator="<script>x</script>", credit_line="AFP", licence=licence("Agency"))
    assert "<script>" not in str(attribution(image).html)
    assert "&lt;script&gt;" in str(attribution(image).html)


def test_image_object_carries_credit_and_licence_for_json_ld(db):
    image = ImageFactory(
        creator="Niyaz",
        credit_line="",
        copyright_notice="© Niyaz",
        source_url="https://example.org/p",
        licence=licence("CC BY-SA 4.0"),
    )
    data = image_object(
        image, url="https://news.example/x.jpg", width=1200, height=800, caption="The monastery"
    )

    assert data["creditText"] == attribution(image).text
    assert data["creator"] == {"@type": "Person", "name": "Niyaz"}
    assert data["copyrightNotice"] == "© Niyaz"
    assert data["license"] == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert data["acquireLicensePage"] == "https://example.org/p"


def test_every_picture_on_an_article_shows_its_credit_and_feeds_json_ld(client, home):
    lead = ImageFactory(
        title="Lead",
        description="Lead caption",
        creator="Jane Doe",
        credit_line="AFP",
        licence=licence("Agency"),
    )
    body = ImageFactory(
        title="Units enter",
        description="Units of the army enter the district",
        creator="",
        credit_line="Ministry of Defence",
        licence=licence("Handout"),
    )
    story = ArticlePageFactory(
        lead_image=lead,
        body=[("paragraph", "<p>Text.</p>"), ("image", {"image": body, "caption": ""})],
    )

    html = client.get(story.url).content.decode()
    root = etree.HTML(html)
    captions = [
        " ".join(fc.itertext()).split() for fc in root.xpath("//figure[img or picture]/figcaption")
    ]
    assert captions[0][-4:] == ["Photo:", "Jane", "Doe", "/", "AFP"][-4:]
    assert "Units of the army enter the district Handout / Ministry of Defence" in " ".join(
        " ".join(c) for c in captions
    )
    images = [
        d
        for d in map(json.loads, root.xpath("//script[@type='application/ld+json']/text()"))
        if d["@type"] == "NewsArticle"
    ][0]["image"]
    assert [i["creditText"] for i in images] == [
        "Photo: Jane Doe / AFP",
        "Handout / Ministry of Defence",
    ]


def test_licences_are_seeded(db):
    labels = set(Licence.objects.values_list("label", flat=True))
    for version in ("2.0", "4.0"):
        for code in ("BY", "BY-SA", "BY-ND", "BY-NC", "BY-NC-SA", "BY-NC-ND"):
            assert f"CC {code} {version}" in labels
    assert {"CC0 1.0", "Public domain", "Staff photo", "Agency", "Handout"} <= labels
    assert Licence.objects.get(label="CC BY-NC 4.0").commercial_use is False
    assert Licence.objects.get(label="CC BY-SA 2.0").share_alike is True
