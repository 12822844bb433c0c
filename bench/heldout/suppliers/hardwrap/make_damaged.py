#!/usr/bin/env python3
"""Write damaged variants of clean/*.txt into damaged/, with matching gold in gold_damaged/.

Damage follows the rules of ../../make_damaged.py (as its docstring states them):
* chunk cuts: the text is cut into fixed-size chunks of N characters (N in 500..2100) joined with "\n".
  A cut that lands on a whitespace character consumes it (the next chunk starts after it); a cut on a
  letter just inserts "\n" (so hard-wrapped lines get extra, unrelated line breaks, even inside words).
  Mode "s": every story is chunked on its own, the grid starting just after the newline that ends its
  title line (first cut N characters after it).  Mode "f": one grid over the whole file with a random
  first-chunk length.
  The real dumps lose 1-3 character line fragments left by a cut; to keep the gold identical to the clean
  gold, N is drawn (deterministically) until 25 sizes are found where no cut leaves a fragment of 0-3
  characters or a whitespace-only fragment, lands on an existing line break, or falls inside a line that
  carries a gold
  field other than the body (title, byline, the AP header line holding the external id); of those the
  size giving the most cuts is used (per-story grids draw N from 500..1100).  So the gold of
  every chunked variant is the clean gold with only "file" changed.
* encodings: CRLF line ends, UTF-8 with BOM, UTF-16 LE with BOM, and combinations (CRLF then chunked:
  "crlfmix", the inserted newlines are bare LF; chunked then CRLF).
Encoding damage does not change the gold.  Deterministic (seeded per file name).  Usage: python3 make_damaged.py
"""
import json
import random
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CLEAN, GOLD = ROOT / "clean", ROOT / "gold_clean"
DAM, DGOLD = ROOT / "damaged", ROOT / "gold_damaged"

# (clean name, kind).  kind is a "+"-free token used in the file name: NAME__KIND.txt
PLAN = []
DUMPS = ["rtr01", "rtr02", "rtr03", "rtr04", "rtr05", "ap01", "ap02", "ap03", "upi01", "upi02", "dpa01", "dpa02"]
for i, d in enumerate(DUMPS):
    PLAN.append((d + "_hard", "chunks"))
    PLAN.append((d + "_hard", "crlf"))
    PLAN.append((d + "_byline", "chunkf" if i % 2 == 0 else "bomcrlf"))
    PLAN.append((d + "_unwrapped", "chunks" if i % 2 == 0 else "crlf"))
PLAN += [("rtr01_hard", "utf16"), ("ap02_unwrapped", "crlfmix"), ("upi01_byline", "bom"),
         ("dpa02_hard", "chunkscrlf"), ("rtr04_byline", "chunkf")]


def line_bounds(s, c):
    return s.rfind("\n", 0, c) + 1, (s.find("\n", c) if s.find("\n", c) >= 0 else len(s))


def cut_ok(s, c, protected):
    """May a cut land on s[c]?  protected: set of (start, end) line spans that must stay whole."""
    if s[c] in "\r\n":
        return False
    ls, le = line_bounds(s, c)
    if (ls, le) in protected:
        return False
    left = s[ls:c]
    right = s[c + 1:le] if s[c].isspace() else s[c:le]
    if left.endswith("\r"):
        left = left[:-1]
    if right.endswith("\r"):
        right = right[:-1]
    for piece in (left, right):
        if len(piece) <= 3 or not piece.strip():
            return False
    return True


def grid(s, start, end, n, first):
    """Cut positions for a grid over s[start:end]."""
    cuts, pos, size = [], start, first
    while pos + size < end:
        c = pos + size
        cuts.append(c)
        pos = c + 1 if s[c].isspace() else c
        size = n
    return cuts


def apply_cuts(s, cuts):
    out, prev = [], 0
    for c in cuts:
        out.append(s[prev:c])
        prev = c + 1 if s[c].isspace() else c
    out.append(s[prev:])
    return "\n".join(out)


