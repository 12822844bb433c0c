#!/usr/bin/env python3
"""Write damaged variants of clean/*.txt into damaged/, with matching gold in gold_damaged/.

Follows the damage rules of ../../make_damaged.py (docstring only):

* chunk cuts: the text is cut into fixed-size chunks of N characters (500 <= N <= 2100) joined by
  "\\n"; a cut that lands on a whitespace character consumes it (the next chunk starts just after
  it), a cut inside a word just inserts "\\n".
  Mode "s": every story is chunked on its own, the grid starting just after the newline that ends
  its title line (story = from its title line up to the next story's title line).
  Mode "f": one grid over the whole file, with a random first-chunk length.
  A variant must contain at least two cuts.  The real dumps lose a 1-3 character line fragment (and the inserted newline) when a cut leaves
  one.  Instead of editing the gold, N (and the first-chunk length) are drawn again until no cut
  leaves a line fragment shorter than 4 characters on either side, so no text is lost and the gold
  of a chunked variant is the clean gold unchanged (hard-wrap newlines inside words do not change
  the gold either, as in seed 000).
* encodings: UTF-8 with BOM ("bom"); UTF-16 LE with BOM ("utf16"); CRLF line ends ("crlf");
  mojibake ("moj": UTF-8 bytes read as windows-1252, the five bytes undefined there kept as the C1
  control, then written as UTF-8).
* combinations: "crlfmix" = CRLF file chunked afterwards (inserted newlines are bare LF);
  "mojchunk" = mojibake first, then chunked; and encoding pairs (bom+crlf, utf16+crlf, moj+crlf,
  moj+bom).

Encoding damage does not change the gold.  Deterministic: fixed seed.
Usage: python3 make_damaged.py
"""
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SEED = 20250305

# dump -> list of recipes; a recipe is a list of steps applied in order:
#   "crlf", "moj"           str -> str transforms
#   ("chunk", mode)         mode "s" (per story) or "f" (whole file)
#   "bom", "utf16"          final byte encoding (default: plain UTF-8)
PLAN = {
    "ap_feed_01": [[("chunk", "s")], ["moj"]],
    "ap_feed_02": [["crlf"]],
    "reuters_feed_01": [["utf16"]],
    "reuters_feed_02": [["crlf", ("chunk", "f")]],
    "afp_feed_01": [["moj", ("chunk", "s")], ["bom"]],
    "afp_feed_02": [[("chunk", "s")]],
    "xinhua_feed_01": [["crlf", "bom"], [("chunk", "f")]],
    "xinhua_feed_02": [["crlf", "utf16"]],
    # Kyodo separates paragraphs by a single newline, where an inserted cut newline would be
    # indistinguishable from a paragraph break, so it gets encoding damage only.
    "kyodo_feed_01": [["moj"], ["crlf", "utf16"]],
    "yonhap_feed_01": [[("chunk", "s")], ["crlf"]],
    "bernama_feed_01": [["bom"]],
    "bernama_feed_02": [["moj", "crlf"]],
    "antara_feed_01": [["moj"], [("chunk", "f")]],
    "antara_feed_02": [["utf16"]],
    "pti_feed_01": [[("chunk", "s")]],
    "mixed_asia_feed": [["moj", "bom"], [("chunk", "f")]],
    "mixed_global_feed": [["crlf", ("chunk", "s")]],
}

CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def mojibake(s):
    out = []
    for b in s.encode("utf-8"):
        out.append(chr(b) if b in CP1252_UNDEFINED else bytes([b]).decode("cp1252"))
    return "".join(out)


def crlf(s):
    return s.replace("\n", "\r\n")


def chunk(s, n, first=None):
    """Cut s into chunks (first chunk `first` chars, then n) joined by "\\n".  Returns the new text
    and the output positions of the newlines the cuts inserted (cuts on an existing "\\n" are no-ops)."""
    chunks, cuts = [], []
    i, size = 0, (first or n)
    out_len = 0
    while i < len(s):
        c = s[i:i + size]
        chunks.append(c)
        out_len += len(c)
        i += size
        size = n
        if i < len(s):
            if s[i] == "\n":
                i += 1
                cuts.append(None)
            else:
                if s[i].isspace():
                    i += 1
                cuts.append(out_len)
            out_len += 1
    return "\n".join(chunks), [c for c in cuts if c is not None]


