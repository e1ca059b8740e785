"""The signed-in user from the shared cache instead of a database query on every request."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

MAX_AGE = 10 * 60
# After a change, no copy of the user is stored for this long: a request that read the row before
# the change was committed must not put the old row back into the cache (requests take
# milliseconds; gunicorn stops one after 60 s, but holds no user row that long before this step).
QUIET_SECONDS = 5
CHANGED = "changed"
# For login() after registration or an accepted invitation (no password was checked by a backend).
PATH = "weltoffen.auth_backends.CachedModelBackend"


def _key(user_id) -> str:
    return f"auth:user:{user_id}"


class CachedModelBackend(ModelBackend):
    """Django's ModelBackend whose `get_user` (asked on every request with a session) reads the
    user from the shared cache (Redis; with a per-process cache it reads the database, as a change
    in one worker would not reach the others). Every save or deletion of a user marks the entry as
    changed, at once and again after the commit (signals below), so a new password, a deactivation
    or lost staff rights count from the next request on; Django still checks the session against
    the password hash, and inactive users are refused. The cache holds password hashes: protect
    Redis like the database (docs/deployment.md)."""

    def get_user(self, user_id):
        if not settings.SHARED_CACHE:
            return super().get_user(user_id)
        user = cache.get(_key(user_id))
        if user is None or user == CHANGED:
            fresh = super().get_user(user_id)
            if fresh is not None and user is None:
                cache.add(_key(user_id), fresh, MAX_AGE)  # never over a change mark
            return fresh
        return user if self.user_can_authenticate(user) else None


def forget(user_id) -> None:
    def mark():
        cache.set(_key(user_id), CHANGED, QUIET_SECONDS)

    mark()
    transaction.on_commit(mark)


def _changed(sender, instance, **kwargs):
    forget(instance.pk)


def connect_signals():
    for signal in (post_save, post_delete):
        uid = f"auth-user-cache-{id(signal)}"
        signal.connect(_changed, sender=get_user_model(), dispatch_uid=uid)
