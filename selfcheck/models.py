from django.conf import settings
from django.core.validators import MaxLengthValidator, MaxValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contacts.models import Membership

NOTE_MAX_LENGTH = 2000


class Level(models.IntegerChoices):
    """The implementation scale, the same for every question. "Don't know" is stored as NULL."""

    NONE = 0, _("Not in place")
    PLANNED = 1, _("Planned")
    STARTED = 2, _("Started")
    DONE = 3, _("Implemented")
    REVIEWED = 4, _("Implemented and regularly reviewed")


MAX_LEVEL = Level.REVIEWED


class QuestionnaireStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    PUBLISHED = "published", _("published")


class QuestionnaireQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=QuestionnaireStatus.PUBLISHED)

    def current(self):
        return self.published().order_by("-published_at").first()


class Questionnaire(models.Model):
    """A version of the question set. Published versions are frozen, so results stay comparable."""

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=QuestionnaireStatus.choices,
        default=QuestionnaireStatus.DRAFT,
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    based_on = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("based on")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = QuestionnaireQuerySet.as_manager()

    class Meta:
        verbose_name = _("questionnaire version")
        verbose_name_plural = _("questionnaire versions")
        ordering = ["-published_at", "-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status=QuestionnaireStatus.DRAFT) | Q(published_at__isnull=False),
                name="questionnaire_published_has_date",
            )
        ]

    def __str__(self):
        return f"{self.title} ({self.get_status_display()})"

    @property
    def is_frozen(self):
        return self.status == QuestionnaireStatus.PUBLISHED


class Question(models.Model):
    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.CASCADE, related_name="questions", verbose_name=_("version")
    )
    field = models.ForeignKey(
        "weltoffen.Field",
        on_delete=models.PROTECT,
        related_name="questions",
        verbose_name=_("field of action"),
    )
    subtopic = models.CharField(_("sub-topic"), max_length=80, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text = models.TextField(_("question"), validators=[MaxLengthValidator(500)])
    explanation = models.TextField(
        _("explanation"), blank=True, validators=[MaxLengthValidator(1000)]
    )

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["field__number", "order", "pk"]
        indexes = [models.Index(fields=["questionnaire", "field", "order"])]

    def __str__(self):
        return self.text[:80]


class AssessmentBand(models.Model):
    """A band of scores with its name, e.g. "Auf dem Weg" from 25 %."""

    key = models.SlugField(_("key"), unique=True)
    label = models.CharField(_("name"), max_length=60)
    min_score = models.PositiveSmallIntegerField(
        _("from score (%)"), unique=True, validators=[MaxValueValidator(100)]
    )

    class Meta:
        verbose_name = _("assessment band")
        verbose_name_plural = _("assessment bands")
        ordering = ["min_score"]

    def __str__(self):
        return f"{self.label} (ab {self.min_score} %)"


class FieldAssessment(models.Model):
    """Editors' assessment text and suggestions for further work, per field and band."""

    field = models.ForeignKey(
        "weltoffen.Field",
        on_delete=models.CASCADE,
        related_name="assessments",
        verbose_name=_("field of action"),
    )
    band = models.ForeignKey(
        AssessmentBand, on_delete=models.CASCADE, related_name="assessments", verbose_name=_("band")
    )
    assessment = models.TextField(_("assessment"))
    suggestions = models.TextField(
        _("suggestions for further work"), help_text=_("One suggestion per line.")
    )

    class Meta:
        verbose_name = _("assessment text")
        verbose_name_plural = _("assessment texts")
        ordering = ["field__number", "band__min_score"]
        constraints = [
            models.UniqueConstraint(fields=["field", "band"], name="field_assessment_unique")
        ]

    def __str__(self):
        return f"{self.field.short_label}: {self.band.label}"

    def suggestion_list(self):
        return [line.strip(" -•") for line in self.suggestions.splitlines() if line.strip()]


class RoundQuerySet(models.QuerySet):
    def for_member(self, user):
        """The rounds of the municipalities where the user is an active member."""
        return self.filter(
            municipality__in=Membership.objects.active_for(user).values("municipality")
        )

    def of(self, municipality):
        return self.filter(municipality=municipality)

    def open(self):
        return self.filter(completed_at__isnull=True)

    def completed(self):
        return self.filter(completed_at__isnull=False)


class Round(models.Model):
    """One self-check of a municipality ("Selbstcheck 2026") on one questionnaire version."""

    municipality = models.ForeignKey(
        "contacts.Municipality",
        on_delete=models.CASCADE,
        related_name="selfcheck_rounds",
        verbose_name=_("municipality"),
    )
    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.PROTECT, related_name="rounds", verbose_name=_("version")
    )
    title = models.CharField(_("title"), max_length=120)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("started by"),
    )
    started_at = models.DateTimeField(_("started at"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    completed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("completed by"),
    )

    objects = RoundQuerySet.as_manager()

    class Meta:
        verbose_name = _("self-check round")
        verbose_name_plural = _("self-check rounds")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality"],
                condition=Q(completed_at__isnull=True),
                name="one_open_round_per_municipality",
                violation_error_message=_("This municipality already has a round in progress."),
            )
        ]
        indexes = [models.Index(fields=["municipality", "-started_at"])]

    def __str__(self):
        return f"{self.title} – {self.municipality.name}"

    def get_absolute_url(self):
        return reverse("selfcheck:round", kwargs={"pk": self.pk})

    @property
    def is_completed(self):
        return self.completed_at is not None


