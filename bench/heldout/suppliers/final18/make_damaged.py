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

SEED = 20261218

PLAN = [
    ("wire_central_asia_digest", ["chunk_f"]), ("wire_central_asia_digest", ["mojibake", "bom"]),
    ("wire_baltic_nordic_queue", ["chunk_s", "crlf"]),
    ("wire_us_nonprofit_teletype", ["chunk_s"]), ("wire_us_nonprofit_teletype", ["utf16"]),
    ("wire_agri_markets_feed", ["chunk_f", "mojibake"]),
    ("pr_nz_fiji_government", ["chunk_s", "bom"]),
    ("pr_finland_releases", ["mojibake", "crlf"]), ("pr_finland_releases", ["chunk_f"]),
    ("pr_dvids_pages", ["chunk_s", "utf16"]),
    ("pr_investorideas_akorda_mail", ["chunk_f", "crlf"]),
    ("page_laocai", ["chunk_s"]), ("page_laocai", ["mojibake"]),
    ("page_education_times", ["chunk_f", "bom"]),
    ("page_pacific_reader", ["chunk_s", "mojibake"]),
    ("page_atlantic_nordic_central_asia", ["crlf", "utf16"]),
]
CRLF_CLEAN = set()  # no clean dump of this corpus has CRLF line ends


if __name__ == "__main__":
    run(HERE, PLAN, SEED, CRLF_CLEAN)
