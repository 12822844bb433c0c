#!/usr/bin/env python3
"""Write clean/NAME.txt and gold_clean/NAME.json from content_*.py (deterministic). Copied from ../final10/ (itself from ../final9/ ... ../final2/); own DUMPS."""
import json
from pathlib import Path
import content_wires as W, content_pr as P, content_pages as G
from markup import KEYS

HERE = Path(__file__).resolve().parent
DUMPS = {
    "wire_mideast_feed": W.wire_mideast_feed, "wire_eurasia_digest": W.wire_eurasia_digest,
    "wire_africa_hardwrap": W.wire_africa_hardwrap, "wire_markets_feed": W.wire_markets_feed,
    "wire_nova_beta_mercopress": W.wire_nova_beta_mercopress,
    "pr_pressetext_lifepr": P.pr_pressetext_lifepr, "pr_actusnews_mfn": P.pr_actusnews_mfn,
    "pr_korea_atpress": P.pr_korea_atpress, "pr_alphagalileo_icrowd": P.pr_alphagalileo_icrowd,
    "page_vbf_dongnai": G.page_vbf_dongnai, "page_khanhhoa_nst": G.page_khanhhoa_nst,
    "page_philstar_standard_vanguard": G.page_philstar_standard_vanguard,
    "page_mnd_brusselstimes": G.page_mnd_brusselstimes,
}
CRLF = set()  # no dump is CRLF in clean/ in this corpus (CRLF comes only as damage)


def main():
    (HERE / "clean").mkdir(exist_ok=True); (HERE / "gold_clean").mkdir(exist_ok=True)
    for name, fn in DUMPS.items():
        text, arts = fn()
        (HERE / "clean" / f"{name}.txt").write_text(text, encoding="utf-8", newline="\r\n" if name in CRLF else "\n")
        gold = {"file": f"{name}.txt", "schema": 1, "articles": [{k: a[k] for k in KEYS} for a in arts]}
        (HERE / "gold_clean" / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(arts), len(text))


if __name__ == "__main__":
    main()
