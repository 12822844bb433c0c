"""Ingest in the admin: jobs with their progress pages, feeds per source, near-duplicate
groups for triage, and the dashboard (per channel: last run, items in, failures, retry)."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.views.decorators.http import require_POST

from ..models import Article
from ..workflow import TransitionError
from . import dashboard, jobs, neardup
from .feeds import poll_now
from .models import DuplicateGroup, Feed, Job

IMPORT_PERMISSION = "articles.import_article"


def _may_import(request) -> bool:
    return (
        request.user.is_active
        and request.user.is_staff
        and (request.user.has_perm(IMPORT_PERMISSION) or request.user.has_perm("ingest.view_job"))
    )


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ["id", "kind", "channel", "name", "status", "progress", "created_at", "user"]
    list_filter = ["status", "kind", "channel"]
    search_fields = ["name", "error"]
    date_hierarchy = "created_at"
    list_select_related = ["user"]
    change_list_template = "admin/ingest/job/change_list.html"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return _may_import(request)

    def has_module_permission(self, request):
        return _may_import(request)

    @admin.display(description="progress")
    def progress(self, job):
        return f"{job.done}/{job.total}" if job.total else "—"

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("dashboard/", view(self.dashboard_view), name="ingest_dashboard"),
            path("dashboard/retry/", view(self.retry_channel), name="ingest_retry_channel"),
            path("<int:job_id>/retry/", view(self.retry_view), name="ingest_job_retry"),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """The job's page: progress while it runs (the page reloads itself), then its result."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        job = get_object_or_404(Job.objects.select_related("user", "upload"), pk=object_id)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": str(job),
            "job": job,
            "files": job.result.get("files", []),
            "created": Article.objects.filter(pk__in=job.result.get("created", [])[:50]),
        }
        return TemplateResponse(request, "admin/ingest/job.html", context)

    def dashboard_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Ingest dashboard",
            "rows": dashboard.rows(),
            "undecided": DuplicateGroup.objects.filter(chosen=None).count(),
        }
        return TemplateResponse(request, "admin/ingest/dashboard.html", context)

    def retry_view(self, request, job_id):
        if request.method != "POST":
            return redirect("admin:ingest_job_change", job_id)
        if not self.has_view_permission(request):
            raise PermissionDenied
        job = get_object_or_404(Job, pk=job_id)
        return self._retry(request, job, redirect("admin:ingest_job_change", job.pk))

    def retry_channel(self, request):
        """The dashboard's Retry: a feed is polled now; another channel's last failed job runs
        again."""
        if request.method != "POST":
            return redirect("admin:ingest_dashboard")
        if not self.has_view_permission(request):
            raise PermissionDenied
        back = redirect("admin:ingest_dashboard")
        channel = request.POST.get("channel", "")
        if channel.startswith("feed:"):
            feed = Feed.objects.filter(pk=channel[5:] if channel[5:].isdigit() else None).first()
            if feed is None:
                messages.error(request, "That feed no longer exists.")
                return back
            try:
                job = poll_now(feed)
            except jobs.IngestUnavailable as exc:
                messages.error(request, f"Not retried: {exc}.")
                return back
            messages.success(request, f"{feed.url}: polled again ({job.get_status_display()}).")
            return back
        job = (
            Job.objects.filter(channel=channel, status=Job.Status.FAILED)
            .order_by("-created_at", "-id")
            .first()
        )
        if job is None:
            messages.info(request, "Nothing to retry on that channel.")
            return back
        return self._retry(request, job, back)

    def _retry(self, request, job, back):
        if job.status != Job.Status.FAILED:
            messages.info(request, f"{job} has not failed: nothing to retry.")
            return back
        try:
            job = jobs.retry(job)
        except jobs.IngestUnavailable as exc:
            messages.error(request, f"Not retried: {exc}.")
            return back
        messages.success(request, f"{job}: retried ({job.get_status_display()}).")
        return back


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    """Feeds are the editors' to configure (``articles.publish_article``), like sources."""

    list_display = [
        "url",
        "source",
        "format",
        "enabled",
        "last_polled_at",
        "last_status",
        "failures",
    ]
    list_filter = ["enabled", "format", "source"]
    search_fields = ["url", "source__name"]
    readonly_fields = [
        "etag",
        "last_modified",
        "last_polled_at",
        "last_status",
        "last_error",
        "failures",
        "next_poll_at",
        "items_in",
    ]
    fields = ["source", "url", "format", "enabled", "interval", "publish", *readonly_fields]
    actions = ["poll_selected"]

    def _editor(self, request) -> bool:
        return (
            request.user.is_active
            and request.user.is_staff
            and (request.user.has_perm("articles.publish_article"))
        )

    def has_module_permission(self, request):
        return self._editor(request)

    def has_view_permission(self, request, obj=None):
        return self._editor(request)

    def has_add_permission(self, request):
        return self._editor(request)

    def has_change_permission(self, request, obj=None):
        return self._editor(request)

    def has_delete_permission(self, request, obj=None):
        return self._editor(request)

    @admin.action(description="Poll the selected feeds now")
    def poll_selected(self, request, queryset):
        for feed in queryset:
            try:
                poll_now(feed)
            except jobs.IngestUnavailable as exc:
                messages.error(request, f"Not polled: {exc}.")
                return
        messages.success(request, f"{queryset.count()} feed(s) polled.")


@admin.register(DuplicateGroup)
class DuplicateGroupAdmin(admin.ModelAdmin):
    list_display = ["__str__", "stories", "created_at", "decision"]
    list_filter = [("chosen", admin.EmptyFieldListFilter)]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return request.user.is_staff and request.user.has_perm("articles.change_article")

    def has_module_permission(self, request):
        return self.has_view_permission(request)

    @admin.display(description="stories")
    def stories(self, group):
        return " | ".join(
            f"{a.source or 'no source'}: {a.title[:60]}" for a in neardup.members(group)[:4]
        )

    @admin.display(description="kept")
    def decision(self, group):
        if group.chosen_id is None:
            return format_html("<strong>{}</strong>", "to triage")
        return f"article {group.chosen_id}"

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<int:group_id>/keep/", view(require_POST(self.keep_view)), name="ingest_keep"),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if not self.has_view_permission(request):
            raise PermissionDenied
        group = get_object_or_404(DuplicateGroup, pk=object_id)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": str(group),
            "group": group,
            "members": neardup.members(group),
            "can_keep": request.user.has_perm("articles.publish_article"),
        }
        return TemplateResponse(request, "admin/ingest/duplicates.html", context)

    def keep_view(self, request, group_id):
        group = get_object_or_404(DuplicateGroup, pk=group_id)
        back = redirect(reverse("admin:ingest_duplicategroup_change", args=[group.pk]))
        if not request.user.has_perm("articles.publish_article"):
            raise PermissionDenied
        wanted = request.POST.get("article", "")
        article = Article.objects.filter(pk=wanted).first() if wanted.isdigit() else None
        if article is None:
            messages.error(request, "Choose one of the stories to keep.")
            return back
        try:
            archived = neardup.keep(group, article, request.user)
        except TransitionError as exc:
            messages.error(request, str(exc))
            return back
        copies = "1 other copy" if len(archived) == 1 else f"{len(archived)} other copies"
        messages.success(request, f"Kept “{article.title}”; {copies} archived.")
        return back
