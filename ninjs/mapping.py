"""From a validated ninjs 3.x document to what a story is made of: one small function per property.

Nothing here writes to the database; ``ninjs.importer`` does that. Each function raises
``DocumentError`` with the JSON path of what it could not map.
"""

import datetime as dt
import html
import re
from dataclasses import dataclass, field

from articles.models import BylineRole
from entities.models import TAG_KINDS
from ninjs.body import html_to_blocks, text_to_blocks
from ninjs.pictures import largest_rendition
from ninjs.validation import DocumentError

HTML_TYPES = {"text/html", "application/xhtml+xml", "body_xhtml", "description_xhtml"}
HEADLINE_MAX = 255  # Page.title
STANDFIRST_MAX = 500
DATELINE_MAX = 100
BYLINE_ROLES = set(BylineRole.values)


@dataclass
class BylineData:
    name: str
    role: str = BylineRole.REPORTER
    agency: str = ""


@dataclass
class PictureData:
    uri: str
    href: str
    path: str  # JSON path of the association, for error messages
    title: str = ""
    creator: str = ""
    credit_line: str = ""
    caption: str = ""
    alt_text: str = ""
    copyright_notice: str = ""
    usage_terms: str = ""
    licence_url: str = ""
    licence_name: str = ""
    source_url: str = ""


@dataclass
class StoryData:
    uri: str
    version: str = ""
    version_created: dt.datetime | None = None
    first_created: dt.datetime | None = None
    embargoed_until: dt.datetime | None = None
    pub_status: str = "usable"
    language: str = ""
    headline: str = ""
    standfirst: str = ""
    body: list = field(default_factory=list)
    bylines: list = field(default_factory=list)
    dateline_place: str = ""
    tags: dict = field(default_factory=dict)  # kind -> [(name, uri)]
    pictures: list = field(default_factory=list)
    warnings: list = field(default_factory=list)


def story_from_document(doc):
    story = StoryData(uri=doc["uri"])
    story.version = doc.get("version", "")
    story.version_created = parse_datetime(doc.get("versionCreated"))
    story.first_created = parse_datetime(doc.get("firstCreated"))
    story.embargoed_until = parse_datetime(doc.get("embargoedUntil"))
    story.pub_status = doc.get("pubStatus", "usable")
    story.language = doc.get("language", "")
    story.headline = headline(doc)
    story.standfirst = standfirst(doc, story.warnings)
    story.body = body(doc)
    story.bylines = bylines(doc)
    story.dateline_place = dateline_place(doc, story.warnings)
    story.tags = {kind.name: tags(doc, kind.ninjs_property) for kind in TAG_KINDS}
    story.pictures = pictures(doc)
    return story


def parse_datetime(value):
    if not value:
        return None
    return dt.datetime.fromisoformat(value.replace("z", "Z")).astimezone(dt.UTC)


def _by_role(items, *roles):
    """The first item whose role is one of ``roles`` (in order of preference), else None."""
    for role in roles:
        for item in items:
            if (item.get("role") or "").lower() == role:
                return item
    return None


def plain(item):
    """An item's value as plain text (HTML values lose their markup)."""
    value = item.get("value", "")
    if (item.get("contentType") or "").lower() in HTML_TYPES or "<" in value:
        value = re.sub(r"<[^>]+>", " ", value)
        value = html.unescape(value)
    return " ".join(value.split())


def headline(doc):
    headlines = doc.get("headlines") or []
    chosen = _by_role(headlines, "main", "", "simple") or (headlines[0] if headlines else None)
    text = plain(chosen) if chosen else ""
    if not text:
        raise DocumentError("$.headlines", "a story needs a main headline; none was given")
    if len(text) > HEADLINE_MAX:
        path = f"$.headlines[{headlines.index(chosen)}].value"
        raise DocumentError(path, f"the headline is {len(text)} characters; at most {HEADLINE_MAX}")
    return text


def standfirst(doc, warnings):
    """The standfirst: a summary description, else the sub-headline (we have no sub-headline
    field, and a desk's "sub" is what the standfirst does)."""
    descriptions = doc.get("descriptions") or []
    chosen = _by_role(descriptions, "summary", "abstract", "standfirst", "text", "", "richtext")
    if chosen is None and descriptions:
        chosen = descriptions[0]
    if chosen is None:
        chosen = _by_role(doc.get("headlines") or [], "sub", "subheadline", "subhead")
    text = plain(chosen) if chosen else ""
    if len(text) > STANDFIRST_MAX:
        cut = text[: STANDFIRST_MAX - 1].rsplit(" ", 1)[0]
        warnings.append(f"the standfirst was cut to {STANDFIRST_MAX} characters")
        text = cut + "…"
    return text


