#!/usr/bin/env python3
"""Write damaged variants of clean/*.txt into damaged/NAME__KIND.txt, gold into gold_damaged/.

Rules follow ../../make_damaged.py's description of what the seed dumps show:
* chunk cuts: text cut into N-character chunks joined by "\\n" (N drawn in 500..2100).
  A cut on a whitespace character replaces it (the space is consumed, the next chunk starts after
  it); a cut on any other character just inserts "\\n".
  "s" = one grid per page: each page is chunked on its own, the grid starting just after the
  newline that ends the page's title line and ending at the next page's title line (text before
  the first title - page chrome - is left alone);  "f" = one grid over the whole file, first chunk
  of random length.
  The real dumps lose a line fragment of 1-3 characters left by a cut; to keep the gold unchanged
  this script redraws N until no cut leaves such a fragment (so the gold is the clean gold with
  only "file" changed).  For "mojchunk" N is also redrawn until no cut falls inside a mojibake
  sequence, so the damage stays reversible.
* encodings: "bom" UTF-8 with BOM; "utf16" UTF-16 LE with BOM; "crlf" CRLF line ends;
  "moj" mojibake (UTF-8 bytes read as windows-1252, the five bytes undefined there kept as C1
  controls, written back as UTF-8).
* combinations: "chunks_crlf" (chunked, then CRLF everywhere), "crlfmix" (CRLF first, then
  chunked: inserted newlines are bare LF), "mojchunk" (mojibake first, then chunked per page),
  "bom_chunks" (chunked per page, saved with a BOM).
Encoding damage does not change the gold. Deterministic (seeded per file name).
Usage: python3 make_damaged.py
"""
import json
import random
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20250304
C1 = {0x81, 0x8D, 0x8F, 0x90, 0x9D}

# 1-2 damage kinds per clean dump
PLAN = {
    "p01_vnexpress_rice": ["chunks", "bom"],
    "p02_vnexpress_two": ["chunkf", "crlf"],
    "p03_tuoitre_two": ["utf16"],
    "p04_vns_two": ["moj", "chunks"],
    "p05_nhandan": ["crlfmix"],
    "p06_hanoitimes": ["bom_chunks"],
    "p07_vietnamplus_three": ["chunks", "utf16"],
    "p08_sggp_two": ["mojchunk"],
    "p09_thestar_two": ["crlf", "chunkf"],
    "p10_bangkokpost_two": ["moj"],
    "p11_jakartapost": ["chunks_crlf"],
    "p12_khmertimes_two": ["bom", "chunks"],
    "p13_tuoitre_nomast": ["chunkf", "moj"],
}


def mojibake(text):
    return "".join(chr(b) if b in C1 else bytes([b]).decode("cp1252") for b in text.encode("utf-8"))


def cut_segment(seg, n, first, ok_cut):
    """Cut seg into chunks (first chunk `first` chars, then n). Returns (text, cut positions) or
    None if a cut is rejected by ok_cut(seg, pos)."""
    out, pos, size = [], 0, first
    while pos + size < len(seg):
        c = pos + size
        if not ok_cut(seg, c):
            return None
        if seg[c] == "\n":          # a cut on a line end changes nothing
            out.append(seg[pos:c + 1])
            pos = c + 1
        elif seg[c].isspace():      # whitespace is consumed
            out.append(seg[pos:c] + "\n")
            pos = c + 1
        else:
            out.append(seg[pos:c] + "\n")
            pos = c
        size = n
    out.append(seg[pos:])
    return "".join(out)


def make_ok_cut(moj_safe):
    def ok(seg, c):
        if seg[c] == "\n":
            return True
        left = c - seg.rfind("\n", 0, c) - 1      # a segment always starts at a line start
        start = c + 1 if seg[c].isspace() else c
        nxt = seg.find("\n", start)
        right = (nxt if nxt >= 0 else len(seg)) - start
        if 1 <= left <= 3 or 1 <= right <= 3:
            return False
        if moj_safe and (ord(seg[c]) > 127 or (c > 0 and ord(seg[c - 1]) > 127)):
            return False
        return True
    return ok


def title_starts(text, titles):
    """Offsets of the pages' title lines, in order (a title must fill a whole line)."""
    starts, pos = [], 0
    for t in titles:
        i = pos
        while True:
            i = text.find(t, i)
            assert i >= 0, t
            after = text[i + len(t):i + len(t) + 2]
            if (i == 0 or text[i - 1] == "\n") and (after[:1] == "\n" or after == "\r\n"):
                break
            i += 1
        starts.append(i)
        pos = i + len(t)
    return starts


def chunk(text, titles, mode, rng, moj_safe=False):
    ok = make_ok_cut(moj_safe)
    for _ in range(5000):
        n = rng.randint(500, 2100)
        if mode == "f":
            res = cut_segment(text, n, rng.randint(150, n), ok)
            if res is not None:
                return res, n
            continue
        pieces, bad = [], False
        starts = title_starts(text, titles)
        pieces.append(text[:starts[0]])
        for k, s in enumerate(starts):
            end = starts[k + 1] if k + 1 < len(starts) else len(text)
            nl = text.index("\n", s) + 1          # grid starts after the title line
            res = cut_segment(text[nl:end], n, n, ok)
            if res is None:
                bad = True
                break
            pieces.append(text[s:nl] + res)
        if not bad:
            return "".join(pieces), n
    raise SystemExit("no N without lost fragments found")


def damage(name, kind, text, titles, rng):
    info = {}
    if kind == "bom":
        data = ("\ufeff" + text).encode("utf-8")
    elif kind == "utf16":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    elif kind == "crlf":
        data = text.replace("\n", "\r\n").encode("utf-8")
    elif kind == "moj":
        data = mojibake(text).encode("utf-8")
    elif kind in ("chunks", "chunkf"):
        t, info["N"] = chunk(text, titles, kind[-1], rng)
        data = t.encode("utf-8")
    elif kind == "chunks_crlf":
        t, info["N"] = chunk(text, titles, "s", rng)
        data = t.replace("\n", "\r\n").encode("utf-8")
    elif kind == "crlfmix":
        t, info["N"] = chunk(text.replace("\n", "\r\n"), titles, "s", rng)
        data = t.encode("utf-8")
    elif kind == "mojchunk":
        t, info["N"] = chunk(mojibake(text), [mojibake(x) for x in titles], "s", rng, moj_safe=True)
        data = t.encode("utf-8")
    elif kind == "bom_chunks":
        t, info["N"] = chunk(text, titles, "s", rng)
        data = ("\ufeff" + t).encode("utf-8")
    else:
        raise ValueError(kind)
    return data, info


def main():
    (HERE / "damaged").mkdir(exist_ok=True)
    (HERE / "gold_damaged").mkdir(exist_ok=True)
    for name, kinds in PLAN.items():
        text = (HERE / "clean" / f"{name}.txt").read_text(encoding="utf-8")
        gold = json.loads((HERE / "gold_clean" / f"{name}.json").read_text(encoding="utf-8"))
        titles = [a["title"] for a in gold["articles"]]
        for kind in kinds:
            rng = random.Random(SEED ^ zlib.crc32(f"{name}__{kind}".encode()))
            data, info = damage(name, kind, text, titles, rng)
            out = f"{name}__{kind}"
            (HERE / "damaged" / f"{out}.txt").write_bytes(data)
            g = dict(gold, file=f"{out}.txt")
            (HERE / "gold_damaged" / f"{out}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(out, info.get("N", ""))


if __name__ == "__main__":
    main()
