"""Image rights checks a story must pass before it goes out (see articles.publishing)."""

from django.conf import settings

from articles.publishing import Problem, publish_check


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


@publish_check
def images_are_credited_and_licensed(draft):
    for where, image, _caption in draft.images():
        problems = image_rights_problems(image)
        if problems:
            yield Problem(
                f"{where} “{image.title}” " + " and ".join(problems) + ".",
                "lead_image" if where == "Lead image" else None,
            )
