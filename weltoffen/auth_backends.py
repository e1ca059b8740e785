"""The signed-in user from the shared cache instead of a database query on every request."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

MAX_AGE = 10 * 60
# For login() after registration or an accepted invitation (no password was checked by a backend).
PATH = "weltoffen.auth_backends.CachedModelBackend"


def _key(user_id) -> str:
    return f"auth:user:{user_id}"


class CachedModelBackend(ModelBackend):
    """Django's ModelBackend whose `get_user` (asked on every request with a session) reads the
    user from the cache. Every save or deletion of a user removes the entry (signals below), so a
    changed password, a deactivation or new staff rights count from the next request on; Django
    still checks the session against the password hash, and inactive users are refused."""

    def get_user(self, user_id):
        user = cache.get(_key(user_id))
        if user is None:
            user = super().get_user(user_id)
            if user is not None:
                cache.set(_key(user_id), user, MAX_AGE)
        return user if user is not None and self.user_can_authenticate(user) else None


def _forget(sender, instance, **kwargs):
    cache.delete(_key(instance.pk))


def connect_signals():
    for signal in (post_save, post_delete):
        uid = f"auth-user-cache-{id(signal)}"
        signal.connect(_forget, sender=get_user_model(), dispatch_uid=uid)
