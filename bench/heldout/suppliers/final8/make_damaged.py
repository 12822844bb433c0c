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

SEED = 20260313

PLAN = [
    ("wire_priority_slugs", ["chunk_s"]), ("wire_priority_slugs", ["crlf", "bom"]),
    ("wire_titlecase_kicker", ["chunk_f"]), ("wire_titlecase_kicker", ["mojibake"]),
    ("wire_hardwrap_byline", ["chunk_s", "crlf"]), ("wire_hardwrap_byline", ["utf16"]),
    ("wire_gulf_lines", ["mojibake", "crlf"]),
    ("wire_nnn_relay", ["chunk_f", "bom"]),
    ("pr_emailwire_prleap", ["chunk_s", "utf16"]),
    ("pr_newmediawire_ereleases", ["chunk_f"]), ("pr_newmediawire_ereleases", ["mojibake", "bom"]),
    ("pr_marketersmedia_prbuzz", ["crlf"]),
    ("pr_prinside_przoom", ["chunk_s", "mojibake"]),
    ("page_vietnamtimes_dtinews", ["chunk_s"]), ("page_vietnamtimes_dtinews", ["crlf", "utf16"]),
    ("page_vgp_cand_customs", ["chunk_f", "crlf", "bom"]),
    ("page_plo_ven_van", ["mojibake"]),
    ("page_tribune_citizen_batimes_ubpost", ["chunk_s", "bom"]),
]
CRLF_CLEAN = set()  # no clean dump of this corpus has CRLF line ends


if __name__ == "__main__":
    run(HERE, PLAN, SEED, CRLF_CLEAN)
