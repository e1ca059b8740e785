"""Health check for the load balancer, and the German 503 page while the database is down."""

import sys

from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template import loader
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


@never_cache
def healthz(request):
    """200 when the database and the cache answer, else 503 (JSON with the failing part)."""
    status = {}
    try:
        Field.objects.exists()  # one small query on the base app's own table
        status["database"] = "ok"
    except (DatabaseError, InterfaceError, PoolTimeout) as error:
        status["database"] = f"error: {type(error).__name__}"
    try:
        cache.set("healthz", "ok", 10)
        status["cache"] = "ok" if cache.get("healthz") == "ok" else "error: no value"
    except Exception as error:  # noqa: BLE001  (any cache failure means unhealthy)
        status["cache"] = f"error: {type(error).__name__}"
    healthy = all(value == "ok" for value in status.values())
    return JsonResponse(status, status=200 if healthy else 503)


def handler500(request, template_name="500.html"):
    """A database outage is not a bug: answer 503 with a German page and Retry-After; the pool
    reconnects by itself once the database is back. Everything else is the normal 500 page."""
    if _database_unreachable(sys.exc_info()[1]):
        body = loader.get_template("503.html").render()  # no request context: no database
        response = HttpResponse(body, status=503)
        response["Retry-After"] = "30"
        return response
    return server_error(request, template_name)
