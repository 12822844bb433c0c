"""Raw dumps and import batches: written by importers, read by editors."""

from django.contrib import admin
from django.db.models import Count
from django.urls import path

from ..models import ImportBatch, RawDump
from .dump_upload import reparse_preview, upload_view


class ReadOnlyAdmin(admin.ModelAdmin):
    """Provenance is written by importers only."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(RawDump)
class RawDumpAdmin(ReadOnlyAdmin):
    list_display = ("name", "size", "encoding", "received_at", "received_by", "article_count")
    search_fields = ("name", "sha256")
    date_hierarchy = "received_at"
    exclude = ("content",)
    readonly_fields = ("name", "sha256", "size", "encoding", "warnings", "received_at")
    actions = ("reparse",)

    def has_import_permission(self, request):
        return request.user.has_perm("articles.import_article")

    @admin.action(
        description="Re-parse with today's source profiles (shows the changes first)",
        permissions=["import"],
    )
    def reparse(self, request, queryset):
        """Parse the selected dumps again, as the sources are now; a confirmation page shows
        what would change, and its button applies it through the upload's confirm step."""
        return reparse_preview(self, request, queryset)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    def get_urls(self):
        upload = self.admin_site.admin_view(lambda request: upload_view(self, request))
        return [path("upload/", upload, name="articles_rawdump_upload"), *super().get_urls()]

    @admin.display(description="Articles", ordering="article_count")
    def article_count(self, obj):
        return obj.article_count


@admin.register(ImportBatch)
class ImportBatchAdmin(ReadOnlyAdmin):
    list_display = ("name", "kind", "started_at", "user", "stats")
    list_filter = ("kind",)
    search_fields = ("name",)
    date_hierarchy = "started_at"
