"""Settings for the newsroom, driven by environment variables.

Development defaults apply only when DJANGO_DEBUG is on; in production a missing
secret or host list stops the start-up with a clear message.
"""

from datetime import timedelta
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from config.env import env, env_bool, env_int, env_list, page_cache_url, parse_cache_url, parse_database_url

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = env("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "Set DJANGO_SECRET_KEY (or DJANGO_DEBUG=1 for local development)."
        )
    SECRET_KEY = "dev-only-insecure-key-never-use-in-production"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]" if DEBUG else "")
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set DJANGO_ALLOWED_HOSTS, a comma-separated list of host names.")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django_filters",
    "django_prose_editor",  # the body editor's assets (workflow/admin/editor.py)
    "axes",
    "core",
    "places",
    "people",
    "articles",
    "search",
    "renditions",
    "uploads",
    "workflow",
    "submissions",
    "importer",
    "dashboard",
    "demo",
]

MIDDLEWARE = [
    # Anonymous page-cache hits are answered first, 304s included: a request with a session cookie is never
    # served from it. A page is stored with the headers all the middleware below gave it (CSP and friends,
    # Vary, Content-Language, ETag); what they would answer themselves (an HTTPS redirect, a refused body, a bad
    # Host) bypasses it. See core/cache.py.
    "core.cache.PublicPageCacheMiddleware",
    # First after it, so responses answered early (static files, HTTPS redirects) still carry CSP and friends.
    "core.security.SecurityHeadersMiddleware",
    "core.limits.RequestSizeLimitMiddleware",  # an oversized body gets 413 before anything reads it
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.i18n.ChosenLanguageMiddleware",  # Vietnamese unless the visitor switched; Accept-Language ignored
    "django.middleware.common.CommonMiddleware",
    "core.sites.RequestOriginMiddleware",  # links from the request's own address while SITE_URL is unset
    "core.input_guard.NulCharacterMiddleware",  # a NUL never reaches a query: removed from GET, else 400
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Right after authentication: it resolves the session and the user itself, so a database outage found
    # there is a 503 (core/middleware.py); what fails later in any middleware is turned into one by handler500.
    "core.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Needs request.user.
    "config.routers.ReplicaRoutingMiddleware",
    # Last, as django-axes requires: it turns a lockout flagged during authentication into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

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
                "django.template.context_processors.i18n",
                "core.context_processors.site",
            ],
        },
    },
]

# --- Database: SQLite out of the box, PostgreSQL when DATABASE_URL says so.
DATABASE_URL = env("DATABASE_URL", "")
DATABASES = {
    "default": parse_database_url(DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60))
    if DATABASE_URL
    else {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# SQLite builds the covering indexes (Meta.indexes with include=) without their extra columns, which only
# spare PostgreSQL a visit to the table: nothing to warn about.
SILENCED_SYSTEM_CHECKS = ["models.W040"]
# A read replica for anonymous public pages (config/routers.py); editors and writes use the primary. Each process
# checks it at most every READ_REPLICA_CHECK_SECONDS and sends public reads to the primary while it is unreachable
# or more than READ_REPLICA_MAX_LAG_SECONDS behind. Its connect timeout (unless the URL gives one) is short: a
# replica that went away must not hold a page for long before the primary answers it.
READ_REPLICA_URL = env("READ_REPLICA_URL", "")
READ_REPLICA_ALIAS = "replica" if READ_REPLICA_URL else None
READ_REPLICA_MAX_LAG_SECONDS = env_int("READ_REPLICA_MAX_LAG_SECONDS", 10)
READ_REPLICA_CHECK_SECONDS = env_int("READ_REPLICA_CHECK_SECONDS", 5)
if READ_REPLICA_URL:
    DATABASES["replica"] = parse_database_url(READ_REPLICA_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60))
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    if DATABASES["replica"]["ENGINE"].endswith("postgresql") and "connect_timeout=" not in READ_REPLICA_URL:
        DATABASES["replica"]["OPTIONS"]["connect_timeout"] = env_int("READ_REPLICA_CONNECT_TIMEOUT", 2)
DATABASE_ROUTERS = ["config.routers.PrimaryReplicaRouter"]