def title_lines(s, gold):
    """Line spans of each article's title, in order; and the protected spans (titles, bylines, ids)."""
    spans, protected = [], set()
    pos = 0
    lines = []
    i = 0
    for ln in s.split("\n"):
        lines.append((i, i + len(ln), ln.rstrip("\r")))
        i += len(ln) + 1
    k = 0
    for art in gold["articles"]:
        while k < len(lines) and lines[k][2].strip() not in (art["title"], art["title"] + " ="):
            k += 1
        assert k < len(lines), art["title"]
        spans.append((lines[k][0], lines[k][1]))
        k += 1
    for a, b, ln in lines:
        t = ln.strip()
        for art in gold["articles"]:
            if t in (art["title"], art["title"] + " =") or \
               (art["byline"] and t.startswith("By ") and art["byline"] in t) or \
               (art["external_id"] and t.startswith(art["external_id"] + " ")):
                protected.add((a, b))
    return spans, protected


def chunk(s, gold, mode, rng, name):
    spans, protected = title_lines(s, gold)
    valid = []
    for attempt in range(5000):
        # per-story grids use the lower part of the 500..2100 range so that most stories get cut
        n = rng.randint(500, 1100) if mode == "s" else rng.randint(500, 2100)
        if mode == "s":
            cuts = []
            for j, (a, b) in enumerate(spans):
                start = b + 1
                end = spans[j + 1][0] if j + 1 < len(spans) else len(s)
                cuts += grid(s, start, end, n, n)
        else:
            cuts = grid(s, 0, len(s), n, rng.randint(150, n))
        if cuts and all(cut_ok(s, c, protected) for c in cuts):
            valid.append((len(cuts), -attempt, n, cuts))
            if len(valid) == 25:
                break
    if not valid:
        raise SystemExit("no clean chunk size for " + name)
    k, _, n, cuts = max(valid)  # of the first 25 admissible sizes, the one giving most cuts
    return apply_cuts(s, cuts), n, k


def main():
    DAM.mkdir(exist_ok=True)
    DGOLD.mkdir(exist_ok=True)
    for old in list(DAM.glob("*.txt")) + list(DGOLD.glob("*.json")):
        old.unlink()
    for name, kind in PLAN:
        text = (CLEAN / (name + ".txt")).read_text(encoding="utf-8")
        gold = json.loads((GOLD / (name + ".json")).read_text(encoding="utf-8"))
        out = "%s__%s" % (name, kind)
        rng = random.Random(zlib.crc32(out.encode()))
        note = ""
        enc_bom, enc16 = False, False
        if kind == "chunks":
            text, n, k = chunk(text, gold, "s", rng, out)
            note = "N=%d cuts=%d" % (n, k)
        elif kind == "chunkf":
            text, n, k = chunk(text, gold, "f", rng, out)
            note = "N=%d cuts=%d" % (n, k)
        elif kind == "crlf":
            text = text.replace("\n", "\r\n")
        elif kind == "bomcrlf":
            text = text.replace("\n", "\r\n")
            enc_bom = True
        elif kind == "bom":
            enc_bom = True
        elif kind == "utf16":
            enc16 = True
        elif kind == "crlfmix":
            text = text.replace("\n", "\r\n")
            text, n, k = chunk(text, gold, "f", rng, out)
            note = "N=%d cuts=%d" % (n, k)
        elif kind == "chunkscrlf":
            text, n, k = chunk(text, gold, "s", rng, out)
            text = text.replace("\n", "\r\n")
            note = "N=%d cuts=%d" % (n, k)
        else:
            raise SystemExit(kind)
        if enc16:
            data = b"\xff\xfe" + text.encode("utf-16-le")
        else:
            data = (b"\xef\xbb\xbf" if enc_bom else b"") + text.encode("utf-8")
        (DAM / (out + ".txt")).write_bytes(data)
        gold["file"] = out + ".txt"
        (DGOLD / (out + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                             encoding="utf-8")
        print(out, note)


if __name__ == "__main__":
    main()
