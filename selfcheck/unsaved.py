"""What a member typed when their session had ended is not dropped: the POST is kept in the
(new, anonymous) session for the page it came from, and after logging in the same person finds
it back in that page's form, to check and save. The forms carry a signed `owner` field, so only
the person who loaded the page gets it back; Django's login keeps the anonymous session's data."""

import re

from django.core import signing
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

SESSION_KEY = "selfcheck:unsaved"
SALT = "selfcheck.unsaved"
KEPT_KEYS = re.compile(r"^(q|note|level-|note-)\d+$")
MAX_CHARS = 200_000  # a field's notes at their longest; beyond that the session is no store
OWNER_MAX_AGE = 60 * 60 * 24 * 14

KEPT = _(
    "You were no longer signed in, so your entries have not been saved yet. After signing in "
    "you will find them in the form again, to check and save."
)
NOT_KEPT = _(
    "You were no longer signed in, so your last action was not carried out and nothing was "
    "saved. Please sign in and repeat it."
)
OFFERED = _(
    "Your entries from before signing in are back in the form below but not saved yet: please "
    "check them and save."
)


def owner_token(user) -> str:
    return signing.dumps(user.pk, salt=SALT)


def keep(request) -> bool:
    """Keeps the entries of an anonymous POST for its page; False if there is nothing to keep
    or no valid owner (then the caller says that nothing was saved)."""
    try:
        owner = signing.loads(request.POST.get("owner", ""), salt=SALT, max_age=OWNER_MAX_AGE)
    except signing.BadSignature:
        return False
    data = {key: value for key, value in request.POST.items() if KEPT_KEYS.match(key)}
    if not data or sum(len(key) + len(value) for key, value in data.items()) > MAX_CHARS:
        return False
    request.session[SESSION_KEY] = {"path": request.path, "owner": owner, "data": data}
    return True


def take(request) -> QueryDict | None:
    """The entries kept for this page, once, if the signed-in user is who typed them."""
    kept = request.session.get(SESSION_KEY)
    if not kept or kept.get("path") != request.path:
        return None
    del request.session[SESSION_KEY]
    if kept.get("owner") != request.user.pk:
        return None
    data = QueryDict(mutable=True)
    data.update(kept["data"])
    return data