# --- Cache: local memory by default, Redis when CACHE_URL is set. A Redis outage degrades every alias to
# "no cache" (core/cache_backends.py): slower pages, never errors.
CACHE_URL = env("CACHE_URL", "locmem://newsroom")
SESSION_CACHE_URL = env("SESSION_CACHE_URL", CACHE_URL)
# The anonymous page cache has its own alias and, on Redis, its own database: a flood of pages can be
# cleared or evicted without touching sessions, rate limits or anything else.
PAGE_CACHE_URL = env("PAGE_CACHE_URL", "") or page_cache_url(CACHE_URL, taken=[SESSION_CACHE_URL])
CACHES = {
    "default": parse_cache_url(CACHE_URL),
    # Its own alias (point SESSION_CACHE_URL at another Redis database): clearing a cache must not log every
    # editor out of their Redis-cached session (the session itself is in the database).
    "sessions": parse_cache_url(SESSION_CACHE_URL),
    "pages": parse_cache_url(PAGE_CACHE_URL, max_entries=env_int("PAGE_CACHE_MAX_ENTRIES", 1000)),
}
# Whole public pages for anonymous visitors (core/cache.py); 0 turns the page cache off.
PUBLIC_CACHE_ALIAS = "pages"
PUBLIC_CACHE_SECONDS = env_int("PUBLIC_CACHE_SECONDS", 300)
PUBLIC_CACHE_STAMP_FILE = env("PUBLIC_CACHE_STAMP_FILE", str(BASE_DIR / "var" / "public-cache.stamp"))
# Article pages show the latest news beside the article: a new article reaches them within this many seconds
# (other pages are purged by tag the moment what they show changes; core/cache.py).
PUBLIC_CACHE_SIDE_COLUMN_SECONDS = env_int("PUBLIC_CACHE_SIDE_COLUMN_SECONDS", 120)
# Told the tags of every purge after its transaction commits: a CDN or Varnish in front (core/cache_purge.py).
# Off by default; e.g. CACHE_PURGE_HOOKS=core.cache_purge.http_purge CACHE_PURGE_URL=http://127.0.0.1:6081/
CACHE_PURGE_HOOKS = env_list("CACHE_PURGE_HOOKS")
CACHE_PURGE_URL = env("CACHE_PURGE_URL", "")
CACHE_PURGE_METHOD = env("CACHE_PURGE_METHOD", "BAN")
CACHE_PURGE_HEADER = env("CACHE_PURGE_HEADER", "Cache-Tag")
CACHE_PURGE_TIMEOUT = env_int("CACHE_PURGE_TIMEOUT", 2)
# Bounds on the page cache: new entries per minute (pages with a query string, which visitors can vary at
# will, get a smaller share) and the largest page kept. Entries live PUBLIC_CACHE_SECONDS at most, so the
# cache holds about PUBLIC_CACHE_SECONDS / 60 x PAGE_CACHE_NEW_PER_MINUTE compressed pages.
PAGE_CACHE_NEW_PER_MINUTE = env_int("PAGE_CACHE_NEW_PER_MINUTE", 300)
PAGE_CACHE_NEW_WITH_QUERY_PER_MINUTE = env_int("PAGE_CACHE_NEW_WITH_QUERY_PER_MINUTE", 60)
PAGE_CACHE_MAX_BYTES = env_int("PAGE_CACHE_MAX_BYTES", 512 * 1024)
# Each worker also keeps the pages it served lately uncompressed, up to this many bytes, so that a hot page is
# not decompressed on every hit (core/cache.py).
PAGE_CACHE_HOT_BYTES = env_int("PAGE_CACHE_HOT_BYTES", 8 * 1024 * 1024)
# Query parameters read by views that do not declare them (filters and page numbers are found by themselves);
# any other parameter makes a request bypass the page cache.
PUBLIC_CACHE_QUERY_PARAMS = {"search:search": ["q"], "articles:sitemap_section": ["p"]}
# With Redis, sessions are kept in the database and cached in Redis: any app server can serve any editor, and
# nobody is logged out (or locked out of logging in) while Redis is down. Plain cache sessions would lose
# every session with the cache, so they are not the default.
if CACHES["sessions"]["BACKEND"].endswith("RedisCache"):
    SESSION_ENGINE = env("SESSION_ENGINE", "django.contrib.sessions.backends.cached_db")
    SESSION_CACHE_ALIAS = "sessions"
