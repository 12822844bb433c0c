"""The story body's editor in the admin: django-prose-editor's ProseMirror/Tiptap build, with
photos from the media library (a chooser, or an upload on the spot) and embeds.

The widget is a ``<textarea>`` holding the stored HTML, which static/admin/newsroom/
body_editor.js turns into the editor (without JavaScript the HTML itself is edited). Nothing is
inline: one module file and stylesheets, so the admin's strict Content-Security-Policy holds;
the module imports the editor by relative URL, so django-prose-editor's import map (an inline
``<script>``) is not used. Whatever the editor sends is sanitised again on the server
(:func:`clean_body`): the allow-list is articles/richtext's, not the browser's.
"""

import json

from django import forms
from django.core.exceptions import ValidationError
from django.forms.widgets import Script
from django.urls import reverse

from .. import richtext

EDITOR_CSS = (
    "django_prose_editor/material-icons.css",
    "django_prose_editor/editor.css",
    "django_prose_editor/overrides.css",
    "admin/newsroom/body_editor.css",
)


class BodyEditor(forms.Textarea):
    def __init__(self, attrs=None):
        super().__init__({"rows": 20, "data-body-editor": "", **(attrs or {})})

    @property
    def media(self):
        return forms.Media(
            css={"all": EDITOR_CSS},
            js=[Script("admin/newsroom/body_editor.js", type="module")],
        )

    def format_value(self, value):
        # What the editor loads is sanitised first: a body written around the admin (a script,
        # raw SQL) could hold markup the browser would act on while parsing it (an inline
        # event handler, which the CSP blocks, but reports); plain text becomes paragraphs.
        return richtext.from_input(super().format_value(value) or "")

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        extra = {
            "data-photos-url": reverse("admin:media_image_choose"),
            "data-upload-url": reverse("admin:media_image_upload"),
            "data-images": json.dumps(_images_of(value or ""), separators=(",", ":")),
            "aria-label": "Story body",
        }
        context["widget"]["attrs"].update(extra)
        return context

    def use_required_attribute(self, initial):
        return False  # the textarea is hidden behind the editor


def _images_of(html: str) -> dict:
    """{id: what the chooser shows} for the photos already in the body (one query)."""
    ids = richtext.image_ids(html)
    if not ids:
        return {}
    from ..media.admin import chooser_item
    from ..media.models import Image

    return {str(i.pk): chooser_item(i) for i in Image.objects.filter(pk__in=ids)}


def clean_body(value: str) -> str:
    """The body as stored: sanitised (plain text, e.g. typed without JavaScript, becomes
    paragraphs). An embed whose address is not on the allow-list is refused with a message
    rather than dropped without a word."""
    value = value or ""
    refused = [
        b.attrs.get("data-url") or "(no address)"
        for b in richtext.blocks(value)
        if b.kind == "embed"
        and not richtext.embeds.valid(b.attrs.get("data-embed", ""), b.attrs.get("data-url", ""))
    ]
    if refused:
        raise ValidationError(
            f"Cannot embed {', '.join(refused[:3])}: only YouTube and Vimeo videos and X and "
            "Instagram posts can be embedded. Remove it, or paste an address from one of them.",
            code="embed",
        )
    return richtext.from_input(value)
