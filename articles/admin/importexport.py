"""CSV/XLSX import and export for the article admin (django-import-export).

Import is the library's two steps: upload → dry-run preview (per row: new / update / unchanged,
and every invalid row as "row N, column C: message", the same lines ``import_articles`` prints)
→ confirm. Both steps use ``ArticleResource`` in the library's bulk mode. The uploaded bytes wait
for the confirm step in the Django cache (shared by every app server when the cache is Redis,
as production's REDIS_URL sets it; see ``check_shared_cache``), under a random key; the confirm
form carries that key only inside a token signed for the user who uploaded it, so it never
trusts a file name or key typed into the form. Import and export each need their own
permission (``articles.import_article`` / ``articles.export_article``: editors, not reporters).
"""

import re
import uuid

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core import checks, signing
from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.shortcuts import redirect
from django.template.defaultfilters import filesizeformat
from import_export.admin import ImportExportMixin
from import_export.formats import base_formats
from import_export.forms import ConfirmImportForm, ImportForm
from import_export.tmp_storages import CacheStorage

from audit import log as audit

from ..importers.articles_resource import ArticleResource
from ..importers.csv_fields import FileProblem, xlsx_text
from ..importers.csv_read import read_dataset
from .uploads import refuse_oversized

TOKEN_MAX_AGE = 3600  # seconds an uploaded file waits for its confirm step
_KEY = re.compile(r"[0-9a-f]{32}")


def _cache_alias() -> str:
    return "import_export" if "import_export" in settings.CACHES else "default"


class SharedCacheStorage(CacheStorage):
    """The library's CacheStorage on the "import_export" cache alias (else "default"), for an
    hour; it only ever reads a key it generated (a uuid4 hex), never a name from a form."""

    CACHE_LIFETIME = TOKEN_MAX_AGE
    CACHE_PREFIX = "articles-import-"

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        if self.name is not None and not _KEY.fullmatch(self.name):
            raise ValueError("not an upload key")
        self.cache = caches[_cache_alias()]

    def save(self, data):
        if not self.name:
            self.name = uuid.uuid4().hex
        self.cache.set(self.CACHE_PREFIX + self.name, bytes(data), self.CACHE_LIFETIME)

    def read(self):
        return self.cache.get(self.CACHE_PREFIX + self.name)

    def exists(self) -> bool:
        return self.cache.has_key(self.CACHE_PREFIX + self.name)

    def remove(self):
        self.cache.delete(self.CACHE_PREFIX + self.name)


@checks.register(checks.Tags.caches, deploy=True)
def check_shared_cache(app_configs=None, **kwargs):
    """The confirm step may reach another app server than the upload: the cache must be shared."""
    backend = caches[_cache_alias()]
    if isinstance(backend, LocMemCache | DummyCache):
        return [
            checks.Warning(
                f"The article import keeps uploads in the {_cache_alias()!r} cache, which is "
                f"{type(backend).__name__}: with several app servers (or gunicorn workers) the "
                "confirm step will not find the file.",
                hint="Set REDIS_URL (production settings then use Redis for the cache).",
                id="articles.W401",
            )
        ]
    return []


# ---- formats: our reader (encoding, bad-file and zip-bomb checks) behind the library's API ----


class _Reads:
    """Import through ``csv_read`` whatever the chosen format: the content decides."""

    def create_dataset(self, in_stream, **kwargs):
        return read_dataset(in_stream)

    def is_binary(self):
        return True  # bytes reach read_dataset undecoded; it checks the encoding itself

    def get_read_mode(self):
        return "rb"


class CSVImport(_Reads, base_formats.CSV):
    pass


class XLSXImport(_Reads, base_formats.XLSX):
    pass


class JSONImport(_Reads, base_formats.JSON):
    pass


class JSONExport(base_formats.JSON):
    """UTF-8 without the BOM the CSV export gets (``to_encoding``): JSON must not have one."""

    def is_binary(self):
        return True

    def export_data(self, dataset, **kwargs):
        return super().export_data(dataset, **kwargs).encode("utf-8")


class XLSXExport(base_formats.XLSX):
    def export_data(self, dataset, **kwargs):
        for i, row in enumerate(dataset):
            dataset[i] = [xlsx_text(cell) for cell in row]  # CR kept, XML-safe
        return super().export_data(dataset, **kwargs)


# ---- forms ----


class ArticleImportForm(ImportForm):
    def clean_import_file(self):
        upload = self.cleaned_data["import_file"]
        limit = settings.NEWSROOM_MAX_UPLOAD_BYTES
        if upload.size > limit:
            raise forms.ValidationError(
                f"{upload.name} is {filesizeformat(upload.size)}, over the limit of "
                f"{filesizeformat(limit)}: split it, or import it with manage.py import_articles."
            )
        return upload


def _salt(user) -> str:
    return f"articles.import:{user.pk}"


class SignedConfirmImportForm(ConfirmImportForm):
    """The upload's key, original name and format come from a token signed for this user."""

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_import_file_name(self):
        return self.cleaned_data["import_file_name"]  # verified as a whole in clean()

    def clean(self):
        data = super().clean()
        try:
            payload = signing.loads(
                data.get("import_file_name", ""), salt=_salt(self.user), max_age=TOKEN_MAX_AGE
            )
            key, name, fmt = payload["key"], payload["name"], payload["format"]
            storage = SharedCacheStorage(name=key)
        except (signing.BadSignature, KeyError, TypeError, ValueError):
            raise forms.ValidationError(
                "This import cannot be confirmed (it expired, or belongs to another user): "
                "upload the file again."
            ) from None
        if not storage.exists():
            raise forms.ValidationError("The uploaded file has expired: upload it again.")
        data.update(import_file_name=key, original_file_name=name, format=fmt)
        return data


