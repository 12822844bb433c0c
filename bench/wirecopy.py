#!/usr/bin/env python3
"""Build "real wire copy" dump files and gold from a Reuters-21578 SGML file.

The dump importer is meant to cope with raw wire dumps: stories glued together as they
arrive. This tool takes real wire text from the Reuters-21578 corpus (one ``reut2-NNN.sgm``
file), glues 6-8 consecutive stories per dump file and writes each group in five
presentations, with gold JSON in the schema of ``shared/gold/*.json``:

    verbatim   TITLE line in caps, then the dateline joined to the hard-wrapped body with its
               4-space paragraph indents, then the " Reuter" sign-off; one blank line between
               stories.
    titlecase  title-cased headline, a "By NAME" line when the story has an AUTHOR, body
               paragraphs unwrapped with a blank line between them, a "Reuter" line, two blank
               lines between stories.
    perline    caps title, one line per paragraph, no blank line inside a story, sign-off line,
               one blank line between stories.
    chunkcut   the verbatim or perline text with a newline inserted every N characters
               (N fixed per file, 80-200), splitting words ("dras\\ntic"); gold unchanged.
    crlf       the titlecase or verbatim text with \\r\\n line ends.

Gold per story: title as printed, byline (AUTHOR without "by" and ", Reuters", only where a
byline line is printed), dateline as printed without the trailing dash, body as a list of
paragraphs (split at indented lines, wrapped lines joined with single spaces, the first one
starting with the dateline), source "Reuters", kind "wire", published_date from <DATE>.
Stories whose body holds a table (a run of 3+ spaces inside a line, or a line indented by
1-3 spaces) are skipped so the gold stays unambiguous. Datelines that the SGML
breaks onto their own line ("CHICAGO, Feb 26 -\\n    Shr 34 cts ...") are joined to the
first body line, as the usual Reuters layout has them, and blank lines inside a body are
dropped (in a dump they would read as a story break).

Why the data is not in the repository: Reuters-21578 is distributed for research use only,
so neither the SGML nor the generated dumps are committed. Fetch a ``reut2-000.sgm`` yourself
(the UCI KDD archive has the corpus) and run:

    python bench/wirecopy.py /tmp/reuters/reut2-000.sgm --out /tmp/wirecopy [--seed 7]
    python manage.py parse_dump /tmp/wirecopy/clean/*.txt --json > /tmp/wire_pred.json
    python ../shared/eval/score_extraction.py /tmp/wirecopy/gold /tmp/wire_pred.json --verbose

The tool self-checks its own output (every gold paragraph occurs in the dump text once
whitespace is normalised; for chunk-cut files, the uncut text, which the cut file must equal
once the inserted newlines are removed) and scores the gold, written as a prediction to
OUT/gold_as_pred.json, against itself with shared/eval/score_extraction.py (found beside the
repo, or given with --scorer), which must give 1.000. It exits 1 if either check fails.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

PRESENTATIONS = ("verbatim", "titlecase", "perline", "chunkcut", "crlf")

REUTERS_RE = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
SIGNOFF_RE = re.compile(r"\s*\b(?:reuters?)\s*$", re.I)
WS_RE = re.compile(r"\s+")

# Words kept upper case in a title-cased headline (besides <TICKERS> and dotted forms).
ACRONYMS = frozenset(
    """
    ABC AG AM BP CBS CCC CD CEO CIA EC EEC EMS EPA FCC FDA FOB GATT GM GMT GNP IBM ICO IMF
    IRS ITT LP NASA NASD NATO NBC NV NY NYSE NZ OECD OPEC OTC PLC PM RCA SA SEC SPA TV UAW
    UK UN US USA USDA USSR USX ESOP ESOPS BDM CCX NSPA NAR GATS
    """.split()
)
SMALL_WORDS = frozenset(
    "a an and as at but by for from in nor of on or per the to vs via with".split()
)
ROMAN = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)$")


@dataclass
class Story:
    newid: str
    title: str
    author: str | None
    dateline_raw: str  # DATELINE element, unescaped, e.g. "    SALVADOR, Feb 26 - "
    body_lines: list[str]  # BODY lines without the sign-off, first line follows the dateline
    published_date: str | None

    @property
    def dateline(self) -> str | None:
        text = WS_RE.sub(" ", self.dateline_raw).strip()
        if not text:
            return None
        m = re.match(r"^(.*?)\s+-(?:\s|$)", text + " ")
        return (m.group(1) if m else text.rstrip(" -")).strip() or None

    @property
    def byline(self) -> str | None:
        if not self.author:
            return None
        name = WS_RE.sub(" ", self.author).strip()
        name = re.sub(r"^by\s+", "", name, flags=re.I)
        name = re.sub(r",?\s*Reuters?$", "", name, flags=re.I).strip()
        return name or None

    def first_line(self) -> str:
        """The dateline joined to the first body line, with the dateline's own indent."""
        lead = self.dateline_raw.rstrip()
        if "\n" in lead:  # "    CHICAGO, Feb 26 -\n    " -> one line
            lead = lead.split("\n")[0].rstrip()
        first = self.body_lines[0].strip() if self.body_lines else ""
        if not lead.strip():
            return self.body_lines[0] if self.body_lines else ""
        return f"{lead} {first}" if first else lead

    def wrapped_lines(self) -> list[str]:
        """The story body as hard-wrapped lines, dateline included, sign-off excluded."""
        return [self.first_line(), *self.body_lines[1:]]

    def paragraphs(self) -> list[str]:
        paras: list[list[str]] = []
        for i, line in enumerate(self.wrapped_lines()):
            if not line.strip():
                paras.append([])
                continue
            if i == 0 or line[:1].isspace() or not paras:
                paras.append([line.strip()])
            else:  # a wrapped continuation line (or the first line after a blank one)
                paras[-1].append(line.strip())
        return [" ".join(p) for p in paras if p]


