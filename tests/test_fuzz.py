"""Property-based fuzzing of ingest, clean and facts: no exception escapes, every fact's span is
its text, nothing unsafe for a terminal survives, and each input takes bounded time.

The budget is a hypothesis profile chosen by GOVREADER_FUZZ: `ci` (default, under a minute in
all) or `long` (many more examples; `bench/fuzz_long.py` runs it).
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govreader.clean import clean_page
from govreader.facts import extract
from govreader.ingest import load_page, terminal_safe
from govreader.model import Article, Page, PageError, PageFormat
from govreader.reading import read_page
from tests.hostile import ESCAPES, MARKUP, unsafe_characters

pytestmark = pytest.mark.slow

settings.register_profile(
    "ci",
    max_examples=400,
    deadline=timedelta(seconds=5),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "long",
    max_examples=20_000,
    deadline=timedelta(seconds=10),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile(os.environ.get("GOVREADER_FUZZ", "ci"))

KOREAN_BITS = [
    "구로구는",
    "일자리",
    "1만4,000개",
    "2만 2,023개",
    "65억 원",
    "3.5%",
    "▲",
    "▲청년이룸 운영",
    "“",
    "”",
    '"',
    "‘",
    "’",
    "고 말했다",
    "라며",
    "만 18세 이상 34세 이하",
    "청년",
    "목표",
    "달성",
    "창출했다",
    "우수상",
    "수상",
    "일자리대상",
    "고용노동부",
    "주관",
    "사업",
    "프로그램",
    "만",
    "억",
    "조",
    "천",
    "백",
    ",",
    ".",
    " ",
    "\n",
    "\n\n",
    "0",
    "9",
    "13년 연속",
    "기자",
    "2022.07.21",
    # particles that may stand alone after a space in a typo, and the words they bind to readers
    *("을", "를", "이", "가", "은", "는", "에게", "의", "와", "과", "및", "등", "·"),
    *("을 대상으로", "에게 지원한다", "를 위한", "운영한다", "참여할 수 있다", "찾아가는"),
    *("어르신", "주민", "누구나", "선정", "최우수상", "부문", "‘  ’", "’ ’", "「」", "“ ”"),
    *ESCAPES,
    *MARKUP,
]
korean_text = st.lists(st.sampled_from(KOREAN_BITS) | st.text(max_size=8), max_size=120).map(
    "".join
)

TAGS = ["p", "div", "br", "span", "a", "h1", "title", "script", "style", "table", "td", "article"]


@st.composite
def html_soup(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        kind = draw(st.integers(0, 5))
        tag = draw(st.sampled_from(TAGS))
        if kind == 0:
            parts.append(f"<{tag}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        elif kind == 2:
            parts.append(
                draw(st.sampled_from(["&amp;", "&#27;", "&#x9b;", "&#0;", "&#xD800;", "&"]))
            )
        elif kind == 3:
            parts.append(f"<meta property='og:title' content='{draw(korean_text)}'>")
        else:
            parts.append(draw(korean_text))
    return "".join(parts)


def _check(article: Article) -> None:
    for fact in article.facts:
        assert article.text[fact.start : fact.end] == fact.text
    for field in (article.text, article.title, article.subtitle, article.reporter, article.source):
        assert unsafe_characters(field or "") == []


@given(st.binary(max_size=4000), st.sampled_from([".html", ".txt", ".mhtml", ""]))
def test_load_page_on_byte_soup(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"soup{suffix}"
    path.write_bytes(data)
    try:
        article = read_page(path)
    except PageError as error:
        assert "\n" not in error.reason and error.reason
        return
    _check(article)


@given(html_soup(), st.sampled_from(["utf-8", "cp949", "utf-16"]))
def test_html_pages_in_any_encoding(tmp_path: Path, html: str, encoding: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(html.encode(encoding, "replace"))
    try:
        page = load_page(path)
    except PageError:
        return
    article = clean_page(page)
    _check(article)
    _check(Article(**{**_fields(article), "facts": tuple(extract(article))}))


@given(html_soup())
def test_clean_html_never_raises(html: str) -> None:
    article = clean_page(Page(Path("x.html"), html, PageFormat.HTML, "utf-8"))
    _check(article)


@given(korean_text)
def test_clean_text_and_facts_never_raise(text: str) -> None:
    """As ingest hands it over: decoded text is made terminal-safe once, in `load_page`."""
    article = clean_page(Page(Path("x.txt"), terminal_safe(text), PageFormat.TEXT, "utf-8"))
    _check(article)
    _check(Article(**{**_fields(article), "facts": tuple(extract(article))}))


@given(korean_text)
def test_facts_spans_match_on_raw_text(text: str) -> None:
    """The extractor alone, on text that no cleaner has tidied (double spaces, stray breaks)."""
    article = Article(text=text)
    for fact in extract(article):
        assert text[fact.start : fact.end] == fact.text
        assert fact.start < fact.end


def _fields(article: Article) -> dict[str, object]:
    return {name: getattr(article, name) for name in Article.__slots__ if name != "facts"}
