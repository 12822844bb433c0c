#!/usr/bin/env python3
"""Write damaged variants of clean/*.txt into damaged/, with matching gold in damaged_gold/.

Damage imitates what the seeds (../shared/seeds) show:

* chunk cuts: the text is cut into fixed-size chunks and the chunks are joined with "\\n".
  Seed 000 shows the exact rule: every story is chunked on its own, the grid starting just
  after the newline that ends the title line (first cut 1025 chars after that newline); a cut
  that lands on a whitespace character replaces it (the space is consumed: "Vietnam\\nfrom",
  and the next cut is N chars after the consumed space, not N-1); a cut on a letter just
  inserts "\\n" ("dras\\ntic").
  A cut that leaves a line fragment of 1-3 characters loses that fragment together with the
  inserted newline (seed 000: "Source: Vietnam News Agen|cy" -> "Agen", "...activities.\\n\\nDie|n
  Bien" -> "\\n\\nn Bien").  The seed gold keeps such losses ("n Bien"), so the variant's gold
  gets the same deletion (only when the damaged line maps to exactly one gold field; if it is
  ambiguous - e.g. a teaser title that also appears on the bullet line - that fragment is kept).
  Modes: "s" = per segment (article/page) grid like the seeds; "f" = one grid over the whole
  file with a random first-chunk length.
* encodings: UTF-8 with BOM; UTF-16 LE with BOM; CRLF line ends; mojibake (UTF-8 bytes read as
  windows-1252 - bytes undefined there (0x81 0x8D 0x8F 0x90 0x9D) kept as the C1 control, the
  WHATWG/browser behaviour, so it is reversible - then written as UTF-8).
  Extra, lower-confidence kinds: "mojlossy" (undefined bytes dropped, irreversible for
  Đ/ề/ọ/ỏ/ờ), "mojl1" (read as Latin-1), "crlfmix" (CRLF file chunked afterwards, so the
  inserted newlines are bare LF), "mojchunk" (mojibake first, then chunked).
* combinations of the above.

Encoding damage does not change the gold. Deterministic: fixed seed.
Usage: python3 make_damaged.py
"""

import json
import random
import re
import shutil
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20240917
WS = re.compile(r"\s+")
CUT_WS = " \t\r\n"


def norm(s):
    return WS.sub(" ", unicodedata.normalize("NFC", s or "")).strip()


# ------------------------------------------------------------------ segments
def segments(text, gold):
    """(start, origin, end) per article: grid origin is the newline ending the title line."""
    starts = []
    pos = 0
    for a in gold["articles"]:
        i = text.find(a["title"] + "\n", pos)
        if i < 0:
            i = text.find(a["title"].replace("\n", "\r\n") + "\r\n", pos)
        assert i >= 0, (gold["file"], a["title"])
        starts.append(i)
        pos = i + len(a["title"])
    if not starts:
        return [(0, 0, len(text))]
    if starts[0] != 0:  # leading material before the first title
        starts.insert(0, 0)
    segs = []
    for k, s in enumerate(starts):
        e = starts[k + 1] if k + 1 < len(starts) else len(text)
        # the separator between glued documents is not part of the document
        while e > s and text[e - 1] in "\r\n" and k + 1 < len(starts):
            e -= 1
        nl = text.find("\n", s)
        # seed 000: the first cut falls 1024 characters after the title line's newline, i.e.
        # the text after "title\n" is what gets chunked
        origin = nl + 1 if 0 <= nl < e else s
        segs.append((s, origin, e))
    return segs


def plan_cuts(text, segs, n, mode, rng):
    cuts = []  # (pos, consumed)
    if mode == "f":
        segs = [(0, -rng.randint(0, n - 1), len(text))]
    for _s, origin, e in segs:
        pos = origin
        while True:
            pos += n
            if pos >= e:
                break
            consumed = text[pos] in CUT_WS
            cuts.append((pos, consumed))
            if consumed:
                pos += 1
    return cuts


def line_bounds(text, p):
    ls = text.rfind("\n", 0, p) + 1
    le = text.find("\n", p)
    if le < 0:
        le = len(text)
    content_end = le - 1 if le > ls and text[le - 1] == "\r" else le
    return ls, content_end