def clean(text: str) -> str:
    return CONTROL_RE.sub("", html.unescape(text))


def tag(block: str, name: str) -> str | None:
    m = re.search(rf"<{name}>(.*?)</{name}>", block, re.S)
    return m.group(1) if m else None


def parse_date(raw: str | None) -> str | None:
    if not raw:
        return None
    try:
        return datetime.strptime(raw.strip().split()[0], "%d-%b-%Y").date().isoformat()
    except ValueError:
        return None


def is_tabular(lines: list[str]) -> bool:
    for line in lines[1:]:
        stripped = line.rstrip()
        if not stripped.strip():
            continue
        indent = len(stripped) - len(stripped.lstrip(" "))
        if 0 < indent < 4 or "\t" in stripped:
            return True
        if "   " in stripped.strip():
            return True
    return "   " in lines[0].strip() if lines else False


def parse_sgml(text: str) -> tuple[list[Story], dict[str, int]]:
    stories: list[Story] = []
    skipped = {"no_title_or_body": 0, "table": 0}
    for m in REUTERS_RE.finditer(text):
        attrs, block = m.group(1), m.group(2)
        m_id = re.search(r'NEWID="(\d+)"', attrs)
        newid = m_id.group(1) if m_id else ""
        title, body = tag(block, "TITLE"), tag(block, "BODY")
        if not title or not body or not clean(body).strip():
            skipped["no_title_or_body"] += 1
            continue
        body_text = SIGNOFF_RE.sub("", clean(body).rstrip())
        # blank or whitespace-only lines inside a body (a few stories have one before a NOTE or
        # the sign-off) are dropped: in a dump a blank line reads as a story break
        lines = [ln.rstrip() for ln in body_text.split("\n") if ln.strip()]
        if not lines or is_tabular(lines):
            skipped["table" if lines else "no_title_or_body"] += 1
            continue
        author = tag(block, "AUTHOR")
        stories.append(
            Story(
                newid=newid,
                title=WS_RE.sub(" ", clean(title)).strip(),
                author=clean(author) if author else None,
                dateline_raw=clean(tag(block, "DATELINE") or ""),
                body_lines=lines,
                published_date=parse_date(tag(block, "DATE")),
            )
        )
    return stories, skipped


