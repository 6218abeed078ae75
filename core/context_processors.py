from django.conf import settings


def publication(request):
    """The masthead every template needs: name, tagline and language of the publication."""
    return {
        "publication_name": settings.NEWSROOM_PUBLICATION_NAME,
        "publication_tagline": settings.NEWSROOM_PUBLICATION_TAGLINE,
    }
