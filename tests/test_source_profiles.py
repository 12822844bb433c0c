"""Source profiles are data: seeded by a migration, taught in the admin, read by every parse.

Also the parser's confidence and doubts, stored on each imported article and shown in triage.
"""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, User
from django.test import Client

from articles import workflow
from articles.importers.dump_import import FileResult, import_dump
from articles.importers.dump_writer import DumpWriter
from articles.importers.dumps import ParsedArticle, ParsedDump
from articles.importers.dumps.profiles import DEFAULT_PROFILES, SourceProfile, source_key
from articles.importers.dumps.suppliers import WORLD_SUPPLIERS
from articles.importers.profiles import load_profiles, profile_of
from articles.models import Article, RawDump, Source
from tests.conftest import SEEDED_SOURCES
from tests.factories import ArticleFactory, SourceFactory

pytestmark = pytest.mark.django_db

SOURCES = "/admin/articles/source/"
ARTICLES = "/admin/articles/article/"
SEED = importlib.import_module("articles.migrations.0009_seed_source_profiles")

# A supplier the built-in table does not know; "Enditem" closes each story.
STORY = (
    "Harbour dredging to start in spring\n\n"
    "By Lena Berg, Coast Courier\n\n"
    "BERGEN — Dredging of the inner harbour will start in April and take two years, the port "
    "authority said on Tuesday, after a decade of delays over the cost of moving the silt.\n\n"
    "The work will deepen the channel to 14 metres so that larger cruise ships can dock.\n\n"
    "Enditem\n\n"
    "Museum reopens after renovation\n\n"
    "TROMSO — The polar museum reopened on Wednesday after a renovation that took three "
    "years and doubled its exhibition space, its director told reporters at the opening.\n\n"
    "Entry will be free for the first month.\n\n"
    "Enditem\n"
)


