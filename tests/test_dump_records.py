"""Feed exports (articles/importers/dumps/records.py): records of fields read as stories."""

from __future__ import annotations

import pytest

from articles.importers.dumps import parse_text
from articles.importers.dumps.records import relayout_records


@pytest.fixture(autouse=True)
def _clear_cache():
    """Pure functions: no database, no Django cache."""
    yield


FEED = """Feed export (RSS 2.0, tags stripped) - fetched 2026-04-02 16:00 UTC
Channels: 2 | Items: 3

Channel: HNA - Highland News Agency (English)
Channel link: https://www.hna.example/en

Item 1
Title: Quinoa growers expect 15% larger harvest
Link: https://www.hna.example/en/economy/20260402-quinoa-harvest
Guid: hna-20260402-0173
PubDate: Thu, 02 Apr 2026 08:12:00 -0400
Author: Ruth Quispe
Category: Economy
Description: Good rains in January have lifted expectations in the highlands.
Content:
Oruro, Apr 2 (HNA).- Quinoa growers expect a harvest about 15% larger than last year's thanks to \
regular rains in January, their association said on Thursday.
The harvest would begin in late April and could reach 38,000 tonnes, its president said.

Item 2
Title: Cable car line to link two districts from June
Link: https://www.hna.example/en/society/20260402-cable-car
Guid: hna-20260402-0188
Author: HNA
Content:
El Alto, Apr 2 (HNA).- A new cable car line linking two districts will begin carrying \
passengers in June, the state operator said.
The line has five stations and will carry up to 3,000 passengers an hour.

Channel: CNA - Coastal News Agency
Channel link: https://cna.example/eng

Item 3
Title: New bridge over the river opens to traffic
Link: https://cna.example/eng/2026/04/new-bridge-opens
Guid: 48213
Content:
DUSHANBE, April 2 (CNA) - A new 310-metre bridge over the river opened to traffic on Thursday, \
shortening the road between two districts by 40 kilometres.
The bridge was built in 22 months, the Ministry of Transport said.
"""


def test_each_record_is_a_story_with_its_title_byline_id_and_text():
    arts = parse_text(FEED, "feed.txt").articles
    assert [a.title for a in arts] == [
        "Quinoa growers expect 15% larger harvest",
        "Cable car line to link two districts from June",
        "New bridge over the river opens to traffic",
    ]
    assert [a.external_id for a in arts] == ["hna-20260402-0173", "hna-20260402-0188", "48213"]
    assert arts[0].byline == "Ruth Quispe"
    assert not arts[1].byline  # "Author: HNA": the agency, no author
    assert [a.source for a in arts] == ["HNA", "HNA", "CNA"]
    assert arts[0].body[0].startswith("Oruro, Apr 2 (HNA).- Quinoa growers")
    assert not any("Description" in p or "Good rains" in p for p in arts[0].body)
    assert len(arts[2].body) == 2


def test_a_dump_with_one_record_or_none_is_left_as_it_is():
    one = FEED.split("Item 2")[0]
    assert relayout_records(one) is one
    prose = "Title: a word\nSome text without any content label.\n"
    assert relayout_records(prose) is prose
