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
    "wire_kcna_pana_relay": W.wire_kcna_pana_relay, "wire_asia_reader": W.wire_asia_reader,
    "wire_med_digest": W.wire_med_digest, "wire_us_feed": W.wire_us_feed, "wire_faith_feed": W.wire_faith_feed,
    "pr_eqs_rns": P.pr_eqs_rns, "pr_exchange_sens_newsweb": P.pr_exchange_sens_newsweb,
    "pr_voxy_getnews_investorwire": P.pr_voxy_getnews_investorwire,
    "pr_menewswire_firmenpresse": P.pr_menewswire_firmenpresse,
    "page_saigoneer": G.page_saigoneer, "page_vietcetera": G.page_vietcetera,
    "page_manilatimes_khaosod_laotiantimes": G.page_manilatimes_khaosod_laotiantimes,
    "page_punch_mg_observer": G.page_punch_mg_observer,
}
CRLF = set()  # no dump is CRLF in clean/ in this corpus (CRLF comes only as damage)

if __name__ == "__main__":
    build(HERE, DUMPS, CRLF)
