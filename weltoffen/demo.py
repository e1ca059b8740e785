"""Helpers for the demo content of load_demo (local use only)."""

from django.utils import timezone

from weltoffen.models import User


def demo_user(email, password, name, **flags):
    """Creates or resets a confirmed demo account."""
    user, _ = User.objects.get_or_create(email=email)
    user.name = name
    user.email_confirmed_at = user.email_confirmed_at or timezone.now()
    for flag, value in flags.items():
        setattr(user, flag, value)
    user.set_password(password)
    user.save()
    return user
