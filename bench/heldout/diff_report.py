#!/usr/bin/env python3
"""Field-level diff of a parse_dump --json prediction against a gold dir (uses the scorer's own
normalisation and alignment). Usage: diff_report.py GOLD_DIR PRED.json [--only FILE_SUBSTR]"""

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the repository
SCORER = ROOT.parent / "shared" / "eval" / "score_extraction.py"

spec = importlib.util.spec_from_file_location("scorer", str(SCORER))
S = importlib.util.module_from_spec(spec)
spec.loader.exec_module(S)


def short(x, n=90):
    x = S.norm(x) if not isinstance(x, (list, tuple)) else x
    return repr(x if len(str(x)) <= n else str(x)[:n] + "…")


def main():
    gold_dir, pred_path = sys.argv[1], sys.argv[2]
    only = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--only" else None
    pred = {Path(x["file"]).name: x for x in json.loads(Path(pred_path).read_text())}
    for gf in sorted(Path(gold_dir).glob("*.json")):
        g = json.loads(gf.read_text())
        if only and only not in g["file"]:
            continue
        p = pred.get(g["file"]) or {"articles": []}
        out = []
        pairs, extra = S.align(g["articles"], p["articles"])
        if len(g["articles"]) != len(p["articles"]):
            out.append(
                f"  article_count gold {len(g['articles'])} parsed {len(p['articles'])}; "
                f"parsed titles: {[a.get('title', '')[:50] for a in p['articles']]}"
            )
        gts = [S.teaser_key(x) for x in g.get("teasers", [])]
        pts = [S.teaser_key(x) for x in p.get("teasers", []) or []]
        for ga, pa in pairs:
            gts += [S.teaser_key(x) for x in ga.get("teasers", [])]
            if pa is None:
                out.append(f"  NOT FOUND {ga['title'][:60]!r}")
                continue
            pts += [S.teaser_key(x) for x in pa.get("teasers") or []]
            if S.key(ga["title"]) != S.key(pa.get("title")):
                out.append(f"  title: gold {short(ga['title'])} parsed {short(pa.get('title'))}")
            if S.key(ga["byline"]) != S.key(pa.get("byline")):
                out.append(
                    f"  byline [{ga['title'][:30]}]: gold {ga['byline']!r} "
                    f"parsed {pa.get('byline')!r}"
                )
            if S.key(pa.get("source")) not in {S.key(a) for a in ga["source_aliases"]}:
                out.append(
                    f"  source [{ga['title'][:30]}]: gold {ga['source']!r} "
                    f"parsed {pa.get('source')!r}"
                )
            if ga.get("external_id") and S.key(ga["external_id"]) != S.key(pa.get("external_id")):
                out.append(
                    f"  external_id: gold {ga['external_id']!r} parsed {pa.get('external_id')!r}"
                )
            gp, pp = [S.norm(x) for x in ga["body"]], S.paras(pa.get("body"))
            miss = [x for x in gp if x not in set(pp)]
            xtra = [x for x in pp if x not in set(gp)]
            for m in miss:
                out.append(f"  para missing [{ga['title'][:30]}]: {short(m)}")
            for m in xtra:
                out.append(f"  para extra   [{ga['title'][:30]}]: {short(m)}")
            gc = {S.key(c) for c in ga.get("captions", [])}
            pc = {S.key(c) for c in pa.get("captions") or []}
            for c in gc - pc:
                out.append(f"  caption missing [{ga['title'][:30]}]: {short(c)}")
            for c in pc - gc:
                out.append(f"  caption extra   [{ga['title'][:30]}]: {short(c)}")
        from collections import Counter

        gs, ps = Counter(gts), Counter(pts)
        for t in gs - ps:
            out.append(f"  teaser missing: {short(t[0], 50)} sec={t[1]!r} sum={short(t[2], 50)}")
        for t in ps - gs:
            out.append(f"  teaser extra  : {short(t[0], 50)} sec={t[1]!r} sum={short(t[2], 50)}")
        if out:
            print(g["file"])
            print("\n".join(out))


if __name__ == "__main__":
    main()
