"""The article admin: what editors and reporters work in all day.

Roles are enforced on the server on every path that writes (change form, revert, list edits, bulk
actions) with the rules in ``articles.workflow``. Saves are optimistic-locked on
``Article.version``: the form carries the version it was loaded with, and a stale save is refused
with the editor's text kept in the form (article_forms.py). Staff preview any article on the
public template; the history list compares two revisions and reverts (django-simple-history).
"""

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.utils import unquote
from django.contrib.postgres.search import SearchQuery
from django.core.exceptions import PermissionDenied
from django.db import connections, transaction
from django.db.models import F
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from audit import log as audit

from .. import cache, search, workflow
from ..api.webhooks import events as webhooks
from ..cache.changes import ARTICLE_FIELDS
from ..ingest.filters import NearDuplicateFilter
from ..models import Article
from ..workflow import TransitionError
from .article_actions import BulkActionsMixin
from .article_changelist import (
    EXACT_COUNT,
    ArticleChangeList,
    EstimatingPaginator,
    LocalDateFilter,
    MonthFilter,
    PublicationFilter,
    SectionFilter,
    TriageFilter,
    YearFilter,
)
from .article_forms import (
    ArticleAdminForm,
    ArticleListForm,
    local_time,
)
from .article_revisions import compare_revisions
from .importexport import ArticleImportExportMixin

PROVENANCE_FIELDS = (
    "raw_dump",
    "dump_span",
    "import_batch",
    "import_fingerprint",
    "import_warnings",
    "import_confidence",
    "import_doubts",
    "is_stub",
    "created",
    "updated",
)


class StaleVersion(Exception):
    """Someone saved the article between our form's validation and our write."""


