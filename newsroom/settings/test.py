"""Test settings: the base settings with a throwaway key, fast hashing and private media."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-any-real-deployment-0123456789")

from .base import *  # noqa: E402,F403

# On SQLite the test database is a file, not Django's default in-memory one: the live server's
# threads (and the scheduler worker's process) then get connections of their own instead of
# sharing the test thread's, which races when a browser sends requests in parallel.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(tempfile.mkdtemp(prefix="newsroom-test-db-"), "test.sqlite3")
    }
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="newsroom-test-media-")
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
WHITENOISE_USE_FINDERS = True
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
STATIC_ROOT = None  # nothing is collected in tests; WhiteNoise serves from the finders
LOGGING["root"]["level"] = "WARNING"  # noqa: F405  (tasks and page events log at INFO)
NINJS_FETCH_PRIVATE_ADDRESSES = True  # renditions are served from 127.0.0.1 in tests
NINJS_FETCH_TIMEOUT = 2
# The test client speaks plain HTTP; the HTTPS settings are tested in a subprocess.
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
PAGE_CACHE_SECONDS = 0  # on in the tests of the page cache itself
if "REDIS_URL" not in os.environ:
    # The test process's own memory: each test starts from an emptied cache, which is instant
    # here. Servers started as processes of their own use the shared one (base settings).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }
