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

SEED = 20261217

PLAN = [
    ("wire_energy_shipping_terminal", ["chunk_s"]), ("wire_energy_shipping_terminal", ["mojibake", "crlf"]),
    ("wire_brussels_chisinau_sofia_digest", ["chunk_f", "bom"]),
    ("wire_sudans_mailbox", ["utf16"]), ("wire_sudans_mailbox", ["chunk_s", "crlf"]),
    ("wire_us_station_queue", ["chunk_f", "mojibake"]),
    ("pr_ama_prnigeria", ["chunk_s", "bom"]),
    ("pr_hispanic_black_prwire_alerts", ["crlf", "utf16"]),
    ("pr_feature_syndicates", ["chunk_f"]),
    ("pr_gamespress_hospitalitynet", ["chunk_s", "mojibake"]),
    ("page_gialai", ["chunk_f"]), ("page_gialai", ["mojibake", "bom"]),
    ("page_haiphong_portal", ["chunk_s", "utf16"]),
    ("page_europe_reader", ["chunk_f", "crlf"]),
    ("page_dm_nunatsiaq_gazette", ["chunk_s"]), ("page_dm_nunatsiaq_gazette", ["mojibake"]),
]
CRLF_CLEAN = set()  # no clean dump of this corpus has CRLF line ends


if __name__ == "__main__":
    run(HERE, PLAN, SEED, CRLF_CLEAN)
