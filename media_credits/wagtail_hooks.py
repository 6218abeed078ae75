from django.urls import path
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from media_credits.models import Licence
from media_credits.originals import serve_original
from media_credits.views import ImageCreateView, ImageIndexView, MultipleImageAddView


class LicenceViewSet(SnippetViewSet):
    model = Licence
    icon = "doc-full"
    menu_label = "Licences"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["label", "name", "kind", "commercial_use", "derivatives", "share_alike"]
    list_filter = ["kind", "commercial_use"]
    search_fields = ["name", "label"]


register_snippet(LicenceViewSet)


@hooks.register("register_admin_urls")
def image_library_with_credits():
    # Registered before wagtail.images' own URLs (this app is listed first), so it wins.
    return [
        path("images/", ImageIndexView.as_view(), name="media_credits_image_index"),
        path(
            "images/results/",
            ImageIndexView.as_view(results_only=True),
            name="media_credits_image_index_results",
        ),
        path("images/add/", ImageCreateView.as_view(), name="media_credits_image_add"),
        path(
            "images/<int:image_id>/original/", serve_original, name="media_credits_image_original"
        ),
        path(
            "images/multiple/add/",
            MultipleImageAddView.as_view(),
            name="media_credits_image_add_multiple",
        ),
    ]
