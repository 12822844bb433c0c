"""The admin's dump upload: upload files, preview what will change (with warnings), confirm.

The preview stores each good file verbatim as a RawDump (nothing received is lost) and runs the
import as a dry run; the confirm step names those RawDumps by id, so it works across several app
servers (the database is shared) and never trusts a file name or path from the form.

The raw dumps admin's "Re-parse with today's source profiles" action shows the same preview for
dumps stored already (what each article would change: title, source, byline, body paragraphs;
new and removed articles; conflicts with an editor's changes, which are never overwritten) and
confirms through the same step.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse

from ..importers.dump_import import import_dump, import_raw_dump, store_raw_dump
from ..importers.profiles import load_profiles, profiles_digest
from ..ingest.jobs import IngestUnavailable, submit_dumps
from ..models import RawDump
from .uploads import refuse_oversized

MAX_FILES = 50


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(f, initial) for f in files if f] or [
            super().clean(None, initial)
        ]


class DumpUploadForm(forms.Form):
    files = MultipleFileField(
        label="Dump files", help_text="Raw text dumps: one article, many, or several pages each."
    )
    publish = forms.BooleanField(
        required=False, help_text="Publish the new articles at once (otherwise they are drafts)."
    )

    def __init__(self, *args, can_publish=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not can_publish:
            del self.fields["publish"]

    def clean_files(self):
        files = self.cleaned_data["files"]
        if len(files) > MAX_FILES:
            raise forms.ValidationError(f"Upload at most {MAX_FILES} files at once.")
        limit = settings.NEWSROOM_MAX_UPLOAD_BYTES
        for f in files:
            if f.size > limit:
                raise forms.ValidationError(
                    f"{f.name}: {filesizeformat(f.size)} is over the limit of "
                    f"{filesizeformat(limit)}."
                )
        return files


class DumpConfirmForm(forms.Form):
    dumps = forms.ModelMultipleChoiceField(queryset=RawDump.objects.all(), to_field_name="pk")
    publish = forms.BooleanField(required=False)
    reparse = forms.BooleanField(required=False)  # from the re-parse action: say so
    profiles = forms.CharField(required=False)  # the digest of the profiles the preview used


#: What the confirm step counts, and how its message names each count.
TOTALS = {
    "created": "created",
    "updated": "updated",
    "unchanged": "unchanged",
    "conflict": "conflicts (changed by an editor, not overwritten)",
    "removed": "no longer in their dump (kept, sent to the triage queue)",
}


def preview_context(previews, profiles, *, publish=False, reparse=False) -> dict:
    """The template context of a preview: the dry runs' results and the dumps to confirm."""
    return {
        "previews": previews,
        "publish": publish,
        "reparse": reparse,
        "profiles_digest": profiles_digest(profiles),
        "good_ids": [p.raw_dump_id for p in previews if p.raw_dump_id],
    }


def confirm(request, can_publish):
    """Import the RawDumps the preview named, with today's source profiles, in one batch: a job
    (articles.ingest), run in-process when no broker is configured."""
    form = DumpConfirmForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Those dumps are no longer available: upload them again.")
        return redirect("admin:articles_rawdump_upload")
    publish = form.cleaned_data["publish"] and can_publish
    reparse = form.cleaned_data["reparse"]
    dumps = form.cleaned_data["dumps"]
    profiles = load_profiles()
    previewed = form.cleaned_data["profiles"]
    if previewed and previewed != profiles_digest(profiles):
        messages.error(
            request,
            "The sources were changed after this preview was made, so it may no longer be what "
            "the import would do: nothing was imported. Preview it again.",
        )
        return redirect(
            "admin:articles_rawdump_changelist" if reparse else "admin:articles_rawdump_upload"
        )
    names = ", ".join(d.name for d in dumps)
    try:
        job = submit_dumps(
            dumps,
            channel="admin-reparse" if reparse else "admin-upload",
            user=request.user,
            publish=publish,
            name=f"Re-parse: {names}" if reparse else names,
        )
    except IngestUnavailable as exc:
        messages.error(request, f"Nothing was imported: {exc}. Try again in a moment.")
        return redirect(
            "admin:articles_rawdump_changelist" if reparse else "admin:articles_rawdump_upload"
        )
    if not job.finished:  # on a worker: its page follows it (and survives the tab closing)
        messages.info(request, f"Import queued as job {job.pk}: this page follows it.")
        return redirect("admin:ingest_job_change", job.pk)
    totals = {action: job.counts.get(action, 0) for action in TOTALS}
    done = "Re-parsed with today's source profiles" if reparse else "Imported"
    counts = ", ".join(f"{totals[k]} {label}" for k, label in TOTALS.items() if k != "removed")
    if totals["removed"]:
        counts += f", {totals['removed']} {TOTALS['removed']}"
    if job.status == job.Status.FAILED:
        messages.error(request, f"The import failed (job {job.pk}): {job.error}")
    else:
        messages.success(request, f"{done}: {counts}.")
    return redirect("admin:articles_rawdump_changelist")


def reparse_preview(model_admin, request, queryset):
    """The re-parse action's first step: a dry run of each stored dump with today's profiles."""
    dumps = list(queryset[: MAX_FILES + 1])
    if len(dumps) > MAX_FILES:
        messages.error(request, f"Re-parse at most {MAX_FILES} raw dumps at once.")
        return None
    profiles = load_profiles()
    previews = []
    for raw in dumps:
        result = import_raw_dump(raw, dry_run=True, user=request.user, profiles=profiles)
        result.name = raw.name
        if not result.error:
            result.raw_dump_id = raw.pk
        previews.append(result)
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": "Re-parse stored raw dumps",
        **preview_context(previews, profiles, reparse=True),
    }
    return TemplateResponse(request, "admin/articles/rawdump/reparse.html", context)


def upload_view(model_admin, request):
    """Upload → preview (dry run) → confirm."""
    if not request.user.has_perm("articles.import_article"):
        raise PermissionDenied
    refused = refuse_oversized(request)
    if refused is not None:
        return refused
    can_publish = request.user.has_perm("articles.publish_article")
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": "Upload raw dumps",
    }
    if request.method == "POST" and "confirm" in request.POST:
        return confirm(request, can_publish)

    form = DumpUploadForm(request.POST or None, request.FILES or None, can_publish=can_publish)
    if request.method == "POST" and form.is_valid():
        previews = []
        profiles = load_profiles()
        for upload in form.cleaned_data["files"]:
            data = upload.read()
            result = import_dump(
                data, upload.name, dry_run=True, user=request.user, profiles=profiles
            )
            if not result.error:
                result.raw_dump_id = store_raw_dump(data, upload.name, request.user, result).pk
            previews.append(result)
        publish = form.cleaned_data.get("publish", False)
        context.update(preview_context(previews, profiles, publish=publish))
    context["form"] = form
    return TemplateResponse(request, "admin/articles/rawdump/upload.html", context)
