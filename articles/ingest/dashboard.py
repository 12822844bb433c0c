"""The ingest dashboard's figures: per channel, the last run, items in, failures, and what a
retry would re-run. Reads only; the admin views (admin.py) show it."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from .models import Feed, Job

#: The channels that are not feeds, in the order the dashboard lists them.
CHANNELS = {
    "admin-upload": "Admin: dump upload",
    "admin-reparse": "Admin: re-parse stored dumps",
    "admin-csv": "Admin: CSV / XLSX / JSON import",
    "cli": "import_dumps --queue",
    "drop-folder": "Drop folder",
    "push-dump": "HTTP push: raw dump",
    "push-ninjs": "HTTP push: ninjs",
}
WINDOW = datetime.timedelta(hours=24)


@dataclass
class ChannelRow:
    key: str
    label: str
    feed: Feed | None = None
    last: Job | None = None
    jobs: int = 0
    items_in: int = 0
    failures: int = 0
    running: int = 0
    failed_job: Job | None = None  # the latest failed job: what "Retry" re-runs

    @property
    def slug(self) -> str:
        return self.key.replace(":", "-")

    @property
    def healthy(self) -> bool:
        if self.feed is not None:
            return self.feed.failures == 0
        return self.last is None or self.last.status != Job.Status.FAILED


def rows(now=None) -> list[ChannelRow]:
    now = now or timezone.now()
    since = now - WINDOW
    table = {key: ChannelRow(key, label) for key, label in CHANNELS.items()}
    for feed in Feed.objects.select_related("source").order_by("source__name", "url"):
        table[feed.channel] = ChannelRow(feed.channel, f"Feed: {feed.source} — {feed.url}", feed)
    recent = Job.objects.filter(created_at__gte=since).only(
        "id", "channel", "status", "counts", "error", "created_at", "finished_at", "kind"
    )
    for job in recent:
        row = table.get(job.channel)
        if row is None:
            row = table[job.channel] = ChannelRow(job.channel, job.channel)
        row.jobs += 1
        row.items_in += job.counts.get("created", 0) + job.counts.get("updated", 0)
        if job.status == Job.Status.FAILED:
            row.failures += 1
        elif job.status in (Job.Status.QUEUED, Job.Status.RUNNING):
            row.running += 1
    for row in table.values():
        jobs = Job.objects.filter(channel=row.key)
        row.last = jobs.order_by("-created_at", "-id").first()
        if row.last is not None and row.last.status == Job.Status.FAILED:
            row.failed_job = row.last
    return list(table.values())
