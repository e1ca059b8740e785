"""Municipalities and their official e-mail domains."""

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Bundesland(models.TextChoices):
    BW = "BW", "Baden-Württemberg"
    BY = "BY", "Bayern"
    BE = "BE", "Berlin"
    BB = "BB", "Brandenburg"
    HB = "HB", "Bremen"
    HH = "HH", "Hamburg"
    HE = "HE", "Hessen"
    MV = "MV", "Mecklenburg-Vorpommern"
    NI = "NI", "Niedersachsen"
    NW = "NW", "Nordrhein-Westfalen"
    RP = "RP", "Rheinland-Pfalz"
    SL = "SL", "Saarland"
    SN = "SN", "Sachsen"
    ST = "ST", "Sachsen-Anhalt"
    SH = "SH", "Schleswig-Holstein"
    TH = "TH", "Thüringen"


class MunicipalityKind(models.TextChoices):
    STADT = "stadt", _("Stadt")
    KREISFREIE_STADT = "kreisfreie-stadt", _("kreisfreie Stadt")
    GEMEINDE = "gemeinde", _("Gemeinde")
    LANDKREIS = "landkreis", _("Landkreis")
    VERBANDSGEMEINDE = "verbandsgemeinde", _("Verbandsgemeinde / Amt")
    STADTSTAAT = "stadtstaat", _("Stadtstaat")


class MunicipalityQuerySet(models.QuerySet):
    def model_municipalities(self):
        return self.filter(is_model_municipality=True, is_approved=True)

    def approved(self):
        return self.filter(is_approved=True)

    def search(self, query):
        return (
            self.approved().filter(name__icontains=query.strip()) if query.strip() else self.none()
        )


class Municipality(models.Model):
    name = models.CharField(_("name"), max_length=150)
    kind = models.CharField(_("kind"), max_length=20, choices=MunicipalityKind.choices)
    state = models.CharField(_("federal state"), max_length=2, choices=Bundesland.choices)
    ags = models.CharField(
        _("official municipality key (AGS)"),
        max_length=8,
        blank=True,
        validators=[RegexValidator(r"^\d{2}(\d{3}(\d{3})?)?$", _("The AGS has 2, 5 or 8 digits."))],
    )
    website = models.URLField(_("website"), blank=True)
    address = models.TextField(_("postal address"), blank=True, max_length=500)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(47), MaxValueValidator(55.1)],
        help_text=_("For the map on the home page, e.g. 51.16 (Germany: 47 to 55)."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(5.8), MaxValueValidator(15.1)],
        help_text=_("For the map on the home page, e.g. 10.45 (Germany: 5.8 to 15.1)."),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True, db_index=True)
    is_model_municipality = models.BooleanField(
        _("model municipality"), default=False, db_index=True
    )
    is_approved = models.BooleanField(
        _("approved"),
        default=True,
        db_index=True,
        help_text=_(
            "Municipalities proposed by users appear only after a site admin approves them."
        ),
    )
    proposed_by = models.ForeignKey(
        "weltoffen.User",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("proposed by"),
    )

    objects = MunicipalityQuerySet.as_manager()

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name", "state"]
        constraints = [
            models.UniqueConstraint(
                fields=["name", "kind", "state"], name="municipality_unique_name"
            ),
            models.UniqueConstraint(
                fields=["ags"],
                condition=~models.Q(ags=""),
                name="municipality_unique_ags",
                violation_error_message=_("A municipality with this AGS already exists."),
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.get_kind_display()}, {self.get_state_display()})"

    def get_absolute_url(self):
        return reverse("contacts:municipality-detail", kwargs={"pk": self.pk})


class MunicipalityDomain(models.Model):
    """An official e-mail domain: confirmed addresses in it join the municipality at once."""

    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        related_name="domains",
        verbose_name=_("municipality"),
    )
    domain = models.CharField(
        _("e-mail domain"),
        max_length=253,
        unique=True,
        validators=[
            RegexValidator(
                r"^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$", _("Please enter a domain such as konstanz.de.")
            )
        ],
        help_text=_("Only the part after the @, e.g. konstanz.de."),
    )

    class Meta:
        verbose_name = _("official e-mail domain")
        verbose_name_plural = _("official e-mail domains")
        ordering = ["domain"]

    def __str__(self):
        return self.domain