@admin.register(Article)
class ArticleAdmin(ArticleImportExportMixin, BulkActionsMixin, SimpleHistoryAdmin):
    form = ArticleAdminForm
    list_display = ("title", "status", "publication", "section", "source", "byline", "flags")
    list_editable = ("status",)
    list_filter = (
        TriageFilter,
        NearDuplicateFilter,
        "status",
        PublicationFilter,
        ("section", SectionFilter),
        "source",
        ("published_at", LocalDateFilter),
        YearFilter,
        MonthFilter,
        "is_stub",
    )
    search_fields = ("title", "byline", "body")
    autocomplete_fields = ("source", "section", "lead_image")
    prepopulated_fields = {"slug": ("title",)}
    list_select_related = ("section__parent__parent", "source")
    list_per_page = 50
    show_full_result_count = False
    paginator = EstimatingPaginator
    actions = ("assign_section", "submit_for_review", "publish", "unpublish", "archive")
    change_list_template = "admin/articles/article/change_list.html"
    object_history_list_template = "admin/articles/article/object_history_list.html"
    history_list_display = ["status"]

    # -- who may do what -------------------------------------------------------------------

    def has_publish_permission(self, request):
        return workflow.can_publish(request.user)

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        if obj is None:
            return True
        status = obj.status
        if hasattr(obj, "_history"):  # an old copy (revert): what counts is the saved article
            status = Article.objects.filter(pk=obj.pk).values_list("status", flat=True).first()
        return status is not None and workflow.can_edit(request.user, status)

    def get_readonly_fields(self, request, obj=None):
        if workflow.can_publish(request.user):
            return (*PROVENANCE_FIELDS, "publication_state", "import_check")
        return (
            *PROVENANCE_FIELDS,
            "section",
            "publication_time",
            "publication_state",
            "import_check",
        )

    def get_fieldsets(self, request, obj=None):
        when = "published_at" if workflow.can_publish(request.user) else "publication_time"
        publishing = ["status", "section", when, "publication_state"]
        if obj is not None and self.has_change_permission(request, obj):
            publishing.append("loaded_version")
        doubted = () if obj is None or not self._doubts(obj) else ("import_check",)
        checks = (("Check this import", {"fields": doubted}),) if doubted else ()
        return (
            *checks,
            (None, {"fields": ("title", "slug", "summary", "body")}),
            ("Lead photo", {"fields": ("lead_image",)}),
            (
                "Credits",
                {"fields": ("byline", "dateline", "source", "external_id", "canonical_url")},
            ),
            ("Publishing", {"fields": publishing}),
            ("Provenance", {"classes": ("collapse",), "fields": PROVENANCE_FIELDS}),
        )

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.user = request.user
        return form

    def get_changelist_form(self, request, **kwargs):
        form = super().get_changelist_form(request, form=ArticleListForm, **kwargs)
        form.user = request.user
        return form

    def get_ordering(self, request):
        """Newest first by id, which the primary key's index answers at once (Meta's
        -published_at puts every undated draft in one tie PostgreSQL must sort in full); by
        publication time when the list is filtered on it, which that index answers."""
        dated = {"year", "published_at__gte", "published_at__lt"} & set(request.GET)
        return ("-published_at", "-id") if dated else ("-id",)

    def get_search_results(self, request, queryset, search_term):
        """On PostgreSQL the search vector's GIN index (articles/search.py), not a scan of every
        body; elsewhere Django's icontains over search_fields."""
        if search_term.strip() and connections[queryset.db].vendor == "postgresql":
            query = SearchQuery(search_term, search_type="websearch", config=search.CONFIG)
            return queryset.filter(search_vector=query), False
        return super().get_search_results(request, queryset, search_term)

    def get_changelist(self, request, **kwargs):
        return ArticleChangeList

    # -- saving ----------------------------------------------------------------------------

    def save_model(self, request, obj, form, change):
        """Write ``obj`` if the saved version is still the one the form was loaded with.

        ``UPDATE ... SET version = version + 1 WHERE pk = ... AND version = <loaded>`` claims the
        row (and locks it until commit); no row means a stale form: StaleVersion, and
        changeform_view shows the conflict. Roles are checked again against the saved status.
        The page cache is told what readers saw before and see after (nothing, for a draft).
        """
        if not change:
            workflow.apply(obj, obj.status)
            obj.version = 1
            super().save_model(request, obj, form, change)
            cache.article_changed(None, obj)
            audit.article_changed(request, None, obj, via="change form")
            webhooks.article_changed(None, obj)
            return
        loaded = form.cleaned_data.get("loaded_version")  # None for list edits (status only)
        with transaction.atomic():
            rows = Article.objects.filter(pk=obj.pk)
            claimed = rows.filter(version=loaded) if loaded else rows
            if not claimed.update(version=F("version") + 1):
                raise StaleVersion
            saved = rows.values("version", "id", *ARTICLE_FIELDS).get()
            if not workflow.can_publish(request.user):
                obj.section_id, obj.published_at = saved["section_id"], saved["published_at"]
            try:
                workflow.check_transition(
                    request.user,
                    saved["status"],
                    obj.status,
                    has_section=bool(obj.section_id),
                    lead_image_id=obj.lead_image_id,
                    body=obj.body,
                )
            except TransitionError as error:
                raise PermissionDenied(str(error)) from error
            workflow.apply(obj, obj.status)
            obj.version = saved.pop("version")
            super().save_model(request, obj, form, change)
            cache.article_changed(saved, obj)
            via = getattr(request, "_audit_via", None) or ("change form" if loaded else "list edit")
            audit.article_changed(request, saved, obj, via=via)
            webhooks.article_changed(saved, obj)

    def delete_model(self, request, obj):
        before = cache.article_state(obj)
        super().delete_model(request, obj)
        cache.article_changed(before, None)
        webhooks.article_changed(before, None)

    def delete_queryset(self, request, queryset):
        with transaction.atomic():
            before = cache.article_states(queryset.values_list("pk", flat=True))
            super().delete_queryset(request, queryset)
            cache.articles_changed(before=before)
            webhooks.articles_changed(before=before)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        extra_context = {**(extra_context or {}), "time_zone": settings.TIME_ZONE}
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except StaleVersion:  # lost the race after validating: the form now shows the conflict
            return super().changeform_view(request, object_id, form_url, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """simple_history's revert, which would save on POST without a change permission."""
        if not str(version_id).isdigit():
            raise Http404("No such revision")
        if request.method != "POST":
            return super().history_form_view(request, object_id, version_id, extra_context)
        saved = self.get_object(request, unquote(object_id))
        if saved is None or not self.has_change_permission(request, saved):
            raise PermissionDenied
        request._audit_via = f"revert to revision {version_id}"
        try:
            with transaction.atomic():
                response = super().history_form_view(request, object_id, version_id, extra_context)
                if response.status_code == 302:  # saved (a form with errors answers 200)
                    audit.record(
                        audit.Action.REVERT,
                        request=request,
                        obj=saved,
                        summary=f"Reverted “{saved}” to revision {version_id}",
                        details={"revision": int(version_id)},
                    )
                return response
        except StaleVersion:
            return super().history_form_view(request, object_id, version_id, extra_context)

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "time_zone": settings.TIME_ZONE,
            "exact_count": EXACT_COUNT,
        }
        try:
            return super().changelist_view(request, extra_context)
        except StaleVersion:
            self.message_user(request, "An article was deleted meanwhile.", messages.ERROR)
            return super().changelist_view(request, extra_context)

    def history_view(self, request, object_id, extra_context=None):
        extra_context = {**(extra_context or {}), "time_zone": settings.TIME_ZONE}
        return super().history_view(request, object_id, extra_context)

    def view_on_site(self, obj):
        """The "View on site" link, only where readers can see it (Preview covers the rest)."""
        return obj.get_absolute_url() if obj.is_public else None

    # -- columns and read-only fields ------------------------------------------------------

    def action_checkbox(self, obj):
        """Django's row checkbox, written without a widget template (fifty per page)."""
        label = format_html("Select this object for an action - {}", obj)
        return format_html(
            '<input type="checkbox" name="{}" value="{}" class="action-select" aria-label="{}">',
            ACTION_CHECKBOX_NAME,
            obj.pk,
            label,
        )

    @admin.display(description=f"Publication ({settings.TIME_ZONE})", ordering="published_at")
    def publication(self, obj):
        if obj.published_at is None:
            return "—"
        when = timezone.localtime(obj.published_at).strftime("%d %b %Y, %H:%M").lstrip("0")
        if workflow.is_scheduled(obj):
            return format_html("<strong>Scheduled</strong> {}", when)
        return when

    @admin.display(description="Import")
    def flags(self, obj):
        flags = ["stub"] if obj.is_stub else []
        if getattr(obj, "photos_missing", False):
            flags.append("photo missing")
        if obj.import_warnings:
            flags.append(f"{len(obj.import_warnings)} warning(s)")
        doubts = self._doubts(obj)
        if doubts:
            flags.append(doubts)
        return "; ".join(flags)

    @staticmethod
    def _doubts(obj) -> str:
        """ "62% sure: story boundary guessed, no source found" for an import the dump parser
        doubted (a doubt, or a confidence under the triage threshold); "" otherwise."""
        if not obj.import_doubts and not workflow.is_doubtful(obj):
            return ""
        sure = "" if obj.import_confidence is None else f"{obj.import_confidence:.0%} sure"
        return ": ".join(part for part in (sure, ", ".join(obj.import_doubts)) if part)

    @admin.display(description="Importer's doubts")
    def import_check(self, obj):
        doubts = self._doubts(obj)
        if not doubts:
            return "—"
        if obj.raw_dump_id is None:
            return doubts
        url = reverse("admin:articles_rawdump_change", args=[obj.raw_dump_id])
        return format_html(
            '{}. Check it against <a href="{}">the raw dump it came from</a>.', doubts, url
        )

    @admin.display(description="Publication time")
    def publication_time(self, obj):
        return local_time(obj.published_at)

    @admin.display(description="Readers")
    def publication_state(self, obj):
        state = workflow.state_label(obj)
        if obj.pk is None:
            return "Not visible to readers until it is published."
        if state == "Scheduled":
            return f"Scheduled: goes live by itself at {local_time(obj.published_at)}."
        if state == "Live":
            return f"Live since {local_time(obj.published_at)}."
        return f"Not visible to readers ({state.lower()})."

    @admin.display(description="Created")
    def created(self, obj):
        return local_time(obj.created_at)

    @admin.display(description="Last saved")
    def updated(self, obj):
        return local_time(obj.updated_at)

    # -- preview and revisions -------------------------------------------------------------

    def get_urls(self):
        info = f"{self.opts.app_label}_{self.opts.model_name}"
        view = self.admin_site.admin_view
        return [
            path("<path:object_id>/preview/", view(self.preview_view), name=f"{info}_preview"),
            path("<path:object_id>/compare/", view(self.compare_view), name=f"{info}_compare"),
            *super().get_urls(),
        ]

    def _get_viewable(self, request, object_id):
        article = self.get_object(request, unquote(object_id))
        if article is None:
            raise Http404("No such article.")
        if not self.has_view_or_change_permission(request, article):
            raise PermissionDenied
        return article

    def preview_view(self, request, object_id):
        """The article as readers would see it, on the public template; never cached, noindex."""
        article = self._get_viewable(request, object_id)
        state = self.publication_state(article)
        if article.published_at is None:  # shown as if published now; nothing is saved
            article.published_at = timezone.now()
        context = {
            "article": article,
            "state": state,
            "change_url": reverse("admin:articles_article_change", args=[article.pk]),
        }
        response = TemplateResponse(request, "admin/articles/article/preview.html", context)
        add_never_cache_headers(response)
        patch_cache_control(response, private=True, no_store=True)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    def compare_view(self, request, object_id):
        """What changed between two revisions (?old=<history id>&new=<history id>)."""
        article = self._get_viewable(request, object_id)
        context, status = compare_revisions(article, request.GET)
        context.update(
            self.admin_site.each_context(request),
            opts=self.opts,
            title=f"Compare revisions: {article}",
            time_zone=settings.TIME_ZONE,
        )
        template = "admin/articles/article/compare.html"
        return TemplateResponse(request, template, context, status=status)
