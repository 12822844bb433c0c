"""python manage.py seed_bench --articles 1000000: fill the database with realistic articles, fast.

On PostgreSQL the rows are generated inside the server (INSERT ... SELECT generate_series, in
batches), so a million articles take minutes, not hours; the search trigger fills their search
vectors as they go. Elsewhere it falls back to bulk_create. For benchmarks only: never on a
production database (it refuses unless --yes is given or the database name contains "bench").
"""

import random
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from articles.models import Article, Section, Source
from articles.slugs import make_slug

SOURCES = [
    ("Vietnam News Agency", Source.Kind.WIRE, ["VNA"]),
    ("Điện Biên Phủ", Source.Kind.NEWSPAPER, ["ĐBP"]),
    ("GlobeNewswire", Source.Kind.PRESS_RELEASE, ["GLOBE NEWSWIRE"]),
    ("Hà Nội Daily", Source.Kind.NEWSPAPER, []),
]
TREE = {
    "News": ["Politics", "World", "Society"],
    "Economy": ["Agriculture", "Markets"],
    "Culture": ["Tourism", "Arts"],
    "Social Affairs": ["Health", "Education"],
}
WORDS = (
    "province council delegation cooperation economy farmers tourism festival investment "
    "schools hospital border trade ministry villages coffee rice bridge highway reservoir "
    "students teachers digital transformation exports agriculture forest community culture "
    "Điện Biên Hà Nội Đà Nẵng Huế Mường Ảng harvest market museum heritage election budget"
).split()
BYLINES = ["Mai Phương", "Vũ Anh Dũng", "Lò Văn Thắng", "Quàng Thị Mai", "Staff reporter", ""]
BATCH = 50_000


class Command(BaseCommand):
    help = "Fill the database with N realistic published articles for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=100_000)
        parser.add_argument("--drafts", type=float, default=0.05, help="Share that are drafts.")
        parser.add_argument("--yes", action="store_true", help="Allow a non-bench database.")

    def handle(self, *args, articles, drafts, yes, **options):
        name = str(connection.settings_dict["NAME"])
        if not yes and "bench" not in name and not name.startswith("test"):
            raise CommandError(f"{name}: not a bench database (its name lacks 'bench'); use --yes")
        started = time.perf_counter()
        sources, sections = self._taxonomy()
        start = Article.objects.count()
        if connection.vendor == "postgresql":
            self._generate_in_postgres(articles, drafts, sources, sections, start)
        else:
            self._bulk_create(articles, drafts, sources, sections, start)
        elapsed = time.perf_counter() - started
        self.stdout.write(
            f"seeded {articles} articles in {elapsed:.1f} s ({articles / elapsed:.0f}/s); "
            f"{Article.objects.count()} in all"
        )

    def _taxonomy(self):
        sources = []
        for name, kind, aliases in SOURCES:
            source, _ = Source.objects.get_or_create(
                name=name, defaults={"slug": make_slug(name), "kind": kind, "aliases": aliases}
            )
            sources.append(source.pk)
        sections = []
        for position, (root_name, children) in enumerate(TREE.items()):
            root, _ = Section.objects.get_or_create(
                parent=None,
                slug=make_slug(root_name),
                defaults={"name": root_name, "position": position},
            )
            sections.append(root.pk)
            for child in children:
                section, _ = Section.objects.get_or_create(
                    parent=root, slug=make_slug(child), defaults={"name": child}
                )
                sections.append(section.pk)
        return sources, sections

    def _generate_in_postgres(self, n, drafts, sources, sections, start):
        words = "ARRAY[" + ",".join(f"'{w}'" for w in WORDS) + "]"
        bylines = "ARRAY[" + ",".join(f"'{b}'" for b in BYLINES) + "]"

        def word(seed):
            return f"({words})[1 + mod(abs(hashtext(g::text || '{seed}')), {len(WORDS)})]"

        sentence = " || ' ' || ".join(word(i) for i in range(14))
        sql = f"""
            INSERT INTO articles_article (
              title, slug, summary, body, byline, dateline, source_id, section_id,
              status, published_at, created_at, updated_at, external_id, canonical_url, version,
              import_fingerprint, import_warnings, is_stub)
            SELECT
              initcap({word("t1")} || ' ' || {word("t2")} || ' ' || {word("t3")}) || ' ' || g,
              'bench-' || g,
              {sentence} || '.',
              '<p>' || {sentence} || '.</p><p>' || {sentence} || '.</p><p>' || {sentence}
                || '.</p><p>' || {sentence} || '.</p>',
              ({bylines})[1 + mod(g, {len(BYLINES)})],
              '',
              (ARRAY{sources})[1 + mod(g, {len(sources)})],
              (ARRAY{sections})[1 + mod(g, {len(sections)})],
              CASE WHEN mod(g, 1000) < {int(drafts * 1000)} THEN 'draft' ELSE 'published' END,
              %s - make_interval(mins => g),
              now(), now(), 'bench-' || g, '', 1, '', '[]'::jsonb, false
            FROM generate_series(%s, %s) AS g
        """  # noqa: S608 (built from the constants above, no outside input)
        now = timezone.now()
        done = 0
        while done < n:
            size = min(BATCH, n - done)
            lo = start + done + 1
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(sql, [now, lo, lo + size - 1])
            done += size
            self.stdout.write(f"  {done}/{n}", ending="\r")
            self.stdout.flush()
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE articles_article")

    def _bulk_create(self, n, drafts, sources, sections, start):
        rng = random.Random(start)  # noqa: S311 (sample text, not secrets)
        now = timezone.now()

        def text(k):
            return " ".join(rng.choice(WORDS) for _ in range(k)).capitalize() + "."

        for lo in range(0, n, 5000):
            rows = []
            for g in range(start + lo + 1, start + min(lo + 5000, n) + 1):
                rows.append(
                    Article(
                        title=f"{text(3)[:-1]} {g}",
                        slug=f"bench-{g}",
                        summary=text(14),
                        body="".join(f"<p>{text(14)}</p>" for _ in range(4)),
                        byline=BYLINES[g % len(BYLINES)],
                        source_id=sources[g % len(sources)],
                        section_id=sections[g % len(sections)],
                        status="draft" if rng.random() < drafts else "published",
                        published_at=now - timezone.timedelta(minutes=g),
                        external_id=f"bench-{g}",
                    )
                )
            Article.objects.bulk_create(rows)
