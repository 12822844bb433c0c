"""Tiny markup used by content_*.py: one template gives both the dump text and its gold.

Line prefixes (removed from the text; every other line is emitted verbatim as chrome):
  #D key=value   default for the following articles (kind, source, source_aliases); not emitted
  #M key=value   field of the current article (byline, dateline, published_date, external_id); not emitted
  #T text        title line of a new article
  #P text        a body paragraph;  #+ text  continues it on the next line (gold joins with "\\n")
  #C text        a caption (#c text continues it)
  #Rs text       teaser section line printed before its title; #RT title; #Rt title printed inside another line (not emitted);
  #RS section printed after the title;
  #RY summary    teaser summary
Values: JSON if they start with [ or are null, else the raw string. Sections are split on " / ", " - ", " > ", "|".
"""
import json
import re

KEYS = ["title", "kind", "source", "source_aliases", "byline", "dateline", "published_date", "external_id",
        "body", "captions", "teasers"]


def _val(v):
    v = v.strip()
    return json.loads(v) if v.startswith("[") or v == "null" else v


def _section(s):
    parts = [p.strip() for p in re.split(r"\s+[-/>|]\s+|\s*\|\s*", s.strip().rstrip("-").strip()) if p.strip()]
    return parts or None


def parse(tpl):
    out, arts, defaults, cur, pending = [], [], {}, None, None
    for ln in tpl.strip("\n").split("\n"):
        tag, _, rest = ln.partition(" ")
        if tag == "#D":
            k, v = rest.split("=", 1); defaults[k.strip()] = _val(v); continue
        if tag == "#M":
            k, v = rest.split("=", 1); cur[k.strip()] = _val(v); continue
        if tag == "#T":
            cur = {k: None for k in KEYS}
            cur.update({k: (list(v) if isinstance(v, list) else v) for k, v in defaults.items()})
            cur.update(title=rest, body=[], captions=[], teasers=[])
            arts.append(cur)
        elif tag == "#P":
            cur["body"].append(rest)
        elif tag == "#+":
            cur["body"][-1] += "\n" + rest
        elif tag == "#C":
            cur["captions"].append(rest)
        elif tag == "#c":
            cur["captions"][-1] += "\n" + rest
        elif tag == "#Rs":
            pending = _section(rest)
        elif tag == "#RT":
            cur["teasers"].append({"title": rest, "section": pending, "summary": None}); pending = None
        elif tag == "#Rt":
            cur["teasers"].append({"title": rest, "section": None, "summary": None}); continue
        elif tag == "#RS":
            cur["teasers"][-1]["section"] = _section(rest)
        elif tag == "#RY":
            cur["teasers"][-1]["summary"] = rest
        else:
            out.append(ln); continue
        out.append(rest)
    for a in arts:
        assert a["source"] in a["source_aliases"], a["title"]
    return "\n".join(out) + "\n", [{k: a[k] for k in KEYS} for a in arts]
