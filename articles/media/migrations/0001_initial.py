"""The media library: Image (stored once by SHA-256, focal point, credit) and its Renditions."""

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("articles", "0009_seed_source_profiles"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="Image",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "file",
                    models.FileField(
                        editable=False,
                        help_text="The original, EXIF and GPS removed.",
                        max_length=255,
                        upload_to="",
                    ),
                ),
                (
                    "title",
                    models.CharField(
                        help_text="For the library's search; not shown.", max_length=255
                    ),
                ),
                (
                    "alt_text",
                    models.CharField(
                        blank=True,
                        help_text="What the photo shows, for readers who cannot see it. Required before an article using the photo is published.",
                        max_length=500,
                        verbose_name="alt text",
                    ),
                ),
                (
                    "caption",
                    models.TextField(blank=True, help_text="The default caption under the photo."),
                ),
                (
                    "credit",
                    models.CharField(
                        blank=True,
                        help_text="The photographer or agency.",
                        max_length=200,
                        verbose_name="credit",
                    ),
                ),
                (
                    "focal_x",
                    models.FloatField(
                        default=0.5,
                        help_text="0 is the left edge, 1 the right.",
                        validators=[
                            django.core.validators.MinValueValidator(0.0),
                            django.core.validators.MaxValueValidator(1.0),
                        ],
                    ),
                ),
                (
                    "focal_y",
                    models.FloatField(
                        default=0.5,
                        help_text="0 is the top edge, 1 the bottom.",
                        validators=[
                            django.core.validators.MinValueValidator(0.0),
                            django.core.validators.MaxValueValidator(1.0),
                        ],
                    ),
                ),
                ("width", models.PositiveIntegerField(editable=False)),
                ("height", models.PositiveIntegerField(editable=False)),
                (
                    "format",
                    models.CharField(
                        editable=False, help_text="jpeg, png, webp or gif.", max_length=10
                    ),
                ),
                (
                    "file_size",
                    models.PositiveIntegerField(
                        editable=False, help_text="Bytes.", verbose_name="size"
                    ),
                ),
                (
                    "sha256",
                    models.CharField(
                        editable=False,
                        help_text="Of the file as uploaded.",
                        max_length=64,
                        unique=True,
                    ),
                ),
                (
                    "uploaded_at",
                    models.DateTimeField(default=django.utils.timezone.now, editable=False),
                ),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "source",
                    models.ForeignKey(
                        blank=True,
                        help_text="The supplier the photo came from, if any.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="images",
                        to="articles.source",
                    ),
                ),
                (
                    "uploaded_by",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "ordering": ["-uploaded_at", "-id"],
            },
        ),
        migrations.CreateModel(
            name="Rendition",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("width", models.PositiveIntegerField()),
                ("height", models.PositiveIntegerField()),
                (
                    "format",
                    models.CharField(choices=[("webp", "WebP"), ("jpeg", "JPEG")], max_length=4),
                ),
                (
                    "ratio",
                    models.CharField(
                        blank=True,
                        help_text='A crop such as "3:2"; empty keeps the whole photo.',
                        max_length=10,
                    ),
                ),
                (
                    "focal",
                    models.CharField(
                        blank=True,
                        help_text="The focal point the crop was made around.",
                        max_length=20,
                    ),
                ),
                ("file", models.FileField(max_length=255, upload_to="")),
                ("file_size", models.PositiveIntegerField(default=0)),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "image",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="renditions",
                        to="media.image",
                    ),
                ),
            ],
        ),
        migrations.AddIndex(
            model_name="image",
            index=models.Index(fields=["-uploaded_at"], name="media_image_uploaded_idx"),
        ),
        migrations.AddConstraint(
            model_name="image",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("focal_x__gte", 0),
                    ("focal_x__lte", 1),
                    ("focal_y__gte", 0),
                    ("focal_y__lte", 1),
                ),
                name="media_image_focal_in_frame",
            ),
        ),
        migrations.AddConstraint(
            model_name="rendition",
            constraint=models.UniqueConstraint(
                fields=("image", "width", "format", "ratio", "focal"),
                name="media_rendition_unique_spec",
            ),
        ),
    ]
