"""Rendered pages of signed-in users on the shared cache, for the pages they request most often
(the self-check step). Off unless `PAGE_CACHE` is set, like the anonymous page cache.

A page is stored under the user, its address, what the header shows from the session (the
municipality chosen there: `registry.page_state_of_session`), the CSRF cookie (the page holds a
token made from it), the language and the inputs the view names, together with versions: the
content version of the anonymous page cache (questions, fields, municipality names), the user's
own version (account and memberships, set by signals) and the versions the view names
(e.g. the user's answers in a round, set by the service that saves them). A stored page is used
only while all of them are unchanged, and never while messages wait to be shown.

Authorization is never taken from the cache: views check it in the database before they ask for a
stored page, so a member who left the municipality gets a 404 at once."""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils.translation import get_language

from weltoffen import pagecache, registry

MAX_AGE = 10 * 60
VERSION_AGE = 24 * 60 * 60


def version_key(*parts) -> str:
    return "private:version:" + ":".join(str(part) for part in parts)


def bump(*parts) -> None:
    """Something the pages of `parts` show has changed: they are rendered again."""
    cache.set(version_key(*parts), time.time_ns(), VERSION_AGE)


def bump_now_and_after_commit(*parts) -> None:
    """At once (the change shows at the next request) and again after the commit: a page rendered
    from the old rows in between is stored under the first new version, never the second."""
    bump(*parts)
    transaction.on_commit(lambda: bump(*parts))


def user_changed(user_id) -> None:
    """The user's account or memberships changed: the header of their pages may differ."""
    bump_now_and_after_commit("user", user_id)


def connect_signals(model, user_id=lambda instance: instance.pk):
    """Marks the pages of a user as changed when a `model` row of theirs is saved or deleted
    (the user model here; apps add theirs, e.g. contacts its memberships)."""

    def changed(sender, instance, **kwargs):
        user_changed(user_id(instance))

    for signal in (post_save, post_delete):
        signal.connect(changed, sender=model, weak=False, dispatch_uid=f"privatecache-{model}")


def _messages_waiting(request) -> bool:
    return "messages" in request.COOKIES or "_messages" in request.session


def page(request, *, parts: tuple, versions: list[tuple], render) -> HttpResponse:
    """The response of `render()`, or the stored one while nothing it depends on has changed.
    `parts`: what the page shows besides the versioned data (e.g. a round's title); `versions`:
    the parts of `bump` calls that mark changes to the page's data."""
    if (
        not settings.PAGE_CACHE
        or not request.user.is_authenticated
        or settings.CSRF_COOKIE_NAME not in request.COOKIES  # a new token would need a cookie
        or _messages_waiting(request)
    ):
        return render()
    user_id = request.user.pk
    identity = (
        user_id,
        request.get_full_path(),
        *(state(request) for state in registry.page_state_of_session),
        request.COOKIES[settings.CSRF_COOKIE_NAME],
        get_language(),
        *parts,
    )
    key = "private:page:" + hashlib.sha256(repr(identity).encode()).hexdigest()
    version_keys = [pagecache.VERSION_KEY, version_key("user", user_id)]
    version_keys += [version_key(*v) for v in versions]
    found = cache.get_many([*version_keys, key])
    current = [found.get(k) for k in version_keys]
    stored = found.get(key)
    if None not in current and stored and stored[0] == current:
        response = HttpResponse(stored[1], content_type=stored[2])
        response["X-Page-Cache"] = "hit"
        return response
    if None in current:  # first visit, or expired: versions from now on, read before rendering
        for k, v in zip(version_keys, current, strict=True):
            if v is None:
                cache.add(k, time.time_ns(), None if k == pagecache.VERSION_KEY else VERSION_AGE)
        found = cache.get_many(version_keys)
        current = [found.get(k) for k in version_keys]
    response = render()
    # versions read before rendering: a change during rendering makes the stored page stale at once
    if (
        None not in current
        and response.status_code == 200
        and not response.cookies
        and not response.streaming
    ):
        cache.set(key, (current, response.content, response["Content-Type"]), MAX_AGE)
    return response
