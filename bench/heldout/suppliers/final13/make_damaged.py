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

SEED = 20261204

PLAN = [
    ("wire_caucasus_mideast_digest", ["chunk_s"]), ("wire_caucasus_mideast_digest", ["mojibake", "crlf"]),
    ("wire_india_feed", ["chunk_f", "bom"]),
    ("wire_urn_srna_queue", ["utf16"]), ("wire_urn_srna_queue", ["chunk_s", "crlf"]),
    ("wire_news1_rthk_reader", ["chunk_f"]),
    ("pr_stockwatch", ["chunk_s", "mojibake"]),
    ("pr_marketscreener", ["chunk_f", "crlf", "bom"]),
    ("pr_newsrooms", ["utf16"]), ("pr_newsrooms", ["chunk_s"]),
    ("pr_gateway_mail", ["chunk_f", "utf16"]),
    ("page_nghean", ["chunk_s", "bom"]), ("page_nghean", ["mojibake"]),
    ("page_kinhtedothi", ["chunk_f", "mojibake"]),
    ("page_caribbean", ["chunk_s", "crlf"]),
    ("page_africa_med", ["chunk_f"]),
]
CRLF_CLEAN = set()  # no clean dump of this corpus has CRLF line ends


if __name__ == "__main__":
    run(HERE, PLAN, SEED, CRLF_CLEAN)
