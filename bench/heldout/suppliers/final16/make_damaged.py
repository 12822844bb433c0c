#!/usr/bin/env python3
"""Write this corpus's damaged variants of clean/*.txt into damaged/NAME__KIND.txt, with gold in
gold_damaged/NAME__KIND.json: its own PLAN and SEED, the machinery shared in ../damage.py (see
its docstring for the damage kinds).  Usage: python3 make_damaged.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from damage import run  # noqa: E402

SEED = 20261216

PLAN = [
    ("wire_mideast_desk_queue", ["chunk_s"]), ("wire_mideast_desk_queue", ["mojibake", "crlf"]),
    ("wire_markets_terminal_wrapped", ["chunk_f", "bom"]),
    ("wire_south_asia_mail", ["utf16"]), ("wire_south_asia_mail", ["chunk_s", "crlf"]),
    ("wire_broadcasters_reader", ["chunk_f", "mojibake"]),
    ("pr_govhk_macao_mail", ["crlf", "bom"]),
    ("pr_milosi_asiapac", ["chunk_s", "utf16"]),
    ("pr_pib_dmo_pages", ["chunk_f"]),
    ("page_petrotimes", ["chunk_s"]), ("page_petrotimes", ["mojibake", "bom"]),
    ("page_ndj", ["chunk_f", "crlf"]),
    ("page_gulf_iran", ["chunk_s", "mojibake"]),
    ("page_asia_pacific", ["chunk_f", "utf16"]),
]
CRLF_CLEAN = set()  # no clean dump of this corpus has CRLF line ends (pr_distributor_feeds has no damaged variant)


if __name__ == "__main__":
    run(HERE, PLAN, SEED, CRLF_CLEAN)