def title_case(title: str) -> str:
    out = []
    words = title.split(" ")
    for i, word in enumerate(words):
        if not word:
            out.append(word)
            continue
        if "<" in word:  # tickers such as <SRD>, INTERGROUP<NII>, <CINRAM
            head, _, tail = word.partition("<")
            out.append((_cap(head) if head else "") + "<" + tail)
            continue
        core = re.sub(r"[^A-Za-z.']", "", word)
        letters = core.replace(".", "").replace("'", "")
        if "." in core and letters and len(letters) <= 4:
            out.append(word)  # U.S., N.Z., U.K.
            continue
        if letters.upper() in ACRONYMS or ROMAN.match(letters or "-") and len(letters) > 1:
            out.append(word)
            continue
        if i and word.lower() in SMALL_WORDS:
            out.append(word.lower())
            continue
        parts = re.split(r"([-/])", word)
        out.append("".join(_cap(p) for p in parts))
    return " ".join(out)


def _cap(part: str) -> str:
    if part in ("-", "/") or not part:
        return part
    if re.sub(r"[^A-Za-z]", "", part).upper() in ACRONYMS:
        return part
    m = re.search(r"[A-Za-z]", part)
    if not m:
        return part
    k = m.start()
    rest = part[k + 1 :].lower()
    # ordinals and units glued to digits stay lower: 4TH -> 4th, 1986/87 untouched
    if k and part[:k].isdigit():
        return part[:k] + part[k:].lower()
    return part[:k] + part[k].upper() + rest


def render(stories: list[Story], how: str) -> tuple[str, list[dict]]:
    """Text of one dump file in a presentation and the gold articles for it."""
    chunks, gold = [], []
    for s in stories:
        paras = s.paragraphs()
        if how == "verbatim":
            title, byline = s.title, None
            chunks.append("\n".join([title, *s.wrapped_lines(), " Reuter"]))
        elif how == "titlecase":
            title, byline = title_case(s.title), s.byline
            head = [title] + ([f"By {byline}"] if byline else [])
            chunks.append("\n\n".join(["\n".join(head), *paras, "Reuter"]))
        elif how == "perline":
            title, byline = s.title, None
            chunks.append("\n".join([title, *paras, "Reuter"]))
        else:
            raise ValueError(how)
        gold.append(
            {
                "title": title,
                "kind": "wire",
                "source": "Reuters",
                "source_aliases": ["Reuters", "Reuter"],
                "byline": byline,
                "dateline": s.dateline,
                "published_date": s.published_date,
                "external_id": None,
                "body": paras,
                "captions": [],
                "teasers": [],
            }
        )
    sep = "\n\n\n" if how == "titlecase" else "\n\n"
    return sep.join(chunks) + "\n", gold


def chunk_cut(text: str, size: int) -> str:
    return "\n".join(text[i : i + size] for i in range(0, len(text), size))


