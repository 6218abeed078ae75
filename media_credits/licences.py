"""The licences a desk starts with, and matching a licence URL found in a file to one of them."""

import re

from django.apps import apps

# code: (title, commercial use, derivatives, share-alike)
CC_ELEMENTS = {
    "by": ("Attribution", True, True, False),
    "by-sa": ("Attribution-ShareAlike", True, True, True),
    "by-nd": ("Attribution-NoDerivs", True, False, False),
    "by-nc": ("Attribution-NonCommercial", False, True, False),
    "by-nc-sa": ("Attribution-NonCommercial-ShareAlike", False, True, True),
    "by-nc-nd": ("Attribution-NonCommercial-NoDerivs", False, False, False),
}
CC_VERSIONS = {"2.0": "Generic", "4.0": "International"}


def seed_licences():
    """Field values for every licence the desk starts with."""
    licences = []
    for version, scope in CC_VERSIONS.items():
        for code, (title, commercial, derivatives, share_alike) in CC_ELEMENTS.items():
            licences.append(
                {
                    "name": f"Creative Commons {title} {version} {scope}",
                    "label": f"CC {code.upper()} {version}",
                    "url": f"https://creativecommons.org/licenses/{code}/{version}/",
                    "kind": "cc",
                    "attribution_required": True,
                    "commercial_use": commercial,
                    "derivatives": derivatives,
                    "share_alike": share_alike,
                }
            )
    free = {"commercial_use": True, "derivatives": True, "share_alike": False}
    licences += [
        {"name": "CC0 1.0 Universal Public Domain Dedication", "label": "CC0 1.0",
         "url": "https://creativecommons.org/publicdomain/zero/1.0/", "kind": "pd",
         "attribution_required": False, **free},
        {"name": "Public Domain Mark 1.0", "label": "Public domain",
         "url": "https://creativecommons.org/publicdomain/mark/1.0/", "kind": "pd",
         "attribution_required": False, **free},
        {"name": "Staff photo — all rights reserved", "label": "Staff photo", "url": "",
         "kind": "staff", "attribution_required": True, **free},
        {"name": "Agency / wire", "label": "Agency", "url": "", "kind": "agency",
         "attribution_required": True, "commercial_use": True, "derivatives": False,
         "share_alike": False},
        {"name": "Handout", "label": "Handout", "url": "", "kind": "handout",
         "attribution_required": True, "commercial_use": True, "derivatives": False,
         "share_alike": False},
    ]  # fmt: skip
    return licences


def normalise_licence_url(url):
    """Reduce a licence URL to a comparable key: no scheme, www, deed/legalcode, trailing slash."""
    url = (url or "").strip().lower()
    url = re.sub(r"^https?://(www\.)?", "", url)
    url = re.sub(r"(deed(\.[a-z-]+)?|legalcode(\.[a-z-]+)?)$", "", url)
    return url.rstrip("/")


def licence_for_url(url):
    """The known Licence whose URL matches ``url`` (e.g. from xmpRights:WebStatement), or None."""
    # Looked up, not imported: the image model reads files with this module, and the
    # licences' data migration imports it before models load.
    Licence = apps.get_model("media_credits", "Licence")
    key = normalise_licence_url(url)
    if not key:
        return None
    for licence in Licence.objects.exclude(url=""):
        if normalise_licence_url(licence.url) == key:
            return licence
    return None
