from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from reversion.admin import VersionAdmin

from magazine import services
from magazine.models import Article, ArticleImage, ArticleType, Author, Voice
from magazine.sanitize import images_without_alt
from weltoffen import registry
from weltoffen.images import clean_image_upload, files_delete

check_upload = clean_image_upload


class ArticleForm(forms.ModelForm):
    more_links = forms.MultipleChoiceField(
        label=_("“Mehr erfahren?” links"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=lambda: [(key, label) for key, (label, _url) in registry.more_links.items()],
    )

    class Meta:
        model = Article
        widgets = {"fields": forms.CheckboxSelectMultiple}
        fields = [
            "title",
            "slug",
            "type",
            "fields",
            "teaser",
            "body",
            "hero_image",
            "hero_alt",
            "hero_credit",
            "authors",
            "municipalities",
            "quote",
            "more_links",
            "status",
            "published_at",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "fields" in self.fields:
            self.fields["fields"].required = True
            self.fields["fields"].error_messages["required"] = _(
                "Please choose at least one field of action."
            )

    def clean_hero_image(self):
        return check_upload(self.cleaned_data.get("hero_image"))

    def clean_body(self):
        body = self.cleaned_data.get("body", "")
        if images_without_alt(body):
            raise forms.ValidationError(
                _(
                    "Please give every image in the text an alternative "
                    "text (a short description for people who cannot see "
                    "it)."
                )
            )
        return body

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("hero_image") and not cleaned.get("hero_alt", "").strip():
            self.add_error("hero_alt", _("Please describe the image for people who cannot see it."))
        return cleaned


class ArticleImageForm(forms.ModelForm):
    class Meta:
        model = ArticleImage
        fields = ["image", "alt"]

    def clean_image(self):
        return check_upload(self.cleaned_data.get("image"))


class ArticleImageInline(admin.TabularInline):
    model = ArticleImage
    form = ArticleImageForm
    extra = 0
    readonly_fields = ["address"]

    @admin.display(description=_("address for the editor"))
    def address(self, obj):
        return obj.web_url if obj.pk and obj.image else "–"


@admin.register(Article)
class ArticleAdmin(VersionAdmin):
    form = ArticleForm
    list_display = ["title", "status", "type", "field_list", "published_at"]
    list_filter = ["status", "type", "fields", "authors"]
    list_select_related = ["type"]
    search_fields = ["title", "teaser", "search_text"]
    date_hierarchy = "published_at"
    autocomplete_fields = ["authors", "municipalities", "quote"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [ArticleImageInline]
    actions = ["publish", "unpublish"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "type", "fields", "teaser", "body"]}),
        (_("Image"), {"fields": ["hero_image", "hero_alt", "hero_credit"]}),
        (
            _("Bylines and references"),
            {"fields": ["authors", "municipalities", "quote", "more_links"]},
        ),
        (_("Publication"), {"fields": ["status", "published_at"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("fields")

    @admin.display(description=_("fields of action"))
    def field_list(self, obj):
        return ", ".join(str(f.number) for f in obj.fields.all())

    def get_readonly_fields(self, request, obj=None):
        return ["slug"] if obj and obj.status == Article.Status.PUBLISHED else []

    def get_prepopulated_fields(self, request, obj=None):
        return {} if obj and obj.status == Article.Status.PUBLISHED else {"slug": ["title"]}

    def save_model(self, request, obj, form, change):
        services.article_prepare(article=obj, changed_fields=form.changed_data)
        replaced = change and "hero_image" in form.changed_data
        stored = Article.objects.filter(pk=obj.pk).first() if replaced else None
        super().save_model(request, obj, form, change)
        if "hero_image" in form.changed_data:
            previous = [stored.hero_image.name, *stored.hero_renditions.values()] if stored else []
            services.article_hero_image_set(article=obj, previous=previous)

    def save_formset(self, request, form, formset, change):
        if formset.model is not ArticleImage:
            return super().save_formset(request, form, formset, change)
        replaced = [f.instance.pk for f in formset.initial_forms if "image" in f.changed_data]
        stored = ArticleImage.objects.filter(pk__in=replaced)
        previous = {image.pk: services.body_image_files(image) for image in stored}
        super().save_formset(request, form, formset, change)
        for image in formset.new_objects:
            services.body_image_prepare(image=image)
        for image, _fields in formset.changed_objects:
            if image.pk in previous:  # a new file, not just a new alternative text
                services.body_image_prepare(image=image, previous=previous[image.pk])
        for image in formset.deleted_objects:
            files_delete(services.body_image_files(image))

    def delete_model(self, request, obj):
        names = services.article_files(obj)
        super().delete_model(request, obj)
        files_delete(names)

    def delete_queryset(self, request, queryset):
        names = [name for article in queryset for name in services.article_files(article)]
        super().delete_queryset(request, queryset)
        files_delete(names)

    @admin.action(description=_("Publish the selected articles"))
    def publish(self, request, queryset):
        count = services.articles_set_status(queryset=queryset, status=Article.Status.PUBLISHED)
        self.message_user(
            request,
            ngettext("%(count)d article published.", "%(count)d articles published.", count)
            % {"count": count},
        )

    @admin.action(description=_("Withdraw the selected articles (back to draft)"))
    def unpublish(self, request, queryset):
        count = services.articles_set_status(queryset=queryset, status=Article.Status.DRAFT)
        self.message_user(
            request,
            ngettext("%(count)d article withdrawn.", "%(count)d articles withdrawn.", count)
            % {"count": count},
        )


@admin.register(ArticleType)
class ArticleTypeAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order"]
    prepopulated_fields = {"slug": ["name"]}


class PhotoForm(forms.ModelForm):
    def clean_photo(self):
        return clean_image_upload(self.cleaned_data.get("photo"))


class PhotoAdmin(admin.ModelAdmin):
    """A replaced or removed photo leaves no file behind."""

    form = PhotoForm

    def save_model(self, request, obj, form, change):
        stored = type(obj).objects.filter(pk=obj.pk).first() if change else None
        super().save_model(request, obj, form, change)
        if stored and "photo" in form.changed_data:
            files_delete([stored.photo.name], keep=[obj.photo.name])

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        files_delete([obj.photo.name])

    def delete_queryset(self, request, queryset):
        names = [item.photo.name for item in queryset]
        super().delete_queryset(request, queryset)
        files_delete(names)


@admin.register(Author)
class AuthorAdmin(PhotoAdmin):
    list_display = ["name", "role"]
    search_fields = ["name", "role"]


@admin.register(Voice)
class VoiceAdmin(PhotoAdmin):
    list_display = ["name", "municipality", "is_published", "order"]
    list_editable = ["is_published", "order"]
    search_fields = ["name", "text", "municipality"]
