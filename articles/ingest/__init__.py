"""Ingest: imports as jobs on Celery, and the channels news comes in by (admin uploads, CSV
imports, ``import_dumps --queue``, the drop folder, feed polling, HTTP push), with
near-duplicate grouping across suppliers. Public entry points are in ``jobs``."""