def group_sizes(n: int, rng: random.Random) -> list[int]:
    """Split n stories into runs of 6-8 (a single shorter/longer run only when n < 12)."""
    if n <= 0:
        return []
    fewest, most = -(-n // 8), max(1, n // 6)
    groups = rng.randint(fewest, most) if fewest <= most else most
    sizes = [min(6, n)] * groups
    extra = n - sum(sizes)
    while extra > 0:
        open_ = [k for k, size in enumerate(sizes) if size < 8] or list(range(groups))
        sizes[rng.choice(open_)] += 1
        extra -= 1
    return sizes


def norm(s: str) -> str:
    return WS_RE.sub(" ", s).strip()


def build(sgml: Path, out: Path, seed: int) -> dict:
    stories, skipped = parse_sgml(sgml.read_text(encoding="latin-1"))
    rng = random.Random(seed)
    sizes = group_sizes(len(stories), rng)
    (out / "clean").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for old in [*(out / "clean").glob("*.txt"), *(out / "gold").glob("*.json")]:
        old.unlink()
    files, problems, pos = [], [], 0
    for g, size in enumerate(sizes):
        group = stories[pos : pos + size]
        pos += size
        for how in PRESENTATIONS:
            note = ""
            if how == "chunkcut":
                base = rng.choice(["verbatim", "perline"])
                csize = rng.randint(80, 200)
                plain, gold = render(group, base)
                text = chunk_cut(plain, csize)
                note = f"{base}/{csize}"
                check_text = plain
                if text.replace("\n", "") != plain.replace("\n", ""):
                    problems.append(f"{g}:{how}: chunk cut changed the text")
            elif how == "crlf":
                base = rng.choice(["titlecase", "verbatim"])
                plain, gold = render(group, base)
                text = plain.replace("\n", "\r\n")
                check_text = plain
                note = base
            else:
                text, gold = render(group, how)
                check_text = text
            name = f"{g:03d}_{how}.txt"
            (out / "clean" / name).write_bytes(text.encode("utf-8"))
            doc = {"file": name, "schema": 1, "articles": gold}
            (out / "gold" / f"{g:03d}_{how}.json").write_text(
                json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            hay = norm(check_text)
            for art in gold:
                if norm(art["title"]) not in hay:
                    problems.append(f"{name}: title not in dump: {art['title']!r}")
                for p in art["body"]:
                    if norm(p) not in hay:
                        problems.append(f"{name}: paragraph not in dump: {p[:60]!r}")
            files.append({"file": name, "stories": len(group), "note": note})
    return {
        "stories": len(stories),
        "skipped": skipped,
        "groups": len(sizes),
        "files": files,
        "problems": problems,
    }


def write_gold_as_pred(out: Path) -> Path:
    pred = []
    for gf in sorted((out / "gold").glob("*.json")):
        doc = json.loads(gf.read_text(encoding="utf-8"))
        arts = [
            {
                "title": a["title"],
                "source": a["source"],
                "byline": a["byline"],
                "dateline": a["dateline"],
                "published_at": a["published_date"],
                "external_id": a["external_id"],
                "body": a["body"],
                "captions": a["captions"],
                "teasers": a["teasers"],
            }
            for a in doc["articles"]
        ]
        pred.append({"file": doc["file"], "articles": arts})
    path = out / "gold_as_pred.json"
    path.write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sgml", type=Path, help="a Reuters-21578 reut2-NNN.sgm file")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--scorer",
        type=Path,
        default=None,
        help="score_extraction.py to self-score the gold with (default: look for "
        "../shared/eval/score_extraction.py next to the repo)",
    )
    a = ap.parse_args(argv)
    report = build(a.sgml, a.out, a.seed)
    by_how: dict[str, list[int]] = {}
    for f in report["files"]:
        how = f["file"].split("_", 1)[1].removesuffix(".txt")
        by_how.setdefault(how, []).append(f["stories"])
    print(
        f"stories kept {report['stories']}  skipped {report['skipped']}  groups {report['groups']}"
    )
    for how in PRESENTATIONS:
        counts = by_how.get(how, [])
        print(f"  {how:9s} files {len(counts):3d}  stories {sum(counts):4d}")
    for f in report["files"]:
        if f["note"]:
            print(f"  {f['file']}: {f['note']}")
    for p in report["problems"]:
        print("PROBLEM", p)
    print(f"containment check: {'ok' if not report['problems'] else 'FAILED'}")
    pred = write_gold_as_pred(a.out)
    scorer = a.scorer or Path(__file__).resolve().parents[2] / "shared/eval/score_extraction.py"
    rc = 0
    if scorer.exists():
        res = subprocess.run(
            [sys.executable, str(scorer), str(a.out / "gold"), str(pred), "--min", "1.0"],
            capture_output=True,
            text=True,
        )
        print("self-score (gold vs gold):")
        print(res.stdout.rstrip())
        rc = res.returncode
    else:
        print(f"scorer not found at {scorer}; gold-as-prediction written to {pred}")
    return 1 if report["problems"] or rc else 0


if __name__ == "__main__":
    sys.exit(main())
