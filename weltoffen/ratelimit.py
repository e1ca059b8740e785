"""A small rate limiter on the shared cache (Redis in production), for e-mails users trigger.

It fails closed: while the cache cannot count (Redis away), what a limit protects is refused,
never let through unlimited and never a 500. Callers tell the two refusals apart, because the
person should learn that it is not their fault and to try again in a few minutes."""

import enum
import hashlib
import logging

from django.conf import settings
from django.core.cache import caches
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

UNAVAILABLE_MESSAGE = _(
    "E-mails cannot be sent at the moment because of a technical fault. "
    "Please try again in a few minutes."
)


class Decision(enum.Enum):
    ALLOWED = "allowed"
    LIMITED = "limited"  # more than `limit` hits in the window
    UNAVAILABLE = "unavailable"  # the cache could not count: refused (fail closed)

    def __bool__(self):
        return self is Decision.ALLOWED


def refusal(decision: "Decision", too_many) -> str:
    """What a refused request is told: the e-mail is unavailable (the cache could not count), or
    there were too many (`too_many`, the caller's own message)."""
    return str(UNAVAILABLE_MESSAGE if decision is Decision.UNAVAILABLE else too_many)


def combine(*decisions: Decision) -> Decision:
    """One answer for several limits: allowed only if all allow; a fault wins over a limit."""
    for refusal in (Decision.UNAVAILABLE, Decision.LIMITED):
        if refusal in decisions:
            return refusal
    return Decision.ALLOWED


def allow(scope: str, key: str, *, limit: int, window: int) -> Decision:
    """Counts a hit for (scope, key); refused once more than `limit` hits fall in `window`
    seconds, or when the cache cannot count."""
    digest = hashlib.sha256(f"{scope}:{key}".lower().encode()).hexdigest()[:32]
    cache_key = f"ratelimit:{scope}:{digest}"
    try:
        count = _count(caches["strict"], cache_key, window)
    except Exception as error:  # noqa: BLE001  (whatever the cache's fault: refuse, log, go on)
        logger.warning(
            "Rate limit %s cannot count, refused: %s: %s", scope, type(error).__name__, error
        )
        return Decision.UNAVAILABLE
    return Decision.ALLOWED if count <= limit else Decision.LIMITED


def _count(cache, cache_key, window) -> int:
    cache.add(cache_key, 0, timeout=window)
    try:
        return cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=window)
        return 1


def client_ip(request) -> str:
    if settings.BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


# (limit, window in seconds) per e-mail address and per client address
MAIL_PER_ADDRESS = (3, 60 * 60)
MAIL_PER_CLIENT = (20, 60 * 60)


def allow_mail(request, scope: str, address: str) -> Decision:
    """May this request trigger one more e-mail of this kind to this address?"""
    per_address = allow(scope, address, limit=MAIL_PER_ADDRESS[0], window=MAIL_PER_ADDRESS[1])
    if per_address is Decision.UNAVAILABLE:
        return per_address
    per_client = allow(
        f"{scope}:ip", client_ip(request), limit=MAIL_PER_CLIENT[0], window=MAIL_PER_CLIENT[1]
    )
    return combine(per_address, per_client)


def login_username(request, credentials):
    """The address a login attempt is for, as django-axes counts it: lower-case, so that varying
    the case does not get around the lockout (logins ignore case)."""
    value = (credentials or {}).get("username") or request.POST.get("username", "")
    return value.strip().lower() or None