@pytest.fixture
def editor():
    user = User.objects.create_user("ed", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Editor"))
    client = Client()
    client.force_login(user)
    return client


def source_form(source, **changes):
    """The Source change form's POST, one item per line as the editor types it."""
    data = {
        "name": source.name,
        "slug": source.slug,
        "kind": source.kind,
        "url": source.url,
        **{
            f: "\n".join(getattr(source, f))
            for f in ("aliases", "signoffs", "lede_prefixes", "chrome_lines", "caption_credits")
        },
    }
    data.update(changes)
    return data


# -- the data migration ---------------------------------------------------------------------


def test_the_data_migration_seeded_the_parsers_built_in_table():
    """What migration 0009 put in the test database (conftest took it out again after)."""
    seeded = {row["name"]: row for row in SEEDED_SOURCES}
    # the table as it was then, in its order; the world catalogue added since (suppliers.py)
    # is built-in knowledge load_profiles() adds, not rows
    assert list(seeded) == [p.name for p in DEFAULT_PROFILES[: len(seeded)]]
    assert [p.name for p in DEFAULT_PROFILES[len(seeded) :]] == [p.name for p in WORLD_SUPPLIERS]
    for name, kind, aliases, *_ in SEED.SOURCES:
        assert seeded[name]["kind"] == kind
        assert seeded[name]["aliases"] == [a for a in aliases if a.casefold() != name.casefold()]
    assert seeded["Điện Biên Phủ"]["slug"] == "dien-bien-phu"  # python-slugify, like the app
    assert seeded["Agence France-Presse"]["slug"] == "agence-france-presse"


def test_the_seeded_rows_never_hide_what_the_parsers_table_knows():
    """The parser's table may learn more after the seed: the seeded rows' profiles get it."""
    for row in SEEDED_SOURCES:
        Source.objects.create(**row)
    Source.objects.filter(name="Reuters").update(aliases=[], signoffs=["(Reporting by"])
    profiles = load_profiles()
    assert [p.name for p in profiles] == [p.name for p in DEFAULT_PROFILES]
    for built_in, loaded in zip(DEFAULT_PROFILES, profiles, strict=True):
        assert loaded.kind == built_in.kind
        assert {source_key(s) for s in built_in.spellings} <= {
            source_key(s) for s in loaded.spellings
        }
        for hint in ("signoffs", "lede_prefixes", "chrome", "caption_credit"):
            assert set(getattr(built_in, hint)) <= set(getattr(loaded, hint))
    reuters = next(p for p in profiles if p.name == "Reuters")
    assert reuters.signoffs == ("(Reporting by",) and reuters.aliases == ("Reuter",)


def test_the_seed_keeps_editors_rows_and_only_adds_the_aliases_they_lack():
    mine = SourceFactory(name="VNA English", kind=Source.Kind.OTHER, aliases=["VNA"])
    reuters = SourceFactory(
        name="reuters", kind=Source.Kind.OTHER, aliases=["Thomson Reuters"], signoffs=["(END)"]
    )
    SourceFactory(name="Someone else", slug="xinhua")
    SEED.seed(apps, None)
    SEED.seed(apps, None)  # running it again changes nothing
    assert Source.objects.count() == len(SEED.SOURCES) + 1  # two matched, one unrelated
    mine.refresh_from_db()
    assert mine.name == "VNA English" and mine.kind == Source.Kind.OTHER
    assert mine.aliases == ["VNA", "Vietnam News Agency", "TTXVN"]
    reuters.refresh_from_db()
    assert reuters.kind == Source.Kind.OTHER and reuters.signoffs == ["(END)"]
    assert reuters.aliases == ["Thomson Reuters", "Reuter"]  # "REUTERS" it had, by case
    assert Source.objects.get(name="Xinhua").slug == "xinhua-2"


# -- load_profiles --------------------------------------------------------------------------


def test_load_profiles_reads_every_source_in_one_query(django_assert_num_queries):
    SourceFactory(name="Coast Courier", aliases=["CC"], signoffs=["Enditem"])
    with django_assert_num_queries(1):
        profiles = load_profiles()
    courier = next(p for p in profiles if p.name == "Coast Courier")
    assert courier == SourceProfile("Coast Courier", "wire", ("CC",), signoffs=("Enditem",))
    # The built-in table fills in what no Source names: the parser never knows less than it.
    assert {p.name for p in DEFAULT_PROFILES} <= {p.name for p in profiles}


def test_a_source_takes_the_place_of_the_built_in_profile_it_names():
    SourceFactory(name="AFP English", kind=Source.Kind.OTHER, aliases=["Agence France-Presse"])
    profiles = {p.name: p for p in load_profiles()}
    assert "Agence France-Presse" not in profiles
    assert profiles["AFP English"].kind == "other"  # the editor's choice stands
    assert profiles["AFP English"].aliases == ("Agence France-Presse", "AFP")


def test_profile_of_drops_blank_and_repeated_lines_and_unknown_kinds():
    source = Source(name="X", kind="bogus", aliases=["x1", " ", "x1", 3], chrome_lines=["Print"])
    assert profile_of(source) == SourceProfile("X", "other", ("x1",), chrome=("Print",))


# -- teaching a source in the admin ---------------------------------------------------------


def test_an_editor_adds_a_signoff_in_the_admin_and_the_next_parse_knows_it(editor):
    before = import_dump(STORY.encode(), "story.txt")
    assert not Article.objects.filter(source__name="Coast Courier").exists()
    assert "no source found" in before.outcomes[0].doubts

    response = editor.get(SOURCES + "add/")
    assert response.status_code == 200
    assert "Lines that end each of this supplier" in response.content.decode()  # help text
    response = editor.post(
        SOURCES + "add/",
        {
            "name": "Coast Courier",
            "slug": "coast-courier",
            "kind": "wire",
            "url": "",
            "aliases": "CC\n\nCoast Courier\n",  # its own name and blank lines are dropped
            "signoffs": "Enditem\n(END)\nenditem\n",  # a repeat is dropped
            "lede_prefixes": "",
            "chrome_lines": "Share:\nPrint",
            "caption_credits": "",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    courier = Source.objects.get(name="Coast Courier")
    assert courier.aliases == ["CC"]
    assert courier.signoffs == ["Enditem", "(END)"]
    assert courier.chrome_lines == ["Share:", "Print"]

    profile = next(p for p in load_profiles() if p.name == "Coast Courier")
    assert profile.signoffs == ("Enditem", "(END)") and profile.chrome == ("Share:", "Print")

    # The change form shows each list one item per line.
    page = editor.get(f"{SOURCES}{courier.pk}/change/").content.decode()
    assert "Enditem\n(END)</textarea>" in page

    # An edit: one more sign-off line.
    response = editor.post(
        f"{SOURCES}{courier.pk}/change/", source_form(courier, signoffs="Enditem\n(END)\n-30-")
    )
    assert response.status_code == 302
    profile = next(p for p in load_profiles() if p.name == "Coast Courier")
    assert profile.signoffs == ("Enditem", "(END)", "-30-")

    # A new dump from this supplier is credited to it, with no doubt about the source.
    after = import_dump(STORY.replace("spring", "summer").encode(), "story2.txt")
    assert "no source found" not in after.outcomes[0].doubts
    assert Article.objects.get(title__endswith="summer").source == courier


def test_a_hint_line_over_the_limit_is_a_form_error(editor):
    source = SourceFactory(name="Coast Courier")
    response = editor.post(
        f"{SOURCES}{source.pk}/change/", source_form(source, chrome_lines="x" * 201)
    )
    assert response.status_code == 200
    assert "at most 200 characters" in str(response.context["adminform"].form.errors)


def test_reporters_cannot_change_sources(client):
    user = User.objects.create_user("rita", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Reporter"))
    client.force_login(user)
    source = SourceFactory(name="Coast Courier")
    response = client.post(f"{SOURCES}{source.pk}/change/", source_form(source, signoffs="X"))
    assert response.status_code == 403
    assert Source.objects.get(pk=source.pk).signoffs == []


# -- confidence and doubts ------------------------------------------------------------------


def write(*articles: ParsedArticle, name="doubts.txt") -> FileResult:
    """The dump writer on a parse made by hand (independent of the parser's own judgment)."""
    raw, _ = RawDump.objects.get_or_create(
        sha256=name.ljust(64, "0"), defaults={"name": name, "size": 1, "content": b"x"}
    )
    result = FileResult(name=name)
    parsed = ParsedDump(filename=name, articles=list(articles))
    DumpWriter(parsed, result, publish=False, user=None, batch=None).write(raw)
    return result


def parsed(title, confidence=1.0, doubts=(), span=(0, 10)):
    return ParsedArticle(
        title=title,
        body=[f"{title}: the first paragraph of the story."],
        confidence=confidence,
        doubts=list(doubts),
        span=span,
    )


def test_the_writer_stores_each_articles_confidence_and_doubts():
    result = write(
        parsed("Sure story"),
        parsed("Doubtful story", 0.45, ["story boundary guessed", "no source found"], (10, 20)),
        parsed("Odd numbers", float("nan"), span=(20, 30)),
        parsed("Over the top", 7, span=(30, 40)),
    )
    assert [o.confidence for o in result.outcomes] == [1.0, 0.45, 1.0, 1.0]
    stored = dict(Article.objects.values_list("title", "import_confidence"))
    assert stored == {
        "Sure story": 1.0,
        "Doubtful story": 0.45,
        "Odd numbers": 1.0,
        "Over the top": 1.0,
    }
    doubtful = Article.objects.get(title="Doubtful story")
    assert doubtful.import_doubts == ["story boundary guessed", "no source found"]


def test_an_unchanged_article_takes_the_new_parses_confidence_without_a_revision():
    write(parsed("Story", 0.5, ["caption guessed"]))
    article = Article.objects.get()
    revisions = article.history.count()
    again = write(parsed("Story", 0.95), name="doubts.txt")
    assert [o.action for o in again.outcomes] == ["unchanged"]
    article.refresh_from_db()
    assert (article.import_confidence, article.import_doubts) == (0.95, [])
    assert article.history.count() == revisions


def test_low_confidence_imports_are_in_the_triage_queue_with_their_doubts_shown(editor, settings):
    write(
        parsed("Sure story"),
        parsed("Doubtful story", 0.45, ["story boundary guessed"], (10, 20)),
        parsed("Fairly sure story", 0.85, ["caption guessed"], (20, 30)),
    )
    # Give them sections: only the parser's doubt can put them in the queue.
    section = ArticleFactory().section
    Article.objects.filter(raw_dump__isnull=False).update(section=section)

    def queue():
        response = editor.get(ARTICLES, {"triage": "needs"})
        assert response.status_code == 200
        return {a.title for a in response.context["cl"].result_list}, response.content.decode()

    titles, html = queue()
    assert titles == {"Doubtful story"}
    assert "45% sure: story boundary guessed" in html
    settings.NEWSROOM_TRIAGE_CONFIDENCE = 0.9
    titles, html = queue()
    assert titles == {"Doubtful story", "Fairly sure story"}
    assert "85% sure: caption guessed" in html

    doubtful = Article.objects.get(title="Doubtful story")
    assert workflow.is_doubtful(doubtful)
    page = editor.get(f"{ARTICLES}{doubtful.pk}/change/").content.decode()
    assert "Check this import" in page and "45% sure: story boundary guessed" in page
    assert f"/admin/articles/rawdump/{doubtful.raw_dump_id}/change/" in page
    sure = Article.objects.get(title="Sure story")
    assert "Check this import" not in editor.get(f"{ARTICLES}{sure.pk}/change/").content.decode()


def test_articles_not_from_a_dump_are_never_doubted():
    typed = ArticleFactory(draft=True)
    assert typed.import_confidence is None and typed.import_doubts == []
    assert not workflow.is_doubtful(typed)
    assert not Article.objects.filter(workflow.needs_triage()).exists()
