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
    "wire_daybook_mixed": W.wire_daybook_mixed, "wire_radio_bulletin": W.wire_radio_bulletin,
    "wire_bilingual_translation": W.wire_bilingual_translation, "wire_govinfo_keypoints": W.wire_govinfo_keypoints,
    "wire_cards_pullquotes": W.wire_cards_pullquotes,
    "pr_prowly_prco": P.pr_prowly_prco, "pr_prdistribution_digitaljournal": P.pr_prdistribution_digitaljournal,
    "pr_expresspr_freepr": P.pr_expresspr_freepr, "pr_newsworthy_newswise": P.pr_newsworthy_newswise,
    "page_briefing_insider": G.page_briefing_insider, "page_nld_communistreview": G.page_nld_communistreview,
    "page_provincial_gallery": G.page_provincial_gallery, "page_energy_hue_stabroek": G.page_energy_hue_stabroek,
}
CRLF = set()  # no dump is CRLF in clean/ in this corpus (CRLF comes only as damage)

if __name__ == "__main__":
    build(HERE, DUMPS, CRLF)