# ------------------------------------------------------------------ gold editing
def gold_fields(gold):
    """Yield (getter, setter, kind) for every string field a line could belong to."""
    out = []

    def mk(obj, k, kind):
        out.append((lambda: obj[k], lambda v: obj.__setitem__(k, v), kind))

    def teasers(lst):
        for t in lst:
            mk(t, "title", "teaser_title")
            mk(t, "summary", "teaser_summary")

    for a in gold["articles"]:
        mk(a, "title", "title")
        if a.get("byline"):
            mk(a, "byline", "byline")
        for i in range(len(a["body"])):
            mk(a["body"], i, "body")
        for i in range(len(a["captions"])):
            mk(a["captions"], i, "caption")
        teasers(a.get("teasers", []))
    teasers(gold.get("teasers", []))
    return out


def strip_lede(s):
    return re.sub(r"^ĐBP\s*-\s*", "", s)


def match_line(fields, line):
    nl = norm(line)
    if not nl:
        return []
    hits = []
    for f in fields:
        nf = norm(f[0]())
        for cand in (
            ((nl, False), (strip_lede(nl), True)) if f[2] == "teaser_summary" else ((nl, False),)
        ):
            c = cand[0]
            if c and (c == nf or (len(c) >= 12 and c in nf)):
                hits.append((f, cand[1]))
                break
    return hits


def apply_line_edit(hit, old_line, new_line):
    (get, set_, _kind), lede = hit
    old, new = norm(old_line), norm(new_line)
    if lede:
        old, new = strip_lede(old), strip_lede(new)
    set_(norm(norm(get()).replace(old, new, 1)))


# ------------------------------------------------------------------ chunking
def chunk(text, gold, n, mode, rng, drop_fragments=True):
    """Return (damaged text, expected repaired text, notes); edits gold in place for dropped
    fragments. The expected text is the clean text minus the dropped fragments: what a perfect
    cut repair gives back."""
    segs = segments(text, gold) if mode == "s" else None
    cuts = plan_cuts(text, segs, n, mode, rng)
    fields = gold_fields(gold)
    cut_nl = {p: True for p, _ in cuts}
    notes = []
    # candidate drops, grouped by line: {ls: (le, [(cut, (a, b)), ...])}
    by_line = {}
    if drop_fragments:
        for p, consumed in cuts:
            if consumed and text[p] in "\r\n":
                continue  # cut on a line end: nothing is left dangling
            ls, le = line_bounds(text, p)
            rstart = p + (1 if consumed else 0)
            left, right = text[ls:p], text[rstart:le] if rstart <= le else ""
            rngs = []
            if 1 <= len(left) <= 3:
                rngs.append((ls, p))
            if 1 <= len(right) <= 3:
                rngs.append((rstart, rstart + len(right)))
            if rngs:
                by_line.setdefault(ls, (le, []))[1].append((p, consumed, rngs))
    drops = []
    for ls, (le, items) in by_line.items():
        line = text[ls:le]
        removed = set()
        for p, _consumed, rngs in items:
            for a, b in rngs:
                removed.update(range(a, b))
            if consumed:
                removed.add(p)
        new_line = "".join(ch for i, ch in enumerate(line, ls) if i not in removed)
        hits = match_line(fields, line)
        if len(hits) > 1 or any(h[0][2] == "teaser_title" for h in hits):
            notes.append(f"kept ambiguous fragment(s) in line at {ls}: {line[:40]!r}")
            continue
        if hits:
            apply_line_edit(hits[0], line, new_line)
            notes.append(f"dropped fragment in {hits[0][0][2]}: {line[:30]!r}->{new_line[:30]!r}")
        else:
            notes.append(
                f"dropped fragment in chrome: {line.strip()[:40]!r}->{new_line.strip()[:40]!r}"
            )
        for p, _consumed, rngs in items:
            drops.extend(rngs)
            cut_nl[p] = False

    def render(with_cuts):
        out, i = [], 0
        events = sorted([(p, "cut", c) for p, c in cuts] + [(a, "drop", b) for a, b in drops])
        for pos, kind, arg in events:
            if pos < i:
                continue
            out.append(text[i:pos])
            if kind == "cut":
                if with_cuts and cut_nl[pos]:
                    out.append("\n")
                    i = pos + (1 if arg else 0)
                else:
                    # expected text keeps a consumed character unless a drop took the newline
                    i = pos + (1 if (arg and not cut_nl[pos]) else 0)
            else:
                i = arg
        out.append(text[i:])
        return "".join(out)

    return render(True), render(False), notes


