#!/usr/bin/env python3
"""Render the invented story sources (content_*.py) into the clean dumps and their gold.

Three clean presentations per dump:
  NAME_hard      the supplier's native hard-wrapped teleprinter/corpus layout
  NAME_byline    Title Case headline + "By NAME" line(s), hard-wrapped, no slug/header lines
  NAME_unwrapped one line per paragraph, blank line between paragraphs
Writes ../clean/*.txt and ../gold_clean/*.json.  Deterministic.  Usage: python3 build.py
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import content_reuters  # noqa: E402
import content_ap  # noqa: E402
import content_upi  # noqa: E402
import content_dpa  # noqa: E402
import hyph  # noqa: E402

MONTHS = {"Jan": 1, "Feb": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "Aug": 8,
          "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

SOURCES = {
    "reuters": ("Reuters", ["Reuters", "Reuter", "REUTERS"]),
    "ap": ("Associated Press", ["Associated Press", "AP", "The Associated Press"]),
    "upi": ("United Press International", ["United Press International", "UPI"]),
    "dpa": ("dpa", ["dpa", "DPA", "Deutsche Presse-Agentur"]),
}


def plain(s):
    return s.replace("~", "")


def norm_para(p):
    return " ".join(p.split())


def split_body(st):
    """-> list of (kind, raw_text) where kind is 'p' (prose, wrapped) or 'row' (table row, one line)."""
    txt = st["body"].strip("\n")
    if st["t"] == "table":
        lines = [ln for ln in txt.split("\n") if ln.strip()]
        out = []
        for i, ln in enumerate(lines):
            # AP/dpa tables open with a prose lede line; Reuters tables are rows only
            kind = "p" if ((i == 0 and ln.endswith(":") and len(ln) > 40) or ln.startswith("NOTE:")) else "row"
            out.append((kind, ln.rstrip() if kind == "row" else norm_para(ln)))
        return out
    return [("p", norm_para(p)) for p in txt.split("\n\n") if p.strip()]


def wrap(text, width, indent="", compound=False, syll=False):
    toks = text.split(" ")
    if syll:
        toks = [hyph.mark(t) for t in toks]
    lines, cur, empty = [], indent, True
    while toks:
        w = toks.pop(0)
        disp = plain(w)
        sep = "" if empty else " "
        if len(cur) + len(sep) + len(disp) <= width:
            cur += sep + disp
            empty = False
            continue
        done = False
        if not empty:
            room = width - len(cur) - 1
            cands = []
            if compound:
                for m in range(1, len(w) - 1):
                    if w[m] == "-" and w[m - 1].isalnum() and w[m + 1].isalnum():
                        cands.append((plain(w[:m + 1]), w[m + 1:]))
            if syll:
                for m in range(1, len(w) - 1):
                    if w[m] == "~":
                        cands.append((plain(w[:m]) + "-", w[m + 1:]))
            fits = [c for c in cands if 4 <= len(c[0]) <= room and len(plain(c[1])) >= 3]
            if fits:
                pre, rest = max(fits, key=lambda c: len(c[0]))
                lines.append(cur + " " + pre)
                cur, empty = "", True
                toks.insert(0, rest)
                done = True
        if not done:
            lines.append(cur)
            cur, empty = disp, False
    lines.append(cur)
    return lines


SMALL = {"a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "at", "by", "as", "vs", "from", "with"}


def titlecase(h):
    out = []
    for i, w in enumerate(h.split(" ")):
        parts = w.split("-")
        nparts = []
        for j, p in enumerate(parts):
            if p and p[0].islower() and not (i > 0 and j == 0 and p in SMALL):
                p = p[0].upper() + p[1:]
            nparts.append(p)
        out.append("-".join(nparts))
    return " ".join(out)


def words(st):
    return sum(len(plain(t).split()) for _, t in split_body(st))


def gold_article(title, supplier, byline, dateline, pub, ext, body):
    src, aliases = SOURCES[supplier]
    return {"title": title, "kind": "wire", "source": src, "source_aliases": aliases,
            "byline": byline, "dateline": dateline, "published_date": pub, "external_id": ext,
            "body": body, "captions": [], "teasers": []}


def body_lines(st, lede, width, indent, row_indent, blank_paras, compound, syll, unwrapped=False):
    """Render body.  lede is prefixed to the first paragraph/row."""
    out, gold = [], []
    prev = None
    for i, (kind, t) in enumerate(split_body(st)):
        text = (lede + t) if i == 0 else t
        gold.append(norm_para(plain(text)) if kind == "p" else " ".join(plain(text).split()))
        # table rows stay on consecutive lines in the wrapped layouts; one-line-per-paragraph separates them
        if blank_paras and i > 0 and (unwrapped or not (kind == "row" and prev == "row")):
            out.append("")
        prev = kind
        if kind == "row":
            out.append(row_indent + plain(text))
        elif unwrapped:
            out.append(indent + plain(text))
        else:
            out.extend(wrap(text, width, indent, compound, syll))
    return out, gold


# ---------------------------------------------------------------- Reuters

RTR_STYLE = {
    # width, blank between paragraphs, blank between stories, pre-line kind, compound-hyphen wraps, P3 indent
    "rtr01": dict(width=62, bp=False, bs=False, pre=None, comp=False, p3ind="    "),
    "rtr02": dict(width=62, bp=False, bs=True, pre="slug", comp=True, p3ind=""),
    "rtr03": dict(width=60, bp=True, bs=True, pre="stamp", comp=False, p3ind="    "),
    "rtr04": dict(width=65, bp=False, bs=True, pre=None, comp=True, p3ind=""),
    "rtr05": dict(width=63, bp=True, bs=True, pre=None, comp=False, p3ind="    "),
}
RTR_CODES = ["u f", "r f", "u e", "r c"]


def rtr_slug(st):
    s = st.get("slug") or re.sub(r"[^A-Z0-9]+", "-", re.sub(r"<[^>]*>", "", st["head"].upper())).strip("-")
    return ("BC-" + s)[:24]


def rtr_mmdd(date):
    m, d = date.split()
    return "%02d-%02d" % (MONTHS[m], int(d))


def render_reuters(name, stories, pres):
    sty = RTR_STYLE[name]
    out, arts = [], []
    for i, st in enumerate(stories):
        blk = []
        dl = "%s, %s" % (st["place"], st["date"])
        lede = dl + " - "
        head = st["head"].upper() if pres != "byline" else st["head"]
        byline = None
        pub = None
        if pres != "byline":
            if sty["pre"] == "slug":
                blk.append("%s %s   %s %04d" % (RTR_CODES[i % 4], rtr_slug(st), rtr_mmdd(st["date"]), words(st)))
            elif sty["pre"] == "stamp":
                blk.append(st["stamp"])
                dd, mon, rest = st["stamp"].split("-", 2)
                pub = "%s-%02d-%s" % (rest[:4], MON3.index(mon) + 1, dd)
        blk.append(head)
        if pres == "byline":
            if st["t"] == "story" and st.get("by"):
                byline = st["by"]
                blk.append("By " + byline)
        elif st.get("native"):
            byline = st["by"]
            blk.append("    By %s, Reuters" % byline)
        if pres == "hard":
            lines, gold = body_lines(st, lede, sty["width"], "    ", "    ", sty["bp"], sty["comp"], False)
        elif pres == "byline":
            blk.append("")
            lines, gold = body_lines(st, lede, sty["width"] + 4, "", "", True, sty["comp"], False)
        else:
            blk.append("")
            lines, gold = body_lines(st, lede, 0, sty["p3ind"], sty["p3ind"], True, False, False, unwrapped=True)
        blk.extend(lines)
        if pres != "hard":
            blk.append("")
        blk.append(" Reuter")
        if pres == "byline" or sty["bs"] or pres == "unwrapped":
            blk.append("")
        if pres == "byline":
            blk.append("")
        out.extend(blk)
        arts.append(gold_article(head, "reuters", byline, dl, pub, None, gold))
    return out, arts


# ---------------------------------------------------------------- AP

AP_STYLE = {
    "ap01": dict(width=68, bp=False),
    "ap02": dict(width=66, bp=True),
    "ap03": dict(width=69, bp=False),
}


def render_ap(name, dump, pres):
    sty = AP_STYLE[name]
    date = dump["date"]
    mm, dd, yy = date.split("-")
    pub = "19%s-%s-%s" % (yy, mm, dd)
    out, arts = [], []
    for st in dump["stories"]:
        blk = []
        lede = "%s (AP) _ " % st["place"]
        head = st["head"].upper() if pres != "byline" else st["head"]
        wc = words(st)
        ext = None
        byline = None
        if pres != "byline":
            blk.append("%s %s %s %s  %s-%s %04d" % (st["num"], st["pri"], st["cat"], st["key"].replace(" ", ""),
                                                   mm, dd, wc))
            blk.append("%s,%d" % (st["key"], wc))
            ext = st["num"]
        blk.append(head)
        if (pres == "byline" and st["t"] == "story" and st.get("by")) or (pres != "byline" and st.get("native")):
            byline = st["by"]
            blk.append("By " + byline)
            blk.append("Associated Press Writer")
        if pres == "hard":
            lines, gold = body_lines(st, lede, sty["width"], "   ", "   ", sty["bp"], True, True)
        elif pres == "byline":
            blk.append("")
            lines, gold = body_lines(st, lede, sty["width"], "   ", "   ", True, True, True)
        else:
            blk.append("")
            lines, gold = body_lines(st, lede, 0, "   ", "   ", True, False, False, unwrapped=True)
        blk.extend(lines)
        if pres != "hard":
            blk.append("")
        blk.append("AP-NR-%s %s" % (date, st["time"]))
        blk.append("")
        out.extend(blk)
        arts.append(gold_article(head, "ap", byline, st["place"], pub, ext, gold))
    return out, arts


# ---------------------------------------------------------------- UPI

UPI_STYLE = {
    "upi01": dict(width=62, bp=False),
    "upi02": dict(width=64, bp=True),
}


def render_upi(name, dump, pres):
    sty = UPI_STYLE[name]
    date = dump["date"]
    mm, dd, yy = date.split("-")
    pub = "19%s-%s-%s" % (yy, mm, dd)
    out, arts = [], []
    for st in dump["stories"]:
        blk = []
        lede = "%s (UPI) -- " % st["place"]
        head = st["head"].upper() if pres != "byline" else st["head"]
        byline = None
        if pres != "byline":
            blk.append("%s %s %s-%s %04d" % (st["pc"], st["slug"], mm, dd, words(st)))
        blk.append(head)
        if (pres == "byline" and st["t"] == "story" and st.get("by")) or (pres != "byline" and st.get("native")):
            byline = st["by"]
            blk.append("By " + byline)
            blk.append("United Press International")
        if pres == "hard":
            lines, gold = body_lines(st, lede, sty["width"], "   ", "   ", sty["bp"], True, True)
        elif pres == "byline":
            blk.append("")
            lines, gold = body_lines(st, lede, sty["width"], "", "", True, True, True)
        else:
            blk.append("")
            lines, gold = body_lines(st, lede, 0, "", "", True, False, False, unwrapped=True)
        blk.extend(lines)
        if pres != "hard":
            blk.append("")
        blk.append("UPI %s %s" % (date, st["signoff"]))
        blk.append("")
        out.extend(blk)
        arts.append(gold_article(head, "upi", byline, st["place"], pub, None, gold))
    return out, arts


# ---------------------------------------------------------------- dpa

DPA_STYLE = {
    "dpa01": dict(width=69, bp=False),
    "dpa02": dict(width=69, bp=True),
}


def render_dpa(name, stories, pres):
    sty = DPA_STYLE[name]
    out, arts = [], []
    for st in stories:
        blk = []
        lede = "%s (dpa) - " % st["place"]
        head = st["head"] if pres != "byline" else titlecase(st["head"])
        byline = None
        if pres != "byline":
            blk.append(st["slug"])
            if st.get("native"):
                byline = st["by"]
                blk.append(head)
                blk.append("By %s =" % byline)
            else:
                blk.append(head + " =")
        else:
            blk.append(head)
            if st["t"] == "story" and st.get("by"):
                byline = st["by"]
                blk.append("By " + byline)
            blk.append("")
        if pres == "hard":
            lines, gold = body_lines(st, lede, sty["width"], "   ", "", sty["bp"], True, False)
        elif pres == "byline":
            lines, gold = body_lines(st, lede, sty["width"], "   ", "", False, True, False)
        else:
            lines, gold = body_lines(st, lede, 0, "   ", "", True, False, False, unwrapped=True)
        blk.extend(lines)
        blk.append(st["sig"])
        blk.append("")
        out.extend(blk)
        arts.append(gold_article(head, "dpa", byline, st["place"], None, None, gold))
    return out, arts


def main():
    jobs = []
    for n, d in content_reuters.DUMPS.items():
        jobs.append((n, render_reuters, d))
    for n, d in content_ap.DUMPS.items():
        jobs.append((n, render_ap, d))
    for n, d in content_upi.DUMPS.items():
        jobs.append((n, render_upi, d))
    for n, d in content_dpa.DUMPS.items():
        jobs.append((n, render_dpa, d))
    (ROOT / "clean").mkdir(exist_ok=True)
    (ROOT / "gold_clean").mkdir(exist_ok=True)
    for n, fn, d in jobs:
        for pres in ("hard", "byline", "unwrapped"):
            lines, arts = fn(n, d, pres)
            while lines and lines[-1] == "":
                lines.pop()
            text = "\n".join(lines) + "\n"
            fname = "%s_%s.txt" % (n, pres)
            (ROOT / "clean" / fname).write_text(text, encoding="utf-8")
            gold = {"file": fname, "schema": 1, "articles": arts}
            (ROOT / "gold_clean" / (fname[:-4] + ".json")).write_text(
                json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(fname, len(arts))


if __name__ == "__main__":
    main()
