"""The dump parser's fourth round: layout evidence that does not depend on any supplier's wording.

* a page's head found as a block of short lines in which a headline is followed by a date stamp
  or a By line, with the story after it (``segment.head_cluster``);
* a dump whose stories stand further apart than its paragraphs (two blank lines against one, or
  one against none) keeps those breaks through relayout and unwrapping;
* end codes recognised by their shape where they close a story;
* one supplier named in a dump given to the stories that name none;
* labelled lines under a footer, lines printed twice in a page's head, bylines in brackets,
  more caption credits, topic links that are not teasers.

Every dump here is invented (fictional people, firms and places' events) in a layout of its own.
"""

from __future__ import annotations

import pytest

from articles.importers.dumps import grammar, parse_text
from articles.importers.dumps.chunks import _head_pair, find_cuts
from articles.importers.dumps.lines import CHROME, SIGNOFF, split_lines
from articles.importers.dumps.parse import repair_text
from articles.importers.dumps.profiles import SourceIndex
from articles.importers.dumps.segment import head_cluster
from articles.importers.dumps.unwrap import relayout


@pytest.fixture(autouse=True)
def _clear_cache():
    """Pure functions: no database, no Django cache."""
    yield


def parse(text: str):
    return parse_text(text, "round4.txt")


def titles(parsed) -> list[str]:
    return [a.title for a in parsed.articles]


BODY_A = (
    "The harbour board has approved a plan to dredge the eastern channel before the winter "
    "storms, the chairman told reporters after a four-hour meeting on Tuesday evening."
)
BODY_B = (
    "Work will begin next month and is expected to take eleven weeks, with night shifts to "
    "keep the ferry timetable running while the dredgers are in the channel."
)
BODY_C = (
    "A community choir of ninety singers will perform the town's first winter concert in the "
    "restored market hall, organisers said, with tickets going on sale on Friday."
)
BODY_D = (
    "The hall reopened in September after a two-year restoration that uncovered a painted "
    "ceiling hidden under plaster since the nineteen-fifties, the trust said."
)

TWO_PAGES = f"""Regions
Coast
Harbour board backs plan to dredge eastern channel
Dredging will keep the ferry route open through the storm season
Mara Velloso
Wed 19 Nov 2025 09.15 GMT
Share

{BODY_A}

{BODY_B}

Explore more on these topics
Harbours
Ferries
Share

Culture
Music
Choir of ninety to open restored market hall with winter concert
By Tobias Renk
Published: 19 November 2025, 11:02 am

{BODY_C}

{BODY_D}
"""


def test_a_page_head_opens_the_next_story_after_the_last_ones_furniture():
    parsed = parse(TWO_PAGES)
    assert titles(parsed) == [
        "Harbour board backs plan to dredge eastern channel",
        "Choir of ninety to open restored market hall with winter concert",
    ]
    first, second = parsed.articles
    assert first.body == [BODY_A, BODY_B]
    assert first.byline == "Mara Velloso"
    assert second.body == [BODY_C, BODY_D]
    assert second.byline == "Tobias Renk"
    assert not parsed.teasers and not first.teasers  # "Harbours", "Ferries": topic links


def test_head_cluster_needs_a_stamp_or_byline_and_a_story_after_it():
    lines = split_lines(TWO_PAGES)
    at = next(i for i, ln in enumerate(lines) if ln.text == "Culture")
    head = head_cluster(lines, at)
    assert head is not None and lines[head].text.startswith("Choir of ninety")
    # teasers: titles each with a stamp, and no story under them, are no page head
    teasers = split_lines(
        "Most read\nFerry fares to rise in January\n19 November 2025\n"
        "Council names new harbour master\n18 November 2025\n\nAbout us\n"
    )
    assert head_cluster(teasers, 1) is None
    # a headline alone over its story (a wire's layout) is left to the wire rules
    assert head_cluster(split_lines(f"Harbour board backs plan\n\n{BODY_A}\n"), 0) is None


def test_stamps_with_british_and_australian_clocks():
    assert grammar.is_stamp("Wed 19 Nov 2025 09.15 GMT")
    assert grammar.is_stamp("November 19, 2025 — 4.05pm")
    assert not grammar.is_stamp("The fare rose to 16.42 dollars")


