#!/usr/bin/env python3
"""show.py FILE NEEDLE [width]: the decoded damaged text and the repaired text around NEEDLE."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the repository
SCORER = ROOT.parent / "shared" / "eval" / "score_extraction.py"
sys.path.insert(0, str(ROOT))

from articles.importers.dumps import parse_bytes  # noqa: E402
from articles.importers.dumps.decode import decode_raw  # noqa: E402

f, needle = sys.argv[1], sys.argv[2]
w = int(sys.argv[3]) if len(sys.argv) > 3 else 150
data = Path(f).read_bytes()
raw = decode_raw(data, f).text
d = parse_bytes(data, f)
print("chunk_size", d.chunk_size, "warnings", d.warnings)
for name, t in (("RAW", raw), ("REPAIRED", d.text)):
    i = t.find(needle)
    print(f"--- {name} @{i}")
    if i >= 0:
        print(repr(t[max(0, i - w) : i + len(needle) + w]))
