"""Answer 503 with Retry-After, not 500, while the database is unreachable.

Django opens a fresh connection on the next request (CONN_HEALTH_CHECKS drops a dead persistent
one), so the site recovers by itself when the database is back.
"""

import logging

from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.http import HttpResponse
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30


def _database_unreachable(exc: Exception) -> bool:
    if isinstance(exc, InterfaceError):
        return True
    if not isinstance(exc, OperationalError):
        return False
    text = str(exc).lower()
    # SQLite's "database is locked" and PostgreSQL's connection failures are both transient.
    return any(
        marker in text
        for marker in (
            "connection",
            "server closed",
            "could not connect",
            "terminating",
            "database is locked",
            "timeout",
            "the database system is",
        )
    )


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, DatabaseError) or not _database_unreachable(exception):
            return None
        logger.warning("database unavailable: %s", exception)
        for conn in connections.all(initialized_only=True):
            conn.close_if_unusable_or_obsolete()
        body = render_to_string("503.html")
        response = HttpResponse(body, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
