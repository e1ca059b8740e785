"""Signed, expiring tokens for links in e-mails (confirmation, e-mail change, invitations)."""

from django.core import signing
from django.utils.translation import gettext_lazy as _


class TokenError(Exception):
    """The link cannot be used; the message says why, in German."""


EXPIRED = _("This link has expired. Please request a new one.")
INVALID = _("This link is not valid. Please check that you copied it completely.")


def make_token(purpose: str, payload: dict) -> str:
    return signing.dumps(payload, salt=f"weltoffen.{purpose}", compress=True)


def read_token(purpose: str, token: str, *, max_age: int) -> dict:
    try:
        return signing.loads(token, salt=f"weltoffen.{purpose}", max_age=max_age)
    except signing.SignatureExpired as error:
        raise TokenError(EXPIRED) from error
    except signing.BadSignature as error:
        raise TokenError(INVALID) from error
