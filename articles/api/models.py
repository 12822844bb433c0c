"""API tokens, webhook subscribers and their delivery log. Thin: the logic is in tokens.py and
webhooks/."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone


class Scope(models.TextChoices):
    READ_DRAFTS = "read:drafts", "Read unpublished articles (drafts, review, scheduled, archived)"
    INGEST = "ingest", "Push raw dumps and ninjs items"


class ApiToken(models.Model):
    """A per-integration key. Only its SHA-256 is stored; the key is shown once, when made."""

    name = models.CharField(max_length=100, help_text="Which integration uses it.")
    prefix = models.CharField(
        max_length=16, unique=True, editable=False, help_text="Its first characters, to tell it."
    )
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    scopes = models.JSONField(default=list, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Imports pushed with this token are recorded as this user's.",
    )
    rate_limit = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="Requests per minute (empty: NEWSROOM_API_TOKEN_RATE_LIMIT).",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)
    expires_at = models.DateTimeField(null=True, blank=True, help_text="Empty: never expires.")
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "API token"

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        now = timezone.now()
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > now)

    def has_scope(self, scope: str) -> bool:
        return scope in (self.scopes or [])


class Event(models.TextChoices):
    PUBLISHED = "article.published", "Published"
    UPDATED = "article.updated", "Updated (while live)"
    UNPUBLISHED = "article.unpublished", "Unpublished (or deleted)"
    ARCHIVED = "article.archived", "Archived"


def _new_secret() -> str:
    from .webhooks.signing import new_secret

    return new_secret()


class WebhookSubscriber(models.Model):
    name = models.CharField(max_length=100)
    url = models.URLField(max_length=500, help_text="Where the signed POSTs go.")
    secret = models.CharField(
        max_length=100,
        default=_new_secret,
        help_text="Shared with the subscriber, who checks each POST's Newsroom-Signature with it.",
    )
    events = models.JSONField(default=list, blank=True, help_text="Empty: every event.")
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name = "webhook subscriber"

    def __str__(self):
        return self.name

    def wants(self, event: str) -> bool:
        return not self.events or event in self.events


class WebhookDelivery(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Failed (gave up)"
        CANCELLED = "cancelled", "Cancelled (no longer true)"

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    subscriber = models.ForeignKey(
        WebhookSubscriber, on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.CharField(max_length=40, choices=Event.choices)
    article_id = models.BigIntegerField(help_text="The article (it may since have been deleted).")
    payload = models.JSONField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    delivered_at = models.DateTimeField(null=True, blank=True)
    last_status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "webhook deliveries"
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                condition=models.Q(status="pending"),
                name="api_delivery_due_idx",
            )
        ]

    def __str__(self):
        return f"{self.event} #{self.article_id} → {self.subscriber}"
