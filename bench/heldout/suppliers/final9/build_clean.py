#!/usr/bin/env python3
"""Write clean/NAME.txt and gold_clean/NAME.json from content_*.py (deterministic). Copied from ../final8/ (itself from ../final7/ ... ../final2/); own DUMPS."""
import json
from pathlib import Path
import content_wires as W, content_pr as P, content_pages as G
from markup import KEYS

HERE = Path(__file__).resolve().parent
DUMPS = {
    "wire_dash_numbered": W.wire_dash_numbered, "wire_budget_updates": W.wire_budget_updates,
    "wire_bold_caps": W.wire_bold_caps, "wire_rss_export": W.wire_rss_export, "wire_app_share": W.wire_app_share,
    "pr_aetos_menafn": P.pr_aetos_menafn, "pr_newsdirect_medianet": P.pr_newsdirect_medianet,
    "pr_bizcommunity_onlineprnews": P.pr_bizcommunity_onlineprnews, "pr_prsync_inewswire": P.pr_prsync_inewswire,
    "page_laodong_danangtoday": G.page_laodong_danangtoday, "page_newsletter_leader": G.page_newsletter_leader,
    "page_thanhnien_vtv": G.page_thanhnien_vtv, "page_pacific_kuensel": G.page_pacific_kuensel,
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
