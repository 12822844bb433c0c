#!/usr/bin/env python3
"""Write clean/NAME.txt and gold_clean/NAME.json from content_*.py (deterministic). Copied from ../final9/ (itself from ../final8/ ... ../final2/); own DUMPS."""
import json
from pathlib import Path
import content_wires as W, content_pr as P, content_pages as G
from markup import KEYS

HERE = Path(__file__).resolve().parent
DUMPS = {
    "wire_daybook_mixed": W.wire_daybook_mixed, "wire_radio_bulletin": W.wire_radio_bulletin,
    "wire_bilingual_translation": W.wire_bilingual_translation, "wire_govinfo_keypoints": W.wire_govinfo_keypoints,
    "wire_cards_pullquotes": W.wire_cards_pullquotes,
    "pr_prowly_prco": P.pr_prowly_prco, "pr_prdistribution_digitaljournal": P.pr_prdistribution_digitaljournal,
    "pr_expresspr_freepr": P.pr_expresspr_freepr, "pr_newsworthy_newswise": P.pr_newsworthy_newswise,
    "page_briefing_insider": G.page_briefing_insider, "page_nld_communistreview": G.page_nld_communistreview,
    "page_provincial_gallery": G.page_provincial_gallery, "page_energy_hue_stabroek": G.page_energy_hue_stabroek,
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
