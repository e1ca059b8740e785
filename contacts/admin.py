from django.contrib import admin

from contacts.models import Municipality


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "state", "ags", "is_model_municipality"]
    list_filter = ["is_model_municipality", "state", "kind"]
    search_fields = ["name", "ags"]
