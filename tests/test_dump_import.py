"""The dump importer against the real database: provenance, idempotency, conflicts, bad input."""

import json
import shutil
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from articles import richtext
from articles.importers.dump_import import import_dump, import_paths
from articles.models import Article, ImportBatch, RawDump, Section, Source

pytestmark = pytest.mark.django_db

#: Four small dumps in the three shapes (a copy of the first sample, kept still for these tests).
SAMPLE = Path(__file__).resolve().parent / "data" / "dumps"


def read(name: str) -> bytes:
    return (SAMPLE / name).read_bytes()


def counts():
    return (
        Article.objects.count(),
        Source.objects.count(),
        Section.objects.count(),
        RawDump.objects.count(),
    )


def test_sample_dumps_import_into_articles_sources_sections_and_stubs():
    result = import_paths([SAMPLE])
    assert not result.errors
    summary = result.summary()
    assert summary["files"] == 4
    full = Article.objects.filter(is_stub=False)
    assert full.count() == 6  # 1 press release + 3 wire stories + 2 newspaper pages
    assert set(full.values_list("status", flat=True)) == {"draft"}
    vna = Source.objects.get(name="Vietnam News Agency")
    assert vna.articles.count() == 3
    paper = Source.objects.get(articles__title__startswith="Điện Biên farmers")
    assert "ĐBP" in paper.aliases
    press = Article.objects.get(external_id="9100001")
    assert press.source.name == "GlobeNewswire"
    assert timezone.localtime(press.published_at).date().isoformat() == "2024-03-04"
    assert press.dateline.startswith("HO CHI MINH CITY, Vietnam, March 04, 2024")
    assert press.summary.startswith("Mekong Solar Cooperative")  # the dateline is not repeated
    assert press.body.startswith("<p>HO CHI MINH CITY")  # but the body keeps it
    politics = Section.objects.get(slug="politics")
    assert politics.path == "News / Politics"
    stub = Article.objects.get(title__startswith="Provincial People's Council")
    assert stub.is_stub and stub.section == politics and stub.status == "draft"
    assert stub.summary.startswith("Delegates approved")  # the "ĐBP - " prefix is dropped
    # The first page's teaser made a stub that the second page filled, keeping its section.
    festival = Article.objects.get(title__startswith="Điện Biên Phủ city prepares")
    assert not festival.is_stub and festival.section.path == "Culture / Tourism"
    assert festival.byline == "Quàng Thị Mai"
    # Its caption is a photo slot in the body, the photo marked missing (editors fill it).
    (slot,) = richtext.photo_slots(festival.body)
    assert slot.caption_text == "Workers plant orchid trees along Võ Nguyên Giáp Street."
    assert slot.image_id is None and richtext.has_missing_photo(festival.body)
    assert not any("Workers plant orchid" in p for p in richtext.paragraphs(festival.body))
    # ... and the second page's teaser gave the first page's article its section.
    coffee = Article.objects.get(title__startswith="Điện Biên farmers")
    assert coffee.section.name == "Economy"
    assert Article.objects.filter(title__startswith="Điện Biên Phủ city prepares").count() == 1


def test_every_article_records_its_dump_and_span():
    import_paths([SAMPLE])
    data = read("wire_2024_03_05.txt")
    raw = RawDump.objects.get(name="wire_2024_03_05.txt")
    assert bytes(raw.content) == data and raw.size == len(data)
    text = data.decode("utf-8")
    for article in raw.articles.all():
        start, end = article.dump_span
        assert 0 <= start < end <= len(text)
        assert article.title in text[start:end]
        assert article.import_batch.kind == ImportBatch.Kind.DUMP


def test_reimporting_the_same_dumps_changes_nothing():
    import_paths([SAMPLE])
    before = counts()
    snapshot = list(Article.objects.order_by("pk").values())
    result = import_paths([SAMPLE])
    assert counts() == before
    assert result.summary()["created"] == 0 and result.summary()["updated"] == 0
    assert result.summary()["unchanged"] == 6
    after = list(Article.objects.order_by("pk").values())
    for a, b in zip(snapshot, after, strict=True):
        a.pop("import_batch_id"), b.pop("import_batch_id")
        assert a == b


def test_a_corrected_dump_updates_its_articles():
    data = read("press_release_solar.txt")
    import_dump(data, "press.txt")
    article = Article.objects.get(external_id="9100001")
    corrected = data.replace(b"about 600 local workers", b"about 650 local workers")
    result = import_dump(corrected, "press-v2.txt")
    assert [o.action for o in result.outcomes] == ["updated"]
    article.refresh_from_db()
    assert "650 local workers" in article.body
    assert Article.objects.filter(external_id="9100001").count() == 1
    assert RawDump.objects.count() == 2  # both versions are kept verbatim


def test_an_import_never_overwrites_what_an_editor_changed():
    data = read("press_release_solar.txt")
    import_dump(data, "press.txt")
    article = Article.objects.get(external_id="9100001")
    article.body = article.body.replace("eleven months", "ELEVEN MONTHS (edited)")
    article.save()
    corrected = data.replace(b"about 600 local workers", b"about 650 local workers")
    result = import_dump(corrected, "press-v2.txt")
    assert [o.action for o in result.outcomes] == ["conflict"]
    assert "changed by an editor" in result.outcomes[0].warnings[0]
    article.refresh_from_db()
    assert "ELEVEN MONTHS (edited)" in article.body and "600 local workers" in article.body


def test_publish_flag_publishes_new_articles():
    import_dump(read("wire_2024_03_05.txt"), "wire.txt", publish=True)
    assert Article.objects.published().count() == 3


