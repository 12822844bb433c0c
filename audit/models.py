"""The audit log: one append-only table of who did what, and when.

Entries keep the actor's id and username as they were (no foreign key: deleting a user must not
touch the log, and a foreign key's SET NULL would be an UPDATE the database refuses, see
migration 0002). Written only through ``audit.log``; the admin shows them read-only.
"""

from django.db import models


class Action(models.TextChoices):
    PUBLISH = "article.publish", "Published"
    UNPUBLISH = "article.unpublish", "Unpublished"
    ARCHIVE = "article.archive", "Archived"
    SCHEDULE = "article.schedule", "Schedule changed"
    REVERT = "article.revert", "Reverted to a revision"
    IMPORT = "import", "Import"
    EXPORT = "export", "Export"
    USER_ADD = "user.add", "User created"
    USER_CHANGE = "user.change", "User changed"
    USER_DELETE = "user.delete", "User deleted"
    PASSWORD = "user.password", "Password changed"
    GROUP_ADD = "group.add", "Group created"
    GROUP_CHANGE = "group.change", "Group changed"
    GROUP_DELETE = "group.delete", "Group deleted"
    LOGIN_FAILED = "login.failed", "Login failed"
    LOCKED_OUT = "login.locked_out", "Locked out"
    UNLOCK = "login.unlock", "Login unlocked"
    OTP_ENROLLED = "otp.enrolled", "Two-factor enrolled"
    OTP_FAILED = "otp.failed", "Two-factor code refused"
    OTP_RESET = "otp.reset", "Two-factor removed"


class AuditEntry(models.Model):
    at = models.DateTimeField("when", auto_now_add=True, db_index=True)
    action = models.CharField(max_length=32, choices=Action.choices)
    actor_id = models.BigIntegerField(null=True, blank=True)
    actor = models.CharField(
        max_length=150, blank=True, help_text="The username, or the command that ran."
    )
    ip_address = models.GenericIPAddressField("IP address", null=True, blank=True)
    object_type = models.CharField(max_length=64, blank=True)
    object_id = models.CharField(max_length=64, blank=True)
    object_repr = models.CharField("object", max_length=300, blank=True)
    summary = models.CharField(max_length=500, blank=True)
    details = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ("-at", "-id")
        verbose_name = "audit log entry"
        verbose_name_plural = "audit log"
        indexes = [
            models.Index(fields=["action", "-at"], name="audit_action_at"),
            models.Index(fields=["actor", "-at"], name="audit_actor_at"),
            models.Index(fields=["object_type", "object_id"], name="audit_object"),
        ]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.get_action_display()} {self.object_repr}"
