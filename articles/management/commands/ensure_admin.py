"""Create a local admin account if there is none, printing its random password once."""

import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from audit import log as audit


class Command(BaseCommand):
    help = "Create a superuser 'admin' with a random password if no superuser exists yet."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write("An admin account exists already: sign in at /admin/.")
            return
        password = secrets.token_urlsafe(12)
        user = User.objects.create_superuser(username=username, email="", password=password)
        audit.record(
            audit.Action.USER_ADD,
            actor=audit.command_actor("ensure_admin"),
            obj=user,
            summary=f"{audit.Action.USER_ADD.label}: {username} (superuser)",
            details={"changes": {"is_superuser": {"from": None, "to": True}}},
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Created admin account '{username}' with password {password} "
                "(shown only this once). Sign in at /admin/."
            )
        )
