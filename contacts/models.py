from django.core.validators import RegexValidator
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
        return self.filter(is_model_municipality=True)


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
    is_model_municipality = models.BooleanField(
        _("model municipality"), default=False, db_index=True
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
                fields=["ags"], condition=~models.Q(ags=""), name="municipality_unique_ags"
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.get_kind_display()}, {self.get_state_display()})"

    def get_absolute_url(self):
        return reverse("contacts:municipality-detail", kwargs={"pk": self.pk})
