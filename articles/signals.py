"""Signal receivers: page-cache invalidation and the SQLite search function.

No business logic here: saving or deleting an Article, Section or Source starts a new page-cache
generation (articles/cache.py); each new SQLite connection gets the accent-folding function the
SQLite search fallback uses (articles/search.py).
"""

from django.db.backends.signals import connection_created
from django.db.models.signals import post_delete, post_save

from . import cache, search


def _content_changed(sender, **kwargs):
    cache.bump_on_commit()


def _register_sqlite_functions(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        search.register_sqlite_functions(connection.connection)


def connect():
    from .models import Article, Section, Source

    for model in (Article, Section, Source):
        uid = f"newsroom-cache-{model._meta.model_name}"
        post_save.connect(_content_changed, sender=model, dispatch_uid=uid + "-save")
        post_delete.connect(_content_changed, sender=model, dispatch_uid=uid + "-delete")
    connection_created.connect(_register_sqlite_functions, dispatch_uid="newsroom-sqlite-fold")
