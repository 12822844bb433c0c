"""The editors' admin, one module per area."""

from . import article, provenance, taxonomy  # noqa: F401  (registers the model admins)
