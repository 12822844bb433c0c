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

SEED = 20260315

PLAN = [
    ("wire_daybook_mixed", ["chunk_s"]), ("wire_daybook_mixed", ["mojibake", "crlf"]),
    ("wire_radio_bulletin", ["chunk_f", "bom"]),
    ("wire_bilingual_translation", ["utf16"]), ("wire_bilingual_translation", ["chunk_s", "mojibake"]),
    ("wire_govinfo_keypoints", ["chunk_f", "crlf"]),
    ("wire_cards_pullquotes", ["bom", "crlf"]), ("wire_cards_pullquotes", ["chunk_s", "utf16"]),
    ("pr_prowly_prco", ["chunk_f", "mojibake"]),
    ("pr_prdistribution_digitaljournal", ["chunk_s", "crlf", "bom"]),
    ("pr_expresspr_freepr", ["mojibake", "utf16"]),
    ("pr_newsworthy_newswise", ["chunk_s"]), ("pr_newsworthy_newswise", ["crlf"]),
    ("page_briefing_insider", ["chunk_f"]), ("page_briefing_insider", ["mojibake", "bom"]),
    ("page_nld_communistreview", ["chunk_s", "utf16"]),
    ("page_provincial_gallery", ["chunk_f", "crlf", "bom"]),
    ("page_energy_hue_stabroek", ["chunk_s", "mojibake"]),
]
CRLF_CLEAN = set()  # no clean dump of this corpus has CRLF line ends


if __name__ == "__main__":
    run(HERE, PLAN, SEED, CRLF_CLEAN)
