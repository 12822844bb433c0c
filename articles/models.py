"""Articles, the sources that supply them, the section tree, and where each import came from."""

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from .slugs import unique_slug


class Source(models.Model):
    """Who supplied the content: a wire agency, a newspaper, a press-release service."""

    class Kind(models.TextChoices):
        WIRE = "wire", "Wire agency"
        NEWSPAPER = "newspaper", "Newspaper"
        PRESS_RELEASE = "press_release", "Press-release service"
        OTHER = "other", "Other"

    name = models.CharField(max_length=200, unique=True, help_text="The supplier's full name.")
    slug = models.SlugField(
        max_length=200, unique=True, help_text="Used in the source's web address."
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    url = models.URLField("home page", blank=True)
    aliases = models.JSONField(
        default=list,
        blank=True,
        help_text="Other names dumps use for this source, one per line, e.g. VNA or ĐBP. "
        "Imports match these (case-insensitive) to this source.",
    )
    # Layout hints (lists of lines): what the dump parser should know about this supplier's
    # dumps. Read by articles.importers.profiles.load_profiles(); the admin edits them one per line.
    signoffs = models.JSONField(
        default=list,
        blank=True,
        db_default=[],
        help_text="Lines that end each of this supplier's stories, one per line, e.g. "
        "Enditem, (END) or — AFP. The importer splits stories there and keeps them out of "
        "the text.",
    )
    lede_prefixes = models.JSONField(
        default=list,
        blank=True,
        db_default=[],
        help_text="How the first paragraph of this supplier's stories begins, one per line, "
        "e.g. HANOI (VNA) - or ĐBP - . A story that begins like this is credited to this source.",
    )
    chrome_lines = models.JSONField(
        "page furniture",
        default=list,
        blank=True,
        db_default=[],
        help_text="Whole lines of website furniture to drop from this supplier's pages, one per "
        "line, e.g. Share:, Print or Facebook.",
    )
    caption_credits = models.JSONField(
        default=list,
        blank=True,
        db_default=[],
        help_text="Credits that end this supplier's photo captions, one per line, e.g. "
        "Photo: VNA or Photo: Minh Anh. A short line ending with one is taken for a caption.",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:source", kwargs={"slug": self.slug})

    def matches(self, name: str) -> bool:
        wanted = name.strip().casefold()
        return wanted == self.name.casefold() or wanted in {a.casefold() for a in self.aliases}


class Section(models.Model):
    """A node of the section tree: News > Politics, Culture > Tourism, ..."""

    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100, help_text="Unique among its siblings.")
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text="Leave empty for a top-level section.",
    )
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Sections are listed by this number, then by name."
    )

    class Meta:
        ordering = ["position", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["parent", "slug"], name="section_unique_slug_in_parent"
            ),
            models.UniqueConstraint(
                fields=["slug"], condition=Q(parent=None), name="section_unique_top_level_slug"
            ),
        ]

    def __str__(self):
        return self.path

    def get_absolute_url(self):
        return reverse("articles:section", kwargs={"path": self.slug_path})

    def ancestors(self):
        """This section's chain from the root down to itself."""
        chain, node = [], self
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain[::-1]

    @property
    def path(self) -> str:
        """A readable path: "News / Politics"."""
        return " / ".join(s.name for s in self.ancestors())

    @property
    def slug_path(self) -> str:
        return "/".join(s.slug for s in self.ancestors())


class RawDump(models.Model):
    """A raw text dump exactly as it was received, kept so nothing is ever lost."""

    name = models.CharField(max_length=255, help_text="The file name it was uploaded with.")
    sha256 = models.CharField(max_length=64, unique=True, editable=False)
    size = models.PositiveBigIntegerField(help_text="Bytes.")
    content = models.BinaryField(help_text="The file's bytes, verbatim.")
    encoding = models.CharField(max_length=40, blank=True)
    warnings = models.JSONField(default=list, blank=True)
    received_at = models.DateTimeField(default=timezone.now)
    received_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-received_at"]
        verbose_name = "raw dump"

    def __str__(self):
        return f"{self.name} ({self.sha256[:12]})"


