from django import template

from articles.review_feedback import requested_changes

register = template.Library()


@register.inclusion_tag("articles/admin/requested_changes.html")
def requested_changes_banner(page):
    return {"task_state": requested_changes(page) if page and page.pk else None}