ROUNDUP = """FICTIONAL WIRE General News
11-19-2025
Evening Round-Up



Dredging Plan (PORTVALE)

The harbour board has approved a plan to dredge the eastern channel before the winter
storms, the chairman told reporters after a four-hour meeting.

Work will begin next month and is expected to take eleven weeks, with night shifts to
keep the ferry timetable running.



Winter Concert (ELMSTEAD)

A community choir of ninety singers will perform the first winter concert in the
restored market hall, organisers said, with tickets going on sale on Friday.

The hall reopened in September after a two-year restoration of its painted ceiling.



Rail Repairs (DUNMORE)

Engineers will close the branch line for three weekends to replace a bridge deck that
was found to be corroded during a routine inspection in the summer.

Replacement buses will run every half hour between the two stations.
"""


def test_stories_further_apart_than_paragraphs_are_split_there():
    parsed = parse(ROUNDUP)
    assert titles(parsed) == [
        "Dredging Plan (PORTVALE)",
        "Winter Concert (ELMSTEAD)",
        "Rail Repairs (DUNMORE)",
    ]
    assert [len(a.body) for a in parsed.articles] == [2, 2, 2]
    assert parsed.articles[0].body[0].startswith("The harbour board has approved")
    assert "winter storms" in parsed.articles[0].body[0]  # the wrapped lines joined


LINES_NO_BLANKS = f"""Harbour board backs plan to dredge eastern channel
PORTVALE, Nov 19 (FNA): {BODY_A}
{BODY_B}
Officials said the cost would be met from the port's reserve fund.

Choir of ninety to open restored market hall
ELMSTEAD, Nov 19 (FNA): {BODY_C}
{BODY_D}
Tickets cost twelve pounds, with concessions for students.
"""


def test_a_dump_of_unbroken_lines_keeps_its_own_blank_lines_as_story_breaks():
    text, layout = relayout(LINES_NO_BLANKS)
    assert layout.kind == "lines-no-blanks"
    assert "\n\n\nChoir of ninety" in text
    parsed = parse(LINES_NO_BLANKS)
    assert titles(parsed) == [
        "Harbour board backs plan to dredge eastern channel",
        "Choir of ninety to open restored market hall",
    ]
    assert [len(a.body) for a in parsed.articles] == [3, 3]


def test_sentence_breaks_do_not_vote_for_a_chunk_period():
    """A dump of one paragraph a line: newlines between sentences are paragraph breaks."""
    lines = [
        "Harbour board backs plan to dredge eastern channel",
        f"PORTVALE, 19th November, 2025 (FNA) -- {BODY_A}",
        BODY_B,
        BODY_C,
        BODY_D,
        "FNA/Mara Velloso/Tobias Renk",
        "Choir of ninety to open restored market hall",
        f"ELMSTEAD, November 19 (ENS) - {BODY_C}",
        BODY_D,
        BODY_B,
    ]
    report = find_cuts("\n".join(lines) + "\n")
    assert report.period is None


@pytest.mark.parametrize(
    "code", ["FNA/Mara Velloso/Tobias Renk", "**4471**0915", "/TR/", "ENS/KL/MB/1520", "ENS"]
)
def test_end_codes_are_found_by_their_shape(code):
    text = (
        f"Harbour board backs plan to dredge eastern channel\n\n{BODY_A}\n\n{BODY_B}\n\n{code}\n\n"
        f"Choir of ninety to open restored market hall\n\n"
        f"ELMSTEAD, Nov 19 (ENS) - {BODY_C}\n\n{BODY_D}\n"
    )
    kinds = {ln.text: ln.kind for ln in split_lines(text)}
    assert kinds[code] == SIGNOFF
    parsed = parse(text)
    assert len(parsed.articles) == 2
    assert code not in parsed.articles[0].body
    assert not parsed.articles[0].captions


def test_a_prose_line_is_no_end_code():
    text = f"Harbour board backs plan\n\n{BODY_A}\n\nIt will vote again.\n\n{BODY_B}\n"
    kinds = {ln.text: ln.kind for ln in split_lines(text)}
    assert kinds["It will vote again."] != SIGNOFF


