from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from entities.models import Organisation, Person, Place, Topic


def entity_viewset(entity_model, entity_icon):
    return type(
        f"{entity_model.__name__}ViewSet",
        (SnippetViewSet,),
        {
            "model": entity_model,
            "icon": entity_icon,
            "list_display": ["name", "slug"],
            "search_fields": ["name"],
            "ordering": ["name"],
        },
    )


class EntityViewSetGroup(SnippetViewSetGroup):
    menu_label = "Tags"
    menu_icon = "tag"
    menu_order = 210
    items = (
        entity_viewset(Place, "site"),
        entity_viewset(Person, "user"),
        entity_viewset(Organisation, "group"),
        entity_viewset(Topic, "tag"),
    )


register_snippet(EntityViewSetGroup)
