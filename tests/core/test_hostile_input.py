"""Hostile input never breaks a page. Every public URL pattern is exercised with hostile query
strings, paths, methods, headers and bodies: the answer is a normal page or a 4xx — never a 5xx,
never the attacker's markup reflected back."""

import json

import pytest
from django.test import Client
from django.urls import get_resolver
from wagtail.documents import get_document_model

from tests.factories import ArticlePageFactory, AuthorFactory, ImageFactory, SectionPageFactory

pytestmark = pytest.mark.django_db

MARKUP = ["<script>alert(1)</script>", '"><svg onload=alert(1)>', "'><img src=x onerror=alert(1)>"]
TEXT = [
    "'",
    '"',
    '"unterminated',
    "a AND OR NOT",
    "' OR 1=1 --",
    "1; DROP TABLE wagtailcore_page; --",
    "title:water*",
    "(((",
    "a\x00b",
    "word " * 3000,
    "🐑🏔️🇦🇿",
    "مرحبا بالعالم",
    "\u202egnp.exe",
    "%",
    "\\",
    "*",
    "",
    " ",
    *MARKUP,
]
PAGE_NUMBERS = ["0", "-1", "abc", "1.5", "1e3", "99999999999999999999", "１", "%00", "1 OR 1=1"]
RAW_QUERIES = [
    "q=%",
    "q=%zz",
    "q=%C0%AF",
    "q=%FF%FE%00",
    "page=%",
    "page=%E0%A4%A",
    "%%%",
    "a=%u0041",
]
METHODS = ["post", "put", "patch", "delete", "options", "trace"]
RANGES = ["bytes=0-0", "bytes=999999999-", "bytes=abc", "bytes=5-1", "bytes=0-1,2-3,4-5", "items=1"]
HEADERS = {
    "HTTP_ACCEPT_LANGUAGE": "xx-" + "a" * 8000,
    "HTTP_IF_MODIFIED_SINCE": "yesterday at noon",
    "HTTP_IF_NONE_MATCH": '"' + "x" * 5000,
    "HTTP_ACCEPT": "text/html;q=abc, */*;q=",
    "HTTP_USER_AGENT": "<script>alert(1)</script>",
    "HTTP_X_FORWARDED_FOR": "not-an-ip, ' OR 1=1",
    "HTTP_COOKIE": "sessionid=' OR 1=1; csrftoken=<script>",
    "HTTP_REFERER": "javascript:alert(1)",
}


@pytest.fixture
def urls(home):
    """A concrete URL for every public URL pattern, made from real content."""
    section = SectionPageFactory(parent=home, slug="region")
    author = AuthorFactory(slug="leyla-mammadova")
    story = ArticlePageFactory(
        parent=section,
        bylines=[author],
        places=["Kalbajar"],
        people=["Aydin Karimov"],
        organisations=["Water Agency"],
        topics=["Water"],
        lead_image=ImageFactory(),
    )
    document = get_document_model().objects.create(title="Budget")
    document.file.save(
        "budget.txt", __import__("django.core.files.base").core.files.base.ContentFile(b"x")
    )
    found = {
        "home": "/",
        "section": section.url,
        "section feed": section.url + "feed/",
        "section atom": section.url + "feed/atom/",
        "article": story.url,
        "author": "/authors/leyla-mammadova/",
        "author feed": "/authors/leyla-mammadova/feed/",
        "author atom": "/authors/leyla-mammadova/feed/atom/",
        "search": "/search/",
        "ninjs list": "/api/ninjs/",
        "ninjs story": f"/api/ninjs/{story.pk}/",
        "site feed": "/feed/",
        "site atom": "/feed/atom/",
        "sitemap": "/sitemap.xml",
        "sitemap section": "/sitemap-pages.xml",
        "news sitemap": "/news-sitemap.xml",
        "robots": "/robots.txt",
        "document": document.url,
        "document password": "/documents/authenticate_with_password/1/",
        "page password": f"/_util/authenticate_with_password/1/{story.pk}/",
        "frontend login": "/_util/login/",
        "static": "/static/css/newsroom.css",
    }
    for kind, slug in [("places", "kalbajar"), ("people", "aydin-karimov"),
                       ("organisations", "water-agency"), ("topics", "water")]:  # fmt: skip
        found[f"{kind} page"] = f"/{kind}/{slug}/"
        found[f"{kind} feed"] = f"/{kind}/{slug}/feed/"
        found[f"{kind} atom"] = f"/{kind}/{slug}/feed/atom/"
    return found


def public_patterns():
    def walk(patterns, prefix=""):
        for pattern in patterns:
            if hasattr(pattern, "url_patterns"):
                if not str(pattern.pattern).startswith("admin/"):
                    yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif not str(pattern.pattern).startswith("admin/"):  # the admin is not public
                yield pattern.name

    return set(walk(get_resolver().url_patterns))


def test_every_public_url_pattern_is_covered(urls, client):
    covered = {
        client.get(url).resolver_match.url_name for url in urls.values() if "static" not in url
    }
    assert public_patterns() - covered == set()


class Failures(list):
    def check(self, response, label):
        body = response.content.decode(errors="replace") if not response.streaming else ""
        if response.status_code >= 500:
            self.append(f"{label}: {response.status_code}")
        for markup in MARKUP:
            if markup in body:
                self.append(f"{label}: reflects {markup!r}")


