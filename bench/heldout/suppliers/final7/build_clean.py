#!/usr/bin/env python3
"""Write clean/NAME.txt and gold_clean/NAME.json from content_*.py (deterministic). Copied from ../final6/ (itself from ../final5/, ../final4/, ../final3/, ../final2/); own DUMPS."""
import json
from pathlib import Path
import content_wires as W, content_pr as P, content_pages as G
from markup import KEYS

HERE = Path(__file__).resolve().parent
DUMPS = {
    "wire_ips_teletype": W.wire_ips_teletype, "wire_levant_lines_nogap": W.wire_levant_lines_nogap,
    "wire_bylines_email": W.wire_bylines_email, "wire_desk_queue": W.wire_desk_queue,
    "wire_feed_digest": W.wire_feed_digest,
    "pr_eurekalert": P.pr_eurekalert, "pr_releasewire_presswire": P.pr_releasewire_presswire,
    "pr_globeprwire_prpoint": P.pr_globeprwire_prpoint, "pr_thenewswire_king": P.pr_thenewswire_king,
    "page_vovworld_vir": G.page_vovworld_vir, "page_saigontimes_vneconomy": G.page_saigontimes_vneconomy,
    "page_vietnamnet_qdnd_hanoimoi": G.page_vietnamnet_qdnd_hanoimoi,
    "page_investor_law_borneo_taiwan": G.page_investor_law_borneo_taiwan,
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
