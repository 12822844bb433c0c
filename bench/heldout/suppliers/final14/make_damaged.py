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
    ("wire_lusophone_ingest", ["chunk_s"]), ("wire_lusophone_ingest", ["mojibake", "crlf"]),
    ("wire_commodity_monitor", ["chunk_f", "bom"]),
    ("wire_us_nonprofit_digest", ["utf16"]), ("wire_us_nonprofit_digest", ["chunk_s", "crlf"]),
    ("pr_sourcewire_csrwire", ["chunk_f", "mojibake"]),
    ("pr_zex_kisspr", ["chunk_s", "bom"]),
    ("pr_pressadvantage_mideastinfo", ["crlf", "utf16"]),
    ("page_daklak", ["chunk_s"]), ("page_daklak", ["mojibake", "bom"]),
    ("page_wordvietnam", ["chunk_f", "utf16"]),
    ("page_himalayan_dhaka_irrawaddy", ["chunk_s", "crlf", "bom"]),
    ("page_jordantimes_fmt_newsday", ["chunk_f"]),
]
CRLF_CLEAN = set()  # no clean dump of this corpus has CRLF line ends


if __name__ == "__main__":
    run(HERE, PLAN, SEED, CRLF_CLEAN)
