import secrets

from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_prose_editor.fields import ProseEditorField

from weltoffen.sanitize import clean_html

DESCRIPTION_EDITOR_CONFIG = {
    "extensions": {
        "Bold": True,
        "Italic": True,
        "Heading": {"levels": [2, 3]},
        "BulletList": True,
        "OrderedList": True,
        "ListItem": True,
        "Link": {"enableTarget": False},
        "HardBreak": True,
    }
}
MAX_PEOPLE = 10
DEFAULT_GROUP_SIZE = 4


class EventFormat(models.Model):
    """Bürgerdialog, Runder Tisch, Dialogforum, Workshop … – an editable list."""

    name = models.CharField(_("name"), max_length=60, unique=True)
    slug = models.SlugField(_("slug"), unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("event format")
        verbose_name_plural = _("event formats")
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class Participation(models.TextChoices):
    """The first decision of the original method: what may residents do?"""

    INFORM = "inform", _("Information: residents are informed")
    CONSULT = "consult", _("Consultation: residents contribute their views")
    DECIDE = "decide", _("Co-decision: residents decide together")


class Mode(models.TextChoices):
    IN_PERSON = "in_person", _("in person")
    ONLINE = "online", _("online")
    HYBRID = "hybrid", _("hybrid (in person and online)")


class EventStatus(models.TextChoices):
    PLANNED = "planned", _("planned")
    CANCELLED = "cancelled", _("cancelled")
    POSTPONED = "postponed", _("postponed")


class RegistrationKind(models.TextChoices):
    NONE = "none", _("no registration needed")
    EXTERNAL = "external", _("registration elsewhere (link)")
    PLATFORM = "platform", _("registration on this platform")


# Accessibility and inclusion features: field name -> (URL value, label). Citizens filter by them.
FEATURES = {
    "step_free": ("stufenlos", _("step-free access")),
    "sign_language": ("dgs", _("sign-language interpretation (DGS)")),
    "hearing_loop": ("hoeranlage", _("hearing loop")),
    "easy_language": ("leichte-sprache", _("Leichte Sprache")),
    "childcare": ("kinderbetreuung", _("childcare")),
    "free_of_charge": ("kostenlos", _("free of charge")),
}


# The columns dialogues/_card.html needs.
CARD_FIELDS = [
    "title",
    "slug",
    "starts_at",
    "ends_at",
    "status",
    "mode",
    "registration",
    "capacity",
]


class EventQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def upcoming(self, now=None):
        """Published events that have not ended yet, soonest first."""
        return self.published().filter(ends_at__gte=now or timezone.now()).order_by("starts_at")

    def past(self, now=None):
        return self.published().filter(ends_at__lt=now or timezone.now()).order_by("-starts_at")

    def for_cards(self):
        """What dialogues/_card.html shows, and only that (the description and address are long,
        and every column costs the ORM time per row)."""
        return (
            self.select_related("format", "municipality")
            .only(*CARD_FIELDS, "format__name", "municipality__name")
            .prefetch_related("fields")
        )


class Event(models.Model):
    # The choices, for templates: {% if event.status == event.Status.POSTPONED %}
    Status, Modes, RegistrationKinds = EventStatus, Mode, RegistrationKind

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=200, unique=True, help_text=_("Part of the address.")
    )
    description = ProseEditorField(
        _("description"), config=DESCRIPTION_EDITOR_CONFIG, sanitize=clean_html
    )
    format = models.ForeignKey(
        EventFormat, on_delete=models.PROTECT, related_name="events", verbose_name=_("format")
    )
    participation = models.CharField(
        _("participation"),
        max_length=10,
        choices=Participation.choices,
        default=Participation.CONSULT,
        help_text=_("What may residents do: be informed, be consulted or decide together?"),
    )
    municipality = models.ForeignKey(
        "contacts.Municipality",
        on_delete=models.PROTECT,
        related_name="events",
        verbose_name=_("host municipality"),
    )
    fields = models.ManyToManyField(
        "weltoffen.Field", related_name="events", verbose_name=_("fields of action")
    )
    starts_at = models.DateTimeField(_("start"))
    ends_at = models.DateTimeField(_("end"))
    mode = models.CharField(
        _("mode"), max_length=10, choices=Mode.choices, default=Mode.IN_PERSON, db_index=True
    )
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.TextField(
        _("address"),
        blank=True,
        validators=[MaxLengthValidator(300)],
        help_text=_("Street, ZIP code and town."),
    )
    online_url = models.URLField(
        _("link to join online"),
        blank=True,
        help_text=_("With registration on this platform only registered participants see it."),
    )
    organiser_name = models.CharField(_("organiser"), max_length=200)
    organiser_email = models.EmailField(_("organiser's e-mail"), blank=True)
    organiser_phone = models.CharField(_("organiser's phone"), max_length=40, blank=True)
    image = models.ImageField(_("image"), upload_to="dialogues/", blank=True)
    image_alt = models.CharField(_("alternative text of the image"), max_length=250, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=EventStatus.choices, default=EventStatus.PLANNED
    )
    status_note = models.CharField(_("reason (cancelled or postponed)"), max_length=300, blank=True)
    step_free = models.BooleanField(_("step-free access"), default=False)
    sign_language = models.BooleanField(_("sign-language interpretation (DGS)"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    easy_language = models.BooleanField(_("Leichte Sprache"), default=False)
    childcare = models.BooleanField(_("childcare"), default=False)
    free_of_charge = models.BooleanField(_("free of charge"), default=True)
    languages = models.CharField(
        _("languages besides German"),
        max_length=200,
        blank=True,
        help_text=_("e.g. Englisch, Arabisch"),
    )
    registration = models.CharField(
        _("registration"),
        max_length=10,
        choices=RegistrationKind.choices,
        default=RegistrationKind.NONE,
    )
    registration_url = models.URLField(_("link to the registration"), blank=True)
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(100_000)],
        help_text=_("Empty: no limit. When all places are taken, people join the waiting list."),
    )
    max_group_size = models.PositiveSmallIntegerField(
        _("largest group per registration"),
        default=DEFAULT_GROUP_SIZE,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_PEOPLE)],
        help_text=_("How many people one registration may bring at most (1 to 10)."),
    )
    is_published = models.BooleanField(
        _("published"),
        default=False,
        db_index=True,
        help_text=_("Events submitted by municipalities go live once an editor publishes them."),
    )
    submitted_by = models.ForeignKey(
        "weltoffen.User",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("submitted by"),
    )
    sequence = models.PositiveIntegerField(default=0, editable=False)
    registrations_purged = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["starts_at", "pk"]
        indexes = [
            models.Index(
                fields=["is_published", "ends_at", "starts_at"], name="event_upcoming_idx"
            ),
            # The lists of upcoming events (LIMIT 20, the home page's next three) read this in
            # starts_at order and skip the ended ones within the index (ends_at is in it), instead
            # of sorting every upcoming event.
            models.Index(
                fields=["is_published", "starts_at", "ends_at"], name="event_published_start_idx"
            ),
            models.Index(fields=["municipality", "starts_at"], name="event_municipality_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")),
                name="event_ends_after_start",
                violation_error_message=_("The end must be after the start."),
            ),
            models.CheckConstraint(condition=~Q(slug=""), name="event_slug_set"),
            models.CheckConstraint(
                condition=Q(max_group_size__gte=1, max_group_size__lte=MAX_PEOPLE),
                name="event_max_group_size_range",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("dialogues:event", kwargs={"slug": self.slug})

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def is_past(self):
        return self.ends_at < timezone.now()

    @property
    def has_venue(self):
        return self.mode in (Mode.IN_PERSON, Mode.HYBRID)

    @property
    def is_online(self):
        return self.mode in (Mode.ONLINE, Mode.HYBRID)

    @property
    def uses_platform_registration(self):
        return self.registration == RegistrationKind.PLATFORM

    @property
    def join_link_is_public(self):
        return self.is_online and not self.uses_platform_registration

    @property
    def address_one_line(self):
        return ", ".join(line.strip() for line in self.address.splitlines() if line.strip())

    def features(self):
        """The accessibility and inclusion features this event offers, as labels."""
        return [label for name, (_slug, label) in FEATURES.items() if getattr(self, name)]

    @property
    def registration_open(self):
        return (
            self.uses_platform_registration
            and self.status == EventStatus.PLANNED
            and self.is_published
            and self.starts_at > timezone.now()
        )


def new_registration_token():
    return secrets.token_urlsafe(24)


class RegistrationStatus(models.TextChoices):
    PENDING = "pending", _("awaiting confirmation")
    CONFIRMED = "confirmed", _("confirmed")
    WAITING = "waiting", _("on the waiting list")
    CANCELLED = "cancelled", pgettext_lazy("registration", "cancelled")
    EXPIRED = "expired", _("not confirmed in time")


# Registrations that no longer take part (the address may register again).
ENDED = [RegistrationStatus.CANCELLED, RegistrationStatus.EXPIRED]
# Registrations with a confirmed address: the host's participants and waiting list.
CONFIRMED_ADDRESS = [RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING]


def takes_places(now=None, prefix=""):
    """The condition of a registration that occupies places: confirmed, or unconfirmed with a
    hold that has not run out yet (an expired hold stops counting at once, before the periodic
    job marks it). `prefix` for lookups across a relation, e.g. "registrations__"."""
    now = now or timezone.now()
    return Q(**{f"{prefix}status": RegistrationStatus.CONFIRMED}) | Q(
        **{
            f"{prefix}status": RegistrationStatus.PENDING,
            f"{prefix}holds_places": True,
            f"{prefix}hold_until__gt": now,
        }
    )


class RegistrationQuerySet(models.QuerySet):
    def participants(self):
        """What the host sees: registrations with a confirmed address (confirmed or waiting)."""
        return self.filter(status__in=CONFIRMED_ADDRESS)

    def active(self):
        return self.exclude(status__in=ENDED)


class Registration(models.Model):
    """A citizen's registration: personal data, deleted 30 days after the event."""

    Status = RegistrationStatus  # for templates: registration.Status.CONFIRMED

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="registrations", verbose_name=_("event")
    )
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail address"))
    people = models.PositiveSmallIntegerField(
        _("number of people"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_PEOPLE)],
    )
    needs = models.TextField(_("needs"), blank=True, validators=[MaxLengthValidator(1000)])
    status = models.CharField(
        _("status"), max_length=10, choices=RegistrationStatus.choices, db_index=True
    )
    token = models.CharField(
        max_length=64, unique=True, default=new_registration_token, editable=False
    )
    consented_at = models.DateTimeField(_("consent to the privacy notice"))
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    reminded_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)
    # Double opt-in: a registration from the event page waits for the link in its e-mail.
    hold_until = models.DateTimeField(_("to be confirmed by"), null=True, blank=True)
    holds_places = models.BooleanField(
        _("places held until then"),
        default=False,
        help_text=_("The places were free at registration and are kept until the deadline."),
    )
    confirmed_at = models.DateTimeField(_("address confirmed at"), null=True, blank=True)
    # The event's sequence number of the last change this person was told about by e-mail
    # (dialogues.tasks.notify_event_change: a task run twice mails nobody twice).
    notified_sequence = models.PositiveIntegerField(default=0, editable=False)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~Q(status__in=ENDED),
                name="registration_once_per_address",
            ),
            models.CheckConstraint(
                condition=Q(people__gte=1, people__lte=MAX_PEOPLE), name="registration_people_range"
            ),
        ]

    def __str__(self):
        return f"{self.name} – {self.event}"

    def get_absolute_url(self):
        return reverse("dialogues:registration", kwargs={"token": self.token})

    def get_confirm_url(self):
        return reverse("dialogues:registration-confirm", kwargs={"token": self.token})

    @property
    def hold_is_live(self):
        return (
            self.status == RegistrationStatus.PENDING
            and self.holds_places
            and self.hold_until is not None
            and self.hold_until > timezone.now()
        )

    @property
    def confirmed_late(self):
        """Confirmed after its hold had run out (so it may have landed on the waiting list)."""
        return bool(
            self.holds_places
            and self.confirmed_at
            and self.hold_until
            and self.confirmed_at > self.hold_until
        )
