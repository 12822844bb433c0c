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

SEED = 20260408

PLAN = [
    ("wire_mideast_feed", ["chunk_s"]), ("wire_mideast_feed", ["mojibake", "crlf"]),
    ("wire_eurasia_digest", ["chunk_f", "bom"]),
    ("wire_africa_hardwrap", ["utf16"]), ("wire_africa_hardwrap", ["chunk_s", "crlf"]),
    ("wire_markets_feed", ["chunk_f", "mojibake"]),
    ("wire_nova_beta_mercopress", ["bom", "crlf"]), ("wire_nova_beta_mercopress", ["chunk_s", "utf16"]),
    ("pr_pressetext_lifepr", ["chunk_f", "mojibake"]),
    ("pr_actusnews_mfn", ["chunk_s", "crlf", "bom"]),
    ("pr_korea_atpress", ["mojibake", "utf16"]),
    ("pr_alphagalileo_icrowd", ["chunk_s"]), ("pr_alphagalileo_icrowd", ["crlf"]),
    ("page_vbf_dongnai", ["chunk_f"]), ("page_vbf_dongnai", ["mojibake", "bom"]),
    ("page_khanhhoa_nst", ["chunk_s", "utf16"]),
    ("page_philstar_standard_vanguard", ["chunk_f", "crlf", "bom"]),
    ("page_mnd_brusselstimes", ["chunk_s", "mojibake"]),
]
CRLF_CLEAN = set()  # no clean dump of this corpus has CRLF line ends


if __name__ == "__main__":
    run(HERE, PLAN, SEED, CRLF_CLEAN)
