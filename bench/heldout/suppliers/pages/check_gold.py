#!/usr/bin/env python3
"""Sanity check for this corpus: every gold file is valid JSON with every key, and each title,
body paragraph, caption, byline, teaser title/summary occurs in its dump (whitespace-normalised,
hard wraps and chunk cuts joined: the text is compared both with newlines as spaces and with
in-paragraph newlines removed). Decodes BOM / UTF-16 / CRLF / mojibake variants first.
Usage: python3 check_gold.py [DIR]"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
ART_KEYS = {"title", "kind", "source", "source_aliases", "byline", "dateline", "published_date",
            "external_id", "body", "captions", "teasers"}
WS = re.compile(r"\s+")
C1 = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def n(s):
    return WS.sub(" ", unicodedata.normalize("NFC", s)).strip()


def unmojibake(t):
    out = bytearray()
    for ch in t:
        if ord(ch) in C1:
            out.append(ord(ch))
        else:
            out += ch.encode("cp1252")
    return out.decode("utf-8")


def read_dump(p, kind=""):
    b = p.read_bytes()
    if b.startswith(b"\xff\xfe"):
        t = b.decode("utf-16")
    else:
        t = b.decode("utf-8-sig")
    t = t.replace("\r\n", "\n").replace("\r", "\n")
    if "moj" in kind:
        t = unmojibake(t)
    return t


def check(gold_path, dump_path, kind):
    errs = []
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    for k in ("file", "schema", "articles"):
        if k not in g:
            errs.append(f"missing key {k}")
    if g.get("file") != dump_path.name:
        errs.append(f"file {g.get('file')!r} != {dump_path.name}")
    raw = read_dump(dump_path, kind)
    spaced = n(raw)
    joined = n(re.sub(r"(?<=\S)\n(?=\S)", "", raw))  # a chunk cut inside a word
    hay = (spaced, joined)

    nows = WS.sub("", unicodedata.normalize("NFC", raw)) if kind else None

    def has(s):
        s = n(s)
        if any(s in h for h in hay):
            return True
        # damaged (chunked) dumps only: a paragraph cut both on a letter and on a space
        return nows is not None and WS.sub("", s) in nows

    for a in g["articles"]:
        miss = ART_KEYS - set(a)
        if miss:
            errs.append(f"{a.get('title')!r}: missing keys {miss}")
        if a["kind"] not in ("wire", "press_release", "site_page"):
            errs.append(f"bad kind {a['kind']}")
        if a["source"] not in a["source_aliases"]:
            errs.append(f"source not in aliases: {a['source']}")
        fields = [("title", a["title"])] + [("body", p) for p in a["body"]] + \
                 [("caption", c) for c in a["captions"]]
        if a["byline"]:
            fields.append(("byline", a["byline"]))
        if a["dateline"]:
            fields.append(("dateline", a["dateline"]))
        for t in a["teasers"]:
            if set(t) != {"title", "section", "summary"}:
                errs.append(f"teaser keys {set(t)}")
            fields.append(("teaser title", t["title"]))
            if t["summary"]:
                fields.append(("teaser summary", t["summary"]))
            for s in t["section"]:
                fields.append(("teaser section", s))
        for name, s in fields:
            if not has(s):
                errs.append(f"{a['title'][:40]!r}: {name} not in text: {s[:70]!r}")
        if not any(has(x) for x in a["source_aliases"]):
            errs.append(f"{a['title'][:40]!r}: no source alias occurs in the text")
        # nothing in the body may also be a caption
        if set(map(n, a["body"])) & set(map(n, a["captions"])):
            errs.append("paragraph both body and caption")
    return errs


total = bad = 0
for gdir, ddir in (("gold_clean", "clean"), ("gold_damaged", "damaged")):
    for gp in sorted((HERE / gdir).glob("*.json")):
        total += 1
        kind = gp.stem.split("__", 1)[1] if "__" in gp.stem else ""
        dp = HERE / ddir / (gp.stem + ".txt")
        if not dp.exists():
            print(f"{gp.name}: dump missing"); bad += 1; continue
        e = check(gp, dp, kind)
        if e:
            bad += 1
            print(gp.name)
            for x in e:
                print("   ", x)
print(f"checked {total} gold files, {bad} with problems")
sys.exit(1 if bad else 0)
