#!/usr/bin/env python3
"""Write clean/NAME.txt and gold_clean/NAME.json from content_*.py (deterministic). Copied from ../final3/ (itself from ../final2/); own DUMPS."""
import json
from pathlib import Path
import content_wires as W, content_pr as P, content_pages as G
from markup import KEYS

HERE = Path(__file__).resolve().parent
DUMPS = {
    "wire_lusa_agenciabrasil": W.wire_lusa_agenciabrasil, "wire_apa_keystone": W.wire_apa_keystone,
    "wire_ctk_pap_mti": W.wire_ctk_pap_mti, "wire_ukrinform_agerpres_hina": W.wire_ukrinform_agerpres_hina,
    "wire_oana_exchange": W.wire_oana_exchange,
    "pr_apaots": P.pr_apaots, "pr_prunderground_issuewire": P.pr_prunderground_issuewire,
    "pr_abnewswire_newswiretoday": P.pr_abnewswire_newswiretoday, "pr_newsvoir_pressat": P.pr_newsvoir_pressat,
    "page_koreatimes_nation": G.page_koreatimes_nation, "page_malaymail_mb": G.page_malaymail_mb,
    "page_kathmandupost_ht": G.page_kathmandupost_ht, "page_aljazeera_ahram": G.page_aljazeera_ahram,
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
