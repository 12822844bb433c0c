from django.conf import settings
from django.utils.functional import SimpleLazyObject

from .sections import section_tree


def site(request):
    """Site name and language, and the top-level sections for the navigation.

    The sections share the request's SectionTree (one query, only if a template reads them).
    Views may add ``nav_current`` (a top-level section's pk) to mark the current section.
    """
    return {
        "site_name": settings.NEWSROOM_SITE_NAME,
        "site_language": settings.LANGUAGE_CODE,
        "nav_sections": SimpleLazyObject(lambda: section_tree(request).roots),
    }
