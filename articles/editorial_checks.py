"""The desk's own rules for a story that goes out (see ``articles.publishing``)."""

from django.conf import settings

from articles.publishing import Problem, publish_check
from media_credits.rights import image_rights_problems


@publish_check
def headline_fits(draft):
    limit = settings.NEWSROOM_HEADLINE_MAX_LENGTH
    if len(draft.page.title or "") > limit:
        yield Problem(
            f"The headline is {len(draft.page.title)} characters long; keep it within {limit}.",
            "title",
        )


@publish_check
def has_standfirst(draft):
    if not (draft.page.standfirst or "").strip():
        yield Problem("Write a standfirst before publishing.", "standfirst")


@publish_check
def has_byline(draft):
    if not draft.bylines:
        yield Problem("Add at least one byline before publishing.")


@publish_check
def has_dateline(draft):
    if not (draft.page.dateline_place or "").strip():
        yield Problem("Add a dateline place (where the story was reported).", "dateline_place")


@publish_check
def images_have_alt_text(draft):
    for where, image, _caption in draft.images():
        if not (image.alt_text or "").strip():
            yield Problem(
                f"{where} “{image.title}” has no alt text: add it to the image.",
                "lead_image" if where == "Lead image" else None,
            )


@publish_check
def images_are_credited_and_licensed(draft):
    for where, image, _caption in draft.images():
        problems = image_rights_problems(image)
        if problems:
            yield Problem(
                f"{where} “{image.title}” " + " and ".join(problems) + ".",
                "lead_image" if where == "Lead image" else None,
            )
