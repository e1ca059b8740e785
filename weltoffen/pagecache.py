"""Whole-page cache for anonymous visitors, on the shared cache (Redis in production).

A page is stored with the content version current when it was rendered; any saved or deleted
content (signals, and `bump()` after bulk updates) sets a new version, so every page is rendered
afresh after an edit: no stale page after a change. Pages also expire after `MAX_AGE` seconds
and at the next scheduled change (e.g. an article published for 10:00), which apps announce
through `registry.next_content_change`.

Only requests without session or message cookies are served from the cache, and only responses
that set no cookie (a form's CSRF cookie, a login) and are not private are stored. Off unless
`PAGE_CACHE` is set: with a per-process cache (locmem) one worker could not tell the others."""

import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone

from weltoffen import registry

VERSION_KEY = "pagecache:version"
MAX_AGE = 5 * 60
# Models whose rows never show on an anonymous page, or change on every request of a user.
PRIVATE_MODELS = {
    "sessions.session",
    "admin.logentry",
    "weltoffen.user",
    "selfcheck.round",
    "selfcheck.answer",
    "selfcheck.agreedanswer",
    "selfcheck.fieldassignment",
    "selfcheck.benchmarkconsent",
    "selfcheck.measure",
    "contacts.membership",
    "contacts.invitation",
    "axes.accessattempt",  # failed logins must not empty the cache (it could be kept cold)
    "axes.accessfailurelog",
    "axes.accesslog",
}
STORED_HEADERS = (
    "Content-Type",
    "Content-Language",
    "Content-Disposition",
    "X-Frame-Options",
    "ETag",
    "Last-Modified",
    "Cache-Control",
)


def bump(**_signal_kwargs):
    """A new content version: every cached page is rendered again on its next request."""
    cache.set(VERSION_KEY, time.time_ns(), None)


def _on_change(sender, **kwargs):
    """At once, and again after the commit: a page rendered from the old rows in between (an
    admin save runs in a transaction) is stored under the first new version, never the second."""
    if sender._meta.label_lower not in PRIVATE_MODELS:
        bump()
        transaction.on_commit(bump)


def connect_signals():
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_on_change, dispatch_uid=f"pagecache-{id(signal)}")


def _timeout():
    now = timezone.now()
    upcoming = [change() for change in registry.next_content_change]
    seconds = [(at - now).total_seconds() for at in upcoming if at is not None]
    return max(1, int(min([MAX_AGE, *seconds])))


def _cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and not request.path.startswith(settings.PAGE_CACHE_SKIP_PREFIXES)
    )


def _cacheable_response(response):
    control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.cookies
        and not response.streaming
        and "private" not in control
        and "no-store" not in control
    )


class AnonymousPageCacheMiddleware:
    """Sits inside the security, CSP and static-file middlewares (they add their headers to cached
    pages too) and before sessions, so a cached page costs one cache round trip."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.enabled = settings.PAGE_CACHE

    def __call__(self, request):
        if not (self.enabled and _cacheable_request(request)):
            return self.get_response(request)
        key = f"pagecache:page:{request.scheme}:{request.get_host()}:{request.get_full_path()}"
        found = cache.get_many([VERSION_KEY, key])
        version, stored = found.get(VERSION_KEY), found.get(key)
        if version is not None and stored and stored[0] == version:
            response = HttpResponse(stored[1], status=200)
            for name, value in stored[2]:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if _cacheable_response(response):
            if version is None:
                bump()
                version = cache.get(VERSION_KEY)
            headers = [(h, response[h]) for h in STORED_HEADERS if h in response]
            cache.set(key, (version, response.content, headers), _timeout())
        return response
