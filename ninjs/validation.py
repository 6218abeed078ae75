"""Reading a ninjs document: which version it is, whether it is valid, and one spelling for both.

ninjs 2.x spells properties in lower case (``versioncreated``), 3.x in camelCase
(``versionCreated``). Each document is validated against its own official schema (copied in
``schemas/`` with IPTC's licence) and then renamed to the 3.x spelling, so the mapping reads one
vocabulary.
"""

import datetime as dt
import json
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SCHEMA_DIR = Path(__file__).parent / "schemas"
SCHEMA_FILES = {"2": "ninjs-schema_2.1.json", "3": "ninjs-schema_3.1.json"}
# Places may carry GeoJSON; its schema lives on geojson.org, which we never fetch while importing.
GEOJSON_URI = "https://geojson.org/schema/GeoJSON.json"
# Renamed between the versions, not only re-cased.
RENAMED_IN_3 = {"embargoed": "embargoedUntil"}


class DocumentError(Exception):
    """A document we cannot take, with the JSON path of the offending part and the reason."""

    def __init__(self, path, reason):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


format_checker = FormatChecker(formats=())


@format_checker.checks("date-time", raises=ValueError)
def _is_datetime(value):
    if not isinstance(value, str):
        return True
    parsed = dt.datetime.fromisoformat(value.replace("z", "Z"))
    if parsed.tzinfo is None:
        raise ValueError("a date-time needs a time zone (RFC 3339)")
    return True


@format_checker.checks("uri", raises=ValueError)
def _is_uri(value):
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    if not parts.scheme or not (parts.netloc or parts.path) or any(c.isspace() for c in value):
        raise ValueError("not an absolute URI")
    return True


@cache
def _schema(major):
    return json.loads((SCHEMA_DIR / SCHEMA_FILES[major]).read_text())


@cache
def validator(major):
    geojson = Resource.from_contents({"type": "object"}, default_specification=DRAFT202012)
    registry = Registry().with_resource(GEOJSON_URI, geojson)
    registry = registry.with_resource(GEOJSON_URI + "#", geojson)
    return Draft202012Validator(_schema(major), registry=registry, format_checker=format_checker)


@cache
def _camel_names():
    """{lower-case name: 3.x name} for every property the 3.1 schema defines."""
    names = {}

    def walk(node):
        if isinstance(node, dict):
            for name in node.get("properties", {}):
                names.setdefault(name.lower(), name)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(_schema("3"))
    names.update(RENAMED_IN_3)
    return names


def _keys(node):
    if isinstance(node, dict):
        for key, value in node.items():
            yield key
            yield from _keys(value)
    elif isinstance(node, list):
        for value in node:
            yield from _keys(value)


def detect_version(document):
    """ "2" or "3": from ``standard.version`` when given, else from how properties are spelt."""
    standard = document.get("standard")
    if isinstance(standard, dict) and isinstance(standard.get("version"), str):
        major = standard["version"].strip()[:1]
        if major in SCHEMA_FILES:
            return major
    camel = _camel_names()
    for key in _keys(document):
        if key != key.lower() and key.lower() in camel:
            return "3"
        if key in RENAMED_IN_3 or (key == key.lower() and camel.get(key, key) != key):
            return "2"
    return "3"


def validate(document):
    """Check ``document`` against its schema; return it in 3.x spelling or raise DocumentError."""
    if not isinstance(document, dict):
        raise DocumentError("$", f"a ninjs document is a JSON object, not {_type_name(document)}")
    major = detect_version(document)
    errors = sorted(validator(major).iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        error = errors[0]
        more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
        raise DocumentError(
            error.json_path, f"{_short(error.message)} [ninjs {major}.x schema]{more}"
        )
    return to_camel(document) if major == "2" else document


def to_camel(node):
    camel = _camel_names()
    if isinstance(node, dict):
        return {camel.get(key, key): to_camel(value) for key, value in node.items()}
    if isinstance(node, list):
        return [to_camel(value) for value in node]
    return node


def _short(message, limit=200):
    return message if len(message) <= limit else message[: limit - 1] + "…"


def _type_name(value):
    return {list: "an array", str: "a string", int: "a number", float: "a number"}.get(
        type(value), "null" if value is None else type(value).__name__
    )
