"""Multi-step writes around the user's own account."""

from django.contrib.auth.hashers import make_password
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from weltoffen import registry
from weltoffen.mail import send_templated_email
from weltoffen.models import User
from weltoffen.tokens import TokenError, make_token, read_token

CONFIRM_MAX_AGE = 60 * 60 * 24 * 3  # three days


def _password_fingerprint(user: User) -> str:
    # A link sent before the password changed (a reset) stops working.
    return user.password[-10:]


def confirmation_link(request, user: User, email: str) -> str:
    token = make_token("confirm", {"u": user.pk, "e": email, "p": _password_fingerprint(user)})
    return request.build_absolute_uri(reverse("confirm-email", kwargs={"token": token}))


def send_confirmation(*, request, user: User, email: str | None = None, again=False) -> None:
    email = email or user.email
    template = "confirm_email" if email == user.email else "confirm_new_email"
    send_templated_email(
        to=email,
        template=template,
        context={
            "link": confirmation_link(request, user, email),
            "email": email,
            "again": again,
        },
    )


def user_register(*, request, email: str, password: str, name: str = "") -> None:
    """Registers an address, or tells its owner that it already has an account. The answer to the
    visitor is the same in both cases (no account enumeration)."""
    email = User.objects.normalize_email(email).lower()
    existing = User.objects.filter(email__iexact=email).first()
    if existing and existing.email_confirmed_at:
        make_password(password)  # as slow as creating an account: timing tells nothing
        send_templated_email(
            to=email,
            template="already_registered",
            context={
                "login_url": request.build_absolute_uri(reverse("login")),
                "reset_url": request.build_absolute_uri(reverse("password_reset")),
            },
        )
        return
    if existing:
        # Registered before but never confirmed: neither password nor the links already sent
        # change (registering an address again must not take over the account its owner is about
        # to confirm). Since either registration may be the stranger's, whoever confirms the
        # address now chooses the password (user_confirm_email); the owner gets the link again.
        make_password(password)
        User.objects.filter(pk=existing.pk).update(registered_again_at=timezone.now())
        send_confirmation(request=request, user=existing, again=True)
        return
    try:
        with transaction.atomic():
            user = User.objects.create_user(email=email, password=password, name=name.strip())
    except IntegrityError:  # the same address registered at the same moment
        return
    send_confirmation(request=request, user=user)


class PasswordNeeded(Exception):
    """The address was registered more than once: confirming it sets a new password."""


def confirmation_user(token: str) -> tuple[User, str]:
    """The account and address a confirmation link is for; TokenError with a German message."""
    data = read_token("confirm", token, max_age=CONFIRM_MAX_AGE)
    user = User.objects.filter(pk=data.get("u")).first()
    if user is None or data.get("p") != _password_fingerprint(user):
        raise TokenError(_("This link is no longer valid. Please request a new one."))
    if data["e"] == user.email and user.email_confirmed_at:
        raise TokenError(_("This address has already been confirmed. You can log in."))
    return user, data["e"]


def confirmation_needs_password(user: User, email: str) -> bool:
    return email == user.email and user.registered_again_at is not None


def user_confirm_email(*, token: str, password: str | None = None) -> User:
    """Confirms a registration or an e-mail change. Raises TokenError with a German message, or
    PasswordNeeded when the address was registered again before (then `password` is set)."""
    user, email = confirmation_user(token)
    if email == user.email:
        if confirmation_needs_password(user, email):
            if not password:
                raise PasswordNeeded
            user.set_password(password)
        user.email_confirmed_at = timezone.now()
        user.registered_again_at = None
        user.save(update_fields=["email_confirmed_at", "registered_again_at", "password"])
        return user
    if User.objects.filter(email__iexact=email).exclude(pk=user.pk).exists():
        raise TokenError(_("This address is already used by another account."))
    old_email = user.email
    with transaction.atomic():
        user.email = email
        user.email_confirmed_at = timezone.now()
        user.save(update_fields=["email", "email_confirmed_at"])
    send_templated_email(to=old_email, template="email_changed", context={"new_email": email})
    return user


def user_request_email_change(*, request, user: User, new_email: str) -> None:
    """Sends a confirmation link to the new address; the change happens when it is followed."""
    new_email = User.objects.normalize_email(new_email).lower()
    if User.objects.filter(email__iexact=new_email).exists():
        return  # same answer as for a free address (no enumeration)
    send_confirmation(request=request, user=user, email=new_email)


def deletion_blockers(user: User) -> list[str]:
    return [reason for check in registry.deletion_blockers for reason in check(user)]


def user_delete(*, user: User) -> None:
    """Deletes the account and all personal data. Contributions that other apps keep point to no
    user any more and are shown as "ehemaliges Mitglied"."""
    if deletion_blockers(user):
        raise ValueError("account deletion is blocked")
    user.delete()


def user_personal_data(user: User) -> dict:
    data = {
        "konto": {
            "email": user.email,
            "name": user.name,
            "registriert_am": user.date_joined.isoformat(),
            "email_bestaetigt_am": user.email_confirmed_at and user.email_confirmed_at.isoformat(),
            "letzte_anmeldung": user.last_login and user.last_login.isoformat(),
            "verwaltungszugang": user.is_staff,
            "gruppen": list(user.groups.values_list("name", flat=True)),
        }
    }
    for name, exporter in registry.personal_data_exporters.items():
        data[name] = exporter(user)
    return data
