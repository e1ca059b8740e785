"""Who works for which municipality: memberships with their role and status, and invitations."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from contacts.models.municipality import Municipality


class Role(models.TextChoices):
    MEMBER = "member", _("member")
    COORDINATOR = "coordinator", _("coordinator")


class MembershipStatus(models.TextChoices):
    PENDING = "pending", _("requested")
    ACTIVE = "active", _("active")
    DECLINED = "declined", _("declined")


class MembershipQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=MembershipStatus.ACTIVE)

    def pending(self):
        return self.filter(status=MembershipStatus.PENDING)

    def coordinators(self):
        return self.active().filter(role=Role.COORDINATOR)

    def active_for(self, user, municipality=None, *, role=None):
        """The user's active memberships, of one municipality (object or id) if given, with the
        role if given. The rule every app uses: see contacts.permissions."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        memberships = self.active().filter(user=user)
        if municipality is not None:
            memberships = memberships.filter(municipality=municipality)
        return memberships.filter(role=role) if role else memberships

    def coordinator_for(self, user, municipality=None):
        return self.active_for(user, municipality, role=Role.COORDINATOR)

    def team(self, municipality):
        """The municipality's (object or id) active members."""
        return self.active().filter(municipality=municipality)

    def pending_first(self):
        pending_rank = models.Case(
            models.When(status=MembershipStatus.PENDING, then=0),
            default=1,
            output_field=models.IntegerField(),
        )
        return self.order_by(pending_rank, "-requested_at")


class Membership(models.Model):
    """A person works for a municipality, as member or coordinator; or asked to."""

    user = models.ForeignKey(
        "weltoffen.User",
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("user"),
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("municipality"),
    )
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.MEMBER)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=MembershipStatus.choices,
        default=MembershipStatus.PENDING,
        db_index=True,
    )
    requested_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        "weltoffen.User",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["municipality__name", "user__email"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "municipality"],
                name="membership_unique",
                violation_error_message=_("This person already belongs to this municipality."),
            ),
        ]
        indexes = [models.Index(fields=["municipality", "status", "role"])]

    def __str__(self):
        return f"{self.user} – {self.municipality.name} ({self.get_role_display()})"

    @property
    def is_coordinator(self):
        return self.status == MembershipStatus.ACTIVE and self.role == Role.COORDINATOR


INVITATION_MAX_AGE = 60 * 60 * 24 * 14  # seconds: an invitation link is valid for two weeks


class Invitation(models.Model):
    """A coordinator invites a colleague by e-mail; the link is signed, expires and works once."""

    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        related_name="invitations",
        verbose_name=_("municipality"),
    )
    email = models.EmailField(_("e-mail address"))
    invited_by = models.ForeignKey(
        "weltoffen.User",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("invited by"),
    )
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.email} → {self.municipality.name}"
