"""Search: substrings of any length, every term required, filters, and snippets around the match."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govreader.library import Library, ListQuery
from govreader.library.matching import index_text, matcher, snippet, terms
from govreader.model import Article, Fact, FactKind

BODIES = {
    "award": "구로구가 고용노동부 주관 ‘전국 지방자치단체 일자리대상’에서 우수상을 받았다.",
    "youth": "만 18세 이상 34세 이하 구직단념 청년에게 참여수당을 지원한다.",
    "prize": "시장은 모범 공무원 12명에게 표창을 수여했다.",
    "farm": "귀농 가구를 위한 정착 지원금은 가구당 3천만원이다.",
}


def _store(library: Library, key: str, **meta) -> int:
    body = BODIES[key]
    facts = ()
    if "kind" in meta:
        kind = meta.pop("kind")
        facts = (Fact(kind, 0, 3, body[:3]),)
    library.record(f"/pages/{key}.html", key, Article(text=body, title=key, facts=facts, **meta))
    return next(r.id for r in library.rows() if r.title == key)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path) as lib:
        _store(
            lib, "award", published="2022-07-21T12:17:36", source="구로신문", kind=FactKind.AWARD
        )
        _store(lib, "youth", published="2025-01-22", source="고용부")
        _store(lib, "prize", published="2023-03-02", source="구로신문")
        _store(lib, "farm")
        yield lib


def _titles(hits) -> set[str]:
    return {hit.row.title for hit in hits}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("일자리대상", {"award"}),
        ("구직단념 청년", {"youth"}),
        ("청년", {"youth"}),
        ("대상", {"award"}),
        ("표창", {"prize"}),
        ("지원", {"youth", "farm"}),
        ("구", {"award", "youth", "farm"}),
        ("3천만원", {"farm"}),
        ("우수상 고용노동부", {"award"}),
        ("청년 표창", set()),
        ("없는말", set()),
        ("award", {"award"}),
    ],
)
def test_every_term_matches_as_a_substring(library: Library, query: str, expected: set) -> None:
    assert _titles(library.search(query)) == expected
    assert library.count(ListQuery(text=query)) == len(expected)


def test_one_character_and_punctuated_terms_fall_back_correctly(library: Library) -> None:
    assert _titles(library.search("‘")) == {"award"}
    assert _titles(library.search("%")) == set()
    assert _titles(library.search("3천")) == {"farm"}
    assert _titles(library.search("다.")) == {"award", "youth", "prize", "farm"}


def test_ascii_matching_ignores_case(tmp_path: Path) -> None:
    with Library.open(tmp_path) as lib:
        lib.record("/p", "h", Article(text="G밸리 AI 사업", title="t"))
        assert _titles(lib.search("g밸리")) == {"t"}
        assert _titles(lib.search("ai")) == {"t"}


def test_filters_narrow_the_hits(library: Library) -> None:
    assert _titles(library.search("다", source="구로신문")) == {"award", "prize"}
    assert _titles(library.search("구", kind=FactKind.AWARD)) == {"award"}
    assert _titles(library.search("다", since="2023-01-01")) == {"youth", "prize"}
    assert _titles(library.search("다", until="2022-07-21")) == {"award"}
    assert _titles(library.search("다", since="2023", until="2023-12")) == {"prize"}
    assert library.search("다", limit=2) == library.search("다")[:2]


def test_hits_are_newest_first(library: Library) -> None:
    assert [h.row.title for h in library.search("다")][:3] == ["youth", "prize", "award"]


def test_snippet_is_one_line_around_the_first_match(library: Library) -> None:
    (hit,) = library.search("청년")
    assert hit.snippet[hit.match_start : hit.match_end] == "청년"
    assert "\n" not in hit.snippet


def test_snippet_of_a_long_text_is_short_and_centred_on_the_match() -> None:
    text = "앞문장입니다. " * 40 + "여기에 청년\n정책이 있다. " + "뒷문장입니다. " * 40
    line, start, end = snippet("청년", text)
    assert line[start:end] == "청년"
    assert "\n" not in line and line.startswith("…") and line.endswith("…")
    assert 40 <= len(line) <= 80


def test_snippet_falls_back_to_the_title_field() -> None:
    line, start, end = snippet("제목어", "본문에는 없음", "제목어 있음")
    assert line[start:end] == "제목어"


def test_blank_query_finds_nothing(library: Library) -> None:
    assert library.search("   ") == []


def test_index_tokens_are_the_pairs_and_triples_of_words_only() -> None:
    assert (
        index_text("일자리대상, G밸리") == "일자 자리 리대 대상 일자리 자리대 리대상 G밸 밸리 G밸리"
    )
    assert index_text("가 나") == ""


@pytest.mark.parametrize(
    ("query", "exact"),
    [
        ("청년", True),
        ("일자리", True),
        ("청년 일자리", True),
        ("일자리대상", False),
        ('"구직단념 청년"', False),
        ("A·", False),
        ("청", False),
    ],
)
def test_the_index_alone_decides_only_for_words_of_two_or_three_letters(
    query: str, exact: bool
) -> None:
    assert matcher(query).exact is exact


def test_search_indexes_stay_consistent_after_updates(library: Library) -> None:
    library.record("/pages/youth.html", "youth-2", Article(text="새로 쓴 본문", title="youth"))
    assert not library.search("구직단념")
    assert _titles(library.search("새로")) == {"youth"}
    conn = sqlite3.connect(library.path)
    conn.execute("INSERT INTO text_index (text_index) VALUES ('integrity-check')")
    conn.close()


SYLLABLES = st.sampled_from([*"청년일자리대상표창구로수원시군", " ", "·", "1", "A"])


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(
    texts=st.lists(st.text(SYLLABLES, min_size=1, max_size=30), min_size=1, max_size=5),
    data=st.data(),
)
def test_search_agrees_with_substring_containment(tmp_path_factory, texts, data) -> None:
    folder = tmp_path_factory.mktemp("lib")
    with Library.open(folder) as lib:
        for i, text in enumerate(texts):
            lib.record(f"/p/{i}", str(i), Article(text=text, title=f"t{i}"))
        source = data.draw(st.sampled_from(texts))
        start = data.draw(st.integers(0, len(source) - 1))
        term = source[start : start + data.draw(st.integers(1, 6))].strip()
        if not term or " " in term:
            return
        expected = {f"t{i}" for i, text in enumerate(texts) if term.lower() in text.lower()}
        expected |= {f"t{i}" for i in range(len(texts)) if term.lower() in f"t{i}"}
        assert _titles(lib.search(term, limit=100)) == expected


def test_snippet_shows_the_longest_term() -> None:
    text = "청년 정책 소개. " * 3 + "구직단념 청년을 돕는다."
    line, start, end = snippet("청년 구직단념", text)
    assert line[start:end] == "구직단념"


def test_quoted_phrase_must_match_whole(library: Library) -> None:
    assert _titles(library.search('"구직단념 청년"')) == {"youth"}
    assert _titles(library.search('"청년 구직단념"')) == set()
    assert _titles(library.search('"청년 구직단념" 청년')) == set()
    assert _titles(library.search('""')) == set()


@pytest.mark.parametrize(
    "query", ["AND", "OR NOT", "*", "(", ")", "NEAR(", "-", "^", ":", "'", "\\", "%", "_", '"']
)
def test_query_syntax_characters_are_plain_text(library: Library, query: str) -> None:
    assert library.search(query) == []
    assert library.count(ListQuery(text=query)) == (0 if terms(query) else 4)


def test_stray_quote_is_ignored(library: Library) -> None:
    assert _titles(library.search('"청년')) == {"youth"}
