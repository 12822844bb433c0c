#!/usr/bin/env python3
"""Render the annotated story sources (src/*.src) into clean/NAME.txt and gold_clean/NAME.json.

The .src files are the authoring format of this corpus: every line of a dump is typed once, with a
role marker, so the raw dump and its gold cannot drift apart.

    @file NAME.txt            output name
    @opt KEY=VALUE            dump options (escapes like \\n allowed):
                              para_sep   text between blocks of a story         (default "\\n\\n")
                              story_sep  text between stories                   (default "\\n\\n")
                              wrap       hard-wrap width for P blocks, 0 = none (default 0)
                              indent     prefix of every P block's first line   (default "")
                              cont       prefix of P continuation lines         (default "")
                              end        text after the last story              (default "\\n")
    @story                    starts a story; then header lines key=value:
        source= aliases=A|B kind= byline= dateline= date= id=   (empty value -> null)
    then block lines:
        T text    title line (raw + gold title)
        P text    body paragraph (raw + gold body)
        C text    caption line (raw + gold captions)
        R text    raw-only line (byline line, sign-off, credit, copyright, ...)
        L text    "Related news: TITLE" link line: raw line as typed, gold teaser {TITLE, [], null}
    Inside a block, "{{...}}" is raw-only text (e.g. a sign-off glued to the last paragraph):
    it is written to the dump but left out of the gold.
    A "+" right after the marker ("P+ ", "R+ ", ...) joins the block to the previous one with a single
    "\\n" instead of para_sep.  A "=" ("P= ") switches off wrapping/indent for that block.
    Lines starting with "#" are comments.
"""
import json
import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def unesc(s):
    return s.encode("latin-1", "backslashreplace").decode("unicode_escape") if "\\" in s else s


def parse(path):
    dumps = []
    cur = None
    story = None
    for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("@file "):
            cur = {"file": line[6:].strip(), "opts": {}, "stories": []}
            dumps.append(cur)
            story = None
            continue
        if line.startswith("@opt "):
            k, v = line[5:].split("=", 1)
            cur["opts"][k.strip()] = unesc(v)
            continue
        if line.strip() == "@story":
            story = {"hdr": {}, "blocks": []}
            cur["stories"].append(story)
            continue
        m = re.match(r"^([TPCRL])([+=]*) (.*)$", line)
        if m:
            story["blocks"].append((m.group(1), m.group(2), m.group(3).rstrip()))
            continue
        m = re.match(r"^(source|aliases|kind|byline|dateline|date|id)=(.*)$", line)
        if m and story is not None and not story["blocks"]:
            story["hdr"][m.group(1)] = m.group(2).strip()
            continue
        raise SystemExit(f"{path}:{ln}: cannot parse: {line!r}")
    return dumps


RAWONLY = re.compile(r"\{\{(.*?)\}\}")


def render_block(kind, flags, text, opts):
    text = RAWONLY.sub(lambda m: m.group(1), text)
    if kind == "P" and "=" not in flags:
        width = int(opts.get("wrap", "0"))
        indent = opts.get("indent", "")
        cont = opts.get("cont", "")
        if width:
            return "\n".join(textwrap.wrap(text, width=width, initial_indent=indent,
                                           subsequent_indent=cont, break_long_words=False,
                                           break_on_hyphens=False))
        return indent + text
    return text


def build(d):
    opts = d["opts"]
    psep = opts.get("para_sep", "\n\n")
    ssep = opts.get("story_sep", "\n\n")
    out_stories, arts = [], []
    for s in d["stories"]:
        h = s["hdr"]
        parts = []
        for i, (kind, flags, text) in enumerate(s["blocks"]):
            r = render_block(kind, flags, text, opts)
            if i == 0:
                parts.append(r)
            else:
                parts.append(("\n" if "+" in flags else psep) + r)
        out_stories.append("".join(parts))
        norm = lambda x: re.sub(r"\s+", " ", RAWONLY.sub("", x)).strip()
        titles = [t for k, _, t in s["blocks"] if k == "T"]
        assert len(titles) == 1, (d["file"], titles)
        nul = lambda k: (h.get(k) or None)
        arts.append({
            "title": norm(titles[0]),
            "kind": h.get("kind", "wire"),
            "source": h["source"],
            "source_aliases": [a.strip() for a in h["aliases"].split("|")],
            "byline": nul("byline"),
            "dateline": nul("dateline"),
            "published_date": nul("date"),
            "external_id": nul("id"),
            "body": [norm(t) for k, _, t in s["blocks"] if k == "P"],
            "captions": [norm(t) for k, _, t in s["blocks"] if k == "C"],
            "teasers": [{"title": norm(t.split(":", 1)[1]), "section": [], "summary": None}
                        for k, _, t in s["blocks"] if k == "L"],
        })
    text = ssep.join(out_stories) + opts.get("end", "\n")
    gold = {"file": d["file"], "schema": 1, "articles": arts}
    return text, gold


def main():
    srcs = sorted(HERE.glob("*.src")) if len(sys.argv) < 2 else [Path(p) for p in sys.argv[1:]]
    for p in srcs:
        for d in parse(p):
            text, gold = build(d)
            (ROOT / "clean" / d["file"]).write_text(text, encoding="utf-8", newline="\n")
            name = Path(d["file"]).stem
            (ROOT / "gold_clean" / f"{name}.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(f"{d['file']}: {len(gold['articles'])} stories, {len(text)} chars")


if __name__ == "__main__":
    main()
