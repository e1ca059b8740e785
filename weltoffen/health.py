"""Health check for the load balancer, and the German 503 pages while the database is down or
busy (a lock or statement timeout, settings DB_LOCK_TIMEOUT and DB_STATEMENT_TIMEOUT)."""

import sys

from django.core.cache import caches
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.defaults import server_error

from weltoffen.models import Field

try:
    from psycopg_pool import PoolTimeout
except ImportError:  # pragma: no cover - psycopg is a dependency
    PoolTimeout = OperationalError


def _database_unreachable(error) -> bool:
    """A lost or refused connection (SQLSTATE class 08, server shutting down 57P0x, the pool
    waiting in vain), not a deadlock or timeout of one statement."""
    if isinstance(error, (InterfaceError, PoolTimeout)):
        return True
    if not isinstance(error, OperationalError):
        return False
    sqlstate = getattr(error.__cause__, "sqlstate", None) or ""
    return sqlstate == "" or sqlstate.startswith(("08", "57P0"))


# Waited too long for a lock (55P03), ran longer than statement_timeout or was cancelled (57014),
# a deadlock (40P01) or a serialization failure (40001): the database is there, this one
# statement lost; the same request a few seconds later usually succeeds.
BUSY_SQLSTATES = {"55P03", "57014", "40P01", "40001"}


def _database_busy(error) -> bool:
    if not isinstance(error, OperationalError):
        return False
    return getattr(error.__cause__, "sqlstate", None) in BUSY_SQLSTATES


@never_cache
def healthz(request):
    """200 while the database answers, else 503; JSON with each part's state. The cache is
    reported but not required: the site works without Redis, and a load balancer that took every
    app server out during a Redis outage would make it a full one."""
    status = {}
    try:
        Field.objects.exists()  # one small query on the base app's own table
        status["database"] = "ok"
    except (DatabaseError, InterfaceError, PoolTimeout) as error:
        status["database"] = f"error: {type(error).__name__}"
    try:
        strict = caches["strict"]  # the cache without "errors are misses"
        strict.set("healthz", "ok", 10)
        status["cache"] = "ok" if strict.get("healthz") == "ok" else "error: no value"
    except Exception as error:  # noqa: BLE001  (any cache failure is reported)
        status["cache"] = f"error: {type(error).__name__}"
    return JsonResponse(status, status=200 if status["database"] == "ok" else 503)


def handler500(request, template_name="500.html"):
    """A database outage is not a bug: answer 503 with a German page and Retry-After; the pool
    reconnects by itself once the database is back. A statement that waited too long for a lock
    (or ran too long) answers 503 with a German "please try again" page and a short Retry-After:
    the database is there, the same data is being changed at this moment. Everything else is the
    normal 500 page."""
    error = sys.exc_info()[1]
    if _database_unreachable(error):
        return _unavailable("503.html", retry_after=30)
    if _database_busy(error):
        if "application/json" in request.headers.get("Accept", ""):  # autosave
            message = _("Not saved: the platform is busy at this moment. Please try again.")
            return _retry_later(JsonResponse({"errors": {"__all__": [message]}}), 5)
        return _unavailable("retry.html", retry_after=5)
    return server_error(request, template_name)


def _unavailable(template_name, *, retry_after):
    body = loader.get_template(template_name).render()  # no request context: no database
    return _retry_later(HttpResponse(body), retry_after)


def _retry_later(response, seconds):
    response.status_code = 503
    response["Retry-After"] = str(seconds)
    return response
