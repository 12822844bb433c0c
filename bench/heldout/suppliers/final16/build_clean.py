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
    "wire_mideast_desk_queue": W.wire_mideast_desk_queue,
    "wire_markets_terminal_wrapped": W.wire_markets_terminal_wrapped,
    "wire_south_asia_mail": W.wire_south_asia_mail,
    "wire_broadcasters_reader": W.wire_broadcasters_reader,
    "pr_govhk_macao_mail": P.pr_govhk_macao_mail,
    "pr_milosi_asiapac": P.pr_milosi_asiapac,
    "pr_pib_dmo_pages": P.pr_pib_dmo_pages,
    "pr_distributor_feeds": P.pr_distributor_feeds,
    "page_petrotimes": G.page_petrotimes,
    "page_ndj": G.page_ndj,
    "page_gulf_iran": G.page_gulf_iran,
    "page_asia_pacific": G.page_asia_pacific,
}
CRLF = set()  # no dump is CRLF in clean/ in this corpus (CRLF comes only as damage)

if __name__ == "__main__":
    build(HERE, DUMPS, CRLF)