# ------------------------------------------------------------------ encodings
def moj_whatwg(text):
    b = text.encode("utf-8")
    return "".join(
        bytes([x]).decode("cp1252") if x not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(x)
        for x in b
    )


def moj_lossy(text):
    return text.encode("utf-8").decode("cp1252", errors="ignore")


def moj_latin1(text):
    return text.encode("utf-8").decode("latin-1")


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def enc_utf8(text, bom=False):
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")


def enc_utf16(text):
    return b"\xff\xfe" + text.encode("utf-16-le")


# ------------------------------------------------------------------ variants
def variants(name, rng):
    """List of (suffix, steps). Steps are applied in order to (text, gold)."""
    v = []
    for n in (640, 1024, 2000):
        v.append((f"c{n}s", [("chunk", n, "s")]))
    for n in (300, 777, 1500, 4096):
        v.append((f"c{n}f", [("chunk", n, "f")]))
    v += [
        ("bom", [("bom",)]),
        ("u16", [("u16",)]),
        ("crlf", [("crlf",)]),
        ("moj", [("moj",)]),
    ]
    a, b, c = rng.sample([300, 512, 777, 1000, 1024, 1500, 2048], 3)
    v += [
        (f"c{a}f_u16_crlf", [("chunk", a, "f"), ("crlf",), ("u16",)]),
        (f"c{b}s_moj", [("chunk", b, "s"), ("moj",)]),
        (f"c{c}f_bom_crlf", [("chunk", c, "f"), ("crlf",), ("bom",)]),
        ("moj_crlf", [("moj",), ("crlf",)]),
        ("c1024s_moj_u16", [("chunk", 1024, "s"), ("moj",), ("u16",)]),
        # lower-confidence extras
        ("crlfmix_c777f", [("crlf",), ("chunk", 777, "f")]),
        ("mojchunk_c1000f", [("moj",), ("chunk_nodrop", 1000, "f")]),
        ("mojlossy", [("mojlossy",)]),
        ("mojl1", [("mojl1",)]),
    ]
    return v


def main(out=HERE):
    """Write damaged/, damaged_gold/, damaged_expected/ and damaged_log.txt under ``out``."""
    clean, gdir = HERE / "clean", HERE / "gold"
    dmg, dgold, dexp = out / "damaged", out / "damaged_gold", out / "damaged_expected"
    for d in (dmg, dgold, dexp):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    log = []
    for f in sorted(clean.glob("*.txt")):
        rng = random.Random(f"{SEED}:{f.name}")
        text0 = f.read_text(encoding="utf-8")
        gold0 = json.loads((gdir / (f.stem + ".json")).read_text(encoding="utf-8"))
        for suffix, steps in variants(f.name, rng):
            text = text0
            expected = None
            gold = json.loads(json.dumps(gold0))
            data = None
            for st in steps:
                if st[0] in ("chunk", "chunk_nodrop"):
                    text, expected, notes = chunk(
                        text, gold, st[1], st[2], rng, drop_fragments=st[0] == "chunk"
                    )
                    log += [f"{f.stem}__{suffix}: {x}" for x in notes]
                elif st[0] == "crlf":
                    text = crlf(text)
                elif st[0] == "moj":
                    text = moj_whatwg(text)
                elif st[0] == "mojlossy":
                    text = moj_lossy(text)
                elif st[0] == "mojl1":
                    text = moj_latin1(text)
                elif st[0] == "bom":
                    data = enc_utf8(text, bom=True)
                elif st[0] == "u16":
                    data = enc_utf16(text)
            if data is None:
                data = enc_utf8(text)
            variant = f"{f.stem}__{suffix}.txt"
            (dmg / variant).write_bytes(data)
            if expected is not None and steps[0][0] == "chunk":
                (dexp / variant).write_text(expected, encoding="utf-8", newline="\n")
            gold["file"] = variant
            (dgold / (Path(variant).stem + ".json")).write_text(
                json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
    (out / "damaged_log.txt").write_text("\n".join(log) + "\n", encoding="utf-8")
    print(
        f"wrote {len(list(dmg.glob('*.txt')))} damaged files; "
        f"{len(log)} fragment notes in damaged_log.txt"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
