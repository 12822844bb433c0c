"""Stored HTML read back as text (articles/richtext/text.py)."""

from articles.richtext import blocks, has_missing_photo, image_ids, paragraphs, to_text

BODY = (
    '<p>Lede with a <a href="https://x.example">link</a> &amp; more.</p>'
    "<h2>A subheading</h2><ul><li>one</li><li>two</li></ul>"
    "<blockquote><p>Quoted.</p></blockquote>"
    '<figure data-image="7" data-alt="Boats"><figcaption>Boats <span class="credit">'
    "Photo: VNA</span></figcaption></figure>"
    '<figure data-image=""><figcaption>Missing one</figcaption></figure>'
    '<figure data-embed="youtube" data-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ">'
    "</figure><p>Last<br>line.</p>"
)


def test_blocks():
    got = [(b.kind, b.text, b.credit) for b in blocks(BODY)]
    assert got == [
        ("p", "Lede with a link & more.", ""),
        ("h2", "A subheading", ""),
        ("li", "one", ""),
        ("li", "two", ""),
        ("quote", "Quoted.", ""),
        ("photo", "Boats", "Photo: VNA"),
        ("photo", "Missing one", ""),
        ("embed", "", ""),
        ("p", "Last\nline.", ""),
    ]
    photo = blocks(BODY)[5]
    assert photo.image_id == 7 and photo.attrs["data-alt"] == "Boats"


def test_text_for_search_has_captions_and_no_markup():
    text = to_text(BODY)
    assert "<" not in text and "credit" not in text and "data-image" not in text
    assert text.split("\n\n") == [
        "Lede with a link & more.",
        "A subheading",
        "one",
        "two",
        "Quoted.",
        "Boats Photo: VNA",
        "Missing one",
        "Last\nline.",
    ]
    assert "Boats" not in to_text(BODY, captions=False)


def test_paragraphs_images_and_missing_photos():
    assert paragraphs(BODY)[0] == "Lede with a link & more." and "Boats" not in paragraphs(BODY)
    assert image_ids(BODY + '<figure data-image="3"></figure><figure data-image="7">') == [7, 3]
    assert has_missing_photo(BODY)
    assert not has_missing_photo('<figure data-image="7"></figure>')