def query_string_cases(url):
    for value in TEXT:
        for name in ("q", "page", "since", "section", "format", "publish"):
            yield {name: value}
    for value in PAGE_NUMBERS:
        yield {"page": value}
        yield {"before": value}  # keyset pages of story lists
        yield {"after": f"{value}_{value}"}
    yield {"q": TEXT[:3], "page": PAGE_NUMBERS[:3]}  # repeated keys


@pytest.mark.parametrize("kind", [
    "home", "section", "section feed", "article", "author", "author feed", "search", "ninjs list",
    "ninjs story", "site feed", "site atom", "sitemap", "sitemap section", "news sitemap", "robots",
    "places page", "people feed", "topics atom", "document", "page password", "frontend login",
])  # fmt: skip
def test_hostile_query_strings(urls, kind):
    client, failures = Client(), Failures()
    url = urls[kind]
    for params in query_string_cases(url):
        failures.check(client.get(url, params), f"GET {url} {str(params)[:80]}")
    for raw in RAW_QUERIES:
        failures.check(client.get(f"{url}?{raw}"), f"GET {url}?{raw}")
    assert failures == []


def test_hostile_paths(urls):
    client, failures = Client(), Failures()
    paths = [
        "/%",
        "/%zz/",
        "/%C0%AF/",
        "/%FF%FE/",
        "/%00/",
        "/" + "a" * 5000 + "/",
        "/" + "a/" * 2000,
        "/..%2f..%2fetc/passwd",
        "/places/%3Cscript%3Ealert(1)%3C%2Fscript%3E/",
        "/authors/" + "x" * 3000 + "/",
        "/api/ninjs/99999999999999999999999/",
        "/documents/99999999999999999999999/x.txt",
        "/_util/authenticate_with_password/99999999999999999999999/1/",
        "/_util/authenticate_with_password/1/99999999999999999999999/",
        "/documents/authenticate_with_password/99999999999999999999999/",
        "/api/ninjs/-1/",
        "/sitemap.xml/extra",
        "/documents/99999999/x.txt",
        "/_util/authenticate_with_password/999999/999999/",
        *(urls[kind] + suffix for kind in ("article", "section", "places page")
          for suffix in ("%", "%zz", "🐑/", "%3Cscript%3E/", "feed/feed/", "a" * 3000 + "/")),
    ]  # fmt: skip
    for path in paths:
        failures.check(client.get(path), f"GET {path[:100]}")
    assert failures == []


READ_ONLY = ["home", "article", "search", "site feed", "sitemap", "places page", "author", "robots"]


@pytest.mark.parametrize("kind", [*READ_ONLY, "ninjs story"])
def test_wrong_methods(urls, kind):
    client, failures = Client(enforce_csrf_checks=True), Failures()
    url = urls[kind]
    for method in METHODS:
        response = getattr(client, method)(
            url, data="<script>alert(1)</script>", content_type="text/html"
        )
        failures.check(response, f"{method.upper()} {url}")
        if method in ("put", "patch", "delete", "trace") and response.status_code != 405:
            failures.append(f"{method.upper()} {url}: {response.status_code}, not 405")
    assert failures == []


@pytest.mark.parametrize(
    "kind", ["home", "article", "sitemap", "site feed", "ninjs list", "search"]
)
def test_a_forged_host_is_refused(urls, kind):
    response = Client().get(urls[kind], headers={"host": "evil.example.com"})
    assert response.status_code == 400
    assert b"evil.example.com" not in response.content


@pytest.mark.parametrize("kind", ["home", "article", "static", "document", "site feed", "sitemap"])
def test_odd_range_and_other_headers(urls, kind):
    client, failures = Client(), Failures()
    url = urls[kind]
    for value in RANGES:
        failures.check(client.get(url, HTTP_RANGE=value), f"GET {url} Range: {value}")
    for header, value in HEADERS.items():
        failures.check(client.get(url, **{header: value}), f"GET {url} {header}")
    assert failures == []


def test_hostile_bodies_to_the_import_endpoint(urls):
    client, failures = Client(), Failures()
    bodies = [
        ("application/json", b""),
        ("application/json", b"{"),
        ("application/json", b"\xff\xfe\x00garbage"),
        ("application/json", b"[" * 5000 + b"]" * 5000),
        ("application/json", json.dumps({"headline": MARKUP[0]}).encode()),
        ("application/json", b'{"uri": null, "body_html": 12}'),
        ("text/plain", b"hello"),
        ("multipart/form-data; boundary=x", b"--x\r\nbroken"),
        ("application/x-www-form-urlencoded", b"a=%zz&b=%"),
    ]
    for auth in (
        {},
        {"HTTP_AUTHORIZATION": "Bearer ' OR 1=1 --"},
        {"HTTP_AUTHORIZATION": "Basic Zm9vOmJhcg=="},
    ):
        for content_type, body in bodies:
            response = client.post("/api/ninjs/", data=body, content_type=content_type, **auth)
            failures.check(response, f"POST /api/ninjs/ {content_type} {body[:20]!r} {auth}")
            if response.status_code < 400:
                failures.append(
                    f"POST /api/ninjs/ accepted without a valid token: {response.status_code}"
                )
    assert failures == []
