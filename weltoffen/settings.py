"""Settings for Weltoffene Kommune. Everything comes from the environment (see .env.example)."""

from datetime import timedelta
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")  # optional; real environment variables take precedence

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default="django-insecure-nur-fuer-die-lokale-entwicklung")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_NAME = "Weltoffene Kommune"
# The public address, for links in e-mails sent without a request (reminders) and calendar UIDs.
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
# Event registrations are double opt-in: places are held this long for the confirmation link.
EVENT_REGISTRATION_HOLD_MINUTES = env.int("EVENT_REGISTRATION_HOLD_MINUTES", default=60)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_prose_editor",
    "reversion",
    "axes",
    "django_tasks_db",
    "weltoffen",
    "contacts",
    "selfcheck",
    "magazine",
    "dialogues",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "weltoffen.middleware.PermissionsPolicyMiddleware",
    "weltoffen.middleware.AdminEditorStylesMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",  # outside: a 304 keeps Cache-Control
    "weltoffen.middleware.CacheHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "weltoffen.urls"
WSGI_APPLICATION = "weltoffen.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
                "weltoffen.context_processors.site",
                "contacts.context_processors.municipalities",
            ],
        },
    },
]

# --- Database: SQLite by default, PostgreSQL in production and CI -------------------------------
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    from psycopg_pool import ConnectionPool

    _db_options = DATABASES["default"].setdefault("OPTIONS", {})
    # A statement that waits longer than DB_LOCK_TIMEOUT for a lock, or runs longer than
    # DB_STATEMENT_TIMEOUT, is cancelled: the request answers a German "please try again" page
    # (weltoffen/health.py) and frees its worker thread. 0 turns a limit off (a long migration).
    _timeouts = {
        "lock_timeout": env.float("DB_LOCK_TIMEOUT", default=5),
        "statement_timeout": env.float("DB_STATEMENT_TIMEOUT", default=30),
    }
    _db_options["options"] = " ".join(
        [_db_options.get("options", ""), *(f"-c {k}={int(v * 1000)}" for k, v in _timeouts.items())]
    ).strip()
    # A database host that does not answer at all costs this long per attempt (libpq: at least 2).
    _db_options.setdefault("connect_timeout", env.int("DB_CONNECT_TIMEOUT", default=2))
    # A psycopg connection pool per process instead of a new connection per request (the pool
    # replaces CONN_MAX_AGE).
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    _db_options["pool"] = {
        "min_size": env.int("DB_POOL_MIN_SIZE", default=1),
        "max_size": env.int("DB_POOL_MAX_SIZE", default=10),
        # How long a request waits for a connection before the German 503 page. gunicorn's
        # threads per process (4) stay below max_size, so only an outage makes a request wait.
        "timeout": env.float("DB_POOL_TIMEOUT", default=2),
        # While the database is away, the pool retries after pauses that double (1 s, 2 s, 4 s …;
        # after a minute's outage the next try was half a minute away). It gives up after this
        # long and tries again with the next request, so the pauses stay about a second and the
        # site is back about a second after the database.
        "reconnect_timeout": env.float("DB_RECONNECT_TIMEOUT", default=2),
        # Test each connection before handing it out: after a database restart the pool drops the
        # dead ones instead of failing a request with each of them (recovers without a restart).
        "check": ConnectionPool.check_connection,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache: local memory by default, Redis in production (CACHE_URL=redis://...) -----------------
# The site works without Redis: an unreachable cache is a miss (django-redis IGNORE_EXCEPTIONS,
# one warning a minute per process, weltoffen/logs.py), and it costs at most the socket
# timeouts. The alias "strict" is the same cache with errors raised: rate limits (which must know
# when they cannot count, and then refuse the e-mail) and /healthz use it.
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}
if CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache":
    CACHES["default"].setdefault("OPTIONS", {}).update(
        SOCKET_CONNECT_TIMEOUT=env.float("CACHE_CONNECT_TIMEOUT", default=0.25),
        SOCKET_TIMEOUT=env.float("CACHE_TIMEOUT", default=0.5),
    )
    CACHES["strict"] = {**CACHES["default"], "OPTIONS": dict(CACHES["default"]["OPTIONS"])}
    CACHES["default"]["OPTIONS"]["IGNORE_EXCEPTIONS"] = True
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    DJANGO_REDIS_LOGGER = "weltoffen.cache"
else:
    CACHES["strict"] = dict(CACHES["default"])  # local memory: the same LOCATION, the same store
# Anonymous pages that set no cookie are public for this many seconds (browsers and the nginx
# front keep them, docs/deployment.md); everything personal is "private, no-store"
# (weltoffen/middleware.py).
CACHE_MAX_AGE = env.int("CACHE_MAX_AGE", default=60)

# --- Users and passwords -------------------------------------------------------------------------
AUTH_USER_MODEL = "weltoffen.User"
# Sessions live in the database (Django's default, stated here on purpose): a login survives a
# Redis outage and any app server can serve any user.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
# Brute force on the login (site and admin): after 5 wrong passwords for one address from one
# client, that combination is locked for 30 minutes (django-axes; failed attempts in the database,
# shared by all app servers; no log of successful logins). Registration, password reset and event
# registration have their own per-address and per-client limits (weltoffen/ratelimit.py).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_DISABLE_ACCESS_LOG = True
AXES_USERNAME_CALLABLE = "weltoffen.ratelimit.login_username"
# The client as our rate limits see it (behind the proxy: the last X-Forwarded-For entry).
AXES_CLIENT_IP_CALLABLE = "weltoffen.ratelimit.client_ip"
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24  # one day

# --- E-mail (Django 6.1 MAILERS) from EMAIL_URL: console in development, SMTP in production ----
_email = env.email_url("EMAIL_URL", default="consolemail://")
_MAIL_OPTIONS = {
    "EMAIL_HOST": "host",
    "EMAIL_PORT": "port",
    "EMAIL_HOST_USER": "username",
    "EMAIL_HOST_PASSWORD": "password",
    "EMAIL_USE_TLS": "use_tls",
    "EMAIL_USE_SSL": "use_ssl",
    "EMAIL_FILE_PATH": "file_path",
}
MAILERS = {
    "default": {
        "BACKEND": _email["EMAIL_BACKEND"],
        "OPTIONS": {opt: _email[key] for key, opt in _MAIL_OPTIONS.items() if _email.get(key)},
    }
}
if _email["EMAIL_BACKEND"].endswith("console.EmailBackend"):
    # Printed decoded, so that links can be copied from the terminal (development only).
    MAILERS["default"] = {"BACKEND": "weltoffen.mail_backends.ReadableConsoleBackend"}
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Weltoffene Kommune <noreply@example.org>")
SERVER_EMAIL = env("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)
ADMINS = [("Betrieb", a) for a in env.list("ADMINS", default=[])]

# --- Background work: Django's tasks API (docs/deployment.md) -----------------------------------
# TASKS_BACKEND=database (production, CI's operations tests): tasks wait in PostgreSQL for the
# worker (`manage.py db_worker`, django-tasks-db); immediate (development, unit tests, make run):
# each task runs at once in the process that enqueues it. Two queues: "default" (e-mails,
# reminders) and "documents" (stored PDFs), so that a long PDF never holds up an e-mail.
TASK_QUEUES = ["default", "documents"]
_TASK_BACKENDS = {
    "immediate": "django.tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASKS_BACKEND = env.str("TASKS_BACKEND", default="immediate")
if TASKS_BACKEND not in _TASK_BACKENDS:
    raise ImproperlyConfigured(
        f"TASKS_BACKEND={TASKS_BACKEND!r}: expected one of {', '.join(_TASK_BACKENDS)}"
    )
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[TASKS_BACKEND], "QUEUES": TASK_QUEUES}}

# --- Language and time ---------------------------------------------------------------------------
LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("German"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

# --- Static files and media ----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# Uploads are served by the web server / object storage in production. SERVE_MEDIA=True lets the
# app serve them itself, for make run on one machine only.
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=DEBUG)
# Generated PDFs (contacts directory, emergency cards, self-check reports), written by the worker
# and read by every app server: a directory that no web server serves (the reports are private;
# the app checks permissions and sends them), shared like MEDIA_ROOT when there are several servers.
DOCUMENTS_ROOT = env.path("DOCUMENTS_ROOT", default=BASE_DIR / "documents")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "documents": {"BACKEND": "weltoffen.storage.DocumentStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 60 * 60 * 24 * 365 if not DEBUG else 0

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# --- Security headers and cookies ----------------------------------------------------------------
# SECURE_HTTPS=False only for serving over plain http on 127.0.0.1 (make run).
SECURE_HTTPS = env.bool("SECURE_HTTPS", default=not DEBUG)
SECURE_SSL_REDIRECT = SECURE_HTTPS
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # the load balancer asks over plain HTTP
SESSION_COOKIE_SECURE = SECURE_HTTPS
CSRF_COOKIE_SECURE = SECURE_HTTPS
SECURE_HSTS_SECONDS = env.int(
    "SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365 if SECURE_HTTPS else 0
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
BEHIND_PROXY = env.bool("BEHIND_PROXY", default=False)
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}

# LOG_FORMAT=json (default in production) writes one JSON object per line; text for development.
LOG_FORMAT = env.str("LOG_FORMAT", default="text" if DEBUG else "json")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "weltoffen.logs.JsonFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
    },
    "filters": {"cache_outage": {"()": "weltoffen.logs.CacheOutageFilter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT}},
    "loggers": {"weltoffen.cache": {"filters": ["cache_outage"]}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
}