def test_the_one_supplier_a_dump_names_goes_to_the_stories_that_name_none():
    parsed = parse(ROUNDUP.replace("FICTIONAL WIRE General News", "AAP General News (Australia)"))
    assert {a.source for a in parsed.articles} == {"Australian Associated Press"}
    assert "source taken from a neighbouring story" in parsed.articles[1].doubts


def test_a_ledes_own_agency_outranks_the_next_sections_masthead_under_it():
    text = (
        "Cashmere hub opens in the west\n"
        f"Ulaanbaatar, November 19 (ZNA) {BODY_A}\n"
        f"{BODY_B}\n"
        "Bulgarian News Agency\n"
        "Port handles record grain volume\n"
        f"Varna, November 19 (BTA) - {BODY_C}\n"
        f"{BODY_D}\n"
    )
    parsed = parse(text)
    assert [a.source for a in parsed.articles] == ["ZNA", "Bulgarian News Agency"]


def test_labelled_lines_under_a_footer_belong_to_the_story_it_closed():
    text = (
        "Cidery opens tasting barn built from orchard timber\n"
        "By: Fictional Cidery\n\n"
        f"ASHVALE, Ore. - Nov. 19, 2025 - PRLog -- {BODY_C}\n\n{BODY_D}\n\n"
        "End\n"
        "Source: Fictional Cidery\n"
        "City/Town: Ashvale - Oregon - US\n"
        "Industry: Food, Agriculture\n"
        "Link: https://prlog.org/13999001\n\n"
        "Tutors add free Saturday maths clinics\n"
        "By: Fictional Tutors\n\n"
        f"BRIDGEFORD, Mont. - Nov. 19, 2025 - PRLog -- {BODY_A}\n\n{BODY_B}\n\n"
        "End\n"
    )
    parsed = parse(text)
    assert titles(parsed) == [
        "Cidery opens tasting barn built from orchard timber",
        "Tutors add free Saturday maths clinics",
    ]
    assert [a.source for a in parsed.articles] == ["PRLog", "PRLog"]
    assert parsed.articles[0].external_id == "13999001"
    assert parsed.articles[0].dateline.startswith("ASHVALE, Ore.")


def test_a_headline_printed_again_in_the_page_head_is_furniture():
    text = (
        "Coast\n"
        "Metro adds women-only carriages on two lines\n\n"
        "Metro adds women-only carriages on two lines\n"
        "Passengers board a train at Central station. (FN photo by Lina Haddad)\n"
        "Noor Salem\n"
        "Short Url\n"
        "Updated 19 November 2025\n\n"
        "Metro adds women-only carriages on two lines\n\n"
        f"{BODY_A}\n\n{BODY_B}\n"
    )
    parsed = parse(text)
    assert titles(parsed) == ["Metro adds women-only carriages on two lines"]
    art = parsed.articles[0]
    assert art.body == [BODY_A, BODY_B]
    assert [c for _, c in art.captions] == [
        "Passengers board a train at Central station. (FN photo by Lina Haddad)"
    ]
    assert art.byline == "Noor Salem"


def test_bylines_in_brackets_and_more_caption_credits():
    assert grammar.byline("(By Lin Mei-hua and Evan Shore)") == "Lin Mei-hua and Evan Shore"
    assert grammar.photo_credit("Workers at the depot. Credit: Dana Reyes") == "Dana Reyes"
    assert grammar.photo_credit("A branch in Leeds. Photograph: Kit Morrow/Alamy") == (
        "Kit Morrow/Alamy"
    )
    assert grammar.photo_credit("The team after the operation. Image Credit: Supplied")
    assert grammar.photo_credit("Orders arrive within 30 minutes. (Supplied)") == "Supplied"
    assert grammar.photo_credit("Buses on the new lane.\nRia Kumar/Coast Times") == (
        "Ria Kumar/Coast Times"
    )
    assert not grammar.photo_credit("He gave credit to the team for the result.")


