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
    "wire_mideast_feed": W.wire_mideast_feed, "wire_eurasia_digest": W.wire_eurasia_digest,
    "wire_africa_hardwrap": W.wire_africa_hardwrap, "wire_markets_feed": W.wire_markets_feed,
    "wire_nova_beta_mercopress": W.wire_nova_beta_mercopress,
    "pr_pressetext_lifepr": P.pr_pressetext_lifepr, "pr_actusnews_mfn": P.pr_actusnews_mfn,
    "pr_korea_atpress": P.pr_korea_atpress, "pr_alphagalileo_icrowd": P.pr_alphagalileo_icrowd,
    "page_vbf_dongnai": G.page_vbf_dongnai, "page_khanhhoa_nst": G.page_khanhhoa_nst,
    "page_philstar_standard_vanguard": G.page_philstar_standard_vanguard,
    "page_mnd_brusselstimes": G.page_mnd_brusselstimes,
}
CRLF = set()  # no dump is CRLF in clean/ in this corpus (CRLF comes only as damage)

if __name__ == "__main__":
    build(HERE, DUMPS, CRLF)
