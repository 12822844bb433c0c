"""Self-check of a supplier corpus's gold (gold_clean/, gold_damaged/), shared by final2/ to
final11/ (each corpus once had its own copy): valid JSON with all keys; title/body/caption/byline/
dateline/external_id/teaser text occurs in the clean text (whitespace-normalised); every title is
a whole line of the clean text (or follows "Title: "); every damaged gold equals its clean gold
except "file"; the damaged file decodes to the clean text once the damage is undone (chunk cuts
aside). Writes self-predictions (gold as prediction) and, if /work/shared (HERE.parents[4]/shared)
exists or SCORER is given, runs the shared scorer on both gold directories (expects 1.000).
"""
import json, os, re, subprocess, sys, unicodedata
from pathlib import Path

KEYS = ["title", "kind", "source", "source_aliases", "byline", "dateline", "published_date", "external_id",
        "body", "captions", "teasers"]


def norm(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def main(HERE: Path, default_prefix: str) -> int:
    """Check the corpus in HERE; 0 when its gold is sound, 1 otherwise."""
    bad = 0

    def fail(msg):
        nonlocal bad
        bad += 1
        print("FAIL", msg)

    preds = {"gold_clean": [], "gold_damaged": []}
    for gdir, tdir in (("gold_clean", "clean"), ("gold_damaged", "damaged")):
        for gf in sorted((HERE / gdir).glob("*.json")):
            g = json.loads(gf.read_text(encoding="utf-8"))
            assert set(g) == {"file", "schema", "articles"} and g["schema"] == 1, gf
            assert (HERE / tdir / g["file"]).exists(), g["file"]
            base = g["file"].split("__")[0].removesuffix(".txt") + ".txt"
            raw = (HERE / "clean" / base).read_text(encoding="utf-8")
            text, lines = norm(raw), set(raw.split("\n"))
            if gdir == "gold_damaged":
                cg = json.loads((HERE / "gold_clean" / base.replace(".txt", ".json")).read_text(encoding="utf-8"))
                if cg["articles"] != g["articles"]: fail(f"{gf.name}: differs from clean gold")
                data = (HERE / tdir / g["file"]).read_bytes()
                kinds = g["file"].removesuffix(".txt").split("__")[1].split("_")
                dec = data.decode("utf-16") if "utf16" in kinds else data.decode("utf-8-sig")
                if "mojibake" in kinds:
                    dec = bytes(ord(c) if ord(c) < 256 else ord(c.encode("cp1252")) for c in dec.replace("\r\n", "\n")).decode("utf-8")
                dec = dec.replace("\r\n", "\n")
                if "chunk" not in g["file"] and dec != raw: fail(f"{gf.name}: damage does not undo to the clean text")
                if "chunk" in g["file"] and re.sub(r"\s", "", dec) != re.sub(r"\s", "", raw): fail(f"{gf.name}: chunks lose text")
            for a in g["articles"]:
                if list(a) != KEYS: fail(f"{gf.name}: keys {list(a)}")
                assert a["kind"] in ("wire", "press_release", "site_page")
                assert a["source"] in a["source_aliases"]
                if a["title"] not in lines and "Title: " + a["title"] not in lines: fail(f"{gf.name}: title is not a whole line: {a['title']!r}")
                if not a["body"]: fail(f"{gf.name}: empty body")
                items = [("title", a["title"])] + [("body", p) for p in a["body"]] + [("caption", c) for c in a["captions"]]
                for k in ("byline", "dateline", "external_id"):
                    if a[k]: items.append((k, a[k]))
                for t in a["teasers"]:
                    assert set(t) == {"title", "section", "summary"}
                    items.append(("teaser", t["title"]))
                    if t["summary"]: items.append(("teaser summary", t["summary"]))
                for kind, s in items:
                    if norm(s) not in text: fail(f"{gf.name}: {kind} not in text: {s[:70]!r}")
                if a["published_date"] and re.match(r"^\d{4}-\d\d-\d\d$", a["published_date"]) is None: fail("date")
            preds[gdir].append({"file": g["file"], "articles": [dict(a, published_at=a["published_date"]) for a in g["articles"]]})
    prefix = sys.argv[1] if len(sys.argv) > 1 else default_prefix
    print("checked;", bad, "failures")
    scorer = Path(os.environ.get("SCORER", HERE.parents[4] / "shared" / "eval" / "score_extraction.py"))
    for gdir, p in preds.items():
        out = Path(f"{prefix}_{gdir}.json")
        out.write_text(json.dumps(p, ensure_ascii=False), encoding="utf-8")
        print("self-prediction ->", out)
        if scorer.exists():
            r = subprocess.run([sys.executable, str(scorer), str(HERE / gdir), str(out), "--min", "1.0"], capture_output=True, text=True)
            print(gdir, r.stdout.strip().splitlines()[-1])
            if r.returncode: fail(r.stdout)
    return 1 if bad else 0