def test_a_source_is_not_shared_across_pages_of_another_sites_template():
    """Two papers' pages in one dump: the second paper's stamps have another shape, so its
    pages do not take the first paper's name."""
    first = (
        "Metro\nHarbour board backs plan to dredge eastern channel\nDana Reyes\n"
        f"Published November 19, 2025\n\nPORTVALE: {BODY_A}\n\n{BODY_B}\n\n"
        "Published in Dawn, November 19th, 2025\n\n"
    )
    second = (
        "Culture\nChoir of ninety to open restored market hall\nStaff Correspondent\n"
        f"Wed Nov 19, 2025 04:12 PM\n\n{BODY_C}\n\n{BODY_D}\n"
    )
    parsed = parse(first + second)
    assert titles(parsed) == [
        "Harbour board backs plan to dredge eastern channel",
        "Choir of ninety to open restored market hall",
    ]
    assert parsed.articles[0].source == "Dawn"
    assert parsed.articles[1].source != "Dawn"


def test_a_credited_caption_is_its_own_paragraph_even_with_no_blank_line_under_it():
    assert grammar.photo_credit("Boats moored on the lake at dusk. Post File Photo")
    assert grammar.photo_credit("Trekkers on the circuit. PHOTO COURTESY: Guides' Association")
    text = (
        "Ferry operator adds night crossings\nBy Dana Reyes\n\n"
        "Commuters wait at the ferry pier in Portvale. (FN Photo)\n"
        f"Portvale: {BODY_A}\n\n{BODY_B}\n"
    )
    art = parse(text).articles[0]
    assert [c for _, c in art.captions] == [
        "Commuters wait at the ferry pier in Portvale. (FN Photo)"
    ]
    assert art.body == [f"Portvale: {BODY_A}", BODY_B]


TELETYPE = """Harbour/Dredging/Portvale
Harbour board backs plan to dredge the eastern channel
   PORTVALE (FNA) - The harbour board has approved a plan to dredge the
eastern channel before the winter storms, the chairman told reporters
after a four-hour meeting on Tuesday evening in the town hall.
   Work will begin next month and is expected to take eleven weeks,
with night shifts to keep the ferry timetable running while the
dredgers are in the channel, the port authority said in a statement.
(End) abc/def
"""


def test_a_block_of_teletype_copy_amid_web_pages_is_unwrapped_on_its_own():
    text = TWO_PAGES + "\n" + TELETYPE
    relaid, layout = relayout(text)
    assert layout.kind == "mixed"
    assert (
        "PORTVALE (FNA) - The harbour board has approved a plan to dredge the eastern channel "
        "before the winter storms, the chairman told reporters after a four-hour meeting on "
        "Tuesday evening in the town hall."
    ) in relaid
    assert BODY_A in relaid  # the web pages' one-line paragraphs as they were
    parsed = parse(text)
    assert titles(parsed)[-1] == "Harbour board backs plan to dredge the eastern channel"
    assert len(parsed.articles[-1].body) == 2


def test_a_distributors_record_under_a_release_is_furniture_and_gives_its_number():
    text = (
        "Ferry operator orders hybrid vessel for island route\n\n"
        f"PORTVALE, Nov. 19, 2025 (FAKEWIRE) -- {BODY_A}\n\n{BODY_B}\n\n"
        "Contact Details: Portvale Ferries, Dana Reyes, +353 21 555 0143, press@pv.example\n\n"
        "Publisher Contact: Dana Reyes - portvale.example\n"
        "Categories: Transport, Tourism\n"
        "Newswire ID: 248823\n"
    )
    kinds = {ln.text: ln.kind for ln in split_lines(text)}
    assert kinds["Publisher Contact: Dana Reyes - portvale.example"] == CHROME
    assert kinds["Categories: Transport, Tourism"] == CHROME
    (art,) = parse(text).articles
    assert art.external_id == "248823"
    assert art.body[-1].startswith("Contact Details: Portvale Ferries")  # the contact stays
    assert not any("Categories" in p or "Publisher Contact" in p for p in art.body)


