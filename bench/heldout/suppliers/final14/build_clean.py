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
    "wire_lusophone_ingest": W.wire_lusophone_ingest, "wire_commodity_monitor": W.wire_commodity_monitor,
    "wire_us_nonprofit_digest": W.wire_us_nonprofit_digest,
    "pr_sourcewire_csrwire": P.pr_sourcewire_csrwire, "pr_zex_kisspr": P.pr_zex_kisspr,
    "pr_pressadvantage_mideastinfo": P.pr_pressadvantage_mideastinfo,
    "page_daklak": G.page_daklak, "page_wordvietnam": G.page_wordvietnam,
    "page_himalayan_dhaka_irrawaddy": G.page_himalayan_dhaka_irrawaddy,
    "page_jordantimes_fmt_newsday": G.page_jordantimes_fmt_newsday,
}
CRLF = set()  # no dump is CRLF in clean/ in this corpus (CRLF comes only as damage)

if __name__ == "__main__":
    build(HERE, DUMPS, CRLF)
