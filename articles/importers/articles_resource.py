"""``ArticleResource``: the one django-import-export Resource for articles.

It defines the columns (``title, slug, summary, body, byline, dateline, source, section, status,
published_at, url, external_id``), how each cell is validated (one widget per column, wrapping the
cleaners in ``csv_fields``), how sources (by name or alias) and sections (by path, "News /
Politics") are found or created, and how rows match existing articles (``csv_plan.Planner``:
source + external_id, else slug). The admin imports through it with the library's bulk mode;
``import_articles`` streams files through ``clean_row`` and the same planner; both exports write
``export_resource`` rows, with spreadsheet formulas escaped.
"""

from collections import defaultdict
from functools import partial

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import connection
from django.utils import timezone
from import_export import resources, widgets
from import_export.fields import Field
from import_export.instance_loaders import BaseInstanceLoader
from import_export.results import RowResult
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from audit import log as audit

from .. import cache, search_index
from ..api.webhooks import events as webhooks
from ..models import Article, ImportBatch
from ..workflow import REPORTER_STATUSES, can_publish
from .csv_fields import (
    COLUMNS,
    FileProblem,
    check_headers,
    clean_body,
    clean_published_at,
    clean_section_path,
    clean_slug,
    clean_source_name,
    clean_status,
    clean_text,
    clean_url,
    escape_formula,
    format_error,
    render_published_at,
)
from .csv_lookup import SectionResolver, SourceResolver, section_paths, source_names
from .csv_plan import ATTRIBUTES, FOREIGN_KEYS, WRITE_FIELDS, Cleaned, Planner
from .csv_write import CopyWriter

PLAN_BATCH = 1000


def _values(article: Article) -> dict:
    """What an import writes of an article, by attribute (foreign keys as ids: no queries)."""
    return {
        a: getattr(article, f"{a}_id") if a in FOREIGN_KEYS else getattr(article, a)
        for a in ATTRIBUTES
    }


class CellWidget(widgets.Widget):
    """One column's cleaner (cell -> value, or ValueError with the message) and renderer."""

    def __init__(self, clean, render=None):
        super().__init__(coerce_to_string=True)
        self.cleaner, self._render = clean, render

    def clean(self, value, row=None, **kwargs):
        return self.cleaner(value)

    def render(self, value, obj=None, **kwargs):
        if self._render is not None:
            return self._render(value)
        return "" if value is None else str(value)


def _column(column, clean, attribute=None, render=None):
    return Field(
        attribute=attribute or column, column_name=column, widget=CellWidget(clean, render)
    )


def _text(max_length=None, **kwargs):
    return partial(clean_text, max_length=max_length, **kwargs)


class PlannedInstanceLoader(BaseInstanceLoader):
    """A cached loader: ``before_import`` planned the whole dataset with two queries per 1,000
    rows (by source + external_id and by slug), so looking an article up costs no query."""

    def get_instance(self, row):
        return self.resource.current.article


