#!/usr/bin/env python3
"""Sanity-check this corpus's gold (stdlib only).

For every gold_clean/NAME.json: valid JSON, every key present with the right type, and each title,
body paragraph, caption, byline, dateline and teaser title occurs in clean/NAME.txt
(whitespace-normalised, so hard wraps are joined).  Body paragraphs must not contain a title,
and sign-off lines must not have leaked into the body (a few known patterns).
For every gold_damaged/NAME__KIND.json: same articles as the clean gold, "file" names the damaged
file, and the damaged file exists.
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ART_KEYS = {"title": str, "kind": str, "source": str, "source_aliases": list, "byline": (str, type(None)),
            "dateline": (str, type(None)), "published_date": (str, type(None)),
            "external_id": (str, type(None)), "body": list, "captions": list, "teasers": list}
SIGNOFF = re.compile(r"(Enditem|\(END\)|-- BERNAMA|==Kyodo|^— AFP$|^AFP$|^\(AP\)$|Reporting by|"
                     r"Copyright|Our Standards|@yna\.co\.kr|^PTI [A-Z ]+$|EDITED BY)")
ws = lambda s: re.sub(r"\s+", " ", s).strip()
errors = []


def err(msg):
    errors.append(msg)


def check_clean(gf):
    gold = json.loads(gf.read_text(encoding="utf-8"))
    if set(gold) != {"file", "schema", "articles"} or gold["schema"] != 1:
        err(f"{gf.name}: top-level keys {sorted(gold)}")
    txt_path = ROOT / "clean" / gold["file"]
    raw = txt_path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw:
        err(f"{gold['file']}: clean file has BOM or CR")
    text = ws(raw.decode("utf-8"))
    for i, a in enumerate(gold["articles"]):
        where = f"{gold['file']}#{i}"
        if set(a) != set(ART_KEYS):
            err(f"{where}: keys {sorted(a)}")
        for k, t in ART_KEYS.items():
            if not isinstance(a.get(k), t):
                err(f"{where}: {k} has type {type(a.get(k)).__name__}")
        if a["kind"] not in ("wire", "press_release", "site_page"):
            err(f"{where}: kind {a['kind']}")
        if a["source"] not in a["source_aliases"]:
            err(f"{where}: source not among aliases")
        if a["published_date"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", a["published_date"]):
            err(f"{where}: published_date {a['published_date']}")
        fields = [("title", a["title"])] + [("body", p) for p in a["body"]] + \
                 [("caption", c) for c in a["captions"]] + [("teaser", t["title"]) for t in a["teasers"]]
        if a["byline"]:
            fields.append(("byline", a["byline"]))
        if a["dateline"]:
            fields.append(("dateline", a["dateline"]))
        for name, val in fields:
            if not ws(val):
                err(f"{where}: empty {name}")
            elif ws(val) not in text:
                err(f"{where}: {name} not in text: {val[:70]!r}")
        if not a["body"]:
            err(f"{where}: empty body")
        if a["dateline"] and not ws(a["body"][0]).startswith(ws(a["dateline"])):
            err(f"{where}: body[0] does not start with the dateline")
        for p in a["body"]:
            if SIGNOFF.search(p):
                err(f"{where}: sign-off-like text in body: {p[:70]!r}")
            if p in a["captions"]:
                err(f"{where}: caption also in body")
        for t in a["teasers"]:
            if set(t) != {"title", "section", "summary"}:
                err(f"{where}: teaser keys {sorted(t)}")
    # titles appear in file order
    pos = 0
    for a in gold["articles"]:
        j = text.find(ws(a["title"]), pos)
        if j < 0:
            err(f"{gold['file']}: title out of order: {a['title'][:60]!r}")
        pos = max(pos, j)
    return gold


def main():
    clean = {}
    for gf in sorted((ROOT / "gold_clean").glob("*.json")):
        g = check_clean(gf)
        clean[Path(g["file"]).stem] = g
    for name in clean:
        if not (ROOT / "clean" / f"{name}.txt").exists():
            err(f"{name}: clean text missing")
    nd = 0
    for gf in sorted((ROOT / "gold_damaged").glob("*.json")):
        nd += 1
        g = json.loads(gf.read_text(encoding="utf-8"))
        base = gf.stem.split("__")[0]
        if g["file"] != gf.stem + ".txt":
            err(f"{gf.name}: file field {g['file']}")
        if not (ROOT / "damaged" / g["file"]).exists():
            err(f"{gf.name}: damaged text missing")
        if base not in clean:
            err(f"{gf.name}: no clean gold {base}")
        elif g["articles"] != clean[base]["articles"]:
            err(f"{gf.name}: articles differ from the clean gold")
    for e in errors:
        print("ERROR", e)
    print(f"{len(clean)} clean gold files, {sum(len(g['articles']) for g in clean.values())} articles, "
          f"{nd} damaged gold files, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
