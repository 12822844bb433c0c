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
    "wire_gna_teletype": W.wire_gna_teletype, "wire_nan_bylines": W.wire_nan_bylines,
    "wire_caucasus_centralasia_lines": W.wire_caucasus_centralasia_lines,
    "wire_nordic_briefs_crlf": W.wire_nordic_briefs_crlf, "wire_agency_roundup": W.wire_agency_roundup,
    "pr_apo_group": P.pr_apo_group, "pr_scoop_prwire": P.pr_scoop_prwire,
    "pr_realwire_comunicae": P.pr_realwire_comunicae, "pr_webwire_1888": P.pr_webwire_1888,
    "page_newtimes_monitor": G.page_newtimes_monitor, "page_gleaner_ticotimes": G.page_gleaner_ticotimes,
    "page_fijitimes_samoaobserver": G.page_fijitimes_samoaobserver,
    "page_astanatimes_timesofmalta": G.page_astanatimes_timesofmalta,
}
CRLF = {"wire_nordic_briefs_crlf"}  # written with CRLF line ends in clean/ (the presentation itself, not damage)

if __name__ == "__main__":
    build(HERE, DUMPS, CRLF)