class ArticleResource(resources.ModelResource):
    title = _column("title", _text(300, required=True, what="title"))
    slug = _column("slug", clean_slug)
    summary = _column("summary", _text())
    body = _column("body", clean_body)
    byline = _column("byline", _text(200))
    dateline = _column("dateline", _text(200))
    source = _column("source", clean_source_name)
    section = _column("section", clean_section_path)
    status = _column("status", clean_status)
    published_at = _column("published_at", clean_published_at, render=render_published_at)
    url = _column("url", clean_url, attribute="canonical_url")
    external_id = _column("external_id", _text(100))

    #: Bulk paths skip the model's save(); the admin still records one revision per article it
    #: writes (see bulk_create). Set False to skip history.
    keep_history = True

    class Meta:
        model = Article
        fields = COLUMNS
        export_order = COLUMNS
        import_id_fields = []  # rows are matched by the planner, see PlannedInstanceLoader
        instance_loader_class = PlannedInstanceLoader
        use_bulk = True
        batch_size = 1000
        skip_unchanged = True  # with skip_diff the library cannot compare; skip_row does
        report_skipped = True
        skip_diff = True
        skip_html_diff = True
        clean_model_instances = False  # every cell is validated by its widget
        chunk_size = 2000
        use_transactions = True

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.sources = SourceResolver()
        self.sections = SectionResolver()
        self._cleaners = [  # each widget's own cleaner, without the Widget.clean() call around it
            (f.column_name, f.attribute, f.widget.cleaner) for f in self.get_import_fields()
        ]
        # On PostgreSQL the COPY writer needs only what it writes; simple_history's bulk helpers
        # (elsewhere) copy every field into the history, so they need whole articles.
        self.planner = Planner(WRITE_FIELDS if connection.vendor == "postgresql" else None)
        self.decisions: list = []
        self.current = None
        self.batch = None
        self.writer = None
        self.search_deferred = False
        self.user = None
        self._export_maps = None

    # ---- validation shared by both doors ------------------------------------------------------

    def clean_row(
        self, row: dict, number: int, problem: str = "", cells=None, resolve: bool = True
    ) -> Cleaned:
        """Validate one row (a dict by column name); with ``resolve``, find or create its source
        and section too (``resolve_row`` later otherwise: validation itself reads no table)."""
        if problem:
            return Cleaned(number, {}, [(None, problem)], cells)
        values, errors = {}, []
        for column, attribute, clean in self._cleaners:
            if column in row:
                try:
                    values[attribute] = clean(row[column])
                except ValueError as exc:
                    errors.append((column, str(exc)))
        source_ok = not any(column == "source" for column, _ in errors)
        if values.get("external_id") and not values.get("source") and source_ok:
            errors.append(
                (
                    "source",
                    "is empty, but the row has an external_id (source + external_id "
                    "identify an article)",
                )
            )
        cleaned = Cleaned(number, values, errors, cells)
        if resolve:
            self.resolve_row(cleaned)
        return cleaned

    def resolve_row(self, cleaned: Cleaned) -> None:
        """Source name -> Source, section path -> Section (created when missing), if valid."""
        if cleaned.errors:
            return
        values = cleaned.values
        if "source" in values:
            values["source"] = self.sources.resolve(values["source"])
        if "section" in values:
            values["section"] = self.sections.resolve(values["section"])

    @staticmethod
    def error_lines(decisions) -> list[str]:
        return [
            format_error(d.row.number, column, message)
            for d in decisions
            if d.action == "invalid"
            for column, message in d.errors
        ]

    # ---- import through django-import-export (the admin) --------------------------------------

    def import_data(
        self,
        dataset,
        dry_run=False,
        raise_errors=False,
        use_transactions=None,
        collect_failed_rows=False,
        rollback_on_validation_errors=True,
        **kwargs,
    ):
        """All or nothing: one invalid row rolls the whole import back."""
        try:
            names = check_headers(dataset.headers or [])
        except FileProblem as exc:
            result = self.get_result_class()()
            result.append_base_error(self.get_error_result_class()(exc))
            result.article_errors = [str(exc)]
            return result
        dataset.headers = names + [""] * (len(dataset.headers) - len(names))
        return super().import_data(
            dataset,
            dry_run=dry_run,
            raise_errors=raise_errors,
            use_transactions=use_transactions,
            collect_failed_rows=collect_failed_rows,
            rollback_on_validation_errors=True,
            **kwargs,
        )

    def before_import(self, dataset, **kwargs):
        # A fresh start for every import_data(): nothing cached from an earlier (rolled-back) run.
        self.sources, self.sections = SourceResolver(), SectionResolver()
        self.planner, self.batch, self.writer = Planner(self.planner.fields), None, None
        user = kwargs.get("user")
        self.user = user if getattr(user, "is_authenticated", False) else None
        self.search_deferred = connection.in_atomic_block and (  # the import's transaction
            search_index.defer_for_this_transaction()
        )
        if not kwargs.get("dry_run"):
            self.batch = ImportBatch.objects.create(
                kind=ImportBatch.Kind.CSV,
                name=str(kwargs.get("file_name") or "upload")[:255],
                user=self.user,
            )
        numbers = getattr(dataset, "row_numbers", None) or range(2, len(dataset) + 2)
        problems = getattr(dataset, "row_problems", {})
        headers = dataset.headers
        cleaned = [
            self.clean_row(
                dict(zip(headers, values, strict=False)), number, problems.get(number, "")
            )
            for number, values in zip(numbers, dataset, strict=False)
        ]
        self.decisions = []
        for start in range(0, len(cleaned), PLAN_BATCH):
            self.decisions.extend(self.planner.plan(cleaned[start : start + PLAN_BATCH]))
        if self.user is not None and not can_publish(self.user):
            self.refuse_publishing(self.decisions)
        self.overwritten = cache.Overwritten()  # what readers saw, before anything is written
        for d in self.decisions:
            if d.action == "update":
                self.overwritten.add(d.article)

    @staticmethod
    def refuse_publishing(decisions) -> None:
        """Without ``articles.publish_article`` an import may only write drafts and articles in
        review, as the workflow allows in the change form: a row that would publish or archive
        an article, or change one that is published or archived, is invalid."""
        for d in decisions:
            if d.action not in ("new", "update"):
                continue
            current = d.article.status if d.article is not None else None
            target = d.values.get("status") or current or Article.Status.DRAFT
            if target not in REPORTER_STATUSES or (current and current not in REPORTER_STATUSES):
                d.action = "invalid"
                d.errors = [
                    (
                        "status",
                        "only editors may import articles that are published or archived "
                        "(this row would make or change one)",
                    )
                ]

    def get_import_id_fields(self):
        return []

    def before_import_row(self, row, **kwargs):
        self.current = self.decisions[kwargs["row_number"] - 1]

    def import_instance(self, instance, row, **kwargs):
        decision = self.current
        if decision.action == "invalid":
            errors = defaultdict(list)
            for column, message in decision.errors:
                errors[column or NON_FIELD_ERRORS].append(message)
            raise ValidationError(dict(errors))
        for attribute, value in decision.values.items():
            setattr(instance, attribute, value)

    def skip_row(self, instance, original, row, import_validation_errors=None):
        return self.current.action == "unchanged" and not import_validation_errors

    def before_save_instance(self, instance, row, **kwargs):
        instance.import_batch = self.batch
        if instance.pk is not None:  # bulk_update skips save(): do what save() would
            instance.updated_at = timezone.now()
            instance.version += 1

    def after_import_row(self, row, row_result, **kwargs):
        decision = self.current
        row_result.number = decision.row.number
        values = {**decision.values}
        if decision.article is not None:
            values.setdefault("slug", decision.article.slug)
        row_result.preview = [
            values.get("title", getattr(decision.article, "title", "")),
            values.get("slug", ""),
            str(values.get("source") or ""),
            str(values.get("section") or ""),
            values.get("status", ""),
        ]

    def get_bulk_update_fields(self):
        return [*ATTRIBUTES, "updated_at", "version", "import_batch"]

    # Writes: on PostgreSQL the command line's COPY writer (csv_write.CopyWriter), whose history
    # step copies one revision per written article server-side; elsewhere Django's bulk
    # methods, through simple_history's helpers when keep_history.

    def _copy_writer(self) -> CopyWriter | None:
        if connection.vendor != "postgresql":
            return None
        if self.writer is None:
            self.writer = CopyWriter(self.batch, ATTRIBUTES)
        return self.writer

    def bulk_create(self, using_transactions, dry_run, raise_errors, batch_size=None, result=None):
        writer = self._copy_writer()
        if writer is None and not self.keep_history:
            return super().bulk_create(
                using_transactions, dry_run, raise_errors, batch_size, result
            )
        if not self.create_instances or not (using_transactions or not dry_run):
            return
        try:
            if writer is not None:
                writer.create_values([_values(article) for article in self.create_instances])
                writer.flush()
            else:
                bulk_create_with_history(
                    self.create_instances, Article, batch_size=batch_size, default_user=self.user
                )
        except Exception as exc:
            if writer is not None:
                writer.flush(exc)
            self.handle_import_error(result, exc, raise_errors)
        finally:
            self.create_instances.clear()

    def bulk_update(self, using_transactions, dry_run, raise_errors, batch_size=None, result=None):
        writer = self._copy_writer()
        if writer is None and not self.keep_history:
            return super().bulk_update(
                using_transactions, dry_run, raise_errors, batch_size, result
            )
        if not self.update_instances or not (using_transactions or not dry_run):
            return
        try:
            if writer is not None:
                writer.update_values([(a.pk, _values(a)) for a in self.update_instances])
            else:
                bulk_update_with_history(
                    self.update_instances,
                    Article,
                    self.get_bulk_update_fields(),
                    batch_size=batch_size,
                    default_user=self.user,
                )
        except Exception as exc:
            self.handle_import_error(result, exc, raise_errors)
        finally:
            self.update_instances.clear()

    def after_import(self, dataset, result, **kwargs):
        super().after_import(dataset, result, **kwargs)
        if self.writer is not None:
            if self.keep_history and self.batch is not None:
                self.writer.record_history(self.user.pk if self.user else None)
            self.writer.finish()
        result.article_errors = self.error_lines(self.decisions)
        result.search_deferred = self.search_deferred
        if not kwargs.get("dry_run"):
            # Bulk writes: the page cache hears of the changed articles and the new ones' lists.
            self.overwritten.changed(batch=self.batch)
            webhooks.articles_changed(before=self.overwritten.before, batch=self.batch)
        if self.batch is not None:
            totals = result.totals
            self.batch.stats = {
                "created": totals[RowResult.IMPORT_TYPE_NEW],
                "updated": totals[RowResult.IMPORT_TYPE_UPDATE],
                "unchanged": totals[RowResult.IMPORT_TYPE_SKIP],
                "invalid": totals[RowResult.IMPORT_TYPE_INVALID],
            }
            self.batch.save(update_fields=["stats"])
            audit.imported(
                kind="csv (admin)",
                name=self.batch.name,
                counts=self.batch.stats,
                user=self.user,
                batch=self.batch,
            )

    # ---- export -------------------------------------------------------------------------------

    def _maps(self):
        if self._export_maps is None:
            self._export_maps = (source_names(), section_paths())
        return self._export_maps

    def before_export(self, queryset, **kwargs):
        self._export_maps = None  # fresh names for every export

    def dehydrate_source(self, article):
        return self._maps()[0].get(article.source_id, "")

    def dehydrate_section(self, article):
        return self._maps()[1].get(article.section_id, "")

    def export_field(self, field, instance, **kwargs):
        return escape_formula(super().export_field(field, instance, **kwargs))

    def export_queryset(self, queryset=None):
        """The articles an export reads: only the columns it writes, in a stable order."""
        queryset = Article.objects.all() if queryset is None else queryset
        return queryset.select_related(None).only("pk", *ATTRIBUTES)