else:
    SESSION_ENGINE = env("SESSION_ENGINE", "django.contrib.sessions.backends.db")

# django-axes first: it refuses a locked-out login before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Language and time: Vietnamese, Vietnam time, dd/mm/yyyy.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["core.formats"]

# --- Static and media files.
# A CDN in front of static and media files: STATIC_CDN_URL / MEDIA_CDN_URL (https://cdn.example.vn/static/).
STATIC_URL = env("STATIC_CDN_URL", "").rstrip("/") + "/" if env("STATIC_CDN_URL") else "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = env("MEDIA_CDN_URL", "").rstrip("/") + "/" if env("MEDIA_CDN_URL") else "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG and not env_bool("DJANGO_TESTING", False)
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# Media on S3-compatible object storage (AWS, MinIO, Viettel/VNPT object storage) when MEDIA_STORAGE=s3.
MEDIA_STORAGE = env("MEDIA_STORAGE", "filesystem").strip().lower()
if MEDIA_STORAGE == "s3":
    if not env("AWS_STORAGE_BUCKET_NAME"):
        raise ImproperlyConfigured("MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME (and usually AWS_S3_ENDPOINT_URL).")
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env("AWS_S3_REGION_NAME") or None,
            # Credentials may also come from the instance role; boto3 looks there when these are unset.
            "access_key": env("AWS_ACCESS_KEY_ID") or None,
            "secret_key": env("AWS_SECRET_ACCESS_KEY") or None,
            # Served through the CDN's host name when one is set, else straight from the bucket.
            "custom_domain": env("AWS_S3_CUSTOM_DOMAIN") or None,
            "location": env("AWS_LOCATION", "media"),
            # Uploads get random names (core/images.py); never overwrite an existing object.
            "file_overwrite": False,
            "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", False),
            "default_acl": env("AWS_DEFAULT_ACL") or None,
        },
    }
elif MEDIA_STORAGE != "filesystem":
    raise ImproperlyConfigured(f"MEDIA_STORAGE must be 'filesystem' or 's3', got {MEDIA_STORAGE!r}.")
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG) and MEDIA_STORAGE == "filesystem"

# --- Newsroom settings.
SITE_NAME = env("SITE_NAME", "Cổng thông tin Tuyên giáo")
# Absolute links (canonical, share, feeds, sitemaps, e-mails). Unset, they follow the address each request came to
# (development on any host or port) and http://127.0.0.1:8000 outside a request; `check --deploy` warns (core/sites.py).
SITE_URL = env("SITE_URL", "").rstrip("/")
ARTICLES_PER_PAGE = env_int("ARTICLES_PER_PAGE", 20)
# A provincial department's own province ("Hải Dương"; empty for a central one): recognition reads a commune or
# district whose name several provinces share as the one at home (README, "Importing and exporting coverage").
NEWSROOM_PROVINCE = env("NEWSROOM_PROVINCE", "").strip()
# Four eyes: a moderator may not approve their own work unless the office has one person.
WORKFLOW_ALLOW_SELF_APPROVAL = env_bool("WORKFLOW_ALLOW_SELF_APPROVAL", False)
# Soft edit lock: the open edit page renews it every HEARTBEAT seconds; it frees itself TTL seconds after the last.
WORKFLOW_LOCK_HEARTBEAT_SECONDS = env_int("WORKFLOW_LOCK_HEARTBEAT_SECONDS", 30)
WORKFLOW_LOCK_TTL_SECONDS = env_int("WORKFLOW_LOCK_TTL_SECONDS", 180)
WORKFLOW_PREVIEW_LINK_HOURS = env_int("WORKFLOW_PREVIEW_LINK_HOURS", 72)
# "Gửi tin bài": rejected submissions are kept this long (then `purge_submissions`); sends allowed per IP per hour.
SUBMISSION_RETENTION_DAYS = env_int("SUBMISSION_RETENTION_DAYS", 90)
SUBMISSION_RATE_LIMIT_PER_HOUR = env_int("SUBMISSION_RATE_LIMIT_PER_HOUR", 5)
# Submitted photos are not public until accepted, so they live outside MEDIA_ROOT and are served only to moderators.
PRIVATE_MEDIA_ROOT = Path(env("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private-media")))
MAX_UPLOAD_BYTES = env_int("MAX_UPLOAD_BYTES", 15 * 1024 * 1024)
MAX_IMAGE_PIXELS = env_int("MAX_IMAGE_PIXELS", 40_000_000)
IMPORT_MAX_BYTES = env_int("IMPORT_MAX_BYTES", 2 * 1024 * 1024)  # a larger text file is refused by the importer
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DATA_UPLOAD_MAX_MEMORY_SIZE", 5 * 1024 * 1024)  # form fields, files excluded
# Uploads larger than this are spooled to a temporary file, so a request's photos never all sit in memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = env_int("FILE_UPLOAD_MAX_MEMORY_SIZE", 1024 * 1024)
# Whole request bodies, refused with 413 before they are read (core/limits.py); the proxy's client_max_body_size
# should be the largest of them (docs/security.md).
REQUEST_MAX_BYTES = env_int("REQUEST_MAX_BYTES", 1024 * 1024)
SUBMISSION_REQUEST_MAX_BYTES = env_int("SUBMISSION_REQUEST_MAX_BYTES", 40 * 1024 * 1024)
ADMIN_UPLOAD_REQUEST_MAX_BYTES = env_int("ADMIN_UPLOAD_REQUEST_MAX_BYTES", 100 * 1024 * 1024)
# "Gửi tin bài" photos: pixels one send may decode in all, and the longest side kept.
SUBMISSION_MAX_TOTAL_PIXELS = env_int("SUBMISSION_MAX_TOTAL_PIXELS", 60_000_000)
SUBMISSION_IMAGE_MAX_SIDE = env_int("SUBMISSION_IMAGE_MAX_SIDE", 4096)

