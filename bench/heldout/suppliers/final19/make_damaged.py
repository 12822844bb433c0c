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

SEED = 20261219

PLAN = [
    ("wire_levant_kurdistan_feed", ["chunk_s"]), ("wire_levant_kurdistan_feed", ["mojibake", "crlf"]),
    ("wire_south_asia_digest", ["chunk_f", "bom"]),
    ("wire_markets_queue", ["chunk_s", "crlf"]), ("wire_markets_queue", ["utf16"]),
    ("wire_seasia_basket_print", ["chunk_f", "mojibake"]),
    ("pr_ani_partner_feed", ["chunk_s", "bom"]),
    ("pr_reliefweb_pages", ["chunk_f", "crlf"]),
    ("pr_seaprwire_alerts", ["chunk_s", "mojibake"]),
    ("pr_pid_handouts", ["crlf", "utf16"]), ("pr_pid_handouts", ["chunk_f"]),
    ("page_vietstock", ["chunk_s", "utf16"]),
    ("page_vietnam_vn", ["chunk_f"]), ("page_vietnam_vn", ["mojibake", "bom"]),
    ("page_africa_papers", ["chunk_s", "crlf"]),
    ("page_gulf_southasia_papers", ["chunk_f", "mojibake"]),
]
CRLF_CLEAN = set()  # no clean dump of this corpus has CRLF line ends


if __name__ == "__main__":
    run(HERE, PLAN, SEED, CRLF_CLEAN)
