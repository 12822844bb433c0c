#!/usr/bin/env python3
"""Write clean/NAME.txt and gold_clean/NAME.json from content_*.py (deterministic). Copied from ../final7/ (itself from ../final6/ ... ../final2/); own DUMPS."""
import json
from pathlib import Path
import content_wires as W, content_pr as P, content_pages as G
from markup import KEYS

HERE = Path(__file__).resolve().parent
DUMPS = {
    "wire_priority_slugs": W.wire_priority_slugs, "wire_titlecase_kicker": W.wire_titlecase_kicker,
    "wire_hardwrap_byline": W.wire_hardwrap_byline, "wire_gulf_lines": W.wire_gulf_lines,
    "wire_nnn_relay": W.wire_nnn_relay,
    "pr_emailwire_prleap": P.pr_emailwire_prleap, "pr_newmediawire_ereleases": P.pr_newmediawire_ereleases,
    "pr_marketersmedia_prbuzz": P.pr_marketersmedia_prbuzz, "pr_prinside_przoom": P.pr_prinside_przoom,
    "page_vietnamtimes_dtinews": G.page_vietnamtimes_dtinews, "page_vgp_cand_customs": G.page_vgp_cand_customs,
    "page_plo_ven_van": G.page_plo_ven_van,
    "page_tribune_citizen_batimes_ubpost": G.page_tribune_citizen_batimes_ubpost,
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
