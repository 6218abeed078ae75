"""Story bodies between ninjs HTML and our StreamField blocks.

Imported HTML is cleaned with nh3 to what a paragraph block allows (``PARAGRAPH_FEATURES``: bold,
italic, links, lists) plus the block-level elements we have blocks for: ``h2``/``h3`` become
sub-headings, ``blockquote`` a quote, an ``iframe`` from an allowed host an embed. Scripts, styles,
event handlers and every other element are dropped (their text kept, except scripts and styles).
"""

import html
import re
from urllib.parse import parse_qs, urlsplit

import nh3
from bs4 import BeautifulSoup, NavigableString
from django.conf import settings

INLINE_TAGS = {"b", "strong", "i", "em", "a", "br"}
BLOCK_TAGS = {"p", "ol", "ul", "li", "h2", "h3", "blockquote", "cite", "iframe"}
ATTRIBUTES = {"a": {"href"}, "iframe": {"src"}}
URL_SCHEMES = {"http", "https", "mailto"}
# Wagtail stores rich text with <b> and <i>.
RENAME = {"strong": "b", "em": "i"}
PARAGRAPH_LEVEL = {"p", "ol", "ul"}


def sanitise(markup):
    return nh3.clean(
        markup,
        tags=INLINE_TAGS | BLOCK_TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        clean_content_tags={"script", "style"},
    )


def html_to_blocks(markup):
    """[(block type, value)] for a StreamField from untrusted HTML."""
    soup = BeautifulSoup(sanitise(markup), "html.parser")
    for old, new in RENAME.items():
        for tag in soup.find_all(old):
            tag.name = new
    blocks, paragraphs, loose = [], [], []

    def flush_loose():
        text = "".join(str(node) for node in loose).strip()
        loose.clear()
        if text:
            paragraphs.append(f"<p>{text}</p>")

    def flush():
        flush_loose()
        if paragraphs:
            blocks.append(("paragraph", "".join(paragraphs)))
            paragraphs.clear()

    for node in list(soup.children):
        name = getattr(node, "name", None)
        if name is None or name in INLINE_TAGS:
            loose.append(node)
            continue
        flush_loose()
        if name in PARAGRAPH_LEVEL:
            if node.get_text(strip=True):
                paragraphs.append(str(node))
        elif name == "li":
            paragraphs.append(f"<ul>{node}</ul>")
        elif name in ("h2", "h3"):
            flush()
            if text := _text(node):
                blocks.append(("subheading", text[:255]))
        elif name == "blockquote":
            flush()
            cite = node.find("cite")
            attribution = _text(cite) if cite else ""
            if cite:
                cite.extract()
            if quote := "\n\n".join(filter(None, (_text(p) for p in _paragraphs(node)))):
                blocks.append(("quote", {"quote": quote, "attribution": attribution[:255]}))
        elif name == "iframe":
            flush()
            if url := embed_url(node.get("src", "")):
                blocks.append(("embed", url))
        else:  # cite outside a quote: keep its words as a paragraph
            loose.append(NavigableString(node.get_text()))
    flush()
    return blocks


def text_to_blocks(text):
    """Plain text: paragraphs split on blank lines (or on line breaks when there are none)."""
    text = text.replace("\r\n", "\n").strip()
    parts = re.split(r"\n\s*\n", text) if "\n\n" in text else text.split("\n")
    paragraphs = [
        f"<p>{html.escape(' '.join(part.split()), quote=False)}</p>"
        for part in parts
        if part.strip()
    ]
    return [("paragraph", "".join(paragraphs))] if paragraphs else []


def embed_url(src):
    """The page URL of an embeddable video for an iframe ``src`` from an allowed host, else ""."""
    parts = urlsplit(src.strip())
    if parts.scheme != "https" or parts.hostname not in settings.NINJS_EMBED_HOSTS:
        return ""
    youtube = re.fullmatch(r"/embed/([\w-]{6,20})", parts.path)
    if parts.hostname.endswith("youtube.com") and youtube:
        return f"https://www.youtube.com/watch?v={youtube.group(1)}"
    vimeo = re.fullmatch(r"/video/(\d+)", parts.path)
    if parts.hostname == "player.vimeo.com" and vimeo:
        return f"https://vimeo.com/{vimeo.group(1)}"
    if parts.hostname.endswith("youtube.com") and parts.path == "/watch":
        video = parse_qs(parts.query).get("v", [""])[0]
        return f"https://www.youtube.com/watch?v={video}" if video else ""
    return ""


def embed_src(url):
    """The iframe ``src`` for an embed block's page URL (the reverse of ``embed_url``)."""
    parts = urlsplit(url)
    if parts.hostname and parts.hostname.endswith("youtube.com"):
        video = parse_qs(parts.query).get("v", [""])[0]
        if video:
            return f"https://www.youtube.com/embed/{video}"
    if parts.hostname == "vimeo.com" and parts.path.strip("/").isdigit():
        return f"https://player.vimeo.com/video/{parts.path.strip('/')}"
    return ""


def _text(node):
    return " ".join(node.get_text().split())


def _paragraphs(quote):
    """A quote's paragraphs: its <p> elements, or the whole quote when it has none."""
    return quote.find_all("p") or [quote]
