"""A small Django project serving django-allauth's headless API (app client) for pwreset's
tests: password reset by code (or by link with PWRESET_TEST_ALLAUTH_LINKS=1), SQLite and the
file email backend in PWRESET_TEST_ALLAUTH_DIR. Only the test run starts it; nothing here is
meant for production."""
import os
from pathlib import Path

DATA = Path(os.environ["PWRESET_TEST_ALLAUTH_DIR"])
LINKS = os.environ.get("PWRESET_TEST_ALLAUTH_LINKS") == "1"

SECRET_KEY = "pwreset-tests-only"
DEBUG = False
# Loopback only, but on any 127.x address (the tests' proxies listen on random ones).
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "urls"
USE_TZ = True

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "allauth",
    "allauth.account",
    "allauth.headless",
]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {"context_processors": ["django.template.context_processors.request"]},
    }
]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": DATA / "db.sqlite3"}}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Fast hashing: the tests sign in many times; the hasher is not what is under test.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = DATA / "emails"

HEADLESS_ONLY = True
HEADLESS_CLIENTS = ("app",)
HEADLESS_FRONTEND_URLS = {
    "account_confirm_email": "http://frontend.test/account/verify-email/{key}",
    "account_reset_password": "http://frontend.test/account/password/reset",
    "account_reset_password_from_key": "http://frontend.test/account/password/reset/key/{key}",
    "account_signup": "http://frontend.test/account/signup",
}
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*"]
ACCOUNT_EMAIL_VERIFICATION = "optional"
ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED = not LINKS
ACCOUNT_PASSWORD_RESET_BY_CODE_MAX_ATTEMPTS = 3
ACCOUNT_PASSWORD_RESET_BY_CODE_TIMEOUT = 180
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[idp] "
# allauth's per-address limit stays as shipped (5 a minute); the per-address-of-the-client
# limits are raised, since every test connects from 127.0.0.1.
ACCOUNT_RATE_LIMITS = {
    "reset_password": "10000/m/ip,5/m/key",
    "reset_password_from_key": "10000/m/ip",
    "signup": "10000/m/ip",
    "login": "10000/m/ip",
    "login_failed": "10000/m/ip,10000/m/key",
}
