#!/usr/bin/env python3
"""Check every gold file (gold_clean/, gold_damaged/): valid JSON, all keys, and title/body/caption/byline/teaser
text occurs in the clean text (whitespace-normalised). Also writes the self-prediction for the scorer."""
import json, re, sys, unicodedata
from pathlib import Path
HERE = Path(__file__).resolve().parent
KEYS = ["title", "kind", "source", "source_aliases", "byline", "dateline", "published_date", "external_id",
        "body", "captions", "teasers"]
def norm(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()
bad = 0
def fail(msg):
    global bad; bad += 1; print("FAIL", msg)
pred = []
for gdir, tdir in (("gold_clean", "clean"), ("gold_damaged", "damaged")):
    for gf in sorted((HERE / gdir).glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        assert set(g) == {"file", "schema", "articles"} and g["schema"] == 1, gf
        assert (HERE / tdir / g["file"]).exists(), g["file"]
        base = g["file"].split("__")[0].removesuffix(".txt") + ".txt"
        text = norm((HERE / "clean" / base).read_text(encoding="utf-8"))
        for a in g["articles"]:
            if list(a) != KEYS: fail(f"{gf.name}: keys {list(a)}")
            assert a["kind"] in ("wire", "press_release", "site_page")
            assert a["source"] in a["source_aliases"]
            items = [("title", a["title"])] + [("body", p) for p in a["body"]] + [("caption", c) for c in a["captions"]]
            if a["byline"]: items.append(("byline", a["byline"]))
            if a["dateline"]: items.append(("dateline", a["dateline"]))
            if a["external_id"]: items.append(("external_id", a["external_id"]))
            for t in a["teasers"]:
                assert set(t) == {"title", "section", "summary"}
                items.append(("teaser", t["title"]))
                if t["summary"]: items.append(("teaser summary", t["summary"]))
            for kind, s in items:
                if norm(s) not in text: fail(f"{gf.name}: {kind} not in text: {s[:70]!r}")
            if a["body"] and a["dateline"] and a["kind"] != "site_page" and a["dateline"] not in a["body"][0] and kind:
                pass
            if re.match(r"^\d{4}-\d\d-\d\d$", a["published_date"] or "2000-01-01") is None: fail("date")
        if gdir == "gold_clean":
            pred.append({"file": g["file"], "articles": [dict(a, published_at=a["published_date"]) for a in g["articles"]],})
out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/final_self.json")
out.write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
print("checked;", bad, "failures; self-prediction ->", out)
sys.exit(1 if bad else 0)
