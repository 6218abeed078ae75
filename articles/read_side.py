"""The one seam between the page models and the public site's read side (``public_site``).

A page model holds what the desk wrote; what readers are shown of it — the front page's lists,
a section's stories, a story's pieces and related box, its feeds and sitemap dates — is built by
``public_site``, which builds on ``articles`` and so cannot be imported by it. The read side
hands itself in here when apps are ready (``PublicSiteConfig.ready``); a page asks ``pages()``.

What a provider offers (``public_site.pages`` is the one there is):

- ``home_context(page, request, context)``, ``section_context(...)``, ``story_context(...)``:
  the template context of each page type, given Wagtail's;
- ``home_sitemap_urls(page, request)``, ``section_sitemap_urls(page, request)``;
- ``section_feed(page, request, atom)``: a section's RSS or Atom response.
"""

from django.core.exceptions import ImproperlyConfigured

_provider = None


def provide(provider):
    global _provider
    _provider = provider


def pages():
    if _provider is None:
        raise ImproperlyConfigured(
            "No read side: add 'public_site' to INSTALLED_APPS to serve the page models."
        )
    return _provider