def body(doc):
    """The richest body: HTML (sanitised) before plain text; role "main" first among equals."""
    bodies = doc.get("bodies") or []
    html_bodies = [
        b
        for b in bodies
        if (b.get("contentType") or "").lower() in HTML_TYPES or b.get("role") == "richtext"
    ]
    if html_bodies:
        chosen = _by_role(html_bodies, "main", "richtext", "") or html_bodies[0]
        return html_to_blocks(chosen["value"])
    if bodies:
        chosen = _by_role(bodies, "main", "") or bodies[0]
        return text_to_blocks(chosen["value"])
    return []


BY_SEPARATORS = re.compile(r"\s*(?:,\s*and\s+|,|\band\b|&|;)\s*", re.IGNORECASE)
AGENCY = re.compile(r"^(?P<name>.*?)\s*\((?P<agency>[^()]+)\)$")


def bylines(doc):
    """Bylines from ``people`` whose ``rel`` is a byline role (what we export, which keeps roles),
    else from the free-text ``by``: "By Jane Doe (AFP) and John Roe" -> two reporters."""
    agencies = {}
    for name, agency in _split_by(doc.get("by", "")):
        agencies.setdefault(name.lower(), agency)
    credited = [
        BylineData(p["name"].strip(), p["rel"], agencies.get(p["name"].strip().lower(), ""))
        for p in doc.get("people") or []
        if p.get("rel") in BYLINE_ROLES and (p.get("name") or "").strip()
    ]
    if credited:
        return credited
    return [
        BylineData(name, BylineRole.REPORTER, agency)
        for name, agency in _split_by(doc.get("by", ""))
    ]


def _split_by(by):
    by = re.sub(r"^\s*by\s+", "", by or "", flags=re.IGNORECASE).strip()
    found = []
    for part in BY_SEPARATORS.split(by):
        part = part.strip()
        if not part:
            continue
        match = AGENCY.match(part)
        name, agency = (match["name"], match["agency"].strip()) if match else (part, "")
        if name:
            found.append((name[:255], agency[:100]))
    return found


def dateline_place(doc, warnings):
    located = " ".join((doc.get("located") or "").split())
    if len(located) > DATELINE_MAX:
        located = located.split(",")[0][:DATELINE_MAX]
        warnings.append("the dateline place was shortened to its first part")
    return located


def tags(doc, prop):
    """[(name, uri)] for a tag property; people credited in a byline are not tags."""
    found = []
    for index, item in enumerate(doc.get(prop) or []):
        if prop == "people" and item.get("rel") in BYLINE_ROLES:
            continue
        name = " ".join((item.get("name") or item.get("literal") or "").split())
        if not name:
            raise DocumentError(f"$.{prop}[{index}]", "a tag needs a name")
        if len(name) > 100:
            raise DocumentError(f"$.{prop}[{index}].name", "a tag name is at most 100 characters")
        found.append((name, item.get("uri", "")))
    return found


def pictures(doc):
    """Associations of type picture, in order; the first becomes the lead image."""

    found = []
    for index, assoc in enumerate(doc.get("associations") or []):
        if assoc.get("type") != "picture":
            continue
        path = f"$.associations[{index}]"
        rendition = largest_rendition(assoc.get("renditions"))
        if rendition is None:
            raise DocumentError(f"{path}.renditions", "a picture needs a rendition with an href")
        descriptions = assoc.get("descriptions") or []
        caption = _by_role(descriptions, "caption", "text", "", "summary", "richtext")
        alt = _by_role(descriptions, "alt", "alttext", "alt-text", "accessibility")
        headlines = assoc.get("headlines") or []
        title = plain(headlines[0]) if headlines else ""
        uri = assoc["uri"]
        found.append(
            PictureData(
                uri=uri,
                href=rendition["href"],
                path=f"{path}.renditions[{assoc['renditions'].index(rendition)}].href",
                title=title[:255],
                creator=(assoc.get("by") or "")[:255],
                credit_line=(assoc.get("copyrightHolder") or "")[:255],
                caption=(plain(caption) if caption else "")[:500],
                alt_text=plain(alt) if alt else "",
                copyright_notice=(assoc.get("copyrightNotice") or "")[:255],
                usage_terms=(assoc.get("usageTerms") or "")[:255],
                licence_url=(assoc.get("rightsInfo") or {}).get("linkedRights", ""),
                licence_name=(assoc.get("rightsInfo") or {}).get("encodedRights", ""),
                source_url=uri if uri.startswith(("http://", "https://")) else "",
            )
        )
    return found
