"""Plain text and captions into the stored HTML, and back (articles/richtext/convert.py)."""

from hypothesis import given
from hypothesis import strategies as st

from articles.richtext import from_input, from_plain, looks_like_html, split_credit, to_plain


def test_captions_become_photo_slots_after_their_paragraph_with_the_credit_kept():
    html = from_plain(
        "One.\n\nTwo.\n\nThree.",
        [{"after": 0, "text": "Photo A (Photo: VNA)"}, {"after": 2, "text": "Photo B"}],
    )
    assert html == (
        '<p>One.</p><figure data-image=""><figcaption>Photo A '
        '<span class="credit">(Photo: VNA)</span></figcaption></figure><p>Two.</p><p>Three.</p>'
        '<figure data-image=""><figcaption>Photo B</figcaption></figure>'
    )


def test_captions_before_the_first_and_past_the_last_paragraph():
    html = from_plain("One.", [(5, "Late"), (-1, "Early"), (0, "After one")])
    assert html.index("Early") < html.index("One.") < html.index("After one")
    assert html.index("After one") < html.index("Late")


def test_text_is_escaped_and_line_breaks_inside_a_paragraph_kept():
    html = from_plain('5 < 6 & "seven"\nnext line\r\n\r\n<b>not bold</b>')
    assert html == '<p>5 &lt; 6 &amp; "seven"\nnext line</p><p>&lt;b&gt;not bold&lt;/b&gt;</p>'


def test_split_credit_keeps_the_credit_verbatim():
    assert split_credit("Bridge at dawn (Photo: VNA)") == ("Bridge at dawn", "(Photo: VNA)")
    assert split_credit("Rice fields. Photo: Minh Anh") == ("Rice fields.", "Photo: Minh Anh")
    assert split_credit("Lễ hội [Ảnh: TTXVN]") == ("Lễ hội", "[Ảnh: TTXVN]")
    assert split_credit("A photo of the ceremony") == ("A photo of the ceremony", "")


def test_plain_text_and_captions_come_back_unchanged():
    body = "ĐBP - First para\nsecond line.\n\nSecond & <third>."
    captions = [{"after": 0, "text": "A bridge (Photo: VNA)"}, {"after": 1, "text": "End"}]
    assert to_plain(from_plain(body, captions)) == (body, captions)


paragraph = (
    st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\r"), min_size=1)
    .map(str.strip)
    .filter(bool)
)


@given(st.lists(paragraph, max_size=5), st.lists(st.tuples(st.integers(-1, 4), paragraph)))
def test_conversion_is_lossless(paragraphs, captions):
    paragraphs = [p for p in paragraphs if "\n\n" not in p]
    body = "\n\n".join(paragraphs)
    text, back = to_plain(from_plain(body, captions))
    assert text == body
    last = len(paragraphs) - 1
    expected = sorted(
        ((min(after, last) if after <= last else last, t.strip()) for after, t in captions),
        key=lambda c: c[0],
    )
    assert sorted((c["after"], c["text"]) for c in back) == sorted(expected)


def test_input_that_is_html_is_sanitised_and_plain_text_converted():
    assert looks_like_html("<p>x</p>") and not looks_like_html("5 < 6 and 7 > 3")
    assert from_input('<p onclick="x()">Hi <a href="javascript:x()">a</a></p>') == (
        '<p>Hi <a rel="noopener noreferrer">a</a></p>'
    )
    assert from_input("Hi.\n\nThere.") == "<p>Hi.</p><p>There.</p>"
    assert from_input("") == ""
