import datetime

import factory
from django.utils import timezone

from articles.models import Article, Section, Source
from articles.slugs import make_slug


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Agency {n}")
    slug = factory.LazyAttribute(lambda o: make_slug(o.name))
    kind = Source.Kind.WIRE


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section

    name = factory.Sequence(lambda n: f"Section {n}")
    slug = factory.LazyAttribute(lambda o: make_slug(o.name))
    parent = None


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Story number {n}")
    slug = factory.LazyAttribute(lambda o: make_slug(o.title))
    summary = "A short summary."
    body = "<p>First paragraph.</p><p>Second paragraph.</p>"
    byline = "Staff reporter"
    source = factory.SubFactory(SourceFactory)
    section = factory.SubFactory(SectionFactory)
    status = Article.Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1))

    class Params:
        draft = factory.Trait(status=Article.Status.DRAFT, published_at=None)
        future = factory.Trait(
            published_at=factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=1))
        )


def photo_bytes(width=800, height=600, *, seed=0, fmt="JPEG", exif=None, **save) -> bytes:
    """A photo-like picture (a gradient sky, a sun, hills and grain) drawn with Pillow."""
    import io
    import random

    from PIL import Image as PILImage
    from PIL import ImageDraw, ImageFilter

    rng = random.Random(seed)
    top = (rng.randrange(40, 120), rng.randrange(90, 170), rng.randrange(170, 255))
    picture = PILImage.composite(
        PILImage.new("RGB", (width, height), (250, 230, 200)),
        PILImage.new("RGB", (width, height), top),
        PILImage.linear_gradient("L").resize((width, height)),
    )
    draw = ImageDraw.Draw(picture)
    sun = (rng.randrange(width), rng.randrange(height // 2), max(4, width // 12))
    draw.ellipse([sun[0] - sun[2], sun[1] - sun[2], sun[0] + sun[2], sun[1] + sun[2]], fill="#fd3")
    for layer in range(3):
        base = height * (0.55 + 0.12 * layer)
        points = [(0, height)]
        for x in range(0, width + 40, 40):
            points.append((x, base + rng.uniform(-0.08, 0.08) * height))
        points.append((width, height))
        shade = 60 + 40 * layer
        draw.polygon(points, fill=(shade // 2, shade, shade // 3))
    picture = picture.filter(ImageFilter.GaussianBlur(1))
    noise = PILImage.frombytes("L", (width, height), rng.randbytes(width * height)).convert("RGB")
    picture = PILImage.blend(picture, noise, 0.08)
    out = io.BytesIO()
    if exif is not None:
        save["exif"] = exif
    if fmt == "PNG" and picture.mode != "RGBA" and save.pop("alpha", False):
        picture.putalpha(200)
    picture.save(out, fmt, **save)
    return out.getvalue()


class ImageFactory(factory.django.DjangoModelFactory):
    """A photo in the media library, uploaded through articles.media.store (renditions made)."""

    class Meta:
        model = "media.Image"

    title = factory.Sequence(lambda n: f"Photo {n}")
    alt_text = "Hills under an evening sky."
    credit = "Staff photographer"
    caption = ""
    width = 800
    height = 600

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        from articles.media import store

        seed = kwargs.pop("seed", None)
        width, height = kwargs.pop("width"), kwargs.pop("height")
        data = kwargs.pop("data", None)
        if data is None:
            data = photo_bytes(width, height, seed=seed if seed is not None else kwargs["title"])
        name = kwargs.pop("name", "photo.jpg")
        image, _ = store.add_image(data, name, **kwargs)
        return image
