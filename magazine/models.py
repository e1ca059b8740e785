from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField

from magazine.sanitize import BODY_EDITOR_CONFIG, clean_body


class ArticleType(models.Model):
    """Leitartikel, Praxistipp, Interview, Bericht, Hintergrund – an editable list."""

    name = models.CharField(_("name"), max_length=60, unique=True)
    slug = models.SlugField(_("slug"), unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("article type")
        verbose_name_plural = _("article types")
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class Author(models.Model):
    """A byline, not a user account."""

    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=200, blank=True)
    photo = models.ImageField(_("photo"), upload_to="magazine/authors/", blank=True)
    photo_alt = models.CharField(_("alternative text of the photo"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Voice(models.Model):
    """A "Stimme": what others say about the Weltoffene Kommune (home page, quote boxes)."""

    text = models.TextField(_("quote"), validators=[MaxLengthValidator(600)])
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=200, blank=True)
    municipality = models.CharField(_("municipality"), max_length=120, blank=True)
    photo = models.ImageField(_("photo"), upload_to="magazine/voices/", blank=True)
    photo_alt = models.CharField(_("alternative text of the photo"), max_length=200, blank=True)
    is_published = models.BooleanField(_("published"), default=False)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("voice")
        verbose_name_plural = _("voices")
        ordering = ["order", "pk"]

    def __str__(self):
        return f"{self.name}: {self.text[:50]}"


class PostgresOnly(models.Func):
    """Its expression on PostgreSQL, NULL on SQLite, which has no full-text functions (there the
    magazine searches word by word)."""

    template = "%(expressions)s"
    arity = 1

    def as_sqlite(self, compiler, connection, **extra_context):
        return "NULL", []


def german_document():
    """What the search finds and ranks: title (weight A), teaser (B) and text (C), German stems."""
    return PostgresOnly(
        SearchVector("title", config="german", weight="A")
        + SearchVector("teaser", config="german", weight="B")
        + SearchVector("search_text", config="german", weight="C")
    )


class ArticleQuerySet(models.QuerySet):
    def published(self, now=None):
        """Published and due: an article with a future date goes live by itself at that time."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=now or timezone.now())

    def for_cards(self):
        return (
            self.select_related("type").prefetch_related("fields").order_by("-published_at", "-pk")
        )


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        PUBLISHED = "published", _("published")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_("Part of the address; fixed once the article is published."),
    )
    teaser = models.TextField(
        _("teaser"),
        validators=[MaxLengthValidator(400)],
        help_text=_("Short plain text for lists and search results."),
    )
    body = ProseEditorField(_("text"), config=BODY_EDITOR_CONFIG, sanitize=clean_body)
    type = models.ForeignKey(
        ArticleType,
        on_delete=models.PROTECT,
        related_name="articles",
        verbose_name=_("article type"),
    )
    fields = models.ManyToManyField(
        "weltoffen.Field", related_name="articles", verbose_name=_("fields of action")
    )
    municipalities = models.ManyToManyField(
        "contacts.Municipality",
        blank=True,
        related_name="articles",
        verbose_name=_("model municipalities"),
    )
    authors = models.ManyToManyField(
        Author, blank=True, related_name="articles", verbose_name=_("authors")
    )
    hero_image = models.ImageField(_("image"), upload_to="magazine/articles/", blank=True)
    hero_alt = models.CharField(_("alternative text of the image"), max_length=250, blank=True)
    hero_credit = models.CharField(_("image credit"), max_length=200, blank=True)
    hero_renditions = models.JSONField(default=dict, blank=True, editable=False)
    quote = models.ForeignKey(
        Voice,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("quote box"),
    )
    more_links = models.JSONField(_("“Mehr erfahren?” links"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(_("publication date"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    revised_at = models.DateTimeField(
        _("revised after publication"), null=True, blank=True, editable=False
    )
    search_text = models.TextField(editable=False, blank=True)
    # Computed and stored by the database on every insert and update (never stale, whichever way
    # an article is written), so a search ranks the stored vectors instead of computing
    # to_tsvector of every matching article per request. Its GIN index and its storage in the
    # table row (not TOAST): migration 0005; a migration that recreates the column repeats both.
    search_vector = models.GeneratedField(
        expression=german_document(), output_field=SearchVectorField(), db_persist=True
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-published_at", "-pk"]
        indexes = [
            # In the order of the lists, and with the id: the counts of the pagers and the related
            # articles' ranking read only this index, not the wide article rows.
            models.Index(
                fields=["status", "-published_at", "-id"], name="article_published_order_idx"
            )
        ]
        constraints = [models.CheckConstraint(condition=~Q(slug=""), name="article_slug_set")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("magazine:article", kwargs={"slug": self.slug})

    @property
    def is_live(self):
        return self.status == self.Status.PUBLISHED and self.published_at <= timezone.now()

    @property
    def reading_minutes(self):
        return max(1, round(len(self.search_text.split()) / 200))


class ArticleImage(models.Model):
    """An image for the article text: upload here, then insert its address in the editor."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="images")
    image = models.ImageField(_("image"), upload_to="magazine/body/")
    alt = models.CharField(_("alternative text"), max_length=250)
    web_name = models.CharField(max_length=255, blank=True, editable=False)

    class Meta:
        verbose_name = _("image for the text")
        verbose_name_plural = _("images for the text")

    def __str__(self):
        return self.alt

    @property
    def web_url(self):
        """The web rendition (at most 1600 px wide) to use in the text; the upload is kept."""
        return self.image.storage.url(self.web_name) if self.web_name else self.image.url
