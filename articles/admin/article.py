"""The article admin: what editors and reporters work in all day."""

from django import forms
from django.contrib import admin
from django.utils import timezone
from simple_history.admin import SimpleHistoryAdmin

from ..models import Article
from ..slugs import unique_slug
from .importexport import ArticleImportExportMixin

EDITABLE_FIELDS = (
    "title",
    "slug",
    "summary",
    "body",
    "captions",
    "byline",
    "dateline",
    "source",
    "external_id",
    "canonical_url",
    "status",
    "section",
    "published_at",
)
PROVENANCE_FIELDS = (
    "raw_dump",
    "dump_span",
    "import_batch",
    "import_fingerprint",
    "import_warnings",
    "is_stub",
    "created_at",
    "updated_at",
)


class ArticleAdminForm(forms.ModelForm):
    class Meta:
        model = Article
        fields = EDITABLE_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False

    def clean(self):
        data = super().clean()
        if "slug" in self.fields and not data.get("slug") and data.get("title"):
            others = Article.objects.exclude(pk=self.instance.pk)
            data["slug"] = unique_slug(data["title"], queryset=others)
        if data.get("status") == Article.Status.PUBLISHED and not data.get("published_at"):
            data["published_at"] = timezone.now()
        return data


@admin.register(Article)
class ArticleAdmin(ArticleImportExportMixin, SimpleHistoryAdmin):
    form = ArticleAdminForm
    list_display = ("title", "status", "section", "source", "byline", "published_at")
    list_filter = ("status", "section", "source", "published_at", "is_stub")
    search_fields = ("title", "byline", "body")
    date_hierarchy = "published_at"
    autocomplete_fields = ("source", "section")
    prepopulated_fields = {"slug": ("title",)}
    readonly_fields = PROVENANCE_FIELDS
    list_select_related = ("section__parent", "source")
    list_per_page = 50
    show_full_result_count = False
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "body", "captions")}),
        ("Credits", {"fields": ("byline", "dateline", "source", "external_id", "canonical_url")}),
        ("Publishing", {"fields": ("status", "section", "published_at")}),
        ("Provenance", {"classes": ("collapse",), "fields": PROVENANCE_FIELDS}),
    )