# --- Email: console by default, SMTP when EMAIL_HOST is set.
EMAIL_HOST = env("EMAIL_HOST", "")
EMAIL_BACKEND = env(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "toasoan@localhost")

ADMIN_URL = env("ADMIN_URL", "quan-tri/").strip("/") + "/"

# --- Security. Strict unless DEBUG; each switch has an env var for unusual deployments (docs/security.md).
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
if env_bool("DJANGO_BEHIND_TLS_PROXY", False):
    # Only behind a proxy that always sets (and never forwards a client's) X-Forwarded-Proto.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
TRUSTED_PROXY_COUNT = env_int("DJANGO_TRUSTED_PROXY_COUNT", 0)
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CSP_REPORT_URI = env("CSP_REPORT_URI", "")
# Hosts that serve uploaded images when they do not come from this host (object storage, its CDN).
CSP_MEDIA_ORIGINS = env_list("CSP_MEDIA_ORIGINS") or [
    origin for origin in (
        f"https://{env('AWS_S3_CUSTOM_DOMAIN')}" if env("AWS_S3_CUSTOM_DOMAIN") else "",
        env("AWS_S3_ENDPOINT_URL", "") if MEDIA_STORAGE == "s3" else "",
    ) if origin
]
_SECURE_COOKIES = env_bool("DJANGO_SECURE_COOKIES", not DEBUG)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = LANGUAGE_COOKIE_SECURE = _SECURE_COOKIES
# "__Host-" makes the browser refuse the cookie unless it is Secure, host-only and path "/".
SESSION_COOKIE_NAME = "__Host-sessionid" if _SECURE_COOKIES else "sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken" if _SECURE_COOKIES else "csrftoken"
SESSION_COOKIE_HTTPONLY = CSRF_COOKIE_HTTPONLY = LANGUAGE_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = CSRF_COOKIE_SAMESITE = LANGUAGE_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 60 * 60)  # one working day, then log in again
CSRF_FAILURE_VIEW = "core.security.csrf_failure"

# --- Login throttling (django-axes): any login through django.contrib.auth, the admin's included.
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 30))
# Username and address together: a whole office behind one NAT address is not locked out by one person's typos,
# and nobody can lock an administrator out from elsewhere.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.security.client_ip"
AXES_LOCKOUT_CALLABLE = "core.security.lockout_response"

# --- Backups (`make backup` / `make restore`, core/backup.py).
BACKUP_DIR = Path(env("BACKUP_DIR", str(BASE_DIR / "backups")))
# A Fernet key (`manage.py backup_site --generate-key`): archives are then encrypted, and restoring them needs it.
BACKUP_ENCRYPTION_KEY = env("BACKUP_ENCRYPTION_KEY", "")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
}
