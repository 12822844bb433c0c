"""Tiny markup used by content_*.py: one template gives both the dump text and its gold.
Shared by the supplier corpora final2/ to final11/ (each once had its own copy; the tags came one
corpus at a time, the last ones, #TX, #B and #CX, with final9, and no older corpus uses them).

Line prefixes (removed from the text; every other line is emitted verbatim as chrome):
  #D key=value   default for the following articles (kind, source, source_aliases, published_date); not emitted
  #M key=value   field of the current article (byline, dateline, published_date, external_id); not emitted
  #M source_aliases+=Name   adds one alias to the current article (final4: the issuer of a press release)
  #T text        title line of a new article
  #TX label||text  title printed after a field label on the same line ("Title: ..."); the gold title is text only
  #B text        a body paragraph printed between "**" bold markers; the gold keeps the text without them
  #P text        a body paragraph;  #+ text  continues it on the next line (gold joins with "\\n")
  #W text        a body paragraph hard-wrapped at WRAP columns (default 88; "#D wrap=N" changes it) into #P/#+ lines
  #I text        the same, with the first line indented by three spaces (teletype paragraph indent; "#D indent=N")
  Leading/trailing blanks of #P/#+ lines are printed but not kept in the gold (as the seeds' gold strips "  1. ").
  #C text        a caption (#c text continues it on the next line)
  #CX label||text  a caption printed after a gallery counter ("1/5 ..."); the gold caption is text only
  #Rs text       teaser section line printed before its title; #RT title; #Rt title printed inside another line
                 (not emitted); #RS section printed after the title; #RY summary    teaser summary
Values: JSON if they start with [ or are null, else the raw string. Sections are split on " / ", " - ", " > ", "|".
"""
import json
import re
import textwrap

KEYS = ["title", "kind", "source", "source_aliases", "byline", "dateline", "published_date", "external_id",
        "body", "captions", "teasers"]


def _val(v):
    v = v.strip()
    return json.loads(v) if v.startswith("[") or v == "null" else v


def _section(s):
    parts = [p.strip() for p in re.split(r"\s+[-/>|]\s+|\s*\|\s*", s.strip().rstrip("-").strip()) if p.strip()]
    return parts or None


def _expand_wraps(tpl):
    out, width, indent = [], 88, 3
    for ln in tpl.strip("\n").split("\n"):
        if ln.startswith("#D wrap="):
            width = int(ln.split("=", 1)[1]); continue
        if ln.startswith("#D indent="):
            indent = int(ln.split("=", 1)[1]); continue
        if ln.startswith("#W ") or ln.startswith("#I "):
            ind = " " * indent if ln.startswith("#I ") else ""
            lines = textwrap.wrap(ln[3:], width=width, initial_indent=ind, break_long_words=False, break_on_hyphens=False)
            out.append("#P " + lines[0])
            out.extend("#+ " + x for x in lines[1:])
        else:
            out.append(ln)
    return out


def parse(tpl):
    out, arts, defaults, cur, pending = [], [], {}, None, None
    for ln in _expand_wraps(tpl):
        tag, _, rest = ln.partition(" ")
        if tag == "#D":
            k, v = rest.split("=", 1); defaults[k.strip()] = _val(v); continue
        if tag == "#M":
            k, v = rest.split("=", 1)
            if k.endswith("+"):  # "#M source_aliases+=Name": one more alias for this article (e.g. the issuer)
                cur[k[:-1].strip()] = cur[k[:-1].strip()] + [v.strip()]; continue
            cur[k.strip()] = _val(v); continue
        if tag == "#TX":
            label, _, rest = rest.partition("||")
            tag, ln = "#T", label + rest
        if tag == "#T":
            cur = {k: None for k in KEYS}
            cur.update({k: (list(v) if isinstance(v, list) else v) for k, v in defaults.items() if k in KEYS})
            cur.update(title=rest, body=[], captions=[], teasers=[])
            arts.append(cur)
            if ln.startswith("#T "):
                pass
            else:
                out.append(ln); continue
        elif tag == "#P":
            rest = ln[3:]
            cur["body"].append(rest.strip())
        elif tag == "#B":
            cur["body"].append(rest.strip())
            out.append("**" + rest + "**"); continue
        elif tag == "#+":
            rest = ln[3:]
            cur["body"][-1] += "\n" + rest.strip()
        elif tag == "#CX":
            label, _, rest = rest.partition("||")
            cur["captions"].append(rest)
            out.append(label + rest); continue
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
            assert not re.match(r"^#[A-Za-z+]{1,2} ", ln) or ln.startswith("#+"), f"unknown tag: {ln[:40]!r}"
            out.append(ln); continue
        out.append(rest)
    for a in arts:
        assert a["source"] in a["source_aliases"], a["title"]
    return "\n".join(out) + "\n", [{k: a[k] for k in KEYS} for a in arts]
