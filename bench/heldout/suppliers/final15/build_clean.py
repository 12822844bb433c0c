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
    "wire_cee_terminal_wrapped": W.wire_cee_terminal_wrapped,
    "wire_london_weekend_digest": W.wire_london_weekend_digest,
    "wire_commodities_feed": W.wire_commodities_feed,
    "wire_islands_agencies_mail": W.wire_islands_agencies_mail,
    "pr_cybernewswire_chainwire": P.pr_cybernewswire_chainwire,
    "pr_mirage_news": P.pr_mirage_news,
    "pr_zex_transworld_alerts": P.pr_zex_transworld_alerts,
    "pr_ascribe_mail": P.pr_ascribe_mail,
    "page_talkvietnam": G.page_talkvietnam,
    "page_vietnamtourism": G.page_vietnamtourism,
    "page_jakartaglobe_joongang": G.page_jakartaglobe_joongang,
    "page_khaleej_addis_himalayan": G.page_khaleej_addis_himalayan,
}
CRLF = set()  # no dump is CRLF in clean/ in this corpus (CRLF comes only as damage)

if __name__ == "__main__":
    build(HERE, DUMPS, CRLF)
