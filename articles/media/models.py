"""The media library's tables: an uploaded Image and the Renditions made from it.

Behaviour lives elsewhere: validation and resizing in ``imaging`` (pure), writing in ``store``.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

UNIT = [MinValueValidator(0.0), MaxValueValidator(1.0)]


class Image(models.Model):
    """One photo, stored once (by its SHA-256) and described for readers."""

    file = models.FileField(
        max_length=255, editable=False, help_text="The original, EXIF and GPS removed."
    )
    title = models.CharField(max_length=255, help_text="For the library's search; not shown.")
    alt_text = models.CharField(
        "alt text",
        max_length=500,
        blank=True,
        help_text="What the photo shows, for readers who cannot see it. Required before an "
        "article using the photo is published.",
    )
    caption = models.TextField(blank=True, help_text="The default caption under the photo.")
    credit = models.CharField(
        "credit", max_length=200, blank=True, help_text="The photographer or agency."
    )
    source = models.ForeignKey(
        "articles.Source",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="images",
        help_text="The supplier the photo came from, if any.",
    )
    focal_x = models.FloatField(
        default=0.5, validators=UNIT, help_text="0 is the left edge, 1 the right."
    )
    focal_y = models.FloatField(
        default=0.5, validators=UNIT, help_text="0 is the top edge, 1 the bottom."
    )
    width = models.PositiveIntegerField(editable=False)
    height = models.PositiveIntegerField(editable=False)
    format = models.CharField(max_length=10, editable=False, help_text="jpeg, png, webp or gif.")
    file_size = models.PositiveIntegerField("size", editable=False, help_text="Bytes.")
    sha256 = models.CharField(
        max_length=64, unique=True, editable=False, help_text="Of the file as uploaded."
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    uploaded_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-uploaded_at", "-id"]
        indexes = [models.Index(fields=["-uploaded_at"], name="media_image_uploaded_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(focal_x__gte=0, focal_x__lte=1, focal_y__gte=0, focal_y__lte=1),
                name="media_image_focal_in_frame",
            ),
        ]

    def __str__(self):
        return self.title or f"Image {self.pk}"

    @property
    def has_alt(self) -> bool:
        return bool(self.alt_text.strip())

    @property
    def orientation(self) -> str:
        if self.width > self.height:
            return "landscape"
        return "portrait" if self.height > self.width else "square"


class Rendition(models.Model):
    """A resized (and, for cards, focal-point-cropped) copy of an Image, made once and stored."""

    class Format(models.TextChoices):
        WEBP = "webp", "WebP"
        JPEG = "jpeg", "JPEG"

    image = models.ForeignKey(Image, on_delete=models.CASCADE, related_name="renditions")
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    format = models.CharField(max_length=4, choices=Format.choices)
    ratio = models.CharField(
        max_length=10, blank=True, help_text='A crop such as "3:2"; empty keeps the whole photo.'
    )
    focal = models.CharField(
        max_length=20, blank=True, help_text="The focal point the crop was made around."
    )
    file = models.FileField(max_length=255)
    file_size = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["image", "width", "format", "ratio", "focal"],
                name="media_rendition_unique_spec",
            ),
        ]

    def __str__(self):
        crop = f" {self.ratio}" if self.ratio else ""
        return f"{self.image_id} {self.width}w{crop} {self.format}"

    @property
    def url(self) -> str:
        return self.file.url
