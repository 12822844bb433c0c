#!/usr/bin/env python3
"""Sanity checks for this corpus (stdlib only).

* every gold file is valid JSON with every key of the seeds' schema;
* each title, body paragraph, caption and byline of the clean gold occurs in the clean text
  (whitespace-normalised, hard wraps joined), body paragraphs in document order, the dateline
  inside body[0], one of the source aliases somewhere in the text;
* every damaged variant decodes (BOM / UTF-16 / CRLF / mojibake undone) to the clean text up to
  whitespace, and its gold equals the clean gold but for "file".
Optionally writes the gold in the scorer's prediction format: check_corpus.py --pred OUT.json
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ART_KEYS = {"title": str, "kind": str, "source": str, "source_aliases": list, "byline": (str, type(None)),
            "dateline": (str, type(None)), "published_date": (str, type(None)),
            "external_id": (str, type(None)), "body": list, "captions": list, "teasers": list}


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def unmojibake(text):
    out = bytearray()
    for ch in text:
        o = ord(ch)
        if o < 256 and o in (0x81, 0x8D, 0x8F, 0x90, 0x9D):
            out.append(o)
        else:
            out += ch.encode("cp1252")
    return out.decode("utf-8")


def decode_damaged(path):
    data = path.read_bytes()
    kind = path.stem.split("__", 1)[1]
    if data.startswith(b"\xff\xfe"):
        text = data[2:].decode("utf-16-le")
    elif data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8")
    else:
        text = data.decode("utf-8")
    text = text.replace("\r\n", "\n")
    if kind.startswith("moj"):
        text = unmojibake(text)
    return text


def main():
    errors = []
    n_art = 0
    pred = []
    for gf in sorted((HERE / "gold_clean").glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        assert set(gold) == {"file", "schema", "articles"}, gf
        assert gold["file"] == gf.stem + ".txt" and gold["schema"] == 1, gf
        text = (HERE / "clean" / gold["file"]).read_text(encoding="utf-8")
        assert "\r" not in text
        ntext = norm(text)
        for a in gold["articles"]:
            n_art += 1
            for k, typ in ART_KEYS.items():
                if k not in a:
                    errors.append(f"{gf.name}: missing key {k}")
                elif not isinstance(a[k], typ):
                    errors.append(f"{gf.name}: bad type for {k}")
            if a["kind"] not in ("wire", "press_release", "site_page"):
                errors.append(f"{gf.name}: kind {a['kind']}")
            if a["published_date"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", a["published_date"]):
                errors.append(f"{gf.name}: date {a['published_date']}")
            if a["source"] not in a["source_aliases"]:
                errors.append(f"{gf.name}: source not among aliases")
            if not any(norm(al).casefold() in ntext.casefold() for al in a["source_aliases"]):
                errors.append(f"{gf.name}: no alias in text")
            for label, s in [("title", a["title"]), ("byline", a["byline"])] + \
                    [("caption", c) for c in a["captions"]]:
                if s is not None and norm(s) not in ntext:
                    errors.append(f"{gf.name}: {label} not in text: {s[:60]!r}")
            pos = 0
            for p in a["body"]:
                i = ntext.find(norm(p), pos)
                if i < 0:
                    errors.append(f"{gf.name}: paragraph not found in order: {p[:60]!r}")
                else:
                    pos = i + len(norm(p))
            if a["dateline"] and not norm(a["body"][0]).startswith(norm(a["dateline"])):
                errors.append(f"{gf.name}: dateline not at the start of body[0]: {a['dateline']!r}")
            for c in a["captions"]:
                if norm(c) in [norm(p) for p in a["body"]]:
                    errors.append(f"{gf.name}: caption also in body")
        pred.append({"file": gold["file"], "articles": [
            dict(a, published_at=a["published_date"]) for a in gold["articles"]]})
    n_dam = 0
    for gf in sorted((HERE / "gold_damaged").glob("*.json")):
        n_dam += 1
        gold = json.loads(gf.read_text(encoding="utf-8"))
        assert gold["file"] == gf.stem + ".txt", gf
        name = gf.stem.split("__")[0]
        clean_gold = json.loads((HERE / "gold_clean" / f"{name}.json").read_text(encoding="utf-8"))
        if dict(gold, file=None) != dict(clean_gold, file=None):
            errors.append(f"{gf.name}: gold differs from the clean gold")
        dtext = decode_damaged(HERE / "damaged" / gold["file"])
        ctext = (HERE / "clean" / f"{name}.txt").read_text(encoding="utf-8")
        if re.sub(r"\s+", "", dtext) != re.sub(r"\s+", "", ctext):
            errors.append(f"{gf.name}: damaged text does not decode to the clean text")
        pred.append({"file": gold["file"], "articles": [
            dict(a, published_at=a["published_date"]) for a in gold["articles"]]})
    if "--pred" in sys.argv:
        Path(sys.argv[sys.argv.index("--pred") + 1]).write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
    for e in errors:
        print("ERROR", e)
    print(f"{len(list((HERE / 'gold_clean').glob('*.json')))} clean dumps, {n_art} releases, "
          f"{n_dam} damaged variants, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
