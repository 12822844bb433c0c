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

SEED = 20260314

PLAN = [
    ("wire_dash_numbered", ["chunk_s"]), ("wire_dash_numbered", ["utf16"]),
    ("wire_budget_updates", ["chunk_f", "crlf"]), ("wire_budget_updates", ["mojibake"]),
    ("wire_bold_caps", ["crlf", "bom"]),
    ("wire_rss_export", ["chunk_s", "mojibake"]),
    ("wire_app_share", ["chunk_f"]), ("wire_app_share", ["mojibake", "utf16"]),
    ("pr_aetos_menafn", ["chunk_s", "bom"]),
    ("pr_newsdirect_medianet", ["chunk_f", "utf16"]),
    ("pr_bizcommunity_onlineprnews", ["mojibake", "crlf", "bom"]),
    ("pr_prsync_inewswire", ["chunk_s"]), ("pr_prsync_inewswire", ["crlf"]),
    ("page_laodong_danangtoday", ["chunk_s", "crlf"]), ("page_laodong_danangtoday", ["bom"]),
    ("page_newsletter_leader", ["chunk_f", "mojibake"]),
    ("page_thanhnien_vtv", ["chunk_s", "utf16"]),
    ("page_pacific_kuensel", ["chunk_f", "bom"]),
]
CRLF_CLEAN = set()  # no clean dump of this corpus has CRLF line ends


if __name__ == "__main__":
    run(HERE, PLAN, SEED, CRLF_CLEAN)
