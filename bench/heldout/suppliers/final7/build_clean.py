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

if __name__ == "__main__":
    build(HERE, DUMPS, CRLF)
