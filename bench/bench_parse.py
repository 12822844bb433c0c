#!/usr/bin/env python
"""Throughput of the raw-dump parser on synthetic damaged dumps.

Generates N MB of invented dumps in the three known shapes (glued wire stories, press releases,
newspaper pages with captions, byline, comment chrome and teasers), cuts them into fixed-size
chunks the way the scraper does, and times ``parse_bytes`` on them. In the same run it times a
baseline on the same bytes (UTF-8 decode + ``splitlines`` + ``ftfy.fix_text``) so the figure can
be read as a ratio on any machine.

    python bench/bench_parse.py            # 5 MB
    python bench/bench_parse.py --mb 20 --chunk 700
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import ftfy  # noqa: E402

from articles.importers.dumps import parse_bytes  # noqa: E402

WORDS = (
    "the province council delegation visited farmers market bridge river harvest festival "
    "officials discussed plans investment roads schools teachers students health clinic "
    "tourism growth village cooperative members rice coffee exports ministry committee "
    "meeting report results policy support training workers families water energy solar "
    "forest protection culture heritage weaving craft museum program partners region"
).split()
NAMES = ["Lò Văn Minh", "Hà Thị Lan", "Quàng Văn Sơn", "Đỗ Minh Châu", "Lường Thị Hoa"]
SECTIONS = ["NEWS - POLITICS -", "ECONOMY -", "SOCIAL AFFAIRS -", "CULTURE - TOURISM -"]


def sentence(rng: random.Random, n: int = 18) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def paragraph(rng: random.Random) -> str:
    return " ".join(sentence(rng, rng.randint(10, 24)) for _ in range(rng.randint(2, 6)))


def title(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 10))).capitalize()


def wire_story(rng: random.Random) -> str:
    paras = [paragraph(rng) for _ in range(rng.randint(4, 12))]
    paras[-1] += "/."
    footer = rng.choice(["Source: Vietnam News Agency", "Source: Vietnam News Agen"])
    return f"{title(rng)}\n\n" + "\n\n".join(paras) + f"\n\n{footer}\n\n"


def press_release(rng: random.Random) -> str:
    paras = [
        f"HANOI, Vietnam, Mar. {rng.randint(1, 28):02d}, 2024 (GLOBE NEWSWIRE) — {paragraph(rng)}"
    ]
    paras += [paragraph(rng) for _ in range(rng.randint(3, 8))]
    paras.append("About Example Holdings")
    paras.append(paragraph(rng))
    paras.append("\n".join(f"  {i}. {sentence(rng)}" for i in range(1, 4)))
    paras.append("Media Contact:\nExample Holdings\n+ 84 24 0000 0000")
    body = "\n\n".join(paras)
    return (
        f"{title(rng)}\n\n{body}\n\nGlobeNewswire Distribution ID {rng.randint(10**6, 10**7)}\n\n"
    )


def newspaper_page(rng: random.Random) -> str:
    parts = [title(rng), "ĐBP - " + paragraph(rng)]
    for _ in range(rng.randint(3, 7)):
        parts.append(paragraph(rng))
        if rng.random() < 0.4:
            parts.append(f"{rng.choice(NAMES)} talks with farmers at the cooperative.")
    parts.append(paragraph(rng))
    text = "\n\n".join(parts) + f"\n\n{rng.choice(NAMES)}\nComment\n\n"
    text += "You have 500/500 characters left\n\nPlease enter 5 or more characters!!!\n\n"
    text += "Recent news\n\n"
    for _ in range(rng.randint(4, 10)):
        t = title(rng)
        text += f"  • '{t}\n\n    {t}\n\n    {rng.choice(SECTIONS)}\n    ĐBP - {paragraph(rng)}\n"
    return text + "\n"


def chunked(text: str, size: int) -> str:
    """Cut every ``size`` characters, a newline at each cut, a leading space swallowed."""
    out, i = [], 0
    while i < len(text):
        out.append(text[i : i + size])
        i += size
        if i < len(text):
            out.append("\n")
            if text[i] in " \n":
                i += 1
    return "".join(out)


def make_dumps(total_mb: float, chunk: int, seed: int = 7) -> list[bytes]:
    rng = random.Random(seed)
    makers = (wire_story, press_release, newspaper_page)
    dumps, size = [], 0
    while size < total_mb * 1_000_000:
        text = "".join(rng.choice(makers)(rng) for _ in range(rng.randint(3, 12)))
        data = chunked(text, chunk).encode("utf-8")
        dumps.append(data)
        size += len(data)
    return dumps


def best_of(fn, repeat: int) -> tuple[float, float]:
    """Best wall-clock and best CPU time of ``repeat`` runs (CPU time is steadier on a busy box)."""
    walls, cpus = [], []
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    return min(walls), min(cpus)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="megabytes of dumps to generate")
    ap.add_argument("--chunk", type=int, default=1024, help="chunk size of the damage")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--min", type=float, default=5.0, help="fail (exit 1) below this MB/s")
    args = ap.parse_args()

    dumps = make_dumps(args.mb, args.chunk)
    mb = sum(len(d) for d in dumps) / 1_000_000
    articles = 0

    def parse_all() -> None:
        nonlocal articles
        articles = sum(len(parse_bytes(d, f"bench{i}.txt").articles) for i, d in enumerate(dumps))

    def baseline() -> None:
        for d in dumps:
            ftfy.fix_text("\n".join(d.decode("utf-8").splitlines()))

    parse_bytes(dumps[0], "warm-up.txt")  # loads the word-frequency tables once
    (w_parse, c_parse), (w_base, c_base) = best_of(parse_all, args.repeat), best_of(baseline, 1)
    print(f"dumps: {len(dumps)} files, {mb:.2f} MB, chunk size {args.chunk}, {articles} articles")
    print(f"{'':30s} {'wall':>8s} {'MB/s':>7s} {'cpu':>8s} {'MB/s':>7s}")
    for name, w, c in (
        ("parse_bytes", w_parse, c_parse),
        ("baseline splitlines + ftfy", w_base, c_base),
    ):
        print(f"{name:30s} {w:7.3f}s {mb / w:7.2f} {c:7.3f}s {mb / c:7.2f}")
    print(
        f"ratio parse / baseline speed: {w_base / w_parse:.2f}x (wall), "
        f"{c_base / c_parse:.2f}x (cpu)"
    )
    return 0 if mb / c_parse >= args.min else 1


if __name__ == "__main__":
    raise SystemExit(main())
