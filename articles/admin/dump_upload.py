"""The admin's dump upload: upload files, preview what will change (with warnings), confirm.

The preview stores each good file verbatim as a RawDump (nothing received is lost) and runs the
import as a dry run; the confirm step names those RawDumps by id, so it works across several app
servers (the database is shared) and never trusts a file name or path from the form.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse

from ..importers.dump_import import import_dump, import_raw_dump, store_raw_dump
from ..models import ImportBatch, RawDump
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
        confirm = DumpConfirmForm(request.POST)
        if confirm.is_valid():
            publish = confirm.cleaned_data["publish"] and can_publish
            batch = ImportBatch.objects.create(
                kind=ImportBatch.Kind.DUMP,
                name=", ".join(d.name for d in confirm.cleaned_data["dumps"])[:255],
                user=request.user,
            )
            totals = {"created": 0, "updated": 0, "unchanged": 0, "conflict": 0}
            for raw in confirm.cleaned_data["dumps"]:
                result = import_raw_dump(raw, publish=publish, user=request.user, batch=batch)
                for action in totals:
                    totals[action] += result.count(action)
            batch.stats = totals
            batch.save(update_fields=["stats"])
            messages.success(
                request,
                f"Imported: {totals['created']} created, {totals['updated']} updated, "
                f"{totals['unchanged']} unchanged, {totals['conflict']} conflicts "
                "(changed by an editor, not overwritten).",
            )
            return redirect("admin:articles_rawdump_changelist")
        messages.error(request, "Those dumps are no longer available: upload them again.")
        return redirect("admin:articles_rawdump_upload")

    form = DumpUploadForm(request.POST or None, request.FILES or None, can_publish=can_publish)
    if request.method == "POST" and form.is_valid():
        previews = []
        for upload in form.cleaned_data["files"]:
            data = upload.read()
            result = import_dump(data, upload.name, dry_run=True, user=request.user)
            if not result.error:
                result.raw_dump_id = store_raw_dump(data, upload.name, request.user, result).pk
            previews.append(result)
        context.update(
            previews=previews,
            publish=form.cleaned_data.get("publish", False),
            good_ids=[p.raw_dump_id for p in previews if p.raw_dump_id],
        )
    context["form"] = form
    return TemplateResponse(request, "admin/articles/rawdump/upload.html", context)
