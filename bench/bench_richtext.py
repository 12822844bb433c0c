"""Rich text: what the body's HTML costs where it is handled, each figure against a baseline
measured in the same run on the same bodies.

* rendering an article body for readers (``articles.richtext.render``: sanitise again, draw the
  photo slots) against what the page did before: escape each plain paragraph into a ``<p>``;
* the migration's conversion (``from_plain``) and the importers' sanitising (``from_input``),
  in articles per second and MB/s;
* the search text (``to_text``, SQLite's fallback) in MB/s.

    .venv/bin/python bench/bench_richtext.py [--articles 2000]

Pure Python, no database (bodies here have photo slots with no photo, which need no query).
"""

import argparse
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.test")

import django  # noqa: E402

django.setup()

from django.utils.html import escape  # noqa: E402

from articles import richtext  # noqa: E402

WORDS = (
    "Farmers in the Mekong Delta sow salt-tolerant rice after forecasters warned that seawater "
    "could reach further inland this dry season; the province & its co-operatives say <prices> "
    "rose by “ten per cent” in Cần Thơ and Sóc Trăng"
).split()


def plain_story(rng) -> tuple[str, list[dict]]:
    paragraphs = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 90))) for _ in range(8)]
    captions = [{"after": i, "text": "A caption of the photo (Photo: VNA)"} for i in (0, 4)]
    return "\n\n".join(paragraphs), captions


def timed(fn, items, repeat=3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for item in items:
            fn(item)
        best = min(best, time.perf_counter() - t0)
    return best


def old_page(story):
    body, captions = story
    return "".join(f"<p>{escape(p)}</p>" for p in richtext.convert.split_paragraphs(body))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    n = parser.parse_args().articles
    rng = random.Random(15)
    stories = [plain_story(rng) for _ in range(n)]
    rich = [richtext.from_plain(b, c) for b, c in stories]
    megabytes = sum(len(h.encode()) for h in rich) / 1e6
    print(f"{n} articles, {megabytes / n * 1000:.1f} KB of HTML each")

    base = timed(old_page, stories)
    render = timed(richtext.render, rich)
    print(f"reader body: {n / render:,.0f} bodies/s rendered, {render / base:.1f}x the time of "
          f"the plain-text page's escaping ({n / base:,.0f}/s)")  # fmt: skip
    convert = timed(lambda s: richtext.from_plain(*s), stories)
    print(f"migration/import conversion (from_plain): {n / convert:,.0f} articles/s")
    clean = timed(richtext.from_input, rich)
    print(f"sanitising HTML input (from_input): {megabytes / clean:.1f} MB/s, {n / clean:,.0f}/s")
    text = timed(richtext.to_text, rich)
    print(f"search text (to_text): {megabytes / text:.1f} MB/s")


if __name__ == "__main__":
    main()
