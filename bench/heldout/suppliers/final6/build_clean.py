#!/usr/bin/env python3
"""Write clean/NAME.txt and gold_clean/NAME.json from content_*.py (deterministic). Copied from ../final5/ (itself from ../final4/, ../final3/, ../final2/); own DUMPS; CRLF dumps."""
import json
from pathlib import Path
import content_wires as W, content_pr as P, content_pages as G
from markup import KEYS

HERE = Path(__file__).resolve().parent
DUMPS = {
    "wire_gna_teletype": W.wire_gna_teletype, "wire_nan_bylines": W.wire_nan_bylines,
    "wire_caucasus_centralasia_lines": W.wire_caucasus_centralasia_lines,
    "wire_nordic_briefs_crlf": W.wire_nordic_briefs_crlf, "wire_agency_roundup": W.wire_agency_roundup,
    "pr_apo_group": P.pr_apo_group, "pr_scoop_prwire": P.pr_scoop_prwire,
    "pr_realwire_comunicae": P.pr_realwire_comunicae, "pr_webwire_1888": P.pr_webwire_1888,
    "page_newtimes_monitor": G.page_newtimes_monitor, "page_gleaner_ticotimes": G.page_gleaner_ticotimes,
    "page_fijitimes_samoaobserver": G.page_fijitimes_samoaobserver,
    "page_astanatimes_timesofmalta": G.page_astanatimes_timesofmalta,
}
CRLF = {"wire_nordic_briefs_crlf"}  # written with CRLF line ends in clean/ (the presentation itself, not damage)


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
