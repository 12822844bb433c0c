"""The media library in the admin: upload many photos at once (drag and drop, or a plain
multiple-file field without JavaScript), search and filter them, see where each is used, and set
the focal point that card crops are made around.

Uploads go through ``store.add_image`` one file at a time: a bad file is one line naming it and
stores nothing; the others are kept. The library also answers JSON for the story editor's photo
chooser (``choose.json``) and its upload-on-the-spot (``upload/`` with ``Accept:
application/json``).
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, F, Q
from django.http import JsonResponse
from django.shortcuts import redirect
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from .. import cache
from ..admin.uploads import refuse_oversized
from ..cache import tags as T
from ..models import Source
from . import render, specs, store
from .imaging import ImageRejected
from .models import Image
from .usage import articles_using

MAX_FILES = 50
#: What readers see of an image: a change to any of these refreshes the pages that show it.
PUBLIC_FIELDS = ("alt_text", "caption", "credit", "focal_x", "focal_y")


class AltTextFilter(admin.SimpleListFilter):
    title = "alt text"
    parameter_name = "alt"

    def lookups(self, request, model_admin):
        return (("missing", "Missing"), ("present", "Written"))

    def queryset(self, request, queryset):
        empty = Q(alt_text="") | Q(alt_text__regex=r"^\s+$")
        if self.value() == "missing":
            return queryset.filter(empty)
        if self.value() == "present":
            return queryset.exclude(empty)
        return queryset


class UsageFilter(admin.SimpleListFilter):
    title = "used as a lead photo"
    parameter_name = "lead"

    def lookups(self, request, model_admin):
        return (("yes", "Yes"), ("no", "No"))

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(lead_of__isnull=False).distinct()
        if self.value() == "no":
            return queryset.filter(lead_of__isnull=True)
        return queryset


class OrientationFilter(admin.SimpleListFilter):
    title = "orientation"
    parameter_name = "orientation"

    def lookups(self, request, model_admin):
        return (("landscape", "Landscape"), ("portrait", "Portrait"), ("square", "Square"))

    def queryset(self, request, queryset):
        match self.value():
            case "landscape":
                return queryset.filter(width__gt=F("height"))
            case "portrait":
                return queryset.filter(height__gt=F("width"))
            case "square":
                return queryset.filter(width=F("height"))
        return queryset


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """The files as a list, each checked on its own by store.add_image, not here."""

    def clean(self, data, initial=None):
        return [f for f in (data if isinstance(data, list | tuple) else [data]) if f]


class UploadForm(forms.Form):
    """Several photos at once, with what they share (each can be described afterwards)."""

    files = MultipleFileField(
        widget=MultipleFileInput(attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}),
        required=False,
        label="Photos",
        help_text="JPEG, PNG, WebP or GIF; several at once. SVG is not accepted.",
    )
    credit = forms.CharField(
        max_length=200, required=False, help_text="The photographer or agency, for all of them."
    )
    source = forms.ModelChoiceField(queryset=Source.objects.all(), required=False)
    alt_text = forms.CharField(
        label="Alt text",
        max_length=500,
        required=False,
        help_text="Only if the photos show the same thing; otherwise write each one's after.",
    )


class ImageForm(forms.ModelForm):
    def clean_alt_text(self):
        """A photo live on the site keeps its alt text (publishing required it)."""
        text = self.cleaned_data["alt_text"].strip()
        if not text and self.instance.pk is not None:
            live = articles_using(self.instance).filter(status="published")
            if live.exists():
                raise forms.ValidationError(
                    f"Published articles show this photo (“{live.first().title}”"
                    f"{' and others' if live.count() > 1 else ''}): its alt text is required."
                )
        return text

    class Meta:
        model = Image
        fields = ("title", "alt_text", "caption", "credit", "source", "focal_x", "focal_y")
        widgets = {
            "alt_text": forms.Textarea(attrs={"rows": 2}),
            "caption": forms.Textarea(attrs={"rows": 2}),
            "focal_x": forms.NumberInput(attrs={"step": "0.01", "min": "0", "max": "1"}),
            "focal_y": forms.NumberInput(attrs={"step": "0.01", "min": "0", "max": "1"}),
        }


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    form = ImageForm
    list_display = (
        "thumbnail",
        "title",
        "alt_status",
        "credit",
        "source",
        "size",
        "lead_count",
        "uploaded_at",
    )
    list_display_links = ("thumbnail", "title")
    list_filter = (
        AltTextFilter,
        UsageFilter,
        OrientationFilter,
        "source",
        ("uploaded_by", admin.RelatedOnlyFieldListFilter),
        "uploaded_at",
    )
    search_fields = ("title", "alt_text", "caption", "credit", "source__name", "=sha256")
    date_hierarchy = "uploaded_at"
    list_select_related = ("source",)
    list_per_page = 40
    autocomplete_fields = ("source",)
    readonly_fields = ("focal_editor", "details", "used_in", "rendition_list")

    class Media:
        css = {"all": ("admin/newsroom/media.css",)}
        js = ("admin/newsroom/media-focal.js",)

    def get_fieldsets(self, request, obj=None):
        return (
            (
                None,
                {"fields": ("focal_editor", "title", "alt_text", "caption", "credit", "source")},
            ),
            (
                "Focal point",
                {
                    "fields": ("focal_x", "focal_y"),
                    "description": "Card crops keep this point in view: click the photo above, "
                    "or type fractions of its width and height (0.5, 0.5 is the centre).",
                },
            ),
            ("Where it is used", {"fields": ("used_in",)}),
            ("File", {"classes": ("collapse",), "fields": ("details", "rendition_list")}),
        )

    def get_queryset(self, request):
        # (a GROUP BY query ignores Meta.ordering: say it again)
        leads = super().get_queryset(request).annotate(leads=Count("lead_of"))
        return leads.order_by(*Image._meta.ordering)

    # -- columns ---------------------------------------------------------------------------

    @admin.display(description="Photo")
    def thumbnail(self, obj):
        return render.picture(
            obj, sizes="96px", widths=(320,), ratio=specs.CARD_RATIO, alt="", css_class="thumb"
        )

    @admin.display(description="Alt text", boolean=True, ordering="alt_text")
    def alt_status(self, obj):
        return obj.has_alt

    @admin.display(description="Pixels")
    def size(self, obj):
        return f"{obj.width}×{obj.height}"

    @admin.display(description="Lead of", ordering="leads")
    def lead_count(self, obj):
        return getattr(obj, "leads", None)

    @admin.display(description="Photo")
    def focal_editor(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        return format_html(
            '<div class="focal-editor" data-focal-x="{}" data-focal-y="{}">'
            '<button type="button" class="focal-target" aria-label="Focal point: use the arrow '
            'keys to move it, or click the photo">{}<span class="focal-marker" aria-hidden="true">'
            "</span></button></div>"
            '<p class="help">The card crop (3:2) around the focal point:</p>{}',
            obj.focal_x,
            obj.focal_y,
            render.picture(obj, sizes="600px", widths=(640,), alt=obj.alt_text, lazy=False),
            render.picture(obj, sizes="240px", widths=(320,), ratio=specs.CARD_RATIO, alt=""),
        )

    @admin.display(description="File")
    def details(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        return format_html(
            '<a href="{}">Original</a> ({}, {}×{} pixels, {}; EXIF and GPS removed)<br>'
            "SHA-256 {}<br>Uploaded {} by {}",
            obj.file.url,
            obj.format.upper(),
            obj.width,
            obj.height,
            filesizeformat(obj.file_size),
            obj.sha256,
            obj.uploaded_at.strftime("%Y-%m-%d %H:%M"),
            obj.uploaded_by or "—",
        )

    @admin.display(description="Articles")
    def used_in(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        rows = list(articles_using(obj).order_by("-id")[:50])
        if not rows:
            return "Not used by any article yet."
        items = format_html_join(
            "",
            '<li><a href="{}">{}</a> ({}, {})</li>',
            (
                (
                    reverse("admin:articles_article_change", args=[a.pk]),
                    a.title,
                    a.get_status_display().lower(),
                    "lead photo" if a.lead_image_id == obj.pk else "in the story",
                )
                for a in rows
            ),
        )
        return format_html('<ul class="image-usage">{}</ul>', items)

    @admin.display(description="Renditions")
    def rendition_list(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        rows = obj.renditions.order_by("ratio", "width", "format")
        return format_html_join(
            ", ",
            '<a href="{}">{} {}w {}</a> ({})',
            (
                (r.file.url, r.ratio or "whole", r.width, r.format, filesizeformat(r.file_size))
                for r in rows
            ),
        )

    # -- writing ---------------------------------------------------------------------------

    def save_model(self, request, obj, form, change):
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            if {"focal_x", "focal_y"} & set(form.changed_data):
                store.ensure_renditions(obj)
            if set(PUBLIC_FIELDS) & set(form.changed_data):
                cache.invalidate({T.image(obj.pk)})

    def delete_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, object_id)
        if obj is not None and request.method == "POST" and articles_using(obj).exists():
            self.message_user(
                request,
                f"“{obj}” is used by articles (see “Where it is used”): take it out of them first.",
                messages.ERROR,
            )
            return redirect(reverse("admin:media_image_change", args=[obj.pk]))
        return super().delete_view(request, object_id, extra_context)

    def delete_model(self, request, obj):
        with transaction.atomic():
            store.delete_image_files(obj)
            super().delete_model(request, obj)
            cache.invalidate({T.image(obj.pk)})

    def delete_queryset(self, request, queryset):
        used = [str(img) for img in queryset if articles_using(img).exists()]
        if used:
            self.message_user(
                request,
                f"Nothing deleted: {', '.join(used[:10])} used by articles.",
                messages.ERROR,
            )
            raise _Refused
        with transaction.atomic():
            for obj in queryset:
                store.delete_image_files(obj)
            ids = list(queryset.values_list("pk", flat=True))
            super().delete_queryset(request, queryset)
            cache.invalidate({T.image(pk) for pk in ids})

    def response_action(self, request, queryset):
        try:
            return super().response_action(request, queryset)
        except _Refused:
            return redirect(request.get_full_path())

    # -- uploading -------------------------------------------------------------------------

    def get_urls(self):
        own = [
            path(
                "upload/",
                self.admin_site.admin_view(self.upload_view),
                name="media_image_upload",
            ),
            path(
                "choose.json",
                self.admin_site.admin_view(self.choose_view),
                name="media_image_choose",
            ),
        ]
        return own + super().get_urls()

    def add_view(self, request, form_url="", extra_context=None):
        return redirect("admin:media_image_upload")

    def upload_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        wants_json = "application/json" in request.headers.get("Accept", "")
        refused = refuse_oversized(request)  # by Content-Length, before the body is read
        if refused is not None:
            if wants_json:
                list(messages.get_messages(request))  # said in the JSON instead
                return JsonResponse(
                    {"error": f"The upload is over {filesizeformat(store.max_bytes())}."},
                    status=413,
                )
            return refused
        results = []
        form = UploadForm(request.POST, request.FILES) if request.method == "POST" else UploadForm()
        if request.method == "POST":
            files = request.FILES.getlist("files")
            if form.is_valid():
                if not files:
                    form.add_error("files", "Choose one or more photos.")
                elif len(files) > MAX_FILES:
                    form.add_error("files", f"Upload at most {MAX_FILES} files at once.")
                else:
                    shared = {k: v for k, v in form.cleaned_data.items() if k != "files" and v}
                    results = [self._upload_one(request, f, shared) for f in files]
            if wants_json:
                if not results:
                    errors = [e for errs in form.errors.values() for e in errs]
                    return JsonResponse(
                        {"error": " ".join(errors) or "No file was uploaded."}, status=400
                    )
                status = 200 if any(r["ok"] for r in results) else 400
                return JsonResponse({"results": results}, status=status)
            if results:
                for r in results:
                    if r["ok"]:
                        level = messages.SUCCESS if r["created"] else messages.INFO
                        text = "uploaded" if r["created"] else "already in the library"
                        self.message_user(request, f"{r['name']}: {text}.", level)
                    else:
                        self.message_user(request, r["error"], messages.ERROR)
                if all(r["ok"] for r in results) and len(results) == 1:
                    return redirect(reverse("admin:media_image_change", args=[results[0]["id"]]))
                return redirect(reverse("admin:media_image_changelist"))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Upload photos",
            "form": form,
            "max_files": MAX_FILES,
            "max_bytes": filesizeformat(store.max_bytes()),
            "max_megapixels": f"{store.max_pixels() / 1e6:g}",
        }
        return TemplateResponse(request, "admin/media/image/upload.html", context)

    def _upload_one(self, request, upload, shared) -> dict:
        try:
            data = store.read_upload(upload)
            image, created = store.add_image(data, upload.name, user=request.user, **shared)
        except ImageRejected as error:
            return {"ok": False, "name": upload.name, "error": str(error)}
        if created:
            self.log_addition(request, image, [{"added": {}}])
        return {"ok": True, "name": upload.name, "created": created, **chooser_item(image)}

    def choose_view(self, request):
        """JSON for the story editor's photo chooser: the latest photos, or those matching
        ``q`` (title, alt text, caption, credit), 24 at a time (``page``)."""
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        queryset = Image.objects.select_related(None).order_by("-uploaded_at", "-id")
        q = request.GET.get("q", "").strip()[:200]
        if q:
            queryset, _ = self.get_search_results(request, queryset, q)
        try:
            page = max(1, int(request.GET.get("page", 1)))
        except ValueError:
            return JsonResponse({"error": "page must be a whole number."}, status=400)
        rows = list(queryset[(page - 1) * 24 : page * 24 + 1])
        return JsonResponse(
            {"results": [chooser_item(i) for i in rows[:24]], "more": len(rows) > 24}
        )


class _Refused(Exception):
    """A bulk delete refused (images still used)."""


def chooser_item(image: Image) -> dict:
    """What the editor's chooser needs of a photo."""
    thumb = render.sources(image, ratio=specs.CARD_RATIO, widths=(320,))
    return {
        "id": image.pk,
        "title": image.title,
        "alt": image.alt_text,
        "caption": image.caption,
        "credit": image.credit,
        "width": image.width,
        "height": image.height,
        "thumbnail": thumb["src"],
        "admin_url": reverse("admin:media_image_change", args=[image.pk]),
    }
