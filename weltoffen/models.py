from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager):
    use_in_migrations = True

    def get_by_natural_key(self, email):
        # Log in regardless of how the address was capitalised.
        return self.get(email__iexact=email)

    def _create_user(self, email, password, **extra):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email, password=None, **extra):
        extra.update(is_staff=True, is_superuser=True, email_confirmed_at=timezone.now())
        return self._create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """A person with an account. Logs in with the e-mail address; stores as little as needed."""

    email = models.EmailField(_("e-mail address"), unique=True)
    name = models.CharField(_("name"), max_length=150, blank=True)
    is_staff = models.BooleanField(
        _("staff status"), default=False, help_text=_("May log in to the admin.")
    )
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)
    email_confirmed_at = models.DateTimeField(_("e-mail address confirmed"), null=True, blank=True)
    # Registered once more before the address was confirmed: whoever follows a confirmation link
    # then chooses the password (no password typed at a registration survives it).
    registered_again_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                name="user_email_ci_unique",
                violation_error_message=_("There already is an account with this e-mail address."),
            )
        ]

    def __str__(self):
        return self.email

    def clean(self):
        super().clean()
        self.email = self.__class__.objects.normalize_email(self.email).lower()

    def get_full_name(self):
        """The name colleagues see; an account without one (created before names were asked
        for, or in the admin) is never shown by its e-mail address instead."""
        return self.name or gettext("(no name given)")

    def get_short_name(self):
        return self.get_full_name()


class Field(models.Model):
    """One of the seven Handlungsfelder, the spine all apps share."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    name = models.CharField(_("name"), max_length=120, unique=True)
    short_label = models.CharField(_("short label"), max_length=60)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True)
    subtopics = models.JSONField(
        _("sub-topics"),
        default=list,
        blank=True,
        help_text=_("Optional list of sub-topics, e.g. for questions of a large field."),
    )

    class Meta:
        verbose_name = _("field of action")
        verbose_name_plural = _("fields of action")
        ordering = ["number"]
        constraints = [
            models.CheckConstraint(condition=models.Q(number__gte=1), name="field_number_positive")
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("field-detail", kwargs={"slug": self.slug})


class Page(models.Model):
    """A page whose text editors maintain in the admin: Impressum, Datenschutz, Barrierefreiheit."""

    slug = models.SlugField(_("address"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(
        _("text"),
        help_text=_("HTML is allowed: headings, paragraphs, lists, links. Scripts are removed."),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        ordering = ["title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("page", kwargs={"slug": self.slug})


def _documents_storage():
    from django.core.files.storage import storages

    return storages["documents"]


class StoredDocument(models.Model):
    """A generated file (a PDF) kept until its data changes: built by a task, served by the app
    with its ETag. `version` names the data it was built from; `requested_version` the data a
    build has been queued for (weltoffen/documents.py)."""

    key = models.CharField(_("key"), max_length=100, unique=True)
    file = models.FileField(_("file"), storage=_documents_storage, blank=True)
    filename = models.CharField(_("file name"), max_length=150, blank=True)
    version = models.CharField(_("data version"), max_length=64, blank=True)
    stand = models.DateTimeField(_("data as of"), null=True, blank=True)
    built_at = models.DateTimeField(_("built at"), null=True, blank=True)
    requested_version = models.CharField(max_length=64, blank=True, editable=False)
    requested_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("stored document")
        verbose_name_plural = _("stored documents")
        ordering = ["key"]

    def __str__(self):
        return self.key

    @property
    def etag(self):
        return f'"{self.version}"'

    def is_current(self, version):
        return self.version == version and bool(self.file)

    @property
    def being_rebuilt(self):
        """A newer version has been asked for and is not built yet."""
        return bool(self.requested_version) and self.requested_version != self.version
