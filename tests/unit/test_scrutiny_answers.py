"""A chair's answer: a little formatting kept, everything else removed."""

from __future__ import annotations

from engage.scrutineers.responses import answer_html, has_words


def test_paragraphs_and_line_breaks():
    assert answer_html("First.\nStill first.\n\nSecond.") == (
        "<p>First.<br>Still first.</p><p>Second.</p>"
    )


def test_bulleted_and_numbered_lists():
    assert answer_html("- one\n- two") == "<ul><li>one</li><li>two</li></ul>"
    assert answer_html("1. one\n2) two") == "<ol><li>one</li><li>two</li></ol>"
    assert answer_html("* star") == "<ul><li>star</li></ul>"


def test_web_addresses_become_safe_links():
    html = answer_html("See https://www.nspcc.org.uk/keeping-children-safe/. Thanks")
    assert (
        '<a href="https://www.nspcc.org.uk/keeping-children-safe/" rel="nofollow noopener">' in html
    )
    assert html.endswith(". Thanks</p>")


def test_script_and_unsafe_markup_are_removed_but_allowed_formatting_stays():
    html = answer_html(
        "<p>Hello <strong>there</strong> <em>you</em></p><script>alert(1)</script>"
        '<a href="javascript:alert(1)">x</a><img src=x onerror=alert(1)>'
        '<iframe src="https://evil.example"></iframe><p style="color:red" onclick="x()">ok</p>'
    )
    assert "<strong>there</strong>" in html and "<em>you</em>" in html
    for bad in ("script", "alert", "javascript", "onerror", "iframe", "style=", "onclick"):
        assert bad not in html
    assert "<p>ok</p>" in html


def test_pasted_lists_in_html_are_kept():
    html = answer_html("<ul><li>one</li><li>two <a href='https://x.org'>link</a></li></ul>")
    assert html.startswith("<ul><li>one</li>")
    assert 'href="https://x.org"' in html and "nofollow" in html


def test_an_answer_of_only_markup_has_no_words():
    assert not has_words(answer_html("<script>alert(1)</script><p> </p>"))
    assert has_words(answer_html("Yes"))
    assert answer_html("   ") == ""
