"""Running a job (what the Celery task calls): each kind's import, with its progress saved as it
goes, so the admin shows it and a retried job carries on where the last attempt stopped.

Idempotent by construction: every unit of work (one raw dump, one CSV file, one item) commits in
the same transaction as the job's record of it, so a worker killed mid-unit leaves neither the
unit's rows nor its record, and the retry does that unit (and only the units not recorded) again.
"""

import logging
import time
import traceback

from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.db import IntegrityError, transaction
from django.utils import timezone

from audit import log as audit

from ..importers.dump_import import import_raw_dump
from ..importers.profiles import load_profiles
from ..models import ImportBatch, RawDump
from . import neardup
from .models import Job

log = logging.getLogger(__name__)

#: A job whose worker died this many times is failed rather than tried again (a poison input).
MAX_ATTEMPTS = 3

#: Tries of a unit of work that lost a unique-key race to another worker.
CONCURRENT_TRIES = 3

#: The per-file counts a dump job keeps (the outcomes of articles.importers.dump_import).
DUMP_ACTIONS = ("created", "updated", "unchanged", "conflict", "removed", "skipped", "stub-created")


def start(job_id: int) -> Job | None:
    """Claim the job for this attempt; None when there is nothing (left) to do."""
    with transaction.atomic():
        job = Job.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.finished:
            return None
        job.attempts += 1
        if job.attempts > MAX_ATTEMPTS:
            job.status = Job.Status.FAILED
            job.error = f"Gave up after {MAX_ATTEMPTS} attempts: the worker stopped each time."
            job.finished_at = timezone.now()
            job.save()
            return None
        job.status = Job.Status.RUNNING
        job.started_at = job.started_at or timezone.now()
        job.save(update_fields=["attempts", "status", "started_at"])
    return job


def execute(job_id: int) -> Job | None:
    """Run the job to its end; never raises for bad input or a failed import (the job says)."""
    job = start(job_id)
    if job is None:
        return Job.objects.filter(pk=job_id).first()
    try:
        RUNNERS[job.kind](job)
    except Exception as exc:  # the job records any failure; the worker carries on
        log.exception("ingest job %s failed", job.pk)
        job.refresh_from_db()
        job.status = Job.Status.FAILED
        job.error = f"{type(exc).__name__}: {exc}"[:2000]
        job.result = {**job.result, "traceback": traceback.format_exc()[-4000:]}
        job.finished_at = timezone.now()
        job.save()
        return job
    job.refresh_from_db()
    if not job.finished:
        job.status = Job.Status.FAILED if job.error else Job.Status.DONE
        job.finished_at = timezone.now()
        job.save(update_fields=["status", "finished_at"])
    try:
        neardup.index_articles(job.result.get("created", []))
    except Exception:  # grouping is a help to triage: never the import's failure
        log.exception("near-duplicate grouping failed for job %s", job.pk)
    from . import dropfolder

    dropfolder.file_job_finished(job)
    return job


def in_own_transaction(fn, *args, **kwargs):
    """``fn`` in a transaction of its own. Workers running side by side may create the same new
    source, section or slug at the same moment: the one that loses the unique-key race rolls
    back and runs again, and then finds the other's row."""
    for attempt in range(CONCURRENT_TRIES):
        try:
            with transaction.atomic():
                return fn(*args, **kwargs)
        except IntegrityError:
            if attempt == CONCURRENT_TRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    return None


def _add_counts(counts: dict, new: dict) -> dict:
    out = dict(counts)
    for key, value in new.items():
        out[key] = out.get(key, 0) + value
    return out


# ---- raw dumps ----


def _dump_unit(job: Job, raw_id: int, raw, *, batch, profiles) -> None:
    """One raw dump imported, and recorded on the job, together (call in a transaction)."""
    current = Job.objects.select_for_update().get(pk=job.pk)
    files = current.result.get("files", [])
    if any(f["raw_dump_id"] == raw_id for f in files):
        return  # imported by an earlier attempt
    if raw is None:
        line = {"raw_dump_id": raw_id, "name": f"raw dump {raw_id}"}
        line["error"] = f"raw dump {raw_id}: no longer stored"
        outcome_counts, created = {"failed": 1}, []
    else:
        result = import_raw_dump(
            raw,
            publish=bool(job.params.get("publish")),
            user=job.user,
            batch=batch,
            profiles=profiles,
        )
        if not raw.encoding and result.encoding:
            RawDump.objects.filter(pk=raw.pk).update(
                encoding=result.encoding, warnings=result.warnings
            )
        outcome_counts = {a: result.count(a) for a in DUMP_ACTIONS}
        outcome_counts["failed"] = int(bool(result.error))
        created = [o.article_id for o in result.outcomes if o.action == "created"]
        line = {
            "raw_dump_id": raw_id,
            "name": raw.name,
            "error": result.error,
            "warnings": len(result.warnings) + sum(len(o.warnings) for o in result.outcomes),
            **{a: n for a, n in outcome_counts.items() if n},
        }
    current.result = {
        **current.result,
        "files": [*files, line],
        "created": current.result.get("created", []) + created,
    }
    current.counts = _add_counts(current.counts, outcome_counts)
    current.done = len(current.result["files"])
    current.save(update_fields=["result", "counts", "done"])


