#!/usr/bin/env python3
"""Write damaged variants of clean/*.txt into damaged/, with matching gold in gold_damaged/.

The damage follows the rules documented in ../../make_damaged.py (the kinds the real dumps show):

* chunk cuts ("chunkNs" / "chunkNf"): the text is cut into N-character chunks joined by "\\n".
  A cut that lands on a whitespace character replaces it (the space is consumed and the next cut
  is N characters after it); a cut on any other character just inserts "\\n".
  "s" = every release chunked on its own, the grid starting just after the newline that ends its
  headline line (the text before the first headline is left alone); "f" = one grid over the whole
  file, with a random first-chunk length.
  The real dumps lose a line fragment of 1-3 characters left by a cut.  To keep the gold exact,
  N (and the first-chunk length) is drawn again until no cut leaves a fragment of 0-3 characters
  on either side of it, no cut lands on a "\\r", and (for mojibake text) no cut touches a
  non-ASCII character; so the gold of a chunked variant equals the clean gold.
* encodings: "bom" (UTF-8 with BOM), "utf16" (UTF-16 LE with BOM), "crlf" (CRLF line ends),
  "moj" (UTF-8 bytes read as windows-1252, undefined bytes 0x81 0x8D 0x8F 0x90 0x9D kept as the
  C1 control, written back as UTF-8), "mojchunkN…" (mojibake first, then chunked),
  "crlfmixN…" (CRLF file chunked afterwards, so the inserted newlines are bare LF), and
  combinations joined with "+".
Encoding damage does not change the gold.  Deterministic: fixed seed.
Usage: python3 make_damaged.py
"""
import codecs
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20250611

# name -> list of damage recipes; a recipe is a list of steps applied in order
PLAN = {
    "r01_bw_page": [["chunk_s"], ["bom"]],
    "r02_bw_feed": [["moj", "chunk_s"]],
    "r03_prn_page": [["crlf"]],
    "r04_prn_feed": [["chunk_f"], ["utf16"]],
    "r05_accesswire": [["utf16"]],
    "r06_ein_page": [["bom"]],
    "r07_ein_feed": [["moj"]],
    "r08_newsfile_page": [["chunk_s"]],
    "r09_newsfile_feed": [["crlf"], ["chunk_f"]],
    "r10_cnw": [["moj"], ["bom", "crlf"]],
    "r11_jcn": [["chunk_s"]],
    "r12_mediaoutreach": [["crlf"]],
    "r13_mixed_portal": [["crlf", "chunk_s"]],
    "r14_mixed_cision": [["crlf", "utf16"]],
}


def mojibake(text):
    out = []
    for b in text.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def cut_points(text, start, n, first):
    """Cut positions of a grid over text[start:]: first cut `first` chars after start, then every n."""
    cuts, pos, size = [], start, first
    while pos + size < len(text):
        c = pos + size
        cuts.append(c)
        pos = c + 1 if text[c].isspace() else c
        size = n
    return cuts


def cut_ok(text, c, ascii_only):
    ch = text[c]
    if ch == "\n":
        return True
    if ch == "\r":
        return False
    if ascii_only and (ord(ch) > 127 or (c > 0 and ord(text[c - 1]) > 127)):
        return False
    line_start = max(text.rfind("\n", 0, c), -1) + 1
    before = text[line_start:c].rstrip("\r")
    if len(before) <= 3:
        return False
    after_start = c + 1 if ch.isspace() else c
    line_end = text.find("\n", after_start)
    if line_end == -1:
        line_end = len(text)
    after = text[after_start:line_end].rstrip("\r")
    return len(after) > 3


def apply_cuts(text, cuts):
    out, pos = [], 0
    for c in cuts:
        out.append(text[pos:c])
        out.append("\n")
        pos = c + 1 if text[c].isspace() else c
    out.append(text[pos:])
    return "".join(out)


def segment_starts(text, titles):
    """Index just after the newline that ends each headline line, in order."""
    starts, pos = [], 0
    for t in titles:
        i = text.find(t, pos)
        assert i >= 0, t
        nl = text.find("\n", i)
        starts.append(nl + 1)
        pos = nl + 1
    return starts


def chunk(text, titles, mode, rng, ascii_only):
    for _ in range(5000):
        n = rng.randint(500, 2100)
        if mode == "f":
            first = rng.randint(200, n)
            cuts = cut_points(text, 0, n, first)
        else:
            starts = segment_starts(text, titles)
            cuts = []
            for k, s in enumerate(starts):
                end = (text.rfind("\n", 0, text.find(titles[k + 1], s)) if k + 1 < len(titles) else len(text))
                seg_cuts = cut_points(text[:end], s, n, n)
                cuts.extend(seg_cuts)
        if cuts and all(cut_ok(text, c, ascii_only) for c in cuts):
            return apply_cuts(text, cuts), f"{n}{mode}"
    raise RuntimeError("no usable chunk size")


def damage(text, titles, steps, rng):
    kinds, enc = [], "utf-8"
    moj = False
    crlf = False
    for st in steps:
        if st == "moj":
            text, moj = mojibake(text), True
            kinds.append("moj")
        elif st == "crlf":
            text, crlf = text.replace("\n", "\r\n"), True
            kinds.append("crlf")
        elif st.startswith("chunk_"):
            mtitles = [mojibake(t) for t in titles] if moj else titles
            text, tag = chunk(text, mtitles, st[-1], rng, ascii_only=moj)
            if moj:
                kinds[-1] = "mojchunk" + tag
            elif crlf:
                kinds[-1] = "crlfmix" + tag
            else:
                kinds.append("chunk" + tag)
        elif st == "bom":
            enc = "utf-8-sig"
            kinds.append("bom")
        elif st == "utf16":
            enc = "utf-16"
            kinds.append("utf16")
        else:
            raise ValueError(st)
    if enc == "utf-16":
        data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    elif enc == "utf-8-sig":
        data = codecs.BOM_UTF8 + text.encode("utf-8")
    else:
        data = text.encode("utf-8")
    return data, "+".join(kinds)


def main():
    rng = random.Random(SEED)
    (HERE / "damaged").mkdir(exist_ok=True)
    (HERE / "gold_damaged").mkdir(exist_ok=True)
    for old in list((HERE / "damaged").glob("*.txt")) + list((HERE / "gold_damaged").glob("*.json")):
        old.unlink()
    for name, recipes in PLAN.items():
        text = (HERE / "clean" / f"{name}.txt").read_text(encoding="utf-8")
        gold = json.loads((HERE / "gold_clean" / f"{name}.json").read_text(encoding="utf-8"))
        titles = [a["title"] for a in gold["articles"]]
        for steps in recipes:
            data, kind = damage(text, titles, steps, rng)
            out = f"{name}__{kind}"
            (HERE / "damaged" / f"{out}.txt").write_bytes(data)
            g = dict(gold)
            g["file"] = f"{out}.txt"
            (HERE / "gold_damaged" / f"{out}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(out, len(data))


if __name__ == "__main__":
    main()
