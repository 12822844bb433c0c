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
    "wire_energy_shipping_terminal": W.wire_energy_shipping_terminal,
    "wire_brussels_chisinau_sofia_digest": W.wire_brussels_chisinau_sofia_digest,
    "wire_sudans_mailbox": W.wire_sudans_mailbox,
    "wire_us_station_queue": W.wire_us_station_queue,
    "pr_ama_prnigeria": P.pr_ama_prnigeria,
    "pr_hispanic_black_prwire_alerts": P.pr_hispanic_black_prwire_alerts,
    "pr_feature_syndicates": P.pr_feature_syndicates,
    "pr_gamespress_hospitalitynet": P.pr_gamespress_hospitalitynet,
    "page_gialai": G.page_gialai,
    "page_haiphong_portal": G.page_haiphong_portal,
    "page_europe_reader": G.page_europe_reader,
    "page_dm_nunatsiaq_gazette": G.page_dm_nunatsiaq_gazette,
}
CRLF = set()  # no dump is CRLF in clean/ in this corpus (CRLF comes only as damage)

if __name__ == "__main__":
    build(HERE, DUMPS, CRLF)
