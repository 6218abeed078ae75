from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from articles import deletion
from articles.dashboard import desk_panels
from articles.models import Author


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    menu_label = "Authors"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "job_title", "slug"]
    search_fields = ["name"]


register_snippet(AuthorViewSet)


@hooks.register("construct_homepage_panels")
def add_desk_panels(request, panels):
    panels.extend(desk_panels())


@hooks.register("before_delete_page")
def only_administrators_delete_published_stories(request, page):
    return deletion.refuse(request, [page])


@hooks.register("before_bulk_action")
def only_administrators_bulk_delete_published_stories(request, action_type, objects, action):
    if action_type == "delete":
        return deletion.refuse(request, objects)
    return None


@hooks.register("insert_editor_js")
def headline_length_js():
    return format_html('<script src="{}" defer></script>', static("articles/headline_length.js"))


@hooks.register("insert_editor_js")
def submit_after_autosave_js():
    return format_html(
        '<script src="{}" defer></script>', static("articles/submit_after_autosave.js")
    )


@hooks.register("insert_editor_css")
def headline_length_css():
    return format_html('<link rel="stylesheet" href="{}">', static("articles/headline_length.css"))
