from django.conf import settings
from django.urls import include, path
from django.views.decorators.cache import never_cache
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from articles.review_feedback import DeskEditView

urlpatterns = [
    # Wagtail's page editor with the desk's review messages, at Wagtail's own address (reversing
    # "wagtailadmin_pages:edit" still finds it), with the decorators Wagtail's admin URLs get.
    path(
        "admin/pages/<int:page_id>/edit/", never_cache(require_admin_access(DeskEditView.as_view()))
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("public_site.urls")),
    path("", include("ninjs.urls")),
]

if settings.DEBUG:
    # Media from Django in development only (production never loads this); never the originals.
    from media_credits.originals import development_media_urls

    urlpatterns += development_media_urls()

urlpatterns.append(path("", include(wagtail_urls)))

handler500 = "core.views.server_error"
