#!/usr/bin/env python3
"""Write clean/NAME.txt and gold_clean/NAME.json from content_*.py: ../corpus_build.py, shared by
the supplier corpora, with this corpus's own DUMPS."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import content_wires as W, content_pr as P, content_pages as G  # noqa: E402,E401
from corpus_build import build  # noqa: E402

DUMPS = {
    "wire_dash_numbered": W.wire_dash_numbered, "wire_budget_updates": W.wire_budget_updates,
    "wire_bold_caps": W.wire_bold_caps, "wire_rss_export": W.wire_rss_export, "wire_app_share": W.wire_app_share,
    "pr_aetos_menafn": P.pr_aetos_menafn, "pr_newsdirect_medianet": P.pr_newsdirect_medianet,
    "pr_bizcommunity_onlineprnews": P.pr_bizcommunity_onlineprnews, "pr_prsync_inewswire": P.pr_prsync_inewswire,
    "page_laodong_danangtoday": G.page_laodong_danangtoday, "page_newsletter_leader": G.page_newsletter_leader,
    "page_thanhnien_vtv": G.page_thanhnien_vtv, "page_pacific_kuensel": G.page_pacific_kuensel,
}
CRLF = set()  # no dump is CRLF in clean/ in this corpus (CRLF comes only as damage)

if __name__ == "__main__":
    build(HERE, DUMPS, CRLF)
