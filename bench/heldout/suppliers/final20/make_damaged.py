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

SEED = 20261220

PLAN = [
    ("wire_china_macau_business_digest", ["chunk_s", "crlf"]),
    ("wire_sports_desk_queue", ["mojibake", "bom"]),
    ("wire_caribbean_latam_digests", ["chunk_f"]),
    ("pr_travel_trade_saved_pages", ["chunk_s", "mojibake"]),
    ("pr_fashion_caribbean_alerts", ["crlf", "utf16"]),
    ("page_thainguyen", ["chunk_f", "bom"]),
    ("page_tuyenquang", ["mojibake"]),
    ("page_europe_asia_reader", ["chunk_s", "utf16"]),
]
CRLF_CLEAN = set()  # no clean dump of this corpus has CRLF line ends


if __name__ == "__main__":
    run(HERE, PLAN, SEED, CRLF_CLEAN)
