from django.conf import settings
from django.utils.functional import SimpleLazyObject

from .sections import section_tree


def site(request):
    """Site name and the top-level sections for the navigation (shares the request's tree)."""
    return {
        "site_name": settings.NEWSROOM_SITE_NAME,
        "nav_sections": SimpleLazyObject(lambda: section_tree(request).roots),
    }
