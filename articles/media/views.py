"""Serving the media files from MEDIA_ROOT when no proxy or object store does
(``NEWSROOM_SERVE_MEDIA``, on by default: ``make run`` needs nothing else).

Only the public copies are served (``images/``: the originals re-encoded without metadata, and
``renditions/``); their names are made from their content, so browsers and CDNs keep them a
year.
"""

from django.conf import settings
from django.http import Http404
from django.views.static import serve

PUBLIC_PREFIXES = ("images/", "renditions/")
FOREVER = "public, max-age=31536000, immutable"


def media(request, path):
    if not path.startswith(PUBLIC_PREFIXES) or ".." in path.split("/"):
        raise Http404("No such file")
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["Cache-Control"] = FOREVER
    return response
