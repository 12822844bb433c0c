"""The audit log in the admin: superusers read it, filter it and export it to CSV; nobody adds,
changes or deletes an entry (and the database refuses to, see migration 0002)."""

import csv

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import StreamingHttpResponse
from django.urls import path
from django.utils import timezone

from articles.importers.csv_fields import escape_formula

from . import log
from .models import Action, AuditEntry

CSV_COLUMNS = (
    "at",
    "action",
    "actor",
    "actor_id",
    "ip_address",
    "object_type",
    "object_id",
    "object_repr",
    "summary",
    "details",
)


class _Echo:
    def write(self, value):
        return value


def csv_rows(queryset):
    """The header, then one row per entry; every text cell formula-escaped."""
    yield CSV_COLUMNS
    for entry in queryset.iterator(chunk_size=2000):
        row = (
            entry.at.isoformat(),
            entry.action,
            entry.actor,
            "" if entry.actor_id is None else entry.actor_id,
            entry.ip_address or "",
            entry.object_type,
            entry.object_id,
            entry.object_repr,
            entry.summary,
            log.json_text(entry.details),
        )
        yield [escape_formula(cell) if isinstance(cell, str) else cell for cell in row]


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ("at", "action", "actor", "ip_address", "object_repr", "summary")
    list_filter = ("action", ("at", admin.DateFieldListFilter), "object_type")
    search_fields = ("actor", "object_repr", "summary", "=object_id", "=ip_address")
    date_hierarchy = "at"
    list_per_page = 100
    show_full_result_count = False
    change_list_template = "admin/audit/auditentry/change_list.html"
    readonly_fields = [f.name for f in AuditEntry._meta.fields]

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_actions(self, request):
        return {}

    def get_urls(self):
        view = self.admin_site.admin_view(self.export_view)
        return [path("export.csv", view, name="audit_auditentry_export"), *super().get_urls()]

    def export_view(self, request):
        """The entries the list shows (same filters and search), as CSV."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        changelist = self.get_changelist_instance(request)
        queryset = changelist.get_queryset(request)
        log.record(
            Action.EXPORT,
            request=request,
            summary="Audit log exported as CSV",
            details={"format": "csv", "of": "audit log", "filters": dict(request.GET.items())},
        )
        writer = csv.writer(_Echo())
        response = StreamingHttpResponse(
            (writer.writerow(row) for row in csv_rows(queryset)), content_type="text/csv"
        )
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        response["Content-Disposition"] = f'attachment; filename="audit-{stamp}.csv"'
        return response
