"""Damaged variants of a supplier corpus's clean dumps, shared by the corpora's make_damaged.py.

Each corpus (final5/ ... final10/) was written by a helper who copied this machinery from the
corpus before and changed only its PLAN and SEED (final9 added: a title printed after a field
label, "Title: ...", counts as a whole headline line); the copies were folded into this module,
each corpus keeping its own PLAN, SEED and script. Regenerating any of them gives the files that
are committed, byte for byte.

Damage kinds:
* chunk_s / chunk_f: the text is cut into fixed-size N-character chunks joined by "\\n".  "s": each
  article segment is chunked on its own, the grid starting just after the newline that ends its
  title line (text before the first title is left alone); "f": one grid over the whole file with
  a random first-chunk length, re-drawn until no cut falls inside a headline line.  A cut that
  lands on whitespace consumes it (next chunk starts after it); a cut on a letter just inserts
  "\\n".  N is drawn in 250..700 for chunk_s (re-drawn until at least one cut per two stories) and
  in 300..900 for chunk_f, and re-drawn until no cut leaves a line fragment of 0-3 characters, so
  no fragment is lost and no blank line is created: the gold is unchanged (only "file" differs).
* bom (UTF-8 with BOM), utf16 (UTF-16 LE with BOM), crlf, mojibake (UTF-8 bytes read as
  windows-1252, the five undefined bytes kept as C1 controls, written as UTF-8), and
  combinations (applied left to right).
Deterministic for a given seed.
"""

import json
import random
from pathlib import Path

CUT_WS = " \t\r\n"


def chunk(seg, n, first=None):
    """Return (chunked text, ok) - ok False if a cut leaves a 0-3 char line fragment."""
    out, i, ok = [], 0, True
    size = first or n
    while len(seg) - i > size:
        piece = seg[i:i + size]
        i += size
        if seg[i] in CUT_WS:
            i += 1
        out.append(piece)
        size = n
    out.append(seg[i:])
    for k in range(len(out) - 1):  # fragment before the cut and after it
        left = out[k].rsplit("\n", 1)[-1]
        right = out[k + 1].split("\n", 1)[0]
        if len(left) <= 3 or len(right) <= 3:
            ok = False
    return "\n".join(out), ok, len(out) - 1


def segment_starts(text, gold):
    """Start of each article: its title line.  Where the title is printed more than once before the first body
    paragraph (breadcrumb, repeated headline), the last such line, so the title that heads the body is never cut."""
    starts, pos = [], 0
    for a in gold["articles"]:
        i = text.find(a["title"] + "\n", pos)
        if i > 0 and text[i - 1] != "\n":  # "Title: ..." field line: the segment starts with that line
            i = text.rfind("\n", 0, i) + 1
        assert i >= 0, a["title"]
        b0 = text.find(a["body"][0].split("\n")[0], i) if a["body"] else -1
        j = text.rfind("\n" + a["title"] + "\n", i, b0) if b0 > 0 else -1
        if j >= 0:
            i = j + 1
        starts.append(i)
        pos = i + len(a["title"])
    return starts


def chunk_s(text, gold, rng):
    starts = segment_starts(text, gold)
    bounds = starts[1:] + [len(text)]
    for _ in range(500):
        n = rng.randint(250, 700)
        res, cuts, good = [text[:starts[0]]], 0, True
        for s, e in zip(starts, bounds):
            origin = text.index("\n", s) + 1
            c, ok, k = chunk(text[origin:e], n)
            res.append(text[s:origin] + c)
            good &= ok
            cuts += k
        if good and cuts >= max(1, len(starts) // 2):
            return "".join(res), f"N={n}, {cuts} cuts"
    raise SystemExit("no N found")


def chunk_f(text, gold, rng):
    for _ in range(500):
        n = rng.randint(300, 900)
        first = rng.randint(100, n)
        c, ok, k = chunk(text, n, first)
        lines = set(c.split("\n"))
        if ok and k and all(a["title"] in lines or "Title: " + a["title"] in lines for a in gold["articles"]):  # no cut inside a headline (as chunk_s)
            return c, f"N={n}, first={first}, {k} cuts"
    raise SystemExit("no N found")


CP1252 = []
for b in range(256):
    try:
        CP1252.append(bytes([b]).decode("cp1252"))
    except UnicodeDecodeError:
        CP1252.append(chr(b))


def mojibake(text):
    return "".join(CP1252[b] for b in text.encode("utf-8"))


def run(here, plan, seed, crlf_clean=frozenset()):
    """Write each of ``plan``'s (dump name, damage kinds) of ``here``/clean into ``here``/damaged,
    with its gold (the clean gold, "file" changed) in ``here``/gold_damaged; ``crlf_clean``: the
    dumps whose clean text already has CRLF line ends (no chunking and no crlf on them)."""
    here = Path(here)
    rng = random.Random(seed)
    (here / "damaged").mkdir(exist_ok=True)
    (here / "gold_damaged").mkdir(exist_ok=True)
    for name, kinds in plan:
        text = (here / "clean" / f"{name}.txt").read_bytes().decode("utf-8")  # keeps CRLF of crlf_clean dumps
        assert name not in crlf_clean or not {"chunk_s", "chunk_f", "crlf"} & set(kinds), name
        gold = json.loads((here / "gold_clean" / f"{name}.json").read_text(encoding="utf-8"))
        enc, notes = "utf-8", []
        for k in kinds:
            if k == "chunk_s":
                text, note = chunk_s(text, gold, rng); notes.append(note)
            elif k == "chunk_f":
                text, note = chunk_f(text, gold, rng); notes.append(note)
            elif k == "crlf":
                text = text.replace("\n", "\r\n")
            elif k == "mojibake":
                text = mojibake(text)
            elif k == "bom":
                enc = "utf-8-sig"
            elif k == "utf16":
                enc = "utf-16"  # LE with BOM on little-endian hosts; force it below
            else:
                raise ValueError(k)
        out = f"{name}__{'_'.join(kinds)}"
        data = b"\xff\xfe" + text.encode("utf-16-le") if enc == "utf-16" else text.encode(enc)
        (here / "damaged" / f"{out}.txt").write_bytes(data)
        gold["file"] = f"{out}.txt"
        (here / "gold_damaged" / f"{out}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(out, "; ".join(notes))
