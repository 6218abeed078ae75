from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from entities.admin_views import autocomplete_view, merge_view, suggest_view
from entities.models import Entity, Organisation, Person, Place, Topic


def entity_viewset(entity_model, entity_icon, extra_list_display=()):
    return type(
        f"{entity_model.__name__}ViewSet",
        (SnippetViewSet,),
        {
            "model": entity_model,
            "icon": entity_icon,
            "list_display": ["name", "slug", *extra_list_display],
            "search_fields": ["name", "aliases__name"],
            "ordering": ["name"],
        },
    )


class EntityViewSetGroup(SnippetViewSetGroup):
    menu_label = "Tags"
    menu_icon = "tag"
    menu_order = 210
    items = (
        entity_viewset(Place, "site", ("kind", "parent")),
        entity_viewset(Person, "user"),
        entity_viewset(Organisation, "group"),
        entity_viewset(Topic, "tag"),
    )


register_snippet(EntityViewSetGroup)


@hooks.register("register_admin_urls")
def register_merge_url():
    return [
        path("entities/<str:kind>/<int:pk>/merge/", merge_view, name="entities_merge"),
        path("entities/suggest/", suggest_view, name="entities_suggest"),
        path("entities/autocomplete/<str:kind>/", autocomplete_view, name="entities_autocomplete"),
    ]


@hooks.register("insert_editor_js")
def tag_suggestions_js():
    return format_html(
        '<script src="{}" data-suggest-url="{}" defer></script>',
        static("entities/tag_suggestions.js"),
        reverse("entities_suggest"),
    )


@hooks.register("register_snippet_listing_buttons")
def merge_button(instance, user, next_url=None):
    if not isinstance(instance, Entity):
        return []
    opts = instance._meta
    if not user.has_perm(f"{opts.app_label}.delete_{opts.model_name}"):
        return []
    url = reverse("entities_merge", args=[instance.url_prefix, instance.pk])
    return [Button("Merge into…", url=url, icon_name="resubmit", priority=60)]
