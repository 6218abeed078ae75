"""Who may delete a story. Wagtail lets anyone who may edit a page delete it; on a news desk a
story that readers have seen is never deleted by a reporter or an editor — they unpublish it,
which keeps every word and revision — and deleting is for Administrators."""

from django.contrib import messages
from django.shortcuts import redirect

DELETERS = "Administrators"


def may_delete(user, page):
    """Anyone who may delete it in Wagtail may delete a never-published draft; a story that has
    been published, only a superuser or an Administrator."""
    if page.first_published_at is None and not page.live:
        return True
    return user.is_superuser or user.groups.filter(name=DELETERS).exists()


def refuse(request, pages):
    """A redirect back with a message if ``request.user`` may not delete one of ``pages``."""
    refused = [page for page in pages if not may_delete(request.user, page)]
    if not refused:
        return None
    messages.error(
        request,
        f"“{refused[0].get_admin_display_title()}” has been published: only Administrators "
        "can delete it. Unpublish it to take it off the site; nothing is lost.",
    )
    return redirect("wagtailadmin_pages:edit", refused[0].pk)
