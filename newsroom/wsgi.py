import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.base")

django_application = get_wsgi_application()

from core.page_cache import CachedPagesFirst  # noqa: E402  (once Django is set up)

# Page-cache hits are answered before Django's request handling (core/page_cache.py).
application = CachedPagesFirst(django_application)
