"""RSS 2.0 and Atom 1.0 writers for news: one ``dc:creator``/``author`` per byline, the full body,
and the lead picture as Media RSS with its credit, copyright and licence.

Django's generators know one author per item and nothing of Media RSS, so items carry extra keys
(``bylines``, ``content``, ``media``) set by ``public_site.feeds.StoryFeed.item_extra_kwargs``.
"""

from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

DC = "http://purl.org/dc/elements/1.1/"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
MEDIA = "http://search.yahoo.com/mrss/"
GEORSS = "http://www.georss.org/georss"


def add_georss_point(handler, point):
    """``<georss:point>lat lon</georss:point>``: the first tagged place with coordinates."""
    if point:
        handler.addQuickElement("georss:point", f"{point[0]} {point[1]}")


def add_media_content(handler, media):
    """``<media:content>`` for a picture: caption, credit (with role), copyright and licence."""
    if not media:
        return
    handler.startElement(
        "media:content",
        {
            "url": media["url"],
            "medium": "image",
            "type": media["type"],
            "width": str(media["width"]),
            "height": str(media["height"]),
        },
    )
    if media.get("title"):
        handler.addQuickElement("media:title", media["title"], {"type": "plain"})
    if media.get("description"):
        handler.addQuickElement("media:description", media["description"], {"type": "plain"})
    for credit in media.get("credits", []):
        handler.addQuickElement(
            "media:credit", credit["name"], {"role": credit["role"], "scheme": "urn:ebu"}
        )
    if media.get("copyright"):
        attrs = {"url": media["copyright_url"]} if media.get("copyright_url") else {}
        handler.addQuickElement("media:copyright", media["copyright"], attrs)
    if media.get("licence"):
        attrs = {"type": "text/html"}
        if media.get("licence_url"):
            attrs["href"] = media["licence_url"]
        handler.addQuickElement("media:license", media["licence"], attrs)
    handler.endElement("media:content")


class NewsRssFeed(Rss201rev2Feed):
    def rss_attributes(self):
        return {
            **super().rss_attributes(),
            "xmlns:dc": DC,
            "xmlns:content": CONTENT,
            "xmlns:media": MEDIA,
            "xmlns:georss": GEORSS,
        }

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        if self.feed.get("logo"):
            handler.startElement("image", {})
            handler.addQuickElement("url", self.feed["logo"])
            handler.addQuickElement("title", self.feed["title"])
            handler.addQuickElement("link", self.feed["link"])
            handler.endElement("image")

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for name in item.get("bylines", []):
            handler.addQuickElement("dc:creator", name)
        if item.get("content"):
            handler.addQuickElement("content:encoded", item["content"])
        add_media_content(handler, item.get("media"))
        add_georss_point(handler, item.get("point"))


class NewsAtomFeed(Atom1Feed):
    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:media": MEDIA, "xmlns:georss": GEORSS}

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        if self.feed.get("logo"):
            handler.addQuickElement("logo", self.feed["logo"])
            handler.addQuickElement("icon", self.feed["logo"])

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for name, url in item.get("atom_authors", []):
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            if url:
                handler.addQuickElement("uri", url)
            handler.endElement("author")
        if item.get("content"):
            handler.addQuickElement("content", item["content"], {"type": "html"})
        media = item.get("media")
        if media and media.get("licence_url"):
            handler.addQuickElement(
                "link", "", {"rel": "license", "type": "text/html", "href": media["licence_url"]}
            )
        add_media_content(handler, media)
        add_georss_point(handler, item.get("point"))