def test_a_source_label_under_the_headline_does_not_close_the_story():
    text = (
        "09 Dec 2025\nHarbour board backs plan to dredge eastern channel\n"
        f"Source: Kazinform\nDana Reyes\nPORTVALE. KAZINFORM – {BODY_A}\n\n{BODY_B}\n"
    )
    (art,) = parse(text).articles
    assert art.title == "Harbour board backs plan to dredge eastern channel"
    assert art.source == "Kazinform"
    assert art.body[-1] == BODY_B


def test_an_agency_then_its_date_opens_a_lede():
    d = grammar.dateline(f"(PRUnderground) December 9th, 2025 {BODY_A}")
    assert (d.agency, d.date) == ("PRUnderground", "December 9th, 2025")


def test_a_masthead_is_not_the_sign_off_of_the_story_above_it():
    text = (
        f"Harbour board backs plan to dredge eastern channel\n\n{BODY_A}\n\n{BODY_B}\n\n"
        "AGERPRES\nRomanian National News Agency\nEnglish 09-12-2025 12:41\n"
        "Choir of ninety to open restored market hall\n"
        f"Bucharest, Dec 9 /Agerpres/ - {BODY_C}\n\n{BODY_D}\n"
    )
    kinds = {ln.text: ln.kind for ln in split_lines(text, SourceIndex.of(None))}
    assert kinds["AGERPRES"] == CHROME  # a known agency's name, but a masthead here
    first, second = parse(text).articles
    assert second.source == "Agerpres"
    # the first story names no supplier: it is lent the dump's only one, with the doubt shown,
    # not given it by a sign-off of its own
    assert "source taken from a neighbouring story" in first.doubts


def test_chunk_repair_leaves_a_sign_off_and_a_deck_on_lines_of_their_own():
    """A dump cut into 300-character chunks: the cuts are repaired, but the short sign-off under
    a finished sentence and the deck under a headline are real line breaks."""
    story = (
        "Harbour board backs plan to dredge eastern channel\n"
        "Dredging will keep the ferry route open through the storm season\n\n"
        f"{BODY_A} {BODY_B}\n\n{BODY_C} {BODY_D}\n"
        "fna ks xx\n\n"
    )
    text = story + story.replace("Harbour board", "Port council").replace("fna ks", "fna mb")
    cut = "\n".join(text[k : k + 300] for k in range(0, len(text), 300))
    repaired, report, _ = repair_text(cut)
    assert report.period == 301
    assert "storm season\n" in repaired and "channel\nDredging" in repaired
    assert "nineteen-fifties, the trust said.\nfna ks xx" in repaired
    assert BODY_A in repaired and BODY_C in repaired


def test_a_word_hyphenated_at_the_wrap_is_joined_only_when_the_whole_is_common():
    wrapped = (
        "   MANILA (FNA) -- Rebel leaders agreed on Thursday to open a nation-\n"
        "wide round of formal talks with the government on a lasting cease-\n"
        "fire, raising hopes for an end to a conflict in the southern long-\n"
        "term strongholds that has claimed thousands of lives in decades.\n"
        "   The talks will open next month in a seminary outside the capital,\n"
        "officials said, and are expected to last for at least three weeks\n"
        "before any agreement is put to the two sides' leaderships at home.\n"
        "   Church leaders who brokered the meeting said both delegations had\n"
        "agreed to meet again before the end of the year in the same place.\n"
    )
    text, layout = relayout(wrapped)
    assert layout.kind == "hard-wrapped"
    assert "open a nationwide round of formal talks" in text
    assert "a lasting cease-fire, raising" in text and "southern long-term strongholds" in text


@pytest.mark.parametrize(
    ("text", "real_break"),
    [
        ("Pokhara to cap boats on the lake from next season\nLake authority cites waste\n\n", True),
        # the chunker kept the space before its newline: a headline cut in two
        ("National Assembly Standing \nCommittee opens 48th session\n\n", False),
        # a sentence cut near its end: one word goes on
        ("A shaman performs rituals at the ceremony in Co Muong\nVillage.\n\n", False),
    ],
)
def test_a_headline_over_its_deck_is_no_chunk_cut(text, real_break):
    assert _head_pair(text, text.index("\n"), set()) is real_break