# ---- the admin mixin ----


class ArticleImportExportMixin(ImportExportMixin):
    resource_classes = [ArticleResource]
    import_form_class = ArticleImportForm
    confirm_form_class = SignedConfirmImportForm
    tmp_storage_class = SharedCacheStorage
    import_template_name = "admin/articles/article/import.html"
    to_encoding = "utf-8-sig"  # CSV exports with a BOM, so Excel reads them as UTF-8
    skip_admin_log = False

    def get_import_formats(self):
        return [CSVImport, XLSXImport, JSONImport]

    def get_export_formats(self):
        return [base_formats.CSV, XLSXExport, JSONExport]

    def get_data_for_export(self, request, queryset, **kwargs):
        dataset = super().get_data_for_export(request, queryset, **kwargs)
        request._export_rows = len(dataset)
        return dataset

    def get_export_data(self, file_format, request, queryset, **kwargs):
        data = super().get_export_data(file_format, request, queryset, **kwargs)
        audit.exported(
            fmt=file_format.get_title(),
            rows=getattr(request, "_export_rows", 0),
            request=request,
            filters=dict(request.GET.items()),
        )
        return data

    def get_confirm_form_kwargs(self, request, import_form=None):
        return {**super().get_confirm_form_kwargs(request, import_form), "user": request.user}

    def get_confirm_form_initial(self, request, import_form):
        initial = super().get_confirm_form_initial(request, import_form)
        if initial:
            initial["import_file_name"] = signing.dumps(
                {
                    "key": initial["import_file_name"],
                    "name": initial["original_file_name"],
                    "format": initial["format"],
                },
                salt=_salt(request.user),
            )
        return initial

    def write_to_tmp_storage(self, import_file, input_format):
        storage = self.get_tmp_storage_class()(
            read_mode="rb", **self.get_tmp_storage_class_kwargs()
        )
        storage.save(b"".join(import_file.chunks()))  # the library appends chunk by chunk
        return storage

    def add_data_read_fail_error_to_form(self, form, e):
        if isinstance(e, FileProblem):
            form.add_error("import_file", f"{form.cleaned_data['import_file'].name}: {e}")
        else:
            super().add_data_read_fail_error_to_form(form, e)

    def import_action(self, request, **kwargs):
        return refuse_oversized(request) or super().import_action(request, **kwargs)

    def process_import(self, request, **kwargs):
        if request.method == "POST" and self.has_import_permission(request):
            form = self.create_confirm_form(request)
            if not form.is_valid():
                for error in form.non_field_errors() or ["The confirm step was incomplete."]:
                    messages.error(request, error)
                return redirect(f"admin:{self.opts.app_label}_{self.opts.model_name}_import")
            return self.import_as_job(request, form)
        return super().process_import(request, **kwargs)

    def import_as_job(self, request, form):
        """The confirmed import runs as a job (articles.ingest): in-process with no broker, and
        then answered as the library would; on a worker, its page follows it."""
        from ..ingest.jobs import IngestUnavailable, submit_csv

        back = redirect(f"admin:{self.opts.app_label}_{self.opts.model_name}_import")
        storage = SharedCacheStorage(name=form.cleaned_data["import_file_name"])
        data = storage.read()
        if data is None:
            messages.error(request, "The uploaded file has expired: upload it again.")
            return back
        fmt = self.get_import_formats()[int(form.cleaned_data["format"])]().get_title()
        try:
            job = submit_csv(
                bytes(data),
                form.cleaned_data["original_file_name"],
                fmt,
                channel="admin-csv",
                user=request.user,
            )
        except IngestUnavailable as exc:
            messages.error(request, f"Nothing was imported: {exc}. Try again in a moment.")
            return back
        storage.remove()
        if not job.finished:
            messages.info(request, f"Import queued as job {job.pk}: this page follows it.")
            return redirect("admin:ingest_job_change", job.pk)
        if job.status == job.Status.FAILED:
            lines = job.result.get("errors") or [job.error]
            messages.error(
                request,
                "Nothing was imported: the file no longer imports cleanly "
                f"({'; '.join(lines[:5])}). Upload it again to see why.",
            )
            return back
        counts = job.counts
        messages.success(
            request,
            f"Import finished: {counts.get('created', 0)} created, {counts.get('updated', 0)} "
            f"updated, {counts.get('unchanged', 0)} unchanged."
            + (
                " They appear in search results as the search indexer reaches them."
                if job.result.get("search_deferred")
                and counts.get("created", 0) + counts.get("updated", 0)
                else ""
            ),
        )
        return redirect(f"admin:{self.opts.app_label}_{self.opts.model_name}_changelist")

    def process_result(self, result, request):
        if result.has_errors() or result.has_validation_errors():
            lines = getattr(result, "article_errors", []) or [
                str(e.error) for e in result.base_errors
            ]
            messages.error(
                request,
                "Nothing was imported: the file no longer imports cleanly "
                f"({'; '.join(lines[:5]) or 'a database error'}). Upload it again to see why.",
            )
            return redirect(f"admin:{self.opts.app_label}_{self.opts.model_name}_import")
        return super().process_result(result, request)

    def add_success_message(self, result, request):
        totals = result.totals
        messages.success(
            request,
            f"Import finished: {totals['new']} created, {totals['update']} updated, "
            f"{totals['skip']} unchanged."
            + (
                " They appear in search results as the search indexer reaches them."
                if getattr(result, "search_deferred", False) and totals["new"] + totals["update"]
                else ""
            ),
        )
