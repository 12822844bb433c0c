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
    "wire_caucasus_mideast_digest": W.wire_caucasus_mideast_digest, "wire_india_feed": W.wire_india_feed,
    "wire_urn_srna_queue": W.wire_urn_srna_queue, "wire_news1_rthk_reader": W.wire_news1_rthk_reader,
    "pr_stockwatch": P.pr_stockwatch, "pr_marketscreener": P.pr_marketscreener,
    "pr_newsrooms": P.pr_newsrooms, "pr_gateway_mail": P.pr_gateway_mail,
    "page_nghean": G.page_nghean, "page_kinhtedothi": G.page_kinhtedothi,
    "page_caribbean": G.page_caribbean, "page_africa_med": G.page_africa_med,
}
CRLF = set()  # no dump is CRLF in clean/ in this corpus (CRLF comes only as damage)

if __name__ == "__main__":
    build(HERE, DUMPS, CRLF)
