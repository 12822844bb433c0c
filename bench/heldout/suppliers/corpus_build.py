"""Write a supplier corpus's clean/NAME.txt and gold_clean/NAME.json from its content_*.py
(deterministic), shared by final5/ on (each corpus once had its own copy); each corpus's
build_clean.py names its DUMPS and the dumps written with CRLF line ends (the presentation
itself, not damage)."""
import json
from pathlib import Path

from corpus_markup import KEYS


def build(here: Path, dumps: dict, crlf=frozenset()) -> None:
    (here / "clean").mkdir(exist_ok=True)
    (here / "gold_clean").mkdir(exist_ok=True)
    for name, fn in dumps.items():
        text, arts = fn()
        newline = "\r\n" if name in crlf else "\n"
        (here / "clean" / f"{name}.txt").write_text(text, encoding="utf-8", newline=newline)
        gold = {"file": f"{name}.txt", "schema": 1, "articles": [{k: a[k] for k in KEYS} for a in arts]}
        (here / "gold_clean" / f"{name}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(name, len(arts), len(text))
