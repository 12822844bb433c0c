#!/usr/bin/env python3
"""Write clean/NAME.txt and gold_clean/NAME.json from content_*.py (deterministic)."""
import json
from pathlib import Path
import content_wires as W, content_pr as P, content_pages as G

HERE = Path(__file__).resolve().parent
DUMPS = {
    "wire_dpa_efe": W.wire_dpa_efe, "wire_ansa_spa": W.wire_ansa_spa, "wire_aa_pna": W.wire_aa_pna,
    "pr_globenewswire_eu": P.pr_globenewswire_eu, "pr_prcom_247": P.pr_prcom_247, "pr_openpr": P.pr_openpr,
    "page_straits_times": G.page_straits_times, "page_scmp_nikkei": G.page_scmp_nikkei,
    "page_korea_herald": G.page_korea_herald, "page_ppp_kpl": G.page_ppp_kpl,
}
KEYS = ["title", "kind", "source", "source_aliases", "byline", "dateline", "published_date", "external_id",
        "body", "captions", "teasers"]

def main():
    (HERE / "clean").mkdir(exist_ok=True); (HERE / "gold_clean").mkdir(exist_ok=True)
    for name, fn in DUMPS.items():
        text, arts = fn()
        (HERE / "clean" / f"{name}.txt").write_text(text, encoding="utf-8", newline="\n")
        gold = {"file": f"{name}.txt", "schema": 1, "articles": [{k: a[k] for k in KEYS} for a in arts]}
        (HERE / "gold_clean" / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(arts), len(text))

if __name__ == "__main__":
    main()
