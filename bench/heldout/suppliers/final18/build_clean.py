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
    "wire_central_asia_digest": W.wire_central_asia_digest,
    "wire_baltic_nordic_queue": W.wire_baltic_nordic_queue,
    "wire_us_nonprofit_teletype": W.wire_us_nonprofit_teletype,
    "wire_agri_markets_feed": W.wire_agri_markets_feed,
    "pr_nz_fiji_government": P.pr_nz_fiji_government,
    "pr_finland_releases": P.pr_finland_releases,
    "pr_dvids_pages": P.pr_dvids_pages,
    "pr_investorideas_akorda_mail": P.pr_investorideas_akorda_mail,
    "page_laocai": G.page_laocai,
    "page_education_times": G.page_education_times,
    "page_pacific_reader": G.page_pacific_reader,
    "page_atlantic_nordic_central_asia": G.page_atlantic_nordic_central_asia,
}
CRLF = set()  # no dump is CRLF in clean/ in this corpus (CRLF comes only as damage)

if __name__ == "__main__":
    build(HERE, DUMPS, CRLF)
