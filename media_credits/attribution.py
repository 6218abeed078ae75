"""The one place where an image's credit is made: under pictures, in JSON-LD, feeds and exports.

The form follows the licence: Creative Commons pictures get the "TASL" attribution (title, author,
source, licence, each linked where a URL is known); staff and agency pictures "Photo: creator /
agency"; handouts "Handout / source".
"""

from dataclasses import dataclass, field

from django.utils.html import format_html
from django.utils.safestring import mark_safe


@dataclass(frozen=True)
class Attribution:
    form: str  # "tasl", "public_domain", "photo", "handout" or "" (nothing known)
    title: str = ""
    creator: str = ""
    source: str = ""
    source_url: str = ""
    licence_label: str = ""
    licence_url: str = ""
    copyright_notice: str = ""
    usage_terms: str = ""
    text: str = ""
    html: str = field(default="", repr=False)

    def __bool__(self):
        return bool(self.text)

    @property
    def credits(self):
        """(role, name) pairs in Media RSS / EBU roles."""
        pairs = []
        if self.creator:
            pairs.append(("photographer", self.creator))
        if self.source:
            pairs.append(("distributor", self.source))
        return pairs


def _link(text, url):
    return format_html('<a href="{}">{}</a>', url, text) if url else format_html("{}", text)


def attribution(image):
    if image is None:
        return Attribution(form="")
    licence = image.licence
    kind = licence.kind if licence else ""
    parts = {
        "title": image.title,
        "creator": image.creator,
        "source": image.credit_line,
        "source_url": image.source_url,
        "licence_label": licence.label if licence else "",
        "licence_url": licence.url if licence else "",
        "copyright_notice": image.copyright_notice,
        "usage_terms": image.usage_terms,
    }
    if kind in ("cc", "pd"):
        return _tasl(kind, parts)
    if kind == "handout":
        source = image.credit_line or image.creator
        return Attribution(
            form="handout",
            text=f"Handout / {source}" if source else "Handout",
            html=format_html("Handout / {}", _link(source, image.source_url))
            if source
            else "Handout",
            **parts,
        )
    names = [name for name in (image.creator, image.credit_line) if name]
    if not names:
        return Attribution(form="", **parts)
    return Attribution(
        form="photo",
        text="Photo: " + " / ".join(names),
        html=format_html("Photo: {}", " / ".join(names)),
        **parts,
    )


def _tasl(kind, parts):
    title, creator, source = parts["title"], parts["creator"], parts["source"]
    text = [f"“{title}”"]
    html = [format_html("“{}”", _link(title, parts["source_url"]))]
    if creator:
        text.append(f"by {creator}")
        html.append(format_html("by {}", creator))
    if source:
        text.append(f"from {source}")
        html.append(format_html("from {}", source))
    verb = "is licensed under" if kind == "cc" else "is marked with"
    text.append(f"{verb} {parts['licence_label']}")
    html.append(format_html("{} {}", verb, _link(parts["licence_label"], parts["licence_url"])))
    return Attribution(
        form="tasl" if kind == "cc" else "public_domain",
        text=" ".join(text),
        html=mark_safe(" ".join(html)),  # noqa: S308 - every part above is escaped
        **parts,
    )


def credit_line(image):
    """The credit as plain text, e.g. "Photo: Jane Doe / AFP"."""
    return attribution(image).text


def image_object(image, *, url, width, height, caption=""):
    """A schema.org ImageObject with the picture's credit and licence (for JSON-LD)."""
    credit = attribution(image)
    data = {
        "@type": "ImageObject",
        "url": url,
        "contentUrl": url,
        "width": width,
        "height": height,
        "caption": caption,
        "creditText": credit.text,
        "copyrightNotice": credit.copyright_notice,
        "license": credit.licence_url,
        "acquireLicensePage": credit.source_url or credit.licence_url,
    }
    if credit.creator:
        data["creator"] = {"@type": "Person", "name": credit.creator}
    elif credit.source:
        data["creator"] = {"@type": "Organization", "name": credit.source}
    return {key: value for key, value in data.items() if value not in ("", None)}
