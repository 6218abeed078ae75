"""Original uploads are not public: they keep the camera's GPS location and serial numbers.

Readers get renditions (cleaned, credited: ``privacy.py``, ``embedded.with_credits``). The files
under ``MEDIA_ROOT/original_images/`` are never served as media — ``deploy/nginx.conf`` refuses
that folder, and so does the development media server below — and staff who may edit a picture
download its original through the admin (``/admin/images/<id>/original/``).
"""

import mimetypes
from pathlib import PurePath

from django.conf import settings
from django.conf.urls.static import static
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import re_path
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

ORIGINALS_FOLDER = "original_images/"


def refuse(request, path):
    raise Http404("Originals are not served as media.")


def development_media_urls():
    """MEDIA_URL served by Django (DEBUG only), without the originals."""
    prefix = settings.MEDIA_URL.lstrip("/")
    return [re_path(rf"^{prefix}{ORIGINALS_FOLDER}(?P<path>.*)$", refuse)] + static(
        settings.MEDIA_URL, document_root=settings.MEDIA_ROOT
    )


def serve_original(request, image_id):
    """The original upload, to a signed-in user who may edit the picture (admin URL)."""
    image = get_object_or_404(get_image_model(), pk=image_id)
    policy = policy_registry.get_by_type(get_image_model())
    if not policy.user_has_permission_for_instance(request.user, "change", image):
        raise Http404
    content_type = mimetypes.guess_type(image.file.name)[0] or "application/octet-stream"
    response = FileResponse(
        image.file.open("rb"),
        content_type=content_type,
        as_attachment=True,
        filename=PurePath(image.file.name).name,
    )
    response["Cache-Control"] = "private, no-store"
    return response
