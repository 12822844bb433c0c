"""The body's allow-list (articles/richtext/sanitize.py): what hostile or pasted HTML becomes."""

import pytest

from articles.richtext import sanitize


def test_scripts_and_styles_go_with_their_content():
    out = sanitize("<p>a<script>alert(1)</script>b</p><style>p{color:red}</style><p>c</p>")
    assert out == "<p>ab</p><p>c</p>"


@pytest.mark.parametrize(
    "handler",
    ["onclick", "onerror", "onload", "onmouseover", "ONFOCUS", "onanimationstart"],
)
def test_every_on_handler_is_removed(handler):
    out = sanitize(f'<p {handler}="steal()">x <a href="/a" {handler}="steal()">y</a></p>')
    assert "steal" not in out and handler.lower() not in out.lower()
    assert out == '<p>x <a href="/a" rel="noopener noreferrer">y</a></p>'


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "&#106;avascript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
    ],
)
def test_javascript_and_data_urls_are_removed(url):
    out = sanitize(f'<p><a href="{url}">link</a></p>')
    assert out == '<p><a rel="noopener noreferrer">link</a></p>'


def test_safe_links_are_kept_with_rel_noopener():
    out = sanitize(
        '<p><a href="https://example.org/a?b=1&amp;c=2" title="T" target="_blank">x</a> '
        '<a href="/sections/news">y</a> <a href="mailto:desk@example.org">z</a></p>'
    )
    assert out == (
        '<p><a href="https://example.org/a?b=1&amp;c=2" title="T" rel="noopener noreferrer">x</a> '
        '<a href="/sections/news" rel="noopener noreferrer">y</a> '
        '<a href="mailto:desk@example.org" rel="noopener noreferrer">z</a></p>'
    )


def test_style_and_class_attributes_are_removed_but_the_credit_span():
    out = sanitize(
        '<p style="background:url(javascript:alert(1))" class="x">a '
        '<span style="color:red" class="credit evil">b</span></p>'
    )
    assert out == '<p>a <span class="credit">b</span></p>'


def test_iframes_from_hosts_off_the_allow_list_are_removed():
    out = sanitize(
        '<p>a</p><iframe src="https://evil.example/embed/x">fallback</iframe>'
        '<iframe src="//evil.example/x"></iframe><iframe srcdoc="<script>alert(1)</script>">'
        "</iframe><p>b</p>"
    )
    assert out == "<p>a</p><p>b</p>"


def test_an_iframe_from_an_allowed_video_host_becomes_an_embed():
    out = sanitize(
        '<iframe width="560" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=x" '
        'onload="steal()"></iframe>'
    )
    assert out == (
        '<figure data-embed="youtube" data-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ">'
        "</figure>"
    )


def test_embeds_off_the_allow_list_are_removed():
    out = sanitize(
        '<figure data-embed="youtube" data-url="https://evil.example/watch?v=dQw4w9WgXcQ">'
        '</figure><figure data-embed="evil" data-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ">'
        '</figure><figure data-embed="vimeo" data-url="javascript:alert(1)"></figure><p>kept</p>'
    )
    assert out == "<p>kept</p>"


def test_photo_slots_keep_their_id_alt_caption_and_credit():
    html = (
        '<figure data-image="42" data-alt="A boat &quot;at&quot; dawn"><figcaption>The boat '
        '<span class="credit">Photo: VNA</span></figcaption></figure>'
        '<figure data-image=""><figcaption>Missing</figcaption></figure>'
    )
    assert sanitize(html) == html


def test_a_bad_image_id_leaves_an_empty_slot_and_a_pasted_photo_becomes_one():
    out = sanitize(
        '<figure data-image="1 onload=x"><figcaption>A</figcaption></figure>'
        '<figure><img src="https://x.example/a.jpg" onerror="steal()">'
        "<figcaption>B</figcaption></figure>"
    )
    assert out == (
        '<figure data-image=""><figcaption>A</figcaption></figure>'
        '<figure data-image=""><figcaption>B</figcaption></figure>'
    )


def test_headings_are_h2_to_h4_and_divs_paragraphs():
    out = sanitize("<h1>A</h1><h3>B</h3><h6>C</h6><div>D</div>")
    assert out == "<h2>A</h2><h3>B</h3><h4>C</h4><p>D</p>"


def test_formatting_lists_and_quotes_are_kept():
    html = (
        "<p><strong>b</strong> <em>i</em> <u>u</u> <s>s</s> H<sub>2</sub>O x<sup>2</sup>"
        '<br>next</p><ul><li>one</li></ul><ol start="3"><li>three</li></ol>'
        "<blockquote><p>quoted</p></blockquote><hr>"
    )
    assert sanitize(html) == html


def test_forms_images_and_objects_are_removed():
    out = sanitize(
        '<form action="https://evil.example"><input name="p"><button>Go</button></form>'
        '<img src="x" onerror="steal()"><object data="x.swf"></object><svg onload="x()"></svg>'
        "<p>text</p>"
    )
    assert out == "<p>text</p>"


def test_sanitising_is_idempotent_and_text_is_escaped():
    once = sanitize('<p>5 < 6 & "q" <b>x</b></p><p>unclosed <em>tag')
    assert once == '<p>5 &lt; 6 &amp; "q" <b>x</b></p><p>unclosed <em>tag</em></p>'
    assert sanitize(once) == once
