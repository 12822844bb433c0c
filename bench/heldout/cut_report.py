#!/usr/bin/env python3
"""cut_report.py: how well the parser's cut repair restores the text (run with the project venv).

For every chunked variant that has damaged_expected/<name> (the clean text minus fragments the
chunker dropped), parse damaged/<name> and compare the repaired text (ParsedDump.text) with the
expected text, token by token (whitespace-insensitive, but a missing or extra space inside a word
shows). Prints per-file errors and totals by chunk size / mode."""

import difflib
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the repository
SCORER = ROOT.parent / "shared" / "eval" / "score_extraction.py"
sys.path.insert(0, str(ROOT))

from articles.importers.dumps import parse_bytes  # noqa: E402

HERE = Path(__file__).resolve().parent
tot = Counter()
err = Counter()
examples = []
for f in sorted((HERE / "damaged_expected").glob("*.txt")):
    exp = unicodedata.normalize("NFC", f.read_text(encoding="utf-8"))
    d = parse_bytes((HERE / "damaged" / f.name).read_bytes(), f.name)
    got = d.text

    # tokens: words and line breaks (a blank line is one token), so a lost or invented line
    # break shows as well as a word left split or two words glued
    def tok(t):
        return re.findall(r"\S+|\n[ \t]*\n\s*|\n", t.replace("\r", ""))

    a = [x if x.strip() else ("<P>" if x.count("\n") > 1 else "<NL>") for x in tok(exp.strip())]
    b = [x if x.strip() else ("<P>" if x.count("\n") > 1 else "<NL>") for x in tok(got.strip())]
    ops = [
        op
        for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        if op[0] != "equal"
    ]
    key = re.search(r"__(c\d+[sf])", f.name).group(1)
    # number of cuts in the damaged file = its newlines minus the expected text's newlines
    raw = (HERE / "damaged" / f.name).read_bytes()
    txt = raw.decode("utf-16") if raw[:2] == b"\xff\xfe" else raw.decode("utf-8-sig")
    txt = txt.replace("\r\n", "\n")
    ncut = txt.count("\n") - exp.count("\n")
    tot[key] += ncut
    err[key] += len(ops)
    for op in ops:
        examples.append(
            f"{f.name}: exp {' '.join(a[op[1] - 1 : op[2] + 1])!r} "
            f"got {' '.join(b[op[3] - 1 : op[4] + 1])!r}  (chunk_size found {d.chunk_size})"
        )
for e in examples:
    print(e)
print("\nby variant kind: cuts inserted (approx, excl. dropped-fragment cuts) / token-diff errors")
for k in sorted(tot):
    print(f"  {k:8s} cuts {tot[k]:4d}  errors {err[k]:3d}")
print(f"  TOTAL    cuts {sum(tot.values()):4d}  errors {sum(err.values()):3d}")
