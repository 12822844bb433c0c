"""python manage.py unlock_login [USERNAME] [--ip ADDRESS]"""

from django.core.management.base import BaseCommand, CommandError

from accounts.lockout import unlock
from audit.log import command_actor


class Command(BaseCommand):
    help = (
        "Unlock an account (by username) and/or an address (--ip) locked after failed logins; "
        "recorded in the audit log."
    )

    def add_arguments(self, parser):
        parser.add_argument("username", nargs="?", help="The account to unlock.")
        parser.add_argument("--ip", help="The IP address to unlock.")

    def handle(self, *args, username, ip, **options):
        if not username and not ip:
            raise CommandError("name a username, an --ip address, or both")
        cleared = unlock(username=username, ip=ip, actor=command_actor("unlock_login"))
        target = " and ".join(p for p in (username, ip) if p)
        if cleared:
            self.stdout.write(f"unlocked {target}: {cleared} attempt record(s) cleared")
        else:
            self.stdout.write(f"{target} was not locked (no failed attempts recorded)")