class RoundEventKind(models.TextChoices):
    COMPLETED = "completed", _("completed")
    REOPENED = "reopened", _("reopened")


class RoundEvent(models.Model):
    """The round's history: when it was completed and reopened, by whom, and why."""

    round = models.ForeignKey(
        Round, on_delete=models.CASCADE, related_name="events", verbose_name=_("round")
    )
    kind = models.CharField(_("kind of entry"), max_length=10, choices=RoundEventKind.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by whom"),
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    reason = models.TextField(_("reason"), blank=True, validators=[MaxLengthValidator(1000)])

    class Meta:
        verbose_name = _("round event")
        verbose_name_plural = _("round events")
        ordering = ["at", "pk"]
        indexes = [models.Index(fields=["round", "at"])]
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind=RoundEventKind.REOPENED) | ~Q(reason=""),
                name="round_reopened_has_reason",
            )
        ]

    def __str__(self):
        return f"{self.round}: {self.get_kind_display()} {self.at:%Y-%m-%d}"


class AnswerManager(models.Manager):
    """The answers given: what progress, scores, team view and exports count."""

    def get_queryset(self):
        return super().get_queryset().filter(answered=True)


class Answer(models.Model):
    """One member's answer to one question in one round. NULL level means "don't know".

    A note typed before (or without) choosing an answer is kept too, as a row with
    `answered=False` (and no level): `Answer.objects` leaves these rows out, so every count,
    score and export sees the answers only; `Answer.all_objects` includes them (the step page,
    which shows the member's own notes, and "Meine Daten")."""

    round = models.ForeignKey(
        Round, on_delete=models.CASCADE, related_name="answers", verbose_name=_("round")
    )
    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="answers", verbose_name=_("question")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="selfcheck_answers",
        verbose_name=_("answered by"),
    )
    level = models.PositiveSmallIntegerField(
        _("answer"), choices=Level.choices, null=True, blank=True
    )
    answered = models.BooleanField(_("answered"), default=True)
    note = models.TextField(_("note"), blank=True, validators=[MaxLengthValidator(NOTE_MAX_LENGTH)])
    updated_at = models.DateTimeField(_("saved at"), auto_now=True)

    all_objects = models.Manager()
    objects = AnswerManager()

    class Meta:
        verbose_name = _("answer")
        default_manager_name = "objects"
        base_manager_name = "all_objects"
        verbose_name_plural = _("answers")
        ordering = ["question__field__number", "question__order"]
        constraints = [
            models.UniqueConstraint(
                fields=["round", "question", "user"], name="one_answer_per_member_and_question"
            ),
            models.CheckConstraint(
                condition=Q(level__isnull=True) | Q(level__lte=MAX_LEVEL),
                name="answer_level_on_scale",
            ),
            models.CheckConstraint(
                condition=Q(answered=True) | Q(level__isnull=True),
                name="unanswered_has_no_level",
            ),
        ]

    def __str__(self):
        return f"{self.question} – {self.get_level_display() or '?'}"