def test_dry_run_writes_nothing_but_reports_the_same():
    dry = import_paths([SAMPLE], dry_run=True)
    assert counts() == (0, 0, 0, 0)
    real = import_paths([SAMPLE])
    assert dry.summary() == real.summary()


def test_binary_file_gives_one_line_naming_it_and_writes_nothing(tmp_path, capsys):
    bad = tmp_path / "photo.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01" + bytes(range(256)) * 8)
    with pytest.raises(SystemExit) as exit_info:
        call_command("import_dumps", str(bad))
    assert exit_info.value.code == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and "photo.jpg" in err[0]
    assert "Traceback" not in err[0]
    assert counts() == (0, 0, 0, 0)


def test_empty_file_gives_zero_articles_and_a_warning(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    call_command("import_dumps", str(empty))
    out = capsys.readouterr().out
    assert "warning:" in out and "0 articles created" in out
    assert Article.objects.count() == 0


def test_directory_imports_good_files_and_reports_bad_ones(tmp_path, capsys):
    shutil.copy(SAMPLE / "wire_2024_03_05.txt", tmp_path / "a.txt")
    (tmp_path / "b.bin").write_bytes(bytes(range(256)) * 4)
    with pytest.raises(SystemExit):
        call_command("import_dumps", str(tmp_path))
    captured = capsys.readouterr()
    assert "b.bin" in captured.err and "3 articles created" in captured.out
    assert Article.objects.count() == 3


def test_missing_path_is_a_clear_error(capsys):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="nope.txt: no such file"):
        call_command("import_dumps", "nope.txt")


def test_seed_dumps_import_and_reimport_idempotently(shared_dir):
    seeds = shared_dir / "seeds"
    gold = [json.loads(p.read_text()) for p in sorted((shared_dir / "gold").glob("*.json"))]
    result = import_paths([seeds])
    assert not result.errors
    assert Article.objects.filter(is_stub=False).count() == sum(len(g["articles"]) for g in gold)
    before = counts()
    again = import_paths([seeds])
    assert counts() == before and again.summary()["created"] == 0


@pytest.fixture
def editor(client):
    user = User.objects.create_user("ed", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Editor"))
    client.force_login(user)
    return client


def test_admin_upload_preview_then_confirm(editor):
    url = "/admin/articles/rawdump/upload/"
    assert editor.get(url).status_code == 200
    upload = SimpleUploadedFile("wire.txt", read("wire_2024_03_05.txt"))
    bad = SimpleUploadedFile("bad.bin", bytes(range(256)) * 4)
    response = editor.post(url, {"files": [upload, bad]})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Hanoi to plant one million trees" in html and "created" in html
    assert "bad.bin" in html
    assert Article.objects.count() == 0 and RawDump.objects.count() == 1  # kept, not imported
    ids = response.context["good_ids"]
    response = editor.post(url, {"confirm": "1", "dumps": ids})
    assert response.status_code == 302
    assert Article.objects.count() == 3
    assert set(Article.objects.values_list("status", flat=True)) == {"draft"}


def test_admin_upload_escapes_titles_in_the_preview(editor):
    dump = (
        b"<script>alert(1)</script> council meets\n\n"
        b"The council met on Monday./.\n\nSource: Vietnam News Agency\n"
    )
    response = editor.post(
        "/admin/articles/rawdump/upload/", {"files": [SimpleUploadedFile("x.txt", dump)]}
    )
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html


def test_admin_upload_confirm_rejects_unknown_dump_ids(editor):
    response = editor.post("/admin/articles/rawdump/upload/", {"confirm": "1", "dumps": ["999"]})
    assert response.status_code == 302 and Article.objects.count() == 0


def test_admin_upload_refuses_oversized_files(editor, settings):
    settings.NEWSROOM_MAX_UPLOAD_BYTES = 100
    response = editor.post(
        "/admin/articles/rawdump/upload/",
        {"files": [SimpleUploadedFile("big.txt", b"x" * 101)]},
    )
    assert response.status_code == 200
    assert "over the limit" in response.content.decode()
    assert RawDump.objects.count() == 0


def test_reporters_cannot_upload_dumps(client):
    user = User.objects.create_user("rep", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Reporter"))
    client.force_login(user)
    assert client.get("/admin/articles/rawdump/upload/").status_code == 403


def test_two_stories_with_the_same_headline_stay_two_articles():
    story = "Flood warning for the delta\n\n{}./.\n\nSource: Vietnam News Agency\n\n"
    data = (
        story.format("Rain is expected in the south on Monday.")
        + story.format("Rivers rose again on Tuesday in the delta.")
    ).encode()
    first = import_dump(data, "floods.txt")
    assert [o.action for o in first.outcomes] == ["created", "created"]
    bodies = sorted(Article.objects.values_list("body", flat=True))
    assert bodies[0].startswith("<p>Rain is expected")
    assert bodies[1].startswith("<p>Rivers rose again")
    again = import_dump(data, "floods.txt")
    assert [o.action for o in again.outcomes] == ["unchanged", "unchanged"]
    assert Article.objects.count() == 2


def test_the_sample_content_make_run_loads():
    """sample/edition: about 40 dated stories, and every top-level section has some."""
    sample = Path(__file__).resolve().parents[1] / "sample" / "edition"
    result = import_paths([sample], publish=True)
    assert not result.errors
    full = Article.objects.filter(is_stub=False)
    assert full.count() >= 40
    assert full.filter(published_at__month__in=[10, 11, 12]).count() >= 30  # by their datelines
    for top in Section.objects.filter(parent=None):
        assert full.filter(section__in=[top, *top.children.all()]).exists(), top.name
    assert Section.objects.filter(parent=None).count() >= 6
    assert not full.filter(section=None).exists()
    assert not Article.objects.filter(is_stub=True).exists()  # every teaser found its story
