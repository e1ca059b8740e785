from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from reversion.admin import VersionAdmin

from magazine import services
from magazine.models import Article, ArticleImage, ArticleType, Author, Voice
from magazine.sanitize import images_without_alt
from weltoffen import registry
from weltoffen.images import clean_image_upload

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
        super().save_model(request, obj, form, change)
        if "hero_image" in form.changed_data:
            obj.hero_renditions = services.renditions_create(obj.hero_image)
            obj.save(update_fields=["hero_renditions"])

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        for image in formset.new_objects + [obj for obj, _fields in formset.changed_objects]:
            if isinstance(image, ArticleImage):
                services.body_image_prepare(image=image)

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


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    form = PhotoForm
    list_display = ["name", "role"]
    search_fields = ["name", "role"]


@admin.register(Voice)
class VoiceAdmin(admin.ModelAdmin):
    form = PhotoForm
    list_display = ["name", "municipality", "is_published", "order"]
    list_editable = ["is_published", "order"]
    search_fields = ["name", "text", "municipality"]
