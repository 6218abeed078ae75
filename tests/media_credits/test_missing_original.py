"""A picture whose original cannot be read (lost file, storage down) is left out of the page,
feed or structured data that wanted a new size of it; the reader still gets the story."""

import pytest

from tests.factories import ArticlePageFactory, ImageFactory, SectionPageFactory

pytestmark = pytest.mark.django_db


def test_a_lost_original_never_makes_a_page_or_feed_fail(client, home):
    image = ImageFactory(title="Khudavang monastery")
    story = ArticlePageFactory(
        parent=SectionPageFactory(parent=home, slug="region"),
        title="Road to Khudavang reopens",
        lead_image=image,
        body=[("image", {"image": image, "caption": "The monastery at dawn"})],
    )
    image.file.storage.delete(image.file.name)

    for url in (story.url, "/", "/region/", "/feed/", "/feed/atom/", "/region/feed/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Road to Khudavang reopens" in response.content.decode(), url
