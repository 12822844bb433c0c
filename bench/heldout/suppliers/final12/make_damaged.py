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

SEED = 20260409

PLAN = [
    ("wire_kcna_pana_relay", ["chunk_s"]), ("wire_kcna_pana_relay", ["crlf", "bom"]),
    ("wire_asia_reader", ["chunk_f", "mojibake"]),
    ("wire_med_digest", ["utf16"]), ("wire_med_digest", ["chunk_s", "crlf"]),
    ("wire_us_feed", ["chunk_f"]),
    ("wire_faith_feed", ["mojibake", "bom"]), ("wire_faith_feed", ["chunk_s", "utf16"]),
    ("pr_eqs_rns", ["chunk_f", "crlf"]),
    ("pr_exchange_sens_newsweb", ["chunk_s", "mojibake"]),
    ("pr_voxy_getnews_investorwire", ["utf16"]), ("pr_voxy_getnews_investorwire", ["chunk_f", "bom"]),
    ("pr_menewswire_firmenpresse", ["chunk_s", "crlf", "bom"]),
    ("page_saigoneer", ["chunk_s"]), ("page_saigoneer", ["mojibake", "crlf"]),
    ("page_vietcetera", ["chunk_f", "utf16"]),
    ("page_manilatimes_khaosod_laotiantimes", ["chunk_s", "bom"]),
    ("page_punch_mg_observer", ["chunk_f", "mojibake"]),
]
CRLF_CLEAN = set()  # no clean dump of this corpus has CRLF line ends


if __name__ == "__main__":
    run(HERE, PLAN, SEED, CRLF_CLEAN)
