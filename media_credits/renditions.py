"""Published sizes of pictures, asked for in code (templates use Wagtail's tags, which already
cope with a missing original)."""

import logging

from wagtail.images.models import SourceImageIOError

logger = logging.getLogger(__name__)


def rendition_or_none(image, spec):
    """``image``'s rendition for ``spec``, or None when its original cannot be read (storage
    down, file lost): the page or feed is served without that picture, never as a 500."""
    try:
        return image.get_rendition(spec)
    except SourceImageIOError:
        logger.warning("Picture %s (%s): original unreadable, left out", image.pk, image.title)
        return None
