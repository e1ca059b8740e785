"""Contact persons of the municipalities and help offers for decision-makers facing hostility."""

from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from contacts.models.municipality import Bundesland, Municipality

phone_validator = RegexValidator(
    r"^\+?[0-9][0-9 ()/\-]{3,38}[0-9]$",
    _(
        "Please enter a phone number with digits only, optionally with +, spaces, "
        "brackets, slashes or hyphens (e.g. +49 69 1234-567)."
    ),
)


# A published contact person: shown with their consent (dated) and only for a municipality a site
# admin has approved. The one rule for the directory, its PDF, CSV and vCards and the municipality
# page; the directory adds that it lists the model municipalities only.
PUBLISHED = models.Q(is_published=True, consent_date__isnull=False, municipality__is_approved=True)
IN_DIRECTORY = PUBLISHED & models.Q(municipality__is_model_municipality=True)


class ContactPersonQuerySet(models.QuerySet):
    def published(self):
        return self.filter(PUBLISHED)

    def in_directory(self):
        """Published contacts of the model municipalities: what the directory lists."""
        return self.filter(IN_DIRECTORY)


class ContactPerson(models.Model):
    """A contact person of a municipality, e.g. its Integrationsbeauftragte:r."""

    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        related_name="contact_persons",
        verbose_name=_("municipality"),
    )
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(
        _("function"), max_length=150, help_text=_("e.g. Integrationsbeauftragte:r")
    )
    department = models.CharField(_("department"), max_length=150, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True, validators=[phone_validator])
    address = models.TextField(
        _("postal address"),
        blank=True,
        max_length=500,
        help_text=_("Optional; otherwise the municipality's address applies."),
    )
    is_published = models.BooleanField(
        _("published"),
        default=False,
        db_index=True,
        help_text=_("Only with the person's consent to publication."),
    )
    consent_date = models.DateField(_("consent to publication on"), null=True, blank=True)
    verified_on = models.DateField(_("last verified on"), null=True, blank=True)
    position = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Smaller numbers come first within the municipality.")
    )
    is_demo = models.BooleanField(_("demo data"), default=False)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True, db_index=True)

    objects = ContactPersonQuerySet.as_manager()

    class Meta:
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")
        ordering = ["position", "name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "name", "role"],
                name="contactperson_unique_name_role",
                violation_error_message=_(
                    "This person is already entered with this function for this municipality."
                ),
            ),
            models.CheckConstraint(
                condition=~models.Q(email="", phone=""),
                name="contactperson_email_or_phone",
                violation_error_message=_("Please enter an e-mail address or a phone number."),
            ),
            models.CheckConstraint(
                condition=models.Q(is_published=False) | models.Q(consent_date__isnull=False),
                name="contactperson_published_needs_consent",
                violation_error_message=_(
                    "A contact person can only be published with the date of their consent."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.role}, {self.municipality.name})"

    def get_absolute_url(self):
        return f"{reverse('contacts:index')}#kommune-{self.municipality_id}"


class HelpOfferQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def for_state(self, state):
        """Nationwide offers always, plus those of the Bundesland (all offers without one)."""
        if not state:
            return self.published()
        return self.published().filter(models.Q(state="") | models.Q(state=state))


class HelpOffer(models.Model):
    """Support for mayors, councillors and staff who are attacked or threatened."""

    organisation = models.CharField(_("organisation"), max_length=150)
    offer = models.TextField(_("what it offers"), max_length=1000)
    audience = models.CharField(
        _("for whom"), max_length=200, help_text=_("e.g. mayors, councillors, staff")
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True, validators=[phone_validator])
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    state = models.CharField(
        _("region"),
        max_length=2,
        choices=Bundesland.choices,
        blank=True,
        help_text=_("Empty: nationwide."),
    )
    is_published = models.BooleanField(_("published"), default=True, db_index=True)
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    is_demo = models.BooleanField(_("demo data"), default=False)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = HelpOfferQuerySet.as_manager()

    class Meta:
        verbose_name = _("help offer")
        verbose_name_plural = _("help offers")
        ordering = ["state", "position", "organisation"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "state"],
                name="helpoffer_unique_organisation",
                violation_error_message=_("This organisation is already entered for this region."),
            ),
        ]

    def __str__(self):
        return self.organisation

    def get_absolute_url(self):
        return reverse("contacts:help")

    @property
    def region_label(self):
        return self.get_state_display() if self.state else _("nationwide")
