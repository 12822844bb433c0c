#!/usr/bin/env python3
"""Sanity checks for this corpus (stdlib only).  Usage: python3 check_gold.py [--leftover]

* every gold file is valid JSON with every key of the seeds' schema;
* every title, byline and body paragraph occurs in its clean text (whitespace-normalised, hard wraps joined;
  a word hyphenated at a wrap is accepted joined with or without its hyphen, and the gold's choice is
  checked against the one-line-per-paragraph presentation of the same dump, which has no wrap hyphens);
* every damaged file decodes (BOM / UTF-16 / CRLF) to its clean source up to whitespace, i.e. chunk cuts
  only inserted line breaks or replaced a whitespace character, and its gold equals the clean gold but
  for "file";
* --leftover prints what remains of each clean text once titles, bylines and paragraphs are removed
  (should be only slug/header lines, sign-offs and agency credit lines).
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ART_KEYS = ["title", "kind", "source", "source_aliases", "byline", "dateline", "published_date",
            "external_id", "body", "captions", "teasers"]


def norm(s):
    return " ".join(s.split())


def variants(text):
    """Normalised text with wrap hyphens kept (compound) and with them dropped (syllable)."""
    keep = re.sub(r"(\w)-\n[ \t]*(\w)", r"\1-\2", text)
    drop = re.sub(r"(\w)-\n[ \t]*(\w)", r"\1\2", text)
    return norm(keep), norm(drop)


def decode(data):
    if data.startswith(b"\xff\xfe"):
        t = data[2:].decode("utf-16-le")
    elif data.startswith(b"\xef\xbb\xbf"):
        t = data[3:].decode("utf-8")
    else:
        t = data.decode("utf-8")
    return t.replace("\r\n", "\n")


def check_schema(g, fname):
    errs = []
    for k in ("file", "schema", "articles"):
        if k not in g:
            errs.append("%s: missing %s" % (fname, k))
    if g.get("schema") != 1:
        errs.append("%s: schema != 1" % fname)
    for a in g.get("articles", []):
        for k in ART_KEYS:
            if k not in a:
                errs.append("%s: article %r missing %s" % (fname, a.get("title"), k))
        if a.get("kind") not in ("wire", "press_release", "site_page"):
            errs.append("%s: bad kind" % fname)
        if not isinstance(a.get("body"), list) or not all(isinstance(p, str) and p.strip() for p in a["body"]):
            errs.append("%s: bad body" % fname)
        if a.get("source") not in a.get("source_aliases", []):
            errs.append("%s: source not among aliases" % fname)
    return errs


def main():
    errs, n_par, n_hyph = [], 0, 0
    clean_gold = {}
    for gf in sorted((ROOT / "gold_clean").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        clean_gold[gf.stem] = g
        errs += check_schema(g, gf.name)
        if g["file"] != gf.stem + ".txt":
            errs.append("%s: file field %s" % (gf.name, g["file"]))
    for stem, g in clean_gold.items():
        text = (ROOT / "clean" / (stem + ".txt")).read_bytes().decode("utf-8")
        if "\r" in text:
            errs.append("%s: CR in clean text" % stem)
        keep, drop = variants(text)
        plain_norm = norm(text)
        unwrapped = norm((ROOT / "clean" / (stem.split("_")[0] + "_unwrapped.txt")).read_text(encoding="utf-8"))
        # per wrap: keep the hyphen where the one-line-per-paragraph presentation has the hyphenated form
        smart = norm(re.sub(r"(\w+)-\n[ \t]*(\w+)",
                            lambda m: m.group(1) + ("-" if m.group(1) + "-" + m.group(2) in unwrapped else "")
                            + m.group(2), text))
        leftover = keep
        for a in g["articles"]:
            items = [("title", a["title"])] + ([("byline", a["byline"])] if a["byline"] else []) + \
                    [("para", p) for p in a["body"]] + [("caption", c) for c in a["captions"]]
            for what, s in items:
                s = norm(s)
                if what == "para":
                    n_par += 1
                if s in plain_norm or s in keep:
                    leftover = leftover.replace(s, " ", 1)
                    if s not in plain_norm:
                        n_hyph += 1
                    continue
                if s in drop or s in smart:
                    n_hyph += 1
                    continue
                errs.append("%s: %s not in text: %r" % (stem, what, s[:90]))
            # the hyphen choice: the one-line-per-paragraph presentation has no wrap hyphens
            for p in a["body"]:
                if norm(p) not in unwrapped:
                    errs.append("%s: paragraph not in the unwrapped presentation: %r" % (stem, p[:80]))
        if "--leftover" in sys.argv:
            print("== %s: %s" % (stem, norm(leftover)[:600]))
    n_dam = 0
    for gf in sorted((ROOT / "gold_damaged").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        errs += check_schema(g, gf.name)
        src = gf.stem.split("__")[0]
        if g["file"] != gf.stem + ".txt":
            errs.append("%s: file field" % gf.name)
        cg = dict(clean_gold[src])
        if dict(g, file=cg["file"]) != cg:
            errs.append("%s: gold differs from clean gold" % gf.name)
        dam = decode((ROOT / "damaged" / (gf.stem + ".txt")).read_bytes())
        cln = (ROOT / "clean" / (src + ".txt")).read_text(encoding="utf-8")
        if re.sub(r"\s", "", dam) != re.sub(r"\s", "", cln):
            errs.append("%s: damaged text is not the clean text up to whitespace" % gf.name)
        n_dam += 1
    print("clean files %d, damaged files %d, paragraphs checked %d (%d matched only across a wrap hyphen)"
          % (len(clean_gold), n_dam, n_par, n_hyph))
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
