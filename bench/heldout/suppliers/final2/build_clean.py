#!/usr/bin/env python3
"""Write clean/NAME.txt and gold_clean/NAME.json from content_*.py (deterministic)."""
import json
from pathlib import Path
import content_wires as W, content_pr as P, content_pages as G
from markup import KEYS

HERE = Path(__file__).resolve().parent
DUMPS = {
    "wire_ians_ani": W.wire_ians_ani, "wire_tass_prensa": W.wire_tass_prensa, "wire_kuna_upi": W.wire_kuna_upi,
    "wire_afp_jiji": W.wire_afp_jiji, "wire_vna_ap": W.wire_vna_ap,
    "pr_businesswire": P.pr_businesswire, "pr_prnewswire": P.pr_prnewswire,
    "pr_cision_mynewsdesk": P.pr_cision_mynewsdesk, "pr_small_wires": P.pr_small_wires,
    "page_hindu_taipei": G.page_hindu_taipei, "page_rappler_inquirer": G.page_rappler_inquirer,
    "page_myanmar_kuwait": G.page_myanmar_kuwait, "page_japantimes_vientiane": G.page_japantimes_vientiane,
}


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
