#!/usr/bin/env python3
"""Build clean/NAME.txt and gold_clean/NAME.json from the tagged sources in src/NAME.src.

Source format (one line each; nothing is hard-wrapped):
  !file NAME                    output base name
  !article                      starts a new article (page) in the file
  !source X / !aliases A|B|C    canonical source and every spelling that counts as right
  !byline X | null              gold byline (the text shows it somewhere, with or without "By")
  !dateline X | null            gold dateline
  !date YYYY-MM-DD | null       gold published_date
  !teaser TITLE || A>B || SUMMARY   gold teaser of the current article (section may be empty)
  #T text                       title line: written to the dump, gold title
  #P text                       body paragraph: written, gold body
  #C text                       photo caption line: written, gold caption
  any other line                written verbatim (page chrome, bylines, teaser blocks, blank lines)
Lines starting with "!" are gold-only and never written.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def none_if_null(v):
    v = v.strip()
    return None if v in ("", "null", "None") else v


def build(src: Path):
    name, out, arts, cur = None, [], [], None
    for raw in src.read_text(encoding="utf-8").split("\n"):
        if raw.startswith("!"):
            key, _, val = raw[1:].partition(" ")
            if key == "file":
                name = val.strip()
            elif key == "article":
                cur = {"title": None, "kind": "site_page", "source": None, "source_aliases": [],
                       "byline": None, "dateline": None, "published_date": None, "external_id": None,
                       "body": [], "captions": [], "teasers": []}
                arts.append(cur)
            elif key == "source":
                cur["source"] = val.strip()
            elif key == "aliases":
                cur["source_aliases"] = [a.strip() for a in val.split("|") if a.strip()]
            elif key == "byline":
                cur["byline"] = none_if_null(val)
            elif key == "dateline":
                cur["dateline"] = none_if_null(val)
            elif key == "date":
                cur["published_date"] = none_if_null(val)
            elif key == "teaser":
                t, sec, summ = (x.strip() for x in val.split("||"))
                cur["teasers"].append({"title": t, "section": [s.strip() for s in sec.split(">") if s.strip()],
                                       "summary": summ})
            else:
                raise SystemExit(f"{src}: unknown directive {raw!r}")
            continue
        if raw[:3] in ("#T ", "#P ", "#C "):
            tag, text = raw[1], raw[3:]
            if tag == "T":
                cur["title"] = text
            elif tag == "P":
                cur["body"].append(text)
            else:
                cur["captions"].append(text)
            out.append(text)
        else:
            out.append(raw)
    text = "\n".join(out).rstrip("\n") + "\n"
    for a in arts:
        if a["source"] not in a["source_aliases"]:
            a["source_aliases"].insert(0, a["source"])
    (HERE / "clean" / f"{name}.txt").write_text(text, encoding="utf-8", newline="\n")
    gold = {"file": f"{name}.txt", "schema": 1, "articles": arts}
    (HERE / "gold_clean" / f"{name}.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return name, len(arts)


if __name__ == "__main__":
    srcs = sorted((HERE / "src").glob("*.src")) if len(sys.argv) < 2 else [Path(p) for p in sys.argv[1:]]
    for s in srcs:
        print(*build(s))