def bad_fragment(text, cuts):
    """True if an inserted newline leaves a line fragment of fewer than 4 characters on either side."""
    for p in cuts:
        a = max(text.rfind("\n", 0, p), text.rfind("\r", 0, p)) + 1
        m = re.search(r"[\r\n]", text[p + 1:])
        b = p + 1 + m.start() if m else len(text)
        if p - a < 4 or b - (p + 1) < 4:
            return True
    return False


def segments(text, titles):
    """Split text into stories: each starts at its title line, ends where the next title line starts."""
    starts, pos = [], 0
    for t in titles:
        m = re.compile(r"(?m)^" + re.escape(t) + r"[ \t]*$").search(text, pos)
        assert m, t
        starts.append(m.start())
        pos = m.end()
    assert starts[0] == 0
    return [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)])]


def chunk_stories(segs, n):
    out, ok, ncuts = [], True, 0
    for seg in segs:
        k = seg.index("\n") + 1              # grid starts after the title line's newline
        body, cuts = chunk(seg[k:], n)
        ok = ok and not bad_fragment(body, cuts)
        ncuts += len(cuts)
        out.append(seg[:k] + body)
    return "".join(out), ok, ncuts


def apply(recipe, text, titles, rng):
    segs = segments(text, titles)
    name_parts, enc = [], "utf-8"
    for step in recipe:
        if step in ("crlf", "moj"):
            f = crlf if step == "crlf" else mojibake
            segs = [f(x) for x in segs]        # both are per-character, so per-story == whole file
            name_parts.append(step)
        elif step in ("bom", "utf16"):
            enc = step
            name_parts.append(step)
        else:
            mode = step[1]
            for _ in range(500):
                n = rng.randint(500, 2100)
                if mode == "s":
                    new, ok, ncuts = chunk_stories(segs, n)
                else:
                    first = rng.randint(200, n)
                    new, cuts = chunk("".join(segs), n, first)
                    ok, ncuts = not bad_fragment(new, cuts), len(cuts)
                if ok and ncuts >= 2:                # a variant must actually be cut
                    break
            else:
                raise SystemExit("no clean chunk size found")
            segs = [new]
            prev = name_parts[-1] if name_parts else ""
            tag = f"chunk{n}{mode}"
            if prev == "crlf":
                name_parts[-1] = "crlfmix"
            elif prev == "moj":
                name_parts[-1] = "mojchunk"
                tag = f"{n}{mode}"
            name_parts.append(tag)
    out = "".join(segs)
    if enc == "bom":
        data = b"\xef\xbb\xbf" + out.encode("utf-8")
    elif enc == "utf16":
        data = b"\xff\xfe" + out.encode("utf-16-le")
    else:
        data = out.encode("utf-8")
    name = "_".join(name_parts).replace("mojchunk_", "mojchunk")
    return name, data


def main():
    rng = random.Random(SEED)
    (ROOT / "damaged").mkdir(exist_ok=True)
    (ROOT / "gold_damaged").mkdir(exist_ok=True)
    for old in list((ROOT / "damaged").glob("*.txt")) + list((ROOT / "gold_damaged").glob("*.json")):
        old.unlink()
    for stem, recipes in PLAN.items():
        text = (ROOT / "clean" / f"{stem}.txt").read_text(encoding="utf-8")
        gold = json.loads((ROOT / "gold_clean" / f"{stem}.json").read_text(encoding="utf-8"))
        titles = [a["title"] for a in gold["articles"]]
        for recipe in recipes:
            kind, data = apply(recipe, text, titles, rng)
            fname = f"{stem}__{kind}.txt"
            (ROOT / "damaged" / fname).write_bytes(data)
            g = dict(gold, file=fname)
            (ROOT / "gold_damaged" / f"{stem}__{kind}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(fname, len(data))


if __name__ == "__main__":
    main()