class ImportBatch(models.Model):
    """One run of an importer (a dump upload or a CSV/XLSX file): who, when, what it did."""

    class Kind(models.TextChoices):
        DUMP = "dump", "Raw dump"
        CSV = "csv", "CSV / XLSX / JSON"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    name = models.CharField(max_length=255, help_text="The imported file(s).")
    started_at = models.DateTimeField(default=timezone.now)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    stats = models.JSONField(default=dict, blank=True, help_text="Created, updated, ... counts.")

    class Meta:
        ordering = ["-started_at"]
        verbose_name_plural = "import batches"

    def __str__(self):
        return f"{self.get_kind_display()} {self.name} at {self.started_at:%Y-%m-%d %H:%M}"


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """What readers may see: published, and its publication time has come.

        Every public view, feed, sitemap and search goes through this.
        """
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())

    def for_listing(self):
        return self.select_related("source", "section__parent")


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        REVIEW = "review", "In review"
        PUBLISHED = "published", "Published"
        ARCHIVED = "archived", "Archived"

    title = models.CharField(max_length=300)
    slug = models.SlugField(
        max_length=200,
        unique=True,
        help_text="The article's web address. Made from the title when left empty.",
    )
    summary = models.TextField(blank=True, help_text="One or two sentences shown in lists.")
    # Sanitised HTML (articles/richtext: the allow-list, conversion from plain text, rendering).
    # Photos are <figure data-image="ID"> slots in it, with their captions and credits.
    body = models.TextField(
        blank=True,
        help_text="The story: paragraphs, subheadings, links, quotes, lists, photos from the "
        "media library with their captions, and embedded videos or posts.",
    )
    byline = models.CharField(max_length=200, blank=True, help_text="The author(s) as printed.")
    dateline = models.CharField(
        max_length=200, blank=True, help_text='Where and when, as printed: "HANOI, Dec. 2".'
    )
    # No single-column indexes on source, section and status: the composite indexes in Meta
    # start with them and serve those lookups; every extra index slows each write and import.
    source = models.ForeignKey(
        Source,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="articles",
        db_index=False,
    )
    section = models.ForeignKey(
        Section,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        db_index=False,
        help_text="Imported drafts may have none yet; assign one before publishing.",
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="Readers see a published article from this time on. "
        "A time in the future schedules it.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    external_id = models.CharField(
        max_length=100,
        blank=True,
        help_text="The supplier's own id for the story (unique per source).",
    )
    canonical_url = models.URLField(max_length=500, blank=True, help_text="The original's address.")
    lead_image = models.ForeignKey(
        "media.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="lead_of",
        help_text="The photo at the top of the story, on cards and in link previews.",
    )
    version = models.PositiveIntegerField(
        default=1, editable=False, help_text="Bumped on every save; guards against lost edits."
    )

    # Provenance: filled by the importers, read-only for editors.
    raw_dump = models.ForeignKey(  # indexed where set only (Meta): most articles have none
        RawDump,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="articles",
        db_index=False,
    )
    dump_span = models.JSONField(
        null=True, blank=True, help_text="[start, end] character offsets in the repaired dump."
    )
    import_batch = models.ForeignKey(
        ImportBatch, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    import_fingerprint = models.CharField(
        max_length=64,
        blank=True,
        help_text="Hash of the content as last imported; differs once an editor changes it.",
    )
    import_warnings = models.JSONField(default=list, blank=True)
    import_confidence = models.FloatField(
        null=True,
        blank=True,
        help_text="How sure the dump importer was of this article, 0 to 1 (empty: not from a "
        "dump). Below NEWSROOM_TRIAGE_CONFIDENCE it is in the triage queue.",
    )
    import_doubts = models.JSONField(
        default=list,
        blank=True,
        db_default=[],
        help_text='Why the importer doubts it, e.g. "story boundary guessed", "no source found".',
    )
    is_stub = models.BooleanField(
        default=False,
        help_text="Created from a teaser (title and summary only); a full import fills it in.",
    )
    # Full-text search: on PostgreSQL a trigger (migration 0003_search) keeps this up to date from
    # the text columns, whatever wrote the row (admin, importers, COPY); its GIN index is created
    # there too. Always NULL on SQLite, where articles/search.py searches the text itself.
    search_vector = SearchVectorField(null=True, editable=False)

    objects = ArticleQuerySet.as_manager()
    # Revisions are read by article id and date only: the history table needs no other indexes.
    history = HistoricalRecords(
        excluded_fields=["version", "updated_at", "search_vector"],
        no_db_index=["slug", "source", "section", "import_batch", "raw_dump", "lead_image"],
    )

    class Meta:
        ordering = ["-published_at", "-id"]
        indexes = [
            # What readers see, in the lists' order (published() adds published_at <= now):
            # partial indexes, a fraction of the table, read without the rows (index-only) to
            # count a list and find a page's ids, however deep the page.
            models.Index(
                fields=["-published_at", "-id"],
                condition=Q(status="published"),
                name="article_live_idx",
            ),
            models.Index(
                fields=["section", "-published_at", "-id"],
                condition=Q(status="published"),
                name="article_live_section_idx",
            ),
            models.Index(
                fields=["source", "-published_at", "-id"],
                condition=Q(status="published"),
                name="article_live_source_idx",
            ),
            models.Index(fields=["section", "-published_at"], name="article_section_published_idx"),
            models.Index(fields=["source", "-published_at"], name="article_source_published_idx"),
            models.Index(fields=["status", "-published_at"], name="article_status_published_idx"),
            # the content API's sync (updated_since, oldest change first) and its drafts token's
            # first page (every status, newest first): both scanned the table at 1M rows
            models.Index(fields=["updated_at", "id"], name="article_updated_idx"),
            models.Index(fields=["-published_at", "-id"], name="article_published_id_idx"),
            models.Index(
                fields=["raw_dump"],
                condition=Q(raw_dump__isnull=False),
                name="article_raw_dump_idx",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "external_id"],
                condition=~Q(external_id=""),
                name="article_unique_external_id_per_source",
            ),
            models.CheckConstraint(condition=~Q(slug=""), name="article_slug_not_empty"),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="article_published_has_date",
            ),
        ]
        permissions = [
            ("publish_article", "Can publish, unpublish and archive articles"),
            ("import_article", "Can import articles from CSV/XLSX and dumps"),
            ("export_article", "Can export articles to CSV/XLSX"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # Made in code (a shell, a script): the admin's and the importers' rule. A migration's
        # historical Article has no save() of its own: it must call unique_slug itself.
        if not self.slug:
            self.slug = unique_slug(self.title, queryset=Article.objects.exclude(pk=self.pk))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:detail", kwargs={"slug": self.slug})

    @property
    def is_public(self) -> bool:
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )
