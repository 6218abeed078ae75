"""Newsroom settings. Everything that differs between a laptop and production comes from the
environment, so one module serves both (see README, "Configuration")."""

import datetime as dt
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
    "public_site",  # the read side: builds on the three above
    "search",
    "ninjs",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.frontend_cache",
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
    "accounts",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
]

MIDDLEWARE = [
    # First, so that a stored page carries every header the rest add (security, CSP) and a hit
    # costs nothing more; it leaves HTTP requests that must be redirected to HTTPS alone.
    "core.page_cache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "core.robustness.BadInputMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.fragments.SharedGenerationMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",  # refuses a Host not in ALLOWED_HOSTS
    "core.sites.SiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "core.mail.MailProblemsMiddleware",  # a mail failure becomes a warning on the page
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "core.security.SecurityHeadersMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
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
                "django.template.context_processors.csp",
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
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The scheduler, runserver's threads and autosave write at once: WAL lets readers go on
    # beside a writer, IMMEDIATE takes the write lock when a transaction begins (a busy wait
    # then, never a "database is locked" upgrade failure mid-transaction), and writers wait
    # up to 20 s for each other instead of failing at once.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        **DATABASES["default"].get("OPTIONS", {}),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis in production (shared by every app server: the page cache and its invalidation live
# there); files under var/cache/ on a laptop. Either way one cache for every process: what the
# scheduler (or any command) publishes must retire the pages, pieces and lists that the web
# server keeps, and a per-process memory cache cannot be reached from another process.
CACHES = {
    "default": (
        {
            "BACKEND": "core.redis_cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            # Sites sharing one Redis database must not share their pages and pieces.
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", ""),
        }
        if os.environ.get("REDIS_URL")
        else {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(VAR_DIR / "cache")),
            # Wagtail keeps every picture rendition's lookup here too: at Django's default of 300
            # entries those pushed the pages out, and a story page was never served from cache.
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    )
}
# How long readers' pages may be served from the cache; any public change replaces them at once.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "60"))
# Memory each process keeps of the cached pages it served lately (core.page_cache.RecentPages).
PAGE_CACHE_PROCESS_MB = int(os.environ.get("PAGE_CACHE_PROCESS_MB", "32"))
# How long rendered pieces of pages (story cards, articles) are kept: long, as the versions in
# their keys retire them when what they show changes (core/fragments.py); 0 switches them off.
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", str(60 * 60 * 24 * 7)))
# A CDN or reverse proxy in front (e.g. deploy/nginx.conf) is purged through its PURGE endpoint.
WAGTAILFRONTENDCACHE = (
    {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
        }
    }
    if os.environ.get("FRONTEND_CACHE_PURGE_URL")
    else {}
)

# Failed logins are throttled (django-axes, accounts/login_throttling.py): wrong passwords lock
# that account from that address; far more failures from one address, across accounts, lock the
# address. A whole newsroom behind one NAT is not locked out by one editor's typos.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "accounts.login_throttling.DeskLoginHandler"
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))  # one account, one address
NEWSROOM_LOGIN_ADDRESS_FAILURE_LIMIT = int(os.environ.get("LOGIN_ADDRESS_FAILURE_LIMIT", "50"))
AXES_COOLOFF_TIME = dt.timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]  # the handler's order
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.login_throttling.lockout_response"  # Retry-After, and when
AXES_HTTP_RESPONSE_CODE = 429
# Behind a proxy the reader's address is the last one it appends to X-Forwarded-For.
AXES_CLIENT_IP_CALLABLE = "core.security.client_ip"
NEWSROOM_TRUSTED_PROXIES = int(os.environ.get("TRUSTED_PROXIES", "0"))

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
OTP_TOTP_ISSUER = NEWSROOM_PUBLICATION_NAME  # the name authenticator apps show
# A search ranks the matches among this many newest stories (the whole archive when a reader asks,
# sets dates, or nothing recent matches), so its cost does not grow with the archive.
NEWSROOM_SEARCH_RECENT_STORIES = int(os.environ.get("SEARCH_RECENT_STORIES", "500"))
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

# HTTPS and browser protections. Secure by default with DEBUG off; a plain-HTTP try-out on a
# laptop sets SECURE_SSL_REDIRECT=0 and SECURE_COOKIES=0 (see README, "Production").
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
if env_bool("TRUST_X_FORWARDED_PROTO"):  # behind a TLS-terminating proxy that sets the header
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
# Lets the domain join browsers' HTTPS-only preload list; set 0 if a subdomain must stay HTTP.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True  # the admin reads its CSRF token from the page, not the cookie
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail lets its own preview frame through (same origin) itself
NEWSROOM_PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), browsing-topics=()"
)
# Where pictures may come from besides this site (object storage or a CDN for MEDIA_URL).
_MEDIA_HOSTS = env_list("CSP_MEDIA_HOSTS")
_EMBED_HOSTS = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
# The public site: no inline script or style at all; JSON-LD is data, not script.
SECURE_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:", *_MEDIA_HOSTS],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "frame-src": _EMBED_HOSTS,
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
# Wagtail's admin writes inline scripts and styles (choosers, telepath data, previews).
NEWSROOM_ADMIN_CSP = SECURE_CSP | {
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", *_MEDIA_HOSTS],
    "frame-src": ["'self'", *_EMBED_HOSTS],
    "frame-ancestors": ["'self'"],  # the preview panel frames the admin's preview view
}

# Django 6.1's MAILERS (EMAIL_BACKEND is deprecated): console mail in development; SMTP when
# EMAIL_HOST is set, through core.mail.SMTPMailer, which logs and reports a refusing or silent
# server instead of failing the editor's action; without EMAIL_HOST mail is logged, not sent,
# and `manage.py check` says so (core.mail).
_SMTP_OPTIONS = {
    key: value
    for key, value in {
        "host": os.environ.get("EMAIL_HOST"),
        "port": int(os.environ["EMAIL_PORT"]) if os.environ.get("EMAIL_PORT") else None,
        "username": os.environ.get("EMAIL_HOST_USER"),
        "password": os.environ.get("EMAIL_HOST_PASSWORD"),
        "use_tls": env_bool("EMAIL_USE_TLS") or None,
        # An editor waits for this on submit and approve: never the OS's minutes.
        "timeout": float(os.environ.get("EMAIL_TIMEOUT", "10")),
    }.items()
    if value is not None
}
_MAILER = {
    "BACKEND": os.environ.get("EMAIL_BACKEND")
    or (
        "core.mail.SMTPMailer"
        if os.environ.get("EMAIL_HOST")
        else "django.core.mail.backends.console.EmailBackend"
        if DEBUG
        else "core.mail.NotConfiguredBackend"
    ),
    "OPTIONS": _SMTP_OPTIONS if os.environ.get("EMAIL_HOST") else {},
}
MAILERS = {"default": _MAILER}
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
