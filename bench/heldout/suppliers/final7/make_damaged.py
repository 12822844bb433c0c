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

SEED = 20260312

PLAN = [
    ("wire_ips_teletype", ["chunk_s"]), ("wire_ips_teletype", ["mojibake", "crlf"]),
    ("wire_levant_lines_nogap", ["chunk_f"]), ("wire_levant_lines_nogap", ["utf16"]),
    ("wire_bylines_email", ["chunk_s", "bom"]),
    ("wire_desk_queue", ["mojibake"]), ("wire_desk_queue", ["chunk_f", "utf16"]),
    ("wire_feed_digest", ["crlf", "bom"]),
    ("pr_eurekalert", ["chunk_s", "mojibake"]),
    ("pr_releasewire_presswire", ["chunk_f"]), ("pr_releasewire_presswire", ["utf16"]),
    ("pr_globeprwire_prpoint", ["chunk_s", "crlf"]),
    ("pr_thenewswire_king", ["mojibake", "bom"]),
    ("page_vovworld_vir", ["chunk_s"]), ("page_vovworld_vir", ["crlf", "mojibake"]),
    ("page_saigontimes_vneconomy", ["chunk_f", "bom"]),
    ("page_vietnamnet_qdnd_hanoimoi", ["chunk_s", "utf16"]),
    ("page_investor_law_borneo_taiwan", ["chunk_f", "crlf", "bom"]),
]
CRLF_CLEAN = set()  # no clean dump of this corpus has CRLF line ends


if __name__ == "__main__":
    run(HERE, PLAN, SEED, CRLF_CLEAN)
