"""A small rate limiter on the shared cache (Redis in production), for e-mails users trigger."""

import hashlib

from django.conf import settings
from django.core.cache import cache


def allow(scope: str, key: str, *, limit: int, window: int) -> bool:
    """Counts a hit for (scope, key); False once more than `limit` hits fall in `window` seconds."""
    digest = hashlib.sha256(f"{scope}:{key}".lower().encode()).hexdigest()[:32]
    cache_key = f"ratelimit:{scope}:{digest}"
    cache.add(cache_key, 0, timeout=window)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=window)
        count = 1
    return count <= limit


def client_ip(request) -> str:
    if settings.BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


# (limit, window in seconds) per e-mail address and per client address
MAIL_PER_ADDRESS = (3, 60 * 60)
MAIL_PER_CLIENT = (20, 60 * 60)


def allow_mail(request, scope: str, address: str) -> bool:
    """May this request trigger one more e-mail of this kind to this address?"""
    per_address = allow(scope, address, limit=MAIL_PER_ADDRESS[0], window=MAIL_PER_ADDRESS[1])
    per_client = allow(
        f"{scope}:ip", client_ip(request), limit=MAIL_PER_CLIENT[0], window=MAIL_PER_CLIENT[1]
    )
    return per_address and per_client


def login_username(request, credentials):
    """The address a login attempt is for, as django-axes counts it: lower-case, so that varying
    the case does not get around the lockout (logins ignore case)."""
    value = (credentials or {}).get("username") or request.POST.get("username", "")
    return value.strip().lower() or None
