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
    "wire_priority_slugs": W.wire_priority_slugs, "wire_titlecase_kicker": W.wire_titlecase_kicker,
    "wire_hardwrap_byline": W.wire_hardwrap_byline, "wire_gulf_lines": W.wire_gulf_lines,
    "wire_nnn_relay": W.wire_nnn_relay,
    "pr_emailwire_prleap": P.pr_emailwire_prleap, "pr_newmediawire_ereleases": P.pr_newmediawire_ereleases,
    "pr_marketersmedia_prbuzz": P.pr_marketersmedia_prbuzz, "pr_prinside_przoom": P.pr_prinside_przoom,
    "page_vietnamtimes_dtinews": G.page_vietnamtimes_dtinews, "page_vgp_cand_customs": G.page_vgp_cand_customs,
    "page_plo_ven_van": G.page_plo_ven_van,
    "page_tribune_citizen_batimes_ubpost": G.page_tribune_citizen_batimes_ubpost,
}
CRLF = set()  # no dump is CRLF in clean/ in this corpus (CRLF comes only as damage)

if __name__ == "__main__":
    build(HERE, DUMPS, CRLF)
