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

SEED = 20260310

PLAN = [
    ("wire_gna_teletype", ["chunk_s"]), ("wire_gna_teletype", ["mojibake", "bom"]),
    ("wire_nan_bylines", ["chunk_f"]), ("wire_nan_bylines", ["utf16"]),
    ("wire_caucasus_centralasia_lines", ["chunk_s", "crlf"]),
    ("wire_nordic_briefs_crlf", ["mojibake"]), ("wire_nordic_briefs_crlf", ["utf16"]),
    ("wire_agency_roundup", ["chunk_f", "bom"]),
    ("pr_apo_group", ["chunk_s"]), ("pr_apo_group", ["crlf", "mojibake"]),
    ("pr_scoop_prwire", ["chunk_f", "utf16"]),
    ("pr_realwire_comunicae", ["mojibake"]),
    ("pr_webwire_1888", ["chunk_s", "bom"]),
    ("page_newtimes_monitor", ["chunk_s", "mojibake"]),
    ("page_gleaner_ticotimes", ["crlf"]), ("page_gleaner_ticotimes", ["chunk_f"]),
    ("page_fijitimes_samoaobserver", ["chunk_s", "utf16"]),
    ("page_astanatimes_timesofmalta", ["chunk_f", "crlf", "bom"]),
]
CRLF_CLEAN = {"wire_nordic_briefs_crlf"}  # clean text already has CRLF line ends: no chunking, no crlf on it


if __name__ == "__main__":
    run(HERE, PLAN, SEED, CRLF_CLEAN)
