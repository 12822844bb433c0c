"""Ingest's tables: jobs, polled feeds, stored uploads, and near-duplicate groups.

Thin models: the logic is in ``jobs`` (submitting), ``runner`` (running), ``feeds``,
``dropfolder`` and ``neardup``.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone


class Upload(models.Model):
    """A file a job imports that is not a raw dump (a CSV/XLSX/JSON upload), kept verbatim so
    a worker on any machine can read it and a retried job reads the same bytes."""

    name = models.CharField(max_length=255)
    format = models.CharField(max_length=10, help_text="csv, xlsx or json.")
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    content = models.BinaryField()
    received_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return self.name


class Job(models.Model):
    """One import run in the background: what it reads, how far it got, what it did."""

    class Kind(models.TextChoices):
        DUMPS = "dumps", "Raw dumps"
        CSV = "csv", "CSV / XLSX / JSON"
        NINJS = "ninjs", "ninjs item"
        FEED = "feed", "Feed poll"

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    #: Where it came from: admin-upload, admin-reparse, admin-csv, cli, drop-folder, push-dump,
    #: push-ninjs, feed:<id>. The dashboard groups by it.
    channel = models.CharField(max_length=60, db_index=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    name = models.CharField(max_length=255, blank=True, help_text="What it imports.")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The input: stored raw dumps (dumps), a stored upload (csv), or the options in ``params``
    # (a ninjs item, a feed id, publish=..., a drop-folder file's path).
    raw_dumps = models.ManyToManyField("articles.RawDump", blank=True, related_name="+")
    upload = models.ForeignKey(Upload, null=True, blank=True, on_delete=models.SET_NULL)
    source = models.ForeignKey(
        "articles.Source", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    params = models.JSONField(default=dict, blank=True)
    # Progress and outcome.
    total = models.PositiveIntegerField(default=0, help_text="Items to import (files, rows).")
    done = models.PositiveIntegerField(default=0, help_text="Items imported so far.")
    counts = models.JSONField(default=dict, blank=True, help_text="Created, updated, ... counts.")
    result = models.JSONField(default=dict, blank=True, help_text="Per-file lines, article ids.")
    error = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    task_id = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["channel", "-created_at"], name="job_channel_created_idx")]

    def __str__(self):
        return f"Job {self.pk}: {self.get_kind_display()} {self.name}".strip()

    @property
    def finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)

    @property
    def percent(self) -> int:
        if self.status == self.Status.DONE:
            return 100
        return int(100 * self.done / self.total) if self.total else 0


class Feed(models.Model):
    """An RSS/Atom or ninjs URL polled for a source, with what conditional GET needs."""

    class Format(models.TextChoices):
        FEED = "feed", "RSS / Atom"
        NINJS = "ninjs", "ninjs (JSON: one item or a list)"

    source = models.ForeignKey("articles.Source", on_delete=models.CASCADE, related_name="feeds")
    url = models.URLField(max_length=500)
    format = models.CharField(max_length=10, choices=Format.choices, default=Format.FEED)
    enabled = models.BooleanField(default=True)
    interval = models.PositiveIntegerField(
        "poll every (seconds)", default=300, help_text="After a failure, longer (doubling)."
    )
    publish = models.BooleanField(
        default=False, help_text="Publish new items at once (otherwise drafts)."
    )
    etag = models.CharField(max_length=255, blank=True, editable=False)
    last_modified = models.CharField(max_length=64, blank=True, editable=False)
    last_polled_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_status = models.CharField(max_length=80, blank=True, editable=False)
    last_error = models.TextField(blank=True, editable=False)
    failures = models.PositiveIntegerField(
        default=0, editable=False, help_text="Failed polls in a row."
    )
    next_poll_at = models.DateTimeField(default=timezone.now, editable=False)
    items_in = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["url"], name="feed_unique_url")]

    def __str__(self):
        return f"{self.source}: {self.url}"

    @property
    def channel(self) -> str:
        return f"feed:{self.pk}"


class DuplicateGroup(models.Model):
    """Articles from different suppliers that tell the same story (MinHash/LSH); an editor
    picks the one to keep."""

    created_at = models.DateTimeField(default=timezone.now)
    chosen = models.ForeignKey(
        "articles.Article", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "near-duplicate group"

    def __str__(self):
        return f"Near duplicates #{self.pk}"


class Fingerprint(models.Model):
    """An article's MinHash signature (its text's word shingles), and its near-duplicate group."""

    article = models.OneToOneField(
        "articles.Article", on_delete=models.CASCADE, related_name="fingerprint"
    )
    signature = models.BinaryField()
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    group = models.ForeignKey(
        DuplicateGroup, null=True, blank=True, on_delete=models.SET_NULL, related_name="members"
    )

    def __str__(self):
        return f"Fingerprint of article {self.article_id}"


class Band(models.Model):
    """One LSH band key of a fingerprint: articles sharing a key are near-duplicate candidates."""

    fingerprint = models.ForeignKey(Fingerprint, on_delete=models.CASCADE, related_name="bands")
    key = models.BigIntegerField(db_index=True)

    def __str__(self):
        return f"band {self.key} of article {self.fingerprint.article_id}"
