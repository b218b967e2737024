"""Django settings for kehoach: one module, environment-driven (KEHOACH_* and DATABASE_URL)."""

from __future__ import annotations

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from kehoach.web.env import env_bool, env_int, env_list, env_str

PACKAGE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(env_str("KEHOACH_DATA_DIR", str(PACKAGE_DIR.parent.parent / "var")))
DATA_DIR.mkdir(parents=True, exist_ok=True)  # SQLite and uploads need it before the first request

DEBUG = env_bool("KEHOACH_DEBUG", False)
SECRET_KEY = env_str("KEHOACH_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise RuntimeError("KEHOACH_SECRET_KEY must be set when KEHOACH_DEBUG is off")
    SECRET_KEY = "kehoach-development-only-secret-key-do-not-use-in-production"
ALLOWED_HOSTS = env_list("KEHOACH_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("KEHOACH_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "django_tasks_db",
    "kehoach.web",
    "kehoach.accounts",
    "kehoach.units",
    "kehoach.plans",
    "kehoach.tracking",
    "kehoach.reports",
    "kehoach.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "kehoach.web.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "kehoach.web.urls"
WSGI_APPLICATION = "kehoach.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "web" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "kehoach.web.context_processors.shell",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{DATA_DIR / 'kehoach.sqlite3'}"),
        conn_max_age=env_int("KEHOACH_DB_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"].endswith("postgresql") and env_bool("KEHOACH_DB_PREPARED", True):
    # Parameters bound by the server, and a statement prepared once it has run this many times on
    # a connection: a list page's joins took PostgreSQL longer to plan than to run (~1.4 ms against
    # ~0.3 ms, bench/web_bench.py). Pays off with KEHOACH_DB_CONN_MAX_AGE > 0; turn it off behind a
    # pooler in transaction mode that cannot carry prepared statements.
    DATABASES["default"]["OPTIONS"] = {"server_side_binding": True,
                                       "prepare_threshold": env_int("KEHOACH_DB_PREPARE_THRESHOLD", 5)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["kehoach.accounts.backends.UserWithUnitBackend"]

TASKS = {"default": {"BACKEND": env_str("KEHOACH_TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Login throttling: after this many failed attempts for one username (or from one address)
# the login form refuses further tries for the lock-out window. See accounts/throttle.py.
KEHOACH_LOGIN_MAX_FAILURES = env_int("KEHOACH_LOGIN_MAX_FAILURES", 5)
KEHOACH_LOGIN_LOCKOUT_SECONDS = env_int("KEHOACH_LOGIN_LOCKOUT_SECONDS", 15 * 60)
CACHES = {"default": {"BACKEND": env_str("KEHOACH_CACHE_BACKEND",
                                         "django.core.cache.backends.locmem.LocMemCache"),
                      "LOCATION": env_str("KEHOACH_CACHE_LOCATION", "kehoach")}}

LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "accounts:login"

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)  # collectstatic fills it; whitenoise warns while it is missing
WHITENOISE_USE_FINDERS = DEBUG  # serve app static files without collectstatic during development
MEDIA_ROOT = DATA_DIR / "media"
MEDIA_URL = "/media/"  # never served directly: files go through views that check the unit scope
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

# Upload limits (the readers enforce the same numbers on the files they open).
KEHOACH_MAX_UPLOAD_BYTES = env_int("KEHOACH_MAX_UPLOAD_BYTES", 60 * 1024 * 1024)
KEHOACH_MAX_PAGES = env_int("KEHOACH_MAX_PAGES", 300)
KEHOACH_MAX_ATTACHMENT_BYTES = env_int("KEHOACH_MAX_ATTACHMENT_BYTES", 20 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("KEHOACH_SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    SECURE_SSL_REDIRECT = env_bool("KEHOACH_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("KEHOACH_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

# Development prints emails on the console; production sends them over SMTP (KEHOACH_SMTP_*).
_MAIL_BACKEND = "django.core.mail.backends." + ("console" if DEBUG else "smtp") + ".EmailBackend"
_SMTP_OPTIONS = {
    "host": env_str("KEHOACH_SMTP_HOST", "localhost"),
    "port": env_int("KEHOACH_SMTP_PORT", 25),
    "username": env_str("KEHOACH_SMTP_USER", ""),
    "password": env_str("KEHOACH_SMTP_PASSWORD", ""),
    "use_tls": env_bool("KEHOACH_SMTP_TLS", False),
}
MAILERS = {"default": {"BACKEND": env_str("KEHOACH_EMAIL_BACKEND", _MAIL_BACKEND),
                       "OPTIONS": {} if DEBUG else _SMTP_OPTIONS}}
DEFAULT_FROM_EMAIL = env_str("KEHOACH_FROM_EMAIL", "kehoach@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("KEHOACH_LOG_LEVEL", "WARNING")},
}
