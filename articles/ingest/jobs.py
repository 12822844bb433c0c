"""Submitting imports as jobs, and reading their status: what the admin, the command, the drop
folder, the feed poller and the HTTP push API call.

With no broker configured (``make run``, the tests) the job runs in-process before ``submit_*``
returns; with one it runs on a worker, and ``submit_*`` raises ``IngestUnavailable`` (writing
nothing) when the broker cannot be reached.
"""

import hashlib

from django.db import transaction
from kombu.exceptions import OperationalError

from newsroom.celery import app

from ..importers.dump_import import store_raw_dump
from ..models import RawDump
from .models import Feed, Job, Upload
from .ninjs import InvalidItem, article_fields

__all__ = [
    "IngestUnavailable",
    "InvalidItem",
    "JobNotFound",
    "job_status",
    "retry",
    "submit_csv",
    "submit_dump",
    "submit_dumps",
    "submit_feed_poll",
    "submit_ninjs",
]

JobNotFound = Job.DoesNotExist


class IngestUnavailable(Exception):
    """The queue cannot take the job now (the broker is down); nothing was written."""


def eager() -> bool:
    return bool(app.conf.task_always_eager)


def _enqueue(job: Job) -> None:
    from .tasks import run_job

    try:
        if eager():
            result = run_job.apply_async((job.pk,))
        else:
            with app.pool.acquire(block=True, timeout=5) as conn:
                # One quick try: a broker that is down answers at once, not after retries.
                conn.ensure_connection(max_retries=1, interval_start=0, interval_step=0.2)
                result = run_job.apply_async((job.pk,), retry=False, connection=conn)
    except (OperationalError, OSError) as exc:
        raise IngestUnavailable(f"the job queue is unavailable: {exc}") from exc
    Job.objects.filter(pk=job.pk).update(task_id=result.id or "")


def _submit(build) -> Job:
    """Write the job's rows with ``build()`` and queue it. With a broker, the rows and the
    message go together: a broker that refuses it rolls the rows back. In-process, the job runs
    once its rows are committed."""
    if eager():
        with transaction.atomic():
            job = build()
        _enqueue(job)
    else:
        with transaction.atomic():
            job = build()
            _enqueue(job)
    job.refresh_from_db()
    return job


def submit_dump(
    data: bytes, filename: str, *, channel: str, user=None, source=None, publish=False, params=None
) -> Job:
    """Store the bytes verbatim (a RawDump, once per content hash) and import them in a job.
    ``source`` is recorded on the job (the parser finds each story's source itself)."""

    def build():
        raw = store_raw_dump(data, filename, user)
        job = Job.objects.create(
            kind=Job.Kind.DUMPS,
            channel=channel,
            name=filename[:255],
            user=user,
            source=source,
            total=1,
            params={"raw_dump_ids": [raw.pk], "publish": bool(publish), **(params or {})},
        )
        job.raw_dumps.add(raw)
        return job

    return _submit(build)


def submit_dumps(raw_dumps, *, channel: str, user=None, publish=False, name="") -> Job:
    """Import raw dumps stored already (the admin's confirm step, ``import_dumps --queue``)."""
    raw_dumps = list(raw_dumps)

    def build():
        job = Job.objects.create(
            kind=Job.Kind.DUMPS,
            channel=channel,
            name=(name or ", ".join(r.name for r in raw_dumps))[:255],
            user=user,
            total=len(raw_dumps),
            params={"raw_dump_ids": [r.pk for r in raw_dumps], "publish": bool(publish)},
        )
        job.raw_dumps.add(*raw_dumps)
        return job

    return _submit(build)


def submit_csv(data: bytes, filename: str, fmt: str, *, channel: str, user=None) -> Job:
    """Import a CSV/XLSX/JSON file (after the admin's preview) in a job; the bytes are kept."""

    def build():
        upload = Upload.objects.create(
            name=filename[:255],
            format=fmt[:10],
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            content=data,
        )
        return Job.objects.create(
            kind=Job.Kind.CSV, channel=channel, name=filename[:255], user=user, upload=upload
        )

    return _submit(build)


def submit_ninjs(item: dict, *, channel: str, user=None, publish=False) -> Job:
    """Import one ninjs item as an article in a job. An item that cannot become an article
    raises ``InvalidItem`` (a ValueError naming the field) before anything is written."""
    article_fields(item)

    def build():
        return Job.objects.create(
            kind=Job.Kind.NINJS,
            channel=channel,
            name=str(item.get("headline") or item.get("uri"))[:255],
            user=user,
            total=1,
            params={"item": item, "publish": bool(publish)},
        )

    return _submit(build)


def submit_feed_poll(feed: Feed, *, user=None) -> Job:
    def build():
        return Job.objects.create(
            kind=Job.Kind.FEED,
            channel=feed.channel,
            name=feed.url[:255],
            user=user,
            source=feed.source,
            params={"feed_id": feed.pk},
        )

    return _submit(build)


def retry(job: Job) -> Job:
    """Run a failed job again (the units it finished are not done twice)."""
    with transaction.atomic():
        updated = Job.objects.filter(pk=job.pk, status=Job.Status.FAILED).update(
            status=Job.Status.QUEUED, error="", attempts=0, finished_at=None
        )
    if updated:
        _enqueue(job)
    job.refresh_from_db()
    return job


def job_status(job_id) -> dict:
    """A job as JSON-ready data; raises ``JobNotFound`` (``Job.DoesNotExist``)."""
    job = Job.objects.get(pk=job_id)
    articles = list(job.result.get("created", []))
    if job.result.get("article_id") and job.result["article_id"] not in articles:
        articles.append(job.result["article_id"])
    return {
        "id": job.pk,
        "kind": job.kind,
        "channel": job.channel,
        "status": job.status,
        "done": job.done,
        "total": job.total,
        "percent": job.percent,
        "counts": job.counts,
        "error": job.error,
        "attempts": job.attempts,
        "articles": articles,
        "created_at": job.created_at.isoformat(),
        "started_at": job.started_at.isoformat() if job.started_at else None,
        "finished_at": job.finished_at.isoformat() if job.finished_at else None,
    }


def stash_files(paths) -> list[RawDump]:
    """Files stored as raw dumps (``import_dumps --queue``): a worker anywhere can read them."""
    return [store_raw_dump(path.read_bytes(), path.name) for path in paths]
