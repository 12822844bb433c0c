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

SEED = 20261205

PLAN = [
    ("wire_cee_terminal_wrapped", ["chunk_s"]), ("wire_cee_terminal_wrapped", ["mojibake", "crlf"]),
    ("wire_london_weekend_digest", ["chunk_f", "bom"]),
    ("wire_commodities_feed", ["utf16"]), ("wire_commodities_feed", ["chunk_s", "crlf"]),
    ("wire_islands_agencies_mail", ["chunk_f", "mojibake"]),
    ("pr_cybernewswire_chainwire", ["chunk_s", "bom"]),
    ("pr_mirage_news", ["chunk_f", "utf16"]),
    ("pr_zex_transworld_alerts", ["crlf", "bom"]),
    ("pr_ascribe_mail", ["chunk_s", "mojibake"]),
    ("page_talkvietnam", ["chunk_f"]), ("page_talkvietnam", ["mojibake", "bom"]),
    ("page_vietnamtourism", ["chunk_s", "utf16"]),
    ("page_jakartaglobe_joongang", ["chunk_f", "crlf"]),
    ("page_khaleej_addis_himalayan", ["chunk_s", "mojibake"]),
]
CRLF_CLEAN = set()  # no clean dump of this corpus has CRLF line ends


if __name__ == "__main__":
    run(HERE, PLAN, SEED, CRLF_CLEAN)
