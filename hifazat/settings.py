"""Django settings, all read from the environment through the typed readers in ``hifazat.env``.

Local (demo/development) mode works with no configuration: SQLite in the data folder and a secret
key and encryption key generated into that folder. Production mode (``HIFAZAT_ENV=production``)
refuses to start unless every security-relevant setting is given.
"""

from __future__ import annotations

from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

from hifazat.env import (
    env_bool,
    env_int,
    env_list,
    env_str,
    local_secret,
    require_production,
)

BASE_DIR = Path(__file__).resolve().parent
HIFAZAT_ENV = env_str("HIFAZAT_ENV", "local")
if HIFAZAT_ENV not in {"local", "production"}:
    from hifazat.env import MissingSetting

    raise MissingSetting(f"HIFAZAT_ENV must be 'local' or 'production', not {HIFAZAT_ENV!r}")
PRODUCTION = HIFAZAT_ENV == "production"
DATA_DIR = Path(env_str("HIFAZAT_DATA_DIR", str(BASE_DIR.parent / "data"))).resolve()

if PRODUCTION:
    SECRET_KEY = env_str("HIFAZAT_SECRET_KEY")
    HIFAZAT_ENCRYPTION_KEY = env_str("HIFAZAT_ENCRYPTION_KEY")
    ALLOWED_HOSTS = env_list("HIFAZAT_ALLOWED_HOSTS")
    SECURE_COOKIES = env_bool("HIFAZAT_SECURE_COOKIES", False)
    require_production(
        {
            "HIFAZAT_SECRET_KEY": SECRET_KEY,
            "HIFAZAT_ENCRYPTION_KEY": HIFAZAT_ENCRYPTION_KEY,
            "HIFAZAT_ALLOWED_HOSTS": ALLOWED_HOSTS,
            "HIFAZAT_SECURE_COOKIES": SECURE_COOKIES,
            "DATABASE_URL": env_str("DATABASE_URL"),
        }
    )
    DEBUG = False
else:
    SECRET_KEY = env_str("HIFAZAT_SECRET_KEY") or local_secret(DATA_DIR, "secret.key")
    HIFAZAT_ENCRYPTION_KEY = env_str("HIFAZAT_ENCRYPTION_KEY") or local_secret(
        DATA_DIR, "encryption.key"
    )
    ALLOWED_HOSTS = env_list("HIFAZAT_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
    SECURE_COOKIES = env_bool("HIFAZAT_SECURE_COOKIES", False)
    DEBUG = env_bool("HIFAZAT_DEBUG", False)

# Demo conveniences (printing TOTP codes) exist only in local mode with demo enabled.
HIFAZAT_DEMO = (not PRODUCTION) and env_bool("HIFAZAT_DEMO", True)

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "csp",
    "django_htmx",
    "hifazat.accounts",
    "hifazat.audit",
    "hifazat.cases",
    "hifazat.safeguards",
    "hifazat.publishing",
    "hifazat.stats",
    "hifazat.api",
    "hifazat.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "hifazat.web.middleware.SecureHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "hifazat.web.middleware.IdleTimeoutMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "hifazat.urls"
WSGI_APPLICATION = "hifazat.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "hifazat.web.context.navigation",
            ],
        },
    }
]

_sqlite_path = DATA_DIR / "hifazat.sqlite3"
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL", default=f"sqlite:///{_sqlite_path}", conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # IMMEDIATE takes the write lock when a transaction starts, so concurrent writers queue
    # instead of failing half-way; WAL lets readers carry on meanwhile.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
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
LOGIN_URL = "web:login"
LOGIN_REDIRECT_URL = "web:home"

# Lockout: count failures per username (station computers share one address).
AXES_FAILURE_LIMIT = env_int("HIFAZAT_LOCKOUT_FAILURES", 5)
AXES_COOLOFF_TIME = env_int("HIFAZAT_LOCKOUT_MINUTES", 15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "hifazat.web.views.auth.locked_out"
AXES_VERBOSE = False
AXES_ENABLE_ACCESS_FAILURE_LOG = False

# Two-factor: TOTP with django-otp.
OTP_TOTP_ISSUER = "Hifazat"
OTP_TOTP_THROTTLE_FACTOR = 1

# Sessions end after inactivity (checked by IdleTimeoutMiddleware) and after a working day.
HIFAZAT_IDLE_MINUTES = env_int("HIFAZAT_IDLE_MINUTES", 20)
# Statistics snapshots (``hifazat stats refresh``, run every few minutes by cron): the dashboard
# and the scorecards read counts up to this old instead of counting a whole province again.
HIFAZAT_STATS_SNAPSHOT_MINUTES = env_int("HIFAZAT_STATS_SNAPSHOT_MINUTES", 30)
SESSION_COOKIE_AGE = 10 * 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = SECURE_COOKIES
LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if PRODUCTION:
    SECURE_SSL_REDIRECT = env_bool("HIFAZAT_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("HIFAZAT_HSTS_SECONDS", 31536000)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    CSRF_TRUSTED_ORIGINS = env_list("HIFAZAT_CSRF_TRUSTED_ORIGINS")

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("ur", "اردو")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Karachi"

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"

EMAIL_BACKEND = env_str("HIFAZAT_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env_str("HIFAZAT_FROM_EMAIL", "hifazat@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        # Request logs can carry search terms; keep them at warnings and above.
        "django.request": {"handlers": ["console"], "level": "ERROR"},
        "axes": {"handlers": ["console"], "level": "WARNING"},
    },
}
CSRF_FAILURE_VIEW = "hifazat.web.views.pages.csrf_failure"

# Lockout is per username on purpose: a station's computers share one address, and locking the
# address would lock the whole station out.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
