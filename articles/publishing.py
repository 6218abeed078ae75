"""Checks a story must pass before it is published, scheduled or sent for review.

Drafts may be incomplete (Wagtail defers validation when saving a draft); anything that puts a
story in front of readers or an editor runs every registered check. Apps add their own checks with
``@publish_check``; the pictures' rights are checked by asking media_credits
(``editorial_checks``).
"""

from dataclasses import dataclass, field

_CHECKS = []


@dataclass(frozen=True)
class Problem:
    """Something that blocks publication; ``field`` names the form field to attach it to."""

    message: str
    field: str | None = None


@dataclass
class StoryDraft:
    """The story as the editor has it in the form, before it is saved."""

    page: object  # an unsaved ArticlePage built from the form's cleaned data
    bylines: list = field(default_factory=list)  # the Byline objects that remain after deletions

    def images(self):
        """(where, image, caption) for the lead image and every image block in the body."""
        found = []
        if self.page.lead_image:
            found.append(("Lead image", self.page.lead_image, self.page.lead_image_caption))
        for position, block in enumerate(self.page.body or [], start=1):
            if block.block_type == "image" and block.value.get("image"):
                found.append(
                    (f"Body image {position}", block.value["image"], block.value.get("caption"))
                )
        return found


def publish_check(function):
    """Register ``function(draft: StoryDraft) -> iterable of Problem``."""
    _CHECKS.append(function)
    return function


def publish_problems(draft):
    return [problem for check in _CHECKS for problem in check(draft)]
