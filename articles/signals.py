"""Signal receivers: sections' and sources' changes for the page cache, and the SQLite search
function.

No business logic here. Sections and sources are saved by the taxonomy admin and by importers
that meet new ones, all through ``save()``: these receivers only read what readers saw before
the save and hand both states to ``articles.cache.invalidation``, which invalidates on commit
(and nothing when only fields readers never see changed, e.g. a source's parser hints).
Articles have no receiver: their write paths call the invalidation functions explicitly (see
articles/cache/invalidation.py). Each new SQLite connection gets the accent-folding function
the SQLite search fallback uses (articles/search.py).
"""

from django.db.backends.signals import connection_created
from django.db.models.signals import post_delete, post_save, pre_save

from . import search
from .cache import changes, invalidation

_STATES = {"section": invalidation.section_state, "source": invalidation.source_state}
_CHANGED = {"section": invalidation.section_changed, "source": invalidation.source_changed}
_FIELDS = {"section": changes.SECTION_FIELDS, "source": changes.SOURCE_FIELDS}


def _public_fields(sender) -> set[str]:
    names = _FIELDS[sender._meta.model_name]
    return {n.removesuffix("_id") for n in names} | set(names)


def _remember_before(sender, instance, update_fields=None, **kwargs):
    """What readers saw of it before this save (one query, skipped when no such field is saved)."""
    instance._newsroom_before = None  # a new one
    if update_fields and not set(update_fields) & _public_fields(sender):
        instance._newsroom_before = False  # nothing public is written: nothing to compare
        return
    if instance.pk is None:
        return
    fields = _FIELDS[sender._meta.model_name]
    rows = sender._default_manager.filter(pk=instance.pk).values("id", *fields)
    instance._newsroom_before = rows.first()  # None: it did not exist


def _saved(sender, instance, **kwargs):
    before = getattr(instance, "_newsroom_before", None)
    if before is not False:
        _CHANGED[sender._meta.model_name](before, instance)


def _deleted(sender, instance, **kwargs):
    _CHANGED[sender._meta.model_name](_STATES[sender._meta.model_name](instance), None)


def _register_sqlite_functions(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        search.register_sqlite_functions(connection.connection)


def connect():
    from .models import Section, Source

    for model in (Section, Source):
        uid = f"newsroom-cache-{model._meta.model_name}"
        pre_save.connect(_remember_before, sender=model, dispatch_uid=uid + "-before")
        post_save.connect(_saved, sender=model, dispatch_uid=uid + "-save")
        post_delete.connect(_deleted, sender=model, dispatch_uid=uid + "-delete")
    connection_created.connect(_register_sqlite_functions, dispatch_uid="newsroom-sqlite-fold")
