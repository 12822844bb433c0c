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
    "wire_anampa_sta_tanjug": W.wire_anampa_sta_tanjug, "wire_rnz_interfax": W.wire_rnz_interfax,
    "wire_baltic_digest": W.wire_baltic_digest, "wire_africa_arab_crlf": W.wire_africa_arab_crlf,
    "wire_europapress_ecns_rss": W.wire_europapress_ecns_rss,
    "pr_prtimes": P.pr_prtimes, "pr_pressebox_responsesource": P.pr_pressebox_responsesource,
    "pr_prfire_prfree": P.pr_prfire_prfree, "pr_wiredrelease_notified": P.pr_wiredrelease_notified,
    "page_irishtimes_independent": G.page_irishtimes_independent, "page_toi_dailymirror": G.page_toi_dailymirror,
    "page_nzherald_abc": G.page_nzherald_abc, "page_dailysabah_thenational": G.page_dailysabah_thenational,
}
CRLF = {"wire_africa_arab_crlf"}  # written with CRLF line ends in clean/ (the presentation itself, not damage)

if __name__ == "__main__":
    build(HERE, DUMPS, CRLF)
