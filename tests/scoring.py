"""The shared extraction scorer (``../shared/eval/score_extraction.py``), where it is present."""

import importlib.util
import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "eval" / "score_extraction.py"


def load_scorer():
    """The scorer module, or a clean skip where ../shared is absent (a user's clone)."""
    if not SCORER.is_file():
        pytest.skip("../shared/eval/score_extraction.py is not available")
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


def score(preds: list[dict], gold_dir: Path) -> tuple[float, dict, list]:
    """(overall, metrics, notes) of parse_dump-style predictions against every gold file."""
    scorer = load_scorer()
    by_file = {p["file"]: p for p in preds}
    tally = scorer.Tally()
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        scorer.score_file(gold, by_file.get(gold["file"]), tally)
    metrics = {name: tally.hit[name] / tally.tot[name] for name in tally.tot}
    p = tally.tp / max(1, tally.tp + tally.fp)
    r = tally.tp / max(1, tally.tp + tally.fn)
    metrics["body_token_f1"] = 2 * p * r / (p + r) if p + r else 0.0
    return sum(metrics.values()) / len(metrics), metrics, tally.notes
