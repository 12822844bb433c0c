"""Celery tasks (app: newsroom.celery). Acknowledged late and put back when their worker dies,
so a job is never lost; the runner makes running one twice harmless (see runner.py)."""

from celery import shared_task
from django.db import InterfaceError, OperationalError
from django.utils import timezone

from . import runner
from .models import Job


@shared_task(
    bind=True,
    name="ingest.run_job",
    acks_late=True,
    reject_on_worker_lost=True,
    max_retries=30,
    ignore_result=True,
)
def run_job(self, job_id: int):
    if not Job.objects.filter(pk=job_id).exists():
        # Published a moment before the submitting transaction committed: look again shortly.
        raise self.retry(countdown=1)
    try:
        job = runner.execute(job_id)
    except (OperationalError, InterfaceError) as exc:
        # The database went away mid-job (the unit in progress was rolled back with it): try
        # again later rather than leave the job "running" with its message acknowledged.
        raise self.retry(exc=exc, countdown=min(300, 10 * 2**self.request.retries)) from exc
    return job.status if job else None


@shared_task(name="ingest.poll_due_feeds", acks_late=True, ignore_result=True)
def poll_due_feeds():
    """Beat: enqueue a poll of every feed that is due (one at a time per feed)."""
    from .feeds import due_feeds
    from .jobs import submit_feed_poll

    now = timezone.now()
    for feed in due_feeds(now):
        submit_feed_poll(feed)


@shared_task(name="ingest.prune_near_duplicate_index", acks_late=True, ignore_result=True)
def prune_near_duplicate_index():
    """Beat, daily: the LSH band keys older than the near-duplicate window go."""
    from .neardup import prune

    prune()


@shared_task(name="ingest.scan_drop_folder", acks_late=True, ignore_result=True)
def scan_drop_folder():
    """Beat: import what landed in the drop folder."""
    from .dropfolder import scan

    scan()
