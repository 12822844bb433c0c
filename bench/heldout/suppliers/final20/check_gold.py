#!/usr/bin/env python3
"""Self-check of this corpus's gold: ../corpus_check.py, shared by the supplier corpora.
Usage: python3 check_gold.py [OUT_PREFIX]   (default /tmp/final20_self)"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_check import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE, "/tmp/final20_self"))
