"""Oversized uploads refused before their body is read (no spooling of a huge file to disk)."""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.template.defaultfilters import filesizeformat

#: Room for the multipart envelope and the form's other fields around the file(s).
ENVELOPE = 1024 * 1024


def refuse_oversized(request):
    """A redirect back to the form, with a message, when the request body is over the upload
    limit by its Content-Length; None otherwise. Call it before touching request.POST/FILES."""
    if request.method != "POST":
        return None
    try:
        size = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        size = 0
    limit = settings.NEWSROOM_MAX_UPLOAD_BYTES
    if size <= limit + ENVELOPE:
        return None
    messages.error(
        request,
        f"The upload is {filesizeformat(size)}, over the limit of {filesizeformat(limit)}: "
        "split it, or import it with manage.py import_articles / import_dumps.",
    )
    return redirect(request.path)
