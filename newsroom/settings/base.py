"""Newsroom settings. Everything that differs between a laptop and production comes from the
environment, so one module serves both (see README, "Configuration")."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("NEWSROOM_VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

# A real key is required unless DEBUG is on: a guessable key lets anyone forge sessions.
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY or SECRET_KEY.startswith("django-insecure"):
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set to a long random value when DEBUG is off "
            '(e.g. python -c "import secrets; print(secrets.token_urlsafe(50))").'
        )
    SECRET_KEY = SECRET_KEY or "django-insecure-development-only-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    # entities and media_credits first: the article models point at their models.
    "entities",
    "media_credits",
    "articles",
    "search",
    "ninjs",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.api.v3",  # only for its admin views of API tokens (wagtail.models.APIToken)
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.context_processors.publication",
            ],
        },
    },
]

if "DATABASE_URL" not in os.environ:
    VAR_DIR.mkdir(parents=True, exist_ok=True)  # the embedded default lives in a git-ignored var/
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'newsroom.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The desk's language, time zone and masthead. Times are stored in UTC and shown in TIME_ZONE.
LANGUAGE_CODE = os.environ.get("LANGUAGE_CODE", "en")
TIME_ZONE = os.environ.get("TIME_ZONE", "Asia/Baku")
USE_I18N = True
USE_TZ = True
NEWSROOM_PUBLICATION_NAME = os.environ.get("PUBLICATION_NAME", "Highland Courier")
NEWSROOM_HEADLINE_MAX_LENGTH = int(os.environ.get("HEADLINE_MAX_LENGTH", "100"))
NEWSROOM_PUBLICATION_TAGLINE = os.environ.get(
    "PUBLICATION_TAGLINE", "Regional news from the Karabakh highlands"
)

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Serve from the finders when collectstatic has not run (tests, a quick `DEBUG=0` try-out).
WHITENOISE_USE_FINDERS = env_bool("WHITENOISE_USE_FINDERS", not STATIC_ROOT.exists())
WHITENOISE_AUTOREFRESH = DEBUG
# A missing manifest entry falls back to the plain name instead of failing the page.
WHITENOISE_MANIFEST_STRICT = False

# Wagtail
WAGTAIL_SITE_NAME = NEWSROOM_PUBLICATION_NAME
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The admin makes no calls to outside services (update check, Gravatar): editors' activity
# stays in-house and the admin works offline.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILIMAGES_IMAGE_MODEL = "media_credits.CreditedImage"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("IMAGE_MAX_UPLOAD_MB", "20")) * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(os.environ.get("IMAGE_MAX_MEGAPIXELS", "60")) * 1_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "media_credits.forms.CreditedImageForm"
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif", "avif"]  # never SVG (scripts)
# Does this site publish commercially? Then NonCommercial licences block publication.
NEWSROOM_COMMERCIAL_USE = env_bool("COMMERCIAL_USE", True)
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # PostgreSQL's text search configuration: "english" stems ("roads" finds "road").
        "SEARCH_CONFIG": os.environ.get("SEARCH_CONFIG", "english"),
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
TAGGIT_CASE_INSENSITIVE = True

# ninjs import/export (the ninjs app): where imported wire copy lands, and limits on what we take.
NINJS_IMPORT_SECTION = os.environ.get("NINJS_IMPORT_SECTION", "Wire")
NINJS_MAX_DOCUMENT_BYTES = int(os.environ.get("NINJS_MAX_DOCUMENT_BYTES", str(2 * 1024 * 1024)))
NINJS_MAX_REQUEST_BYTES = int(os.environ.get("NINJS_MAX_REQUEST_BYTES", str(20 * 1024 * 1024)))
NINJS_FETCH_TIMEOUT = float(os.environ.get("NINJS_FETCH_TIMEOUT", "10"))
NINJS_MAX_PICTURE_BYTES = int(os.environ.get("NINJS_MAX_PICTURE_BYTES", str(25 * 1024 * 1024)))
# Pictures are never fetched from loopback or private addresses unless this is on (tests).
NINJS_FETCH_PRIVATE_ADDRESSES = env_bool("NINJS_FETCH_PRIVATE_ADDRESSES", False)
# Iframes from these hosts become embed blocks; every other iframe is dropped.
NINJS_EMBED_HOSTS = ["www.youtube.com", "youtube.com", "player.vimeo.com"]
NINJS_EXPORT_PAGE_SIZE = 50

# Django 6.1's MAILERS (EMAIL_BACKEND is deprecated). Console mail in development.
MAILERS = {
    "default": {
        "BACKEND": os.environ.get(
            "EMAIL_BACKEND",
            "django.core.mail.backends.console.EmailBackend"
            if DEBUG
            else "django.core.mail.backends.smtp.EmailBackend",
        ),
        "OPTIONS": {
            key: value
            for key, value in {
                "host": os.environ.get("EMAIL_HOST"),
                "port": int(os.environ["EMAIL_PORT"]) if os.environ.get("EMAIL_PORT") else None,
                "username": os.environ.get("EMAIL_HOST_USER"),
                "password": os.environ.get("EMAIL_HOST_PASSWORD"),
                "use_tls": env_bool("EMAIL_USE_TLS") or None,
            }.items()
            if value is not None
        },
    }
}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "desk@newsroom.localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # Every background task logs twice at INFO; keep the console readable.
        "django_tasks": {"level": "WARNING"},
    },
}
