"""Markup trimmed before parsing: what is cut, what is kept aside, what survives malformed input."""

from __future__ import annotations

from pathlib import Path

import pytest

from govreader.clean import clean_page
from govreader.clean.markup import LONG_SCRIPT, trim, within_limit
from govreader.model import Page, PageFormat


def test_scripts_styles_svg_comments_and_controls_are_cut() -> None:
    markup = (
        "<p>앞<script>var a = 1;</script><style>p{}</style><svg><path d='M0'/></svg>"
        "<!-- 주석 --><button>공유</button><select><option>가족 사이트</option></select>"
        "<img src='a.png'><input type='text'>뒤</p>"
    )
    assert trim(markup).markup == "<p>앞뒤</p>"


def test_json_ld_and_long_scripts_are_kept_aside() -> None:
    long_script = "var article = '" + "가" * LONG_SCRIPT + "';"
    markup = (
        '<script type="application/ld+json">{"@type": "NewsArticle"}</script>'
        f"<script>{long_script}</script><script>short()</script><p>본문</p>"
    )
    trimmed = trim(markup)
    assert trimmed.json_ld == ['{"@type": "NewsArticle"}']
    assert trimmed.scripts == [long_script]
    assert trimmed.markup == "<p>본문</p>"


def test_attribute_blobs_go_but_date_attributes_stay() -> None:
    blob = "x" * 200
    markup = f'<div data-config="{blob}" style="{blob}" data-published="2024-03-14">글</div>'
    assert trim(markup).markup == '<div data-published="2024-03-14">글</div>'


def test_an_unclosed_script_leaves_the_rest_as_it_stands() -> None:
    markup = "<p>하나</p><script>var x = '<p>둘</p>"
    assert trim(markup).markup == markup


def test_an_unclosed_button_keeps_the_text_after_it() -> None:
    markup = "<button>메뉴<p>본문 문단</p><button>공유</button><p>끝</p>"
    trimmed = trim(markup).markup
    assert "본문 문단" in trimmed and "끝" in trimmed and "공유" not in trimmed


def test_many_unclosed_tags_stay_linear() -> None:
    """Each closing tag is searched for once: 100,000 open buttons do not rescan the page."""
    trimmed = trim("<button>" * 100_000 + "<p>본문</p>")
    assert trimmed.markup.endswith("<p>본문</p>")


def test_hidden_layers_and_dialogs_are_not_the_article(tmp_path: Path) -> None:
    """A pop-up layer with long sentences (a report form, a cookie notice) loses to the story."""
    layer = "<p>" + "신고 기능은 기사에 오류가 있을 때 이용할 수 있습니다. " * 8 + "</p>"
    story = "".join(f"<p>해오름군은 {n}번째 사업을 올해 시작한다고 밝혔다.</p>" for n in range(6))
    for wrapper in ('style="display:none"', 'role="dialog"', 'aria-hidden="true"', "hidden"):
        markup = f"<html><body><div {wrapper}>{layer}</div><div>{story}</div></body></html>"
        page = Page(path=tmp_path / "p.html", text=markup, format=PageFormat.HTML, encoding="utf-8")
        text = clean_page(page).text
        assert "해오름군은 0번째" in text and "신고 기능" not in text, wrapper


def test_indentation_between_blocks_goes_but_spaces_between_words_stay() -> None:
    markup = "<div>\n  <p>가</p>\n  <p><b>나</b> <i>다</i></p>\n</div>"
    assert trim(markup).markup == "<div><p>가</p><p><b>나</b> <i>다</i></p></div>"


def test_white_space_at_a_blocks_edge_goes() -> None:
    markup = "<ul>\n <li>\n  <a>가</a>\n </li>\n</ul>"
    assert trim(markup).markup == "<ul><li><a>가</a></li></ul>"


@pytest.mark.parametrize(
    "tag",
    [
        '<meta name="description" content="{value}">',
        "<meta property='og:image' content='data:image/png;base64,{value}'>",
        '<a href="data:text/plain;base64,{value}">첨부</a>',
    ],
)
def test_a_huge_attribute_value_does_not_cost_the_article(tag: str) -> None:
    """A 20 MB value (an inline file, an app's state) is emptied; the text after it stays."""
    body = (
        "<article><h1>해오름시, 청년 일자리 사업 확대</h1>"
        "<p>해오름시가 올해 청년 일자리 1,200개를 만든다고 밝혔다.</p>"
        "<p>시 관계자는 “청년이 머무는 도시를 만들겠다”고 말했다.</p></article>"
    )

    def cleaned(value: str) -> str:
        markup = f"<html><head>{tag.format(value=value)}</head><body>{body}</body></html>"
        return clean_page(Page(Path("page.html"), markup, PageFormat.HTML, "utf-8")).text

    text = cleaned("QUFB")
    assert "청년이 머무는 도시" in text
    assert cleaned("QUFB" * (5 * 1024 * 1024)) == text


def test_a_long_quoted_stretch_holding_tags_is_no_attribute() -> None:
    """Only a value without `<` is emptied: a stray quote far from the next one, with page
    markup between them, leaves that markup to be read."""
    stretch = "<p>" + "가" * 60_000 + "</p><p>" + "나" * 60_000 + "</p>"
    markup = f'<p>a = "</p>{stretch}<p>"</p>'
    assert within_limit(markup, limit=1_000).startswith(f'<p>a = "</p><p>{"가" * 400}')
