"""This corpus's markup: the one the supplier corpora share, ../corpus_markup.py."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_markup import *  # noqa: E402,F403
from corpus_markup import KEYS  # noqa: E402,F401
