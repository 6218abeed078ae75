from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from entities.models import ENTITY_MODELS
from entities.views import entity_detail

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("articles.urls")),
    path("", include("ninjs.urls")),
    re_path(
        rf"^(?P<kind>{'|'.join(ENTITY_MODELS)})/(?P<slug>[-\w]+)/$",
        entity_detail,
        name="entity_detail",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns.append(path("", include(wagtail_urls)))
