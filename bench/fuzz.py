#!/usr/bin/env python
"""Fuzz the dump parser with many random cases (the test suite runs a smaller number).

    .venv/bin/python bench/fuzz.py [--cases 10000]

Random bytes, random Unicode and random dump-shaped text (markers, chunk cuts, encodings) go in;
the only acceptable outcomes are a ParsedDump or a one-line DumpError naming the file. Prints
the number of cases, how they ended and the time taken; exits 1 on the first other outcome.
"""

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from articles.importers.dumps import DumpError, parse_bytes  # noqa: E402

MARKERS = [
    "",
    "./.",
    "Source: Vietnam News Agency",
    "Source: Vietnam News Agen",
    "Comment",
    "You have 500/500 characters left",
    "Recent news",
    "NEWS - POLITICS -",
    "GlobeNewswire Distribution ID 8988509",
    "ĐBP - Lede text here.",
    "  • 'Teaser title",
    "HANOI, Vietnam, Dec. 01, 2023 (GLOBE NEWSWIRE) — Text",
    "About the company",
    "Äiá»‡n BiÃªn",
    "\ufffd\ufffd",
]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"]


def random_case(rng: random.Random) -> bytes:
    kind = rng.random()
    if kind < 0.3:
        return rng.randbytes(rng.randint(0, 4096))
    if kind < 0.5:
        text = "".join(chr(rng.randint(1, 0x2FFFF)) for _ in range(rng.randint(0, 800)))
        text = "".join(c for c in text if not 0xD800 <= ord(c) <= 0xDFFF)
    else:
        lines = []
        for _ in range(rng.randint(0, 60)):
            if rng.random() < 0.5:
                lines.append(rng.choice(MARKERS))
            else:
                words = rng.randint(0, 40)
                lines.append(
                    " ".join(
                        rng.choice(["the", "Điện", "council", "met", "on", "Dec."])
                        for _ in range(words)
                    )
                )
        text = "\n".join(lines)
        if rng.random() < 0.5:
            size = rng.choice([64, 100, 512, 1024])
            text = "\n".join(text[i : i + size] for i in range(0, len(text), size))
    return text.encode(rng.choice(ENCODINGS), errors="replace")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    outcomes = {"parsed": 0, "articles": 0, "DumpError": 0}
    started = time.perf_counter()
    for case in range(args.cases):
        data = random_case(rng)
        try:
            dump = parse_bytes(data, "fuzz.txt")
        except DumpError as exc:
            if "\n" in str(exc) or not str(exc).startswith("fuzz.txt"):
                print(f"case {case}: DumpError not one line naming the file: {exc!r}")
                sys.exit(1)
            outcomes["DumpError"] += 1
            continue
        except Exception:
            print(f"case {case} (seed {args.seed}) crashed the parser on {data[:200]!r}")
            traceback.print_exc()
            sys.exit(1)
        outcomes["parsed"] += 1
        outcomes["articles"] += len(dump.articles)
    elapsed = time.perf_counter() - started
    print(
        f"fuzz: {args.cases} cases in {elapsed:.1f} s ({args.cases / elapsed:.0f}/s): "
        f"{outcomes['parsed']} parsed ({outcomes['articles']} articles), "
        f"{outcomes['DumpError']} refused with a one-line DumpError, 0 crashes"
    )


if __name__ == "__main__":
    main()
