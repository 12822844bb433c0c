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
    "wire_china_macau_business_digest": W.wire_china_macau_business_digest,
    "wire_sports_desk_queue": W.wire_sports_desk_queue,
    "wire_caribbean_latam_digests": W.wire_caribbean_latam_digests,
    "pr_travel_trade_saved_pages": P.pr_travel_trade_saved_pages,
    "pr_fashion_caribbean_alerts": P.pr_fashion_caribbean_alerts,
    "page_thainguyen": G.page_thainguyen,
    "page_tuyenquang": G.page_tuyenquang,
    "page_europe_asia_reader": G.page_europe_asia_reader,
}
CRLF = set()  # no dump is CRLF in clean/ in this corpus (CRLF comes only as damage)

if __name__ == "__main__":
    build(HERE, DUMPS, CRLF)