class AgreedAnswer(models.Model):
    """The answer the team agreed on in the workshop, recorded by the coordinator."""

    round = models.ForeignKey(
        Round, on_delete=models.CASCADE, related_name="agreed_answers", verbose_name=_("round")
    )
    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="+", verbose_name=_("question")
    )
    level = models.PositiveSmallIntegerField(
        _("agreed answer"), choices=Level.choices, null=True, blank=True
    )
    note = models.TextField(_("note"), blank=True, validators=[MaxLengthValidator(NOTE_MAX_LENGTH)])
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    decided_at = models.DateTimeField(_("recorded at"), auto_now=True)

    class Meta:
        verbose_name = _("agreed answer")
        verbose_name_plural = _("agreed answers")
        constraints = [
            models.UniqueConstraint(fields=["round", "question"], name="one_agreed_answer"),
            models.CheckConstraint(
                condition=Q(level__isnull=True) | Q(level__lte=MAX_LEVEL),
                name="agreed_level_on_scale",
            ),
        ]

    def __str__(self):
        return f"{self.question} – {self.get_level_display() or '?'}"


class FieldAssignment(models.Model):
    """The coordinator asks a member to take a field (e.g. business development takes field 4)."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="assignments")
    field = models.ForeignKey("weltoffen.Field", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = _("field assignment")
        verbose_name_plural = _("field assignments")
        constraints = [
            models.UniqueConstraint(
                fields=["round", "field", "user"], name="field_assignment_unique"
            )
        ]

    def __str__(self):
        return f"{self.field} – {self.user}"


class BenchmarkConsent(models.Model):
    """A municipality allows its completed results to be counted anonymously in the comparison."""

    municipality = models.OneToOneField(
        "contacts.Municipality", on_delete=models.CASCADE, related_name="benchmark_consent"
    )
    allowed = models.BooleanField(_("take part in the anonymous comparison"), default=False)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("benchmark consent")
        verbose_name_plural = _("benchmark consents")

    def __str__(self):
        return f"{self.municipality}: {self.allowed}"


class MeasureStatus(models.TextChoices):
    OPEN = "open", _("open")
    IN_PROGRESS = "in-progress", _("in progress")
    DONE = "done", _("done")


class Measure(models.Model):
    """A measure of the municipality's action plan, kept across rounds."""

    municipality = models.ForeignKey(
        "contacts.Municipality",
        on_delete=models.CASCADE,
        related_name="measures",
        verbose_name=_("municipality"),
    )
    field = models.ForeignKey(
        "weltoffen.Field",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("field of action"),
    )
    title = models.CharField(_("measure"), max_length=200)
    responsible_unit = models.CharField(_("responsible unit"), max_length=120, blank=True)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=MeasureStatus.choices, default=MeasureStatus.OPEN
    )
    note = models.TextField(_("note"), blank=True, validators=[MaxLengthValidator(NOTE_MAX_LENGTH)])
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("measure")
        verbose_name_plural = _("measures")
        ordering = ["field__number", "due_date", "pk"]
        indexes = [
            models.Index(fields=["municipality", "status"]),
            models.Index(fields=["municipality", "field"]),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("selfcheck:measure-edit", kwargs={"pk": self.pk})

    @property
    def is_overdue(self):
        """Due before today and not done."""
        return (
            self.due_date is not None
            and self.due_date < timezone.localdate()
            and self.status != MeasureStatus.DONE
        )


MEASURE_FIELDS = ("field", "title", "responsible_unit", "due_date", "status", "note")  # editable


class MeasureChangeKind(models.TextChoices):
    CREATED = "created", _("created")
    CHANGED = "changed", _("changed")


class MeasureChange(models.Model):
    """One entry of a measure's history: who created or changed it when, and what changed
    (`changes`: a list of {"field", "old", "new"} with the values as stored, as text)."""

    measure = models.ForeignKey(
        Measure, on_delete=models.CASCADE, related_name="changes", verbose_name=_("measure")
    )
    kind = models.CharField(_("kind of entry"), max_length=10, choices=MeasureChangeKind.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by whom"),
    )
    changed_at = models.DateTimeField(_("when"), default=timezone.now)
    changes = models.JSONField(_("changes"), default=list, blank=True)

    class Meta:
        verbose_name = _("change of a measure")
        verbose_name_plural = _("changes of measures")
        ordering = ["-changed_at", "-pk"]
        indexes = [models.Index(fields=["measure", "-changed_at"])]

    def __str__(self):
        return f"{self.measure}: {self.get_kind_display()} {self.changed_at:%Y-%m-%d}"
