"""bench/wirecopy.py: real wire copy (Reuters-21578 SGML) turned into dumps and gold.

The corpus itself is not in the repository (research use only); these tests feed the tool an
invented file in the corpus's SGML format and check what it builds, then score the parser on
it with the shared scorer (skipped without ../shared)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from articles.importers.dumps import parse_bytes, to_score_json
from tests.scoring import score

TOOL = Path(__file__).resolve().parents[1] / "bench" / "wirecopy.py"


@pytest.fixture(autouse=True)
def _clear_cache():
    """No database, no Django cache."""
    yield


def load_tool():
    spec = importlib.util.spec_from_file_location("wirecopy", TOOL)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


def story(n: int, title: str, place: str, paras: list[str], author: str = "") -> str:
    body = "\n".join("    " + p if i else p for i, p in enumerate(paras))
    by = f"<AUTHOR>    by {author}, Reuters</AUTHOR>\n" if author else ""
    return (
        f'<REUTERS TOPICS="NO" NEWID="{n}">\n<DATE> 4-MAR-1987 10:{n:02d}:00.00</DATE>\n'
        f"<TEXT>&#2;\n<TITLE>{title}</TITLE>\n{by}"
        f"<DATELINE>    {place}, March 4 - </DATELINE><BODY>{body}\n Reuter\n&#3;</BODY></TEXT>\n"
        "</REUTERS>\n"
    )


def invented_sgml() -> str:
    """Seven invented stories in the corpus's format (nothing here is Reuters text)."""
    out = []
    for n in range(1, 8):
        out.append(
            story(
                n,
                f"HARBOUR BOARD &lt;HBR{n}> APPROVES PLAN NUMBER {n}",
                "HALBURG",
                [
                    f"The harbour board said it approved plan number {n} to\ndredge the eastern "
                    "channel before the winter storms.",
                    f"Work on plan {n} will begin next month and take eleven\nweeks, the board "
                    "said.",
                ],
                author="Jane Roe" if n == 3 else "",
            )
        )
    return "".join(out)


def test_the_tool_builds_five_presentations_with_gold(tmp_path):
    tool = load_tool()
    sgml = tmp_path / "reut2-test.sgm"
    sgml.write_text(invented_sgml(), encoding="latin-1")
    report = tool.build(sgml, tmp_path / "out", seed=7)
    assert report["stories"] == 7
    assert not report["problems"]
    names = sorted(p.name for p in (tmp_path / "out" / "clean").glob("*.txt"))
    assert names == [f"000_{how}.txt" for how in sorted(tool.PRESENTATIONS)]
    gold = json.loads((tmp_path / "out" / "gold" / "000_verbatim.json").read_text())
    first = gold["articles"][0]
    assert first["title"] == "HARBOUR BOARD <HBR1> APPROVES PLAN NUMBER 1"
    assert first["body"][0].startswith("HALBURG, March 4 - The harbour board said")
    assert first["source"] == "Reuters"
    crlf = (tmp_path / "out" / "clean" / "000_crlf.txt").read_bytes()
    assert b"\r\n" in crlf


def test_the_parser_reads_the_tools_dumps(tmp_path):
    """The importer on real-wire-shaped copy: every presentation, scored by the shared scorer."""
    tool = load_tool()
    sgml = tmp_path / "reut2-test.sgm"
    sgml.write_text(invented_sgml(), encoding="latin-1")
    tool.build(sgml, tmp_path / "out", seed=7)
    files = sorted((tmp_path / "out" / "clean").glob("*.txt"))
    preds = to_score_json([parse_bytes(p.read_bytes(), p.name) for p in files])
    overall, metrics, notes = score(preds, tmp_path / "out" / "gold")
    assert overall >= 0.9, (metrics, notes[:10])
    assert metrics["article_count"] == 1.0, notes[:10]
