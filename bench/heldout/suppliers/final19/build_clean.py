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
    "wire_levant_kurdistan_feed": W.wire_levant_kurdistan_feed,
    "wire_south_asia_digest": W.wire_south_asia_digest,
    "wire_markets_queue": W.wire_markets_queue,
    "wire_seasia_basket_print": W.wire_seasia_basket_print,
    "pr_ani_partner_feed": P.pr_ani_partner_feed,
    "pr_reliefweb_pages": P.pr_reliefweb_pages,
    "pr_seaprwire_alerts": P.pr_seaprwire_alerts,
    "pr_pid_handouts": P.pr_pid_handouts,
    "page_vietstock": G.page_vietstock,
    "page_vietnam_vn": G.page_vietnam_vn,
    "page_africa_papers": G.page_africa_papers,
    "page_gulf_southasia_papers": G.page_gulf_southasia_papers,
}
CRLF = set()  # no dump is CRLF in clean/ in this corpus (CRLF comes only as damage)

if __name__ == "__main__":
    build(HERE, DUMPS, CRLF)