def run_dumps(job: Job) -> None:
    ids = job.params.get("raw_dump_ids", [])
    if job.total != len(ids):
        Job.objects.filter(pk=job.pk).update(total=len(ids))
    batch_id = job.params.get("batch_id")
    if batch_id is None or not ImportBatch.objects.filter(pk=batch_id).exists():
        batch = ImportBatch.objects.create(
            kind=ImportBatch.Kind.DUMP, name=(job.name or "dumps")[:255], user=job.user
        )
        job.params = {**job.params, "batch_id": batch.pk}
        Job.objects.filter(pk=job.pk).update(params=job.params)
    else:
        batch = ImportBatch.objects.get(pk=batch_id)
    profiles = load_profiles()
    dumps = RawDump.objects.in_bulk(ids)
    for raw_id in ids:
        in_own_transaction(
            _dump_unit, job, raw_id, dumps.get(raw_id), batch=batch, profiles=profiles
        )
    job.refresh_from_db()
    batch.stats = {k: job.counts.get(k, 0) for k in DUMP_ACTIONS if k != "stub-created"}
    batch.stats["conflicts"] = batch.stats.pop("conflict", 0)
    batch.save(update_fields=["stats"])
    reparse = job.channel == "admin-reparse"
    audit.imported(  # one entry for the whole job, with its counts (issue 18)
        kind=("dump re-parse" if reparse else "dump")
        + (" (publish)" if job.params.get("publish") else ""),
        name=batch.name,
        counts=batch.stats,
        user=job.user,
        actor="" if job.user else f"ingest ({job.channel})",
        batch=batch,
    )
    errors = [f["error"] for f in job.result.get("files", []) if f.get("error")]
    if errors and len(errors) == len(ids):
        Job.objects.filter(pk=job.pk).update(error="; ".join(errors)[:2000])


# ---- CSV / XLSX / JSON ----


def run_csv(job: Job) -> None:
    from ..importers.csv_fields import FileProblem
    from ..importers.csv_read import read_dataset

    upload = job.upload
    if upload is None:
        raise ValueError("the uploaded file is no longer stored")
    try:
        dataset = read_dataset(bytes(upload.content))
    except FileProblem as exc:
        Job.objects.filter(pk=job.pk).update(error=f"{upload.name}: {exc}")
        return
    Job.objects.filter(pk=job.pk).update(total=len(dataset))
    lines = _import_csv(job, upload, dataset)
    if lines:
        Job.objects.filter(pk=job.pk).update(
            error=f"{upload.name}: {'; '.join(lines[:5])}"[:2000],
            result={**job.result, "errors": lines[:100]},
        )


def _import_csv(job: Job, upload, dataset) -> str:
    """The import and the job's record of it, in one transaction; the error lines, or []."""
    from ..importers.articles_resource import ArticleResource

    with transaction.atomic():
        current = Job.objects.select_for_update().get(pk=job.pk)
        if current.result.get("imported"):
            return []
        resource = ArticleResource()
        result = resource.import_data(
            dataset,
            dry_run=False,
            use_transactions=True,
            file_name=upload.name,
            user=job.user,
            retain_instance_in_row_result=True,
        )
        if result.has_errors() or result.has_validation_errors():
            lines = getattr(result, "article_errors", []) or [
                str(e.error) for e in result.base_errors
            ]
            transaction.set_rollback(True)
            return lines or ["a database error"]
        totals = result.totals
        created = [r.object_id for r in result if r.import_type == "new" and r.object_id]
        if job.user_id:
            _log_rows(job.user_id, result)
        current.counts = {
            "created": totals["new"],
            "updated": totals["update"],
            "unchanged": totals["skip"],
        }
        current.result = {
            "imported": True,
            "created": created,
            "search_deferred": bool(getattr(result, "search_deferred", False)),
        }
        current.done = len(dataset)
        current.save(update_fields=["counts", "result", "done"])
    return []


def _log_rows(user_id, result):
    """The admin's history entries the library's confirm step writes, written by the job."""
    flags = {"new": ADDITION, "update": CHANGE}
    rows: dict[str, list] = {}
    for row in result:
        if row.import_type in flags and row.instance is not None:
            rows.setdefault(row.import_type, []).append(row.instance)
    for import_type, instances in rows.items():
        LogEntry.objects.log_actions(
            user_id,
            instances,
            flags[import_type],
            change_message=f"{import_type} through import_export",
            single_object=len(instances) == 1,
        )


# ---- one ninjs item ----


def run_ninjs(job: Job) -> None:

    item = job.params.get("item")
    Job.objects.filter(pk=job.pk).update(total=1)
    in_own_transaction(_ninjs_unit, job, item)


def _ninjs_unit(job: Job, item) -> None:
    from .items import import_item
    from .ninjs import InvalidItem

    current = Job.objects.select_for_update().get(pk=job.pk)
    if current.done:
        return
    try:
        outcome = import_item(
            item,
            name=f"ninjs {str(item.get('uri', ''))[:200]}",
            source=job.source,
            user=job.user,
            publish=bool(job.params.get("publish")),
        )
    except InvalidItem as exc:
        current.error = str(exc)
        current.save(update_fields=["error"])
        return
    current.counts = {outcome.action: 1}
    current.result = {
        "article_id": outcome.article_id,
        "title": outcome.title,
        "created": [outcome.article_id] if outcome.action == "created" else [],
    }
    current.done = 1
    current.save(update_fields=["counts", "result", "done"])


def run_feed(job: Job) -> None:
    from .feeds import poll

    poll(job)


RUNNERS = {
    Job.Kind.DUMPS: run_dumps,
    Job.Kind.CSV: run_csv,
    Job.Kind.NINJS: run_ninjs,
    Job.Kind.FEED: run_feed,
}
