"""Whether a picture may be published: the photo desk's rules, asked by the story checks
(``articles.editorial_checks``) and by anything else that puts a picture in front of readers."""

from django.conf import settings


def image_rights_problems(image):
    """What stops ``image`` from being published on this site, in words the photo desk uses."""
    problems = []
    licence = image.licence
    if image.needs_credit:
        problems.append("has no creator or credit")
    if licence is None:
        problems.append("has no licence")
    else:
        if image.licence_expired:
            problems.append(f"has a licence that expired on {image.licence_expires:%d %b %Y}")
        if settings.NEWSROOM_COMMERCIAL_USE and not licence.commercial_use:
            problems.append(f"is licensed {licence.label}, which forbids commercial use")
    return problems
