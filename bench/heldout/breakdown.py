#!/usr/bin/env python3
"""breakdown.py PRED.json: score damaged/ per damage kind (after "__") and per clean file."""

import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the repository
SCORER = ROOT.parent / "shared" / "eval" / "score_extraction.py"

HERE = Path(__file__).resolve().parent
pred = sys.argv[1]
groups = defaultdict(list)
for g in sorted((HERE / "damaged_gold").glob("*.json")):
    stem, kind = g.stem.split("__", 1)
    groups["kind:" + kind].append(g)
    groups["file:" + stem].append(g)
for name in sorted(groups):
    with tempfile.TemporaryDirectory() as d:
        for g in groups[name]:
            shutil.copy(g, d)
        out = (
            subprocess.run([sys.executable, str(SCORER), d, pred], capture_output=True, text=True)
            .stdout.strip()
            .splitlines()
        )
        bad = [
            line.split()[0] + "=" + line.split()[1]
            for line in out[:-1]
            if not line.split()[1].startswith("1.000")
        ]
        print(f"{name:34s} {out[-1]:14s} {' '.join(bad)}")
