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

SEED = 20260115

PLAN = [
    ("wire_anampa_sta_tanjug", ["chunk_s"]), ("wire_anampa_sta_tanjug", ["crlf", "bom"]),
    ("wire_rnz_interfax", ["chunk_f"]), ("wire_rnz_interfax", ["mojibake"]),
    ("wire_baltic_digest", ["chunk_s", "utf16"]),
    ("wire_africa_arab_crlf", ["mojibake"]), ("wire_africa_arab_crlf", ["utf16"]),
    ("wire_europapress_ecns_rss", ["chunk_f", "bom"]),
    ("pr_prtimes", ["mojibake"]), ("pr_prtimes", ["chunk_s"]),
    ("pr_pressebox_responsesource", ["chunk_f", "crlf"]),
    ("pr_prfire_prfree", ["utf16"]),
    ("pr_wiredrelease_notified", ["chunk_s", "mojibake"]),
    ("page_irishtimes_independent", ["chunk_s", "bom"]),
    ("page_toi_dailymirror", ["mojibake", "crlf"]), ("page_toi_dailymirror", ["chunk_f"]),
    ("page_nzherald_abc", ["chunk_s", "crlf"]),
    ("page_dailysabah_thenational", ["chunk_f", "utf16"]),
]
CRLF_CLEAN = {"wire_africa_arab_crlf"}  # clean text already has CRLF line ends: no chunking, no crlf on it


if __name__ == "__main__":
    run(HERE, PLAN, SEED, CRLF_CLEAN)
