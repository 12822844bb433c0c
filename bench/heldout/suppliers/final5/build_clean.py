#!/usr/bin/env python3
"""Write clean/NAME.txt and gold_clean/NAME.json from content_*.py (deterministic). Copied from ../final4/ (itself from ../final3/, ../final2/); own DUMPS; CRLF dumps."""
import json
from pathlib import Path
import content_wires as W, content_pr as P, content_pages as G
from markup import KEYS

HERE = Path(__file__).resolve().parent
DUMPS = {
    "wire_anampa_sta_tanjug": W.wire_anampa_sta_tanjug, "wire_rnz_interfax": W.wire_rnz_interfax,
    "wire_baltic_digest": W.wire_baltic_digest, "wire_africa_arab_crlf": W.wire_africa_arab_crlf,
    "wire_europapress_ecns_rss": W.wire_europapress_ecns_rss,
    "pr_prtimes": P.pr_prtimes, "pr_pressebox_responsesource": P.pr_pressebox_responsesource,
    "pr_prfire_prfree": P.pr_prfire_prfree, "pr_wiredrelease_notified": P.pr_wiredrelease_notified,
    "page_irishtimes_independent": G.page_irishtimes_independent, "page_toi_dailymirror": G.page_toi_dailymirror,
    "page_nzherald_abc": G.page_nzherald_abc, "page_dailysabah_thenational": G.page_dailysabah_thenational,
}
CRLF = {"wire_africa_arab_crlf"}  # written with CRLF line ends in clean/ (the presentation itself, not damage)


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
