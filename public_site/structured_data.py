"""schema.org JSON-LD for the public site: NewsArticle and BreadcrumbList on articles,
Organization and WebSite (with a SearchAction) on the home page."""

from django.conf import settings
from django.utils import timezone

from core import publication


def _iso(value):
    return timezone.localtime(value).isoformat(timespec="seconds") if value else None


def organisation(request):
    return {
        "@context": "https://schema.org",
        "@type": "NewsMediaOrganization",
        "name": publication.name(),
        "url": publication.absolute_url("/", request),
        "logo": {"@type": "ImageObject", "url": publication.logo_url(request)},
    }


def website(request):
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": publication.name(),
        "url": publication.absolute_url("/", request),
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": publication.absolute_url("/search/?q={search_terms}", request),
            },
            "query-input": "required name=search_terms",
        },
    }


def news_article(page, request, *, section, bylines, tag_groups, images=(), notes=()):
    """``images``: ImageObject dicts for the lead and body pictures, lead first; ``notes``: the
    story's correction and update notes (only corrections and clarifications become
    ``correction``: an update adds news, it does not correct any)."""
    keywords = [tag.name for _label, tags in tag_groups for tag in tags]
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title,
        "description": page.standfirst,
        "mainEntityOfPage": publication.absolute_url(page.get_url(request), request),
        "url": publication.absolute_url(page.get_url(request), request),
        "datePublished": _iso(page.first_published_at),
        "dateModified": _iso(page.last_updated_at or page.first_published_at),
        "author": [
            {
                "@type": "Person",
                "name": byline.author.name,
                "url": publication.absolute_url(byline.author.get_absolute_url(), request),
                **({"jobTitle": byline.author.job_title} if byline.author.job_title else {}),
            }
            for byline in bylines
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": publication.name(),
            "logo": {"@type": "ImageObject", "url": publication.logo_url(request)},
        },
        "articleSection": section.title,
        "keywords": keywords,
        "inLanguage": settings.LANGUAGE_CODE,
    }
    if page.dateline_place:
        data["locationCreated"] = {"@type": "Place", "name": page.dateline_place}
    if images:
        data["image"] = list(images)
    data["correction"] = [
        {"@type": "CorrectionComment", "text": note.text, "datePublished": _iso(note.noted_at)}
        for note in notes
        if note.is_correction
    ]
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def breadcrumbs(page, request, *, section):
    trail = [
        ("Home", "/"),
        (section.title, section.get_url(request)),
        (page.title, page.get_url(request)),
    ]
    trail = [(name, publication.absolute_url(url, request)) for name, url in trail]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }
