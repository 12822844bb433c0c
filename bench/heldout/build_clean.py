#!/usr/bin/env python3
"""Render the held-out clean dumps (clean/*.txt) and their gold (gold/*.json).

The text lives in content_*.py (all invented for this corpus). Layout imitates the three seeds in
../shared/seeds exactly: wire stories glued with a blank line, "./." end marker and a
"Source: ..." footer; GlobeNewswire releases with dateline "(GLOBE NEWSWIRE) — ", "About X"
headings, "  1. " numbered lists, contact blocks and "GlobeNewswire Distribution ID"; newspaper
pages with "ĐBP - " lede, stand-alone captions, byline line glued to "Comment", comment-box
chrome and "Recent news" teasers ("  • '" bullets, 4-space indented title/section/summary).
The gold is what a perfect parse gives (conventions copied from ../shared/gold).

Usage: python3 build_clean.py   (writes clean/ and gold/ next to this file)
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import content_pages as P  # noqa: E402
import content_pr as R  # noqa: E402
import content_wire as W  # noqa: E402

VNA_ALIASES = ["Vietnam News Agency", "VNA"]
DBP_ALIASES = ["ĐBP", "Điện Biên Phủ", "Điện Biên Phủ Online", "Báo Điện Biên Phủ", "Dien Bien Phu"]
CHROME = "Comment\n\nYou have 500/500 characters left\n\nPlease enter 5 or more characters!!!"


def art(title, kind, source, aliases, byline, dateline, published, ext, body, captions, teasers):
    return {
        "title": title,
        "kind": kind,
        "source": source,
        "source_aliases": aliases,
        "byline": byline,
        "dateline": dateline,
        "published_date": published,
        "external_id": ext,
        "body": body,
        "captions": captions,
        "teasers": teasers,
    }


# ---------------------------------------------------------------- wire
def wire(story, footer="Source: Vietnam News Agency"):
    title, dateline, paras = story
    text = title + "\n\n" + "\n\n".join(paras) + ("\n\n" + footer if footer else "")
    gold = art(
        title,
        "wire",
        "Vietnam News Agency",
        VNA_ALIASES,
        None,
        dateline,
        None,
        None,
        list(paras),
        [],
        [],
    )
    return text, gold


# ---------------------------------------------------------------- press release
def press_release(pr):
    blocks, body = [], []
    first = True
    for item in pr["body"]:
        if isinstance(item, str):
            if first:
                item = f"{pr['dateline']} (GLOBE NEWSWIRE) — {item}"
                first = False
            blocks.append(item)
            body.append(item)
        elif item[0] == "list":
            lines = [f"  {i}. {x}" for i, x in enumerate(item[1], 1)]
            blocks.append("\n".join(lines))
            body += [f"{i}. {x}" for i, x in enumerate(item[1], 1)]
        elif item[0] == "contact":
            blocks.append("\n".join(item[1]))
            body.append("\n".join(item[1]))
    text = pr["title"] + "\n\n" + "\n\n".join(blocks)
    if pr.get("dash"):
        text = text.replace("(GLOBE NEWSWIRE) — ", f"(GLOBE NEWSWIRE) {pr['dash']} ", 1)
        body[0] = body[0].replace("(GLOBE NEWSWIRE) — ", f"(GLOBE NEWSWIRE) {pr['dash']} ", 1)
    if pr.get("dist_id"):
        text += f"\n\nGlobeNewswire Distribution ID {pr['dist_id']}"
    aliases = ["GlobeNewswire", "GLOBE NEWSWIRE", "Globe Newswire", pr["company"]]
    gold = art(
        pr["title"],
        "press_release",
        "GlobeNewswire",
        aliases,
        None,
        pr["dateline"],
        pr["published_date"],
        pr.get("dist_id"),
        body,
        [],
        [],
    )
    return text, gold


# ---------------------------------------------------------------- newspaper page
def teaser_block(keys):
    out, gold = [], []
    for k in keys:
        title, section, summary = P.T[k]
        out.append(
            f"  • '{title}\n\n    {title}\n\n    {' - '.join(section)} -\n    ĐBP - {summary}"
        )
        gold.append({"title": title, "section": list(section), "summary": summary})
    return "\n".join(out), gold


def chrome(keys, recent_news=True):
    text = CHROME
    gold = []
    if recent_news:
        text += "\n\nRecent news"
        if keys:
            tb, gold = teaser_block(keys)
            text += "\n\n" + tb
    return text, gold


def page(pg):
    blocks, body, caps = [], [], []
    for item in pg["body"]:
        if isinstance(item, str):
            blocks.append(item)
            body.append(item)
        else:
            blocks.append(item[1])
            caps.append(item[1])
    text = pg["title"] + "\n\n" + "\n\n".join(blocks)
    if pg["byline"]:
        text += "\n\n" + pg["byline"] + "\n"
    else:
        text += pg.get("no_byline_sep", "\n")
    ctext, tgold = chrome(pg["teasers"], pg.get("recent_news", True))
    text += ctext
    gold = art(
        pg["title"],
        "site_page",
        "Điện Biên Phủ",
        DBP_ALIASES,
        pg["byline"],
        pg["dateline"],
        None,
        None,
        body,
        caps,
        tgold,
    )
    return text, gold


# ---------------------------------------------------------------- files
def build():
    files = {}

    def add(name, parts, trailing_nl=False, top_teasers=None):
        text = "\n\n".join(t for t, _ in parts) + ("\n" if trailing_nl else "")
        g = {"file": name, "schema": 1, "articles": [a for _, a in parts if a is not None]}
        if top_teasers is not None:
            g["teasers"] = top_teasers
        files[name] = (text, g)

    add(
        "w01_vna_three.txt",
        [wire(W.CHILE), wire(W.CRUISE, "Source: Vietnam News Agen"), wire(W.CANTHO)],
    )
    add(
        "w02_vna_five.txt",
        [
            wire(W.DRUGS),
            wire(W.MARTIAL),
            wire(W.CHIPS, "Source: Vietnam News Ag"),
            wire(W.COFFEE),
            wire(W.ABYEI),
        ],
        trailing_nl=True,
    )
    add("w03_vna_two_long.txt", [wire(W.DIGITAL_LAW), wire(W.SALT)])
    add(
        "w04_vna_six_short.txt",
        [
            wire(W.PORT),
            wire(W.PHYSICS),
            wire(W.BUCKWHEAT),
            wire(W.MONGOLIA),
            wire(W.YENBAI),
            wire(W.CAMAU, "Source: Vietnam New"),
        ],
    )
    add("p01_pr_plus_wire.txt", [press_release(R.AGRITECH), wire(W.BUSAN), wire(W.DURIAN)])
    add("p02_pr_plain.txt", [press_release(R.NORDHAVN)], trailing_nl=True)
    add("p03_pr_list_contacts.txt", [press_release(R.KESTREL)])
    add("n01_page_full.txt", [page(P.CARDAMOM)])
    add("n02_page_no_byline.txt", [page(P.STROKE)])
    add("n03_page_no_captions_no_teasers.txt", [page(P.TEA)])
    add("n04_two_pages.txt", [page(P.LIGHTING), page(P.MACADAMIA)])
    add(
        "n05_three_pages.txt",
        [page(P.VOLUNTEER), page(P.NAMPO), page(P.HOMESTAY)],
        trailing_nl=True,
    )
    ct, cg = chrome(P.CHROME_ONLY_TEASERS)
    add("n06_chrome_only.txt", [(ct, None)], top_teasers=cg)
    add("n07_page_caption_last.txt", [page(P.BORDER_MARKET)])
    # seed-like lengths: a ~10k page with 10 teasers; a wire file with long and short stories
    add("n08_page_long_ten_teasers.txt", [page(P.RICE)])
    add(
        "w05_vna_long_mixed.txt",
        [
            wire(W.EXPRESSWAY),
            wire(W.CHIPS),
            wire(W.OCEAN),
            wire(W.DIGITAL_LAW),
            wire(W.SALT, "Source: Vietnam News Agen"),
        ],
    )
    # a chrome-only page between two pages; a wire story that lost its footer; a release
    # without distribution line and with the plain-text "--" dash
    add(
        "n09_page_chrome_page.txt",
        [page(P.STROKE), (chrome(["voters", "football"])[0], None), page(P.TEA)],
    )
    f = files["n09_page_chrome_page.txt"][1]
    f["teasers"] = chrome(["voters", "football"])[1]
    add(
        "w06_vna_missing_footer.txt",
        [wire(W.PORT), wire(W.BUSAN, None), wire(W.YENBAI)],
        trailing_nl=True,
    )
    add("p04_pr_no_distribution.txt", [press_release(dict(R.NORDHAVN, dist_id=None, dash="--"))])
    return files


def main():
    (HERE / "clean").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for name, (text, gold) in build().items():
        (HERE / "clean" / name).write_text(text, encoding="utf-8", newline="\n")
        (HERE / "gold" / (Path(name).stem + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(f"{name}: {len(text)} chars, {len(gold['articles'])} articles")


if __name__ == "__main__":
    main()
