#!/usr/bin/env python3
"""Write clean/NAME.txt and gold_clean/NAME.json from content_*.py (deterministic). Copied from ../final2."""
import json
from pathlib import Path
import content_wires as W, content_pr as P, content_pages as G
from markup import KEYS

HERE = Path(__file__).resolve().parent
DUMPS = {
    "wire_aap_roundup": W.wire_aap_roundup, "wire_cp_pa": W.wire_cp_pa, "wire_app_bss": W.wire_app_bss,
    "wire_gulf_agencies": W.wire_gulf_agencies, "wire_cna_montsame_bta": W.wire_cna_montsame_bta,
    "pr_ots_presseportal": P.pr_ots_presseportal, "pr_prlog_send2press": P.pr_prlog_send2press,
    "pr_zawya_kyodojbn": P.pr_zawya_kyodojbn, "pr_ir_marketwired": P.pr_ir_marketwired,
    "page_gulfnews_arabnews": G.page_gulfnews_arabnews, "page_dawn_dailystar": G.page_dawn_dailystar,
    "page_guardian_smh": G.page_guardian_smh, "page_nation_premium": G.page_nation_premium,
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
