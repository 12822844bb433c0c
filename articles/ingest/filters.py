"""The article changelist's filter for the triage queue: stories another supplier also sent,
whose group no editor has decided yet (the group's page is where one is kept)."""

from django.contrib import admin


class NearDuplicateFilter(admin.SimpleListFilter):
    title = "near duplicates"
    parameter_name = "near_duplicates"

    def lookups(self, request, model_admin):
        return [("undecided", "Same story from another supplier: pick one")]

    def queryset(self, request, queryset):
        if self.value() == "undecided":
            return queryset.filter(
                fingerprint__group__isnull=False, fingerprint__group__chosen__isnull=True
            )
        return queryset
