#!/usr/bin/env python3
"""Build clean/NAME.txt and gold_clean/NAME.json from the hand-written sources in src/NAME.src.

The .src files are the dumps exactly as delivered, with a two-character tag in front of every line
that is NOT a body line, so that the text and its gold cannot drift apart:

    === {json}   starts a release: {"source", "aliases", "dateline", "date", "id", "wrap"}
    T| text      the headline (gold "title")
    D| text      a deck / subheadline line under the headline (kept in the dump, in neither title nor body)
    C| text      a photo / figure caption (gold "captions")
    L| text      a body paragraph that is a single line of its own (list items, table rows, short headings
                 that sit directly on top of the next line)
    X| text      anything else: page chrome, distributor boilerplate (SOURCE ..., View original content ...,
                 legal disclaimers of the service, ###, separators) -- in the dump, nowhere in the gold
    (no tag)     body text; consecutive untagged lines form one paragraph (contact blocks, addresses),
                 a blank line ends a paragraph

"wrap": N hard-wraps every single-line untagged paragraph of that release at N columns in the dump
(the gold keeps the paragraph as one line, i.e. the hard wraps joined by single spaces).
"""
import json
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = ("title", "kind", "source", "source_aliases", "byline", "dateline", "published_date",
        "external_id", "body", "captions", "teasers")


def build(src_path):
    out_lines = []
    articles = []
    cur = None
    block = []

    def flush():
        nonlocal block
        if not block:
            return
        assert cur is not None, f"{src_path.name}: body text outside a release: {block[0]!r}"
        if len(block) == 1:
            line = block[0]
            cur["body"].append(line)
            wrap = cur["_wrap"]
            if wrap and len(line) > wrap:
                out_lines.extend(textwrap.wrap(line, wrap, break_long_words=False, break_on_hyphens=False))
            else:
                out_lines.append(line)
        else:
            cur["body"].append("\n".join(block))
            out_lines.extend(block)
        block = []

    for raw in src_path.read_text(encoding="utf-8").split("\n"):
        if raw.startswith("=== "):
            flush()
            meta = json.loads(raw[4:])
            cur = {"title": None, "kind": "press_release", "source": meta["source"],
                   "source_aliases": meta["aliases"], "byline": None,
                   "dateline": meta.get("dateline"), "published_date": meta.get("date"),
                   "external_id": meta.get("id"), "body": [], "captions": [], "teasers": [],
                   "_wrap": meta.get("wrap", 0)}
            articles.append(cur)
            continue
        tag = raw[:3]
        if tag in ("T| ", "D| ", "C| ", "L| ", "X| ") or raw in ("X|",):
            flush()
            text = raw[3:]
            if tag == "T| ":
                assert cur is not None and cur["title"] is None, f"{src_path.name}: stray title {text!r}"
                cur["title"] = text
            elif tag == "C| ":
                cur["captions"].append(text)
            elif tag == "L| ":
                assert cur is not None
                cur["body"].append(text)
            out_lines.append(text)
            continue
        if raw.strip() == "":
            flush()
            out_lines.append("")
            continue
        block.append(raw)
    flush()
    while out_lines and out_lines[-1] == "":
        out_lines.pop()
    text = "\n".join(out_lines) + "\n"
    name = src_path.stem
    gold_articles = []
    for a in articles:
        assert a["title"], f"{name}: release without title"
        assert a["body"], f"{name}: release without body: {a['title']}"
        gold_articles.append({k: a[k] for k in KEYS})
    gold = {"file": name + ".txt", "schema": 1, "articles": gold_articles}
    return name, text, gold


def main():
    srcs = sorted((HERE / "src").glob("*.src"))
    for p in srcs:
        name, text, gold = build(p)
        (HERE / "clean" / (name + ".txt")).write_text(text, encoding="utf-8", newline="\n")
        (HERE / "gold_clean" / (name + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{name}: {len(gold['articles'])} releases, {len(text)} chars")


if __name__ == "__main__":
    sys.exit(main())
