"""The story editor in the desk's words (the browser test is in test_editing_in_browser.py)."""

import re
from pathlib import Path

import pytest
import wagtail
from django.conf import settings

from articles.forms import ArticlePageForm
from articles.models import ArticlePage
from tests.factories import ArticlePageFactory, SectionPageFactory

STATUS_TEMPLATE = "wagtailadmin/shared/side_panels/includes/status/workflow.html"


def test_the_status_template_is_wagtails_with_only_the_changes_requested_changes():
    """Our copy of Wagtail's status template must follow Wagtail's: on an upgrade, copy it again
    and make the same two changes (the title, and who asked for the changes)."""
    theirs = (Path(wagtail.__file__).parent / "admin/templates" / STATUS_TEMPLATE).read_text()
    ours = (Path(settings.BASE_DIR) / "templates" / STATUS_TEMPLATE).read_text()
    note_start = ours.index("    Newsroom:")
    note_end = ours.index("    This template is used")
    ours = ours[:note_start] + ours[note_end:]
    ours = ours.replace(
        """{% if workflow_state.status == "needs_changes" %}"""
        """{% trans 'Changes requested' as title %}{% else %}"""
        """{% trans 'In Moderation' as title %}{% endif %}""",
        "{% trans 'In Moderation' as title %}",
    )
    ours = re.sub(
        r"\{% if workflow_state.status == \"needs_changes\" and .*?"
        r"\{% elif (workflow_state.requested_by) %\}",
        r"{% if \1 %}",
        ours,
        flags=re.S,
    )
    assert ours == theirs


@pytest.mark.django_db
def test_only_a_story_readers_have_seen_takes_corrections(home):
    section = SectionPageFactory(parent=home)
    form_class = ArticlePage.get_edit_handler().get_form_class()
    assert issubclass(form_class, ArticlePageForm)
    for story, has_corrections in (
        (ArticlePageFactory(parent=section, publish=False), False),
        (ArticlePageFactory(parent=section), True),
    ):
        form = form_class(instance=story, parent_page=section, for_user=None)
        assert ("corrections" in form.formsets) is has_corrections
        assert ("minor_change" in form.fields) is has_corrections
