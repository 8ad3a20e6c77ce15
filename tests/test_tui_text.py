"""The TUI's pure helpers: wrapping by cells, list rows, fact wording and jump targets."""

from __future__ import annotations

import unicodedata
from itertools import pairwise
from unicodedata import east_asian_width

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.style import Style

from govreader.article_text import meta_line
from govreader.fact_text import describe, korean_amount, number
from govreader.library import ArticleRow
from govreader.model import Article, Fact, FactKind
from govreader.tui.document import article_document
from govreader.tui.jumps import jump
from govreader.tui.symbols import ASCII, UNICODE, Symbols
from govreader.tui.widgets.article_list import row_pieces
from govreader.tui.wrap import _fit_graphemes, fit, wrap

KOREAN_WORDS = st.text(
    alphabet=st.sampled_from("가나다라마바사아자차카타파하구청년일자리 ,.‘’“”0123456789abc"),
    max_size=300,
)


@pytest.mark.slow
@given(KOREAN_WORDS, st.integers(min_value=2, max_value=120))
def test_wrap_covers_the_text_and_fits_the_width(text: str, width: int) -> None:
    lines = wrap(text, width)
    assert "".join(text[a:b] for a, b in lines) == text.replace("\n", "")
    for a, b in lines:
        assert cell_len(text[a:b].rstrip(" ")) <= width
    for (a, b), (c, d) in pairwise(lines):
        assert b <= c
        if b == c and c < d and text[a:b].strip():  # a soft break: the next word did not fit
            word = text[c:d].split(" ", 1)[0]
            # after the line's own spaces, however many (`0  0` needs 4 cells, not 3)
            assert cell_len(text[a:b]) + cell_len(word) > width or " " not in text[a:b]


def test_wrap_keeps_a_run_of_spaces_before_the_next_word() -> None:
    text = "0000000가0  0"
    assert [text[a:b] for a, b in wrap(text, 3)] == ["000", "000", "0가", "0  ", "0"]


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("구로구가 고용노동부 주관", 10, ["구로구가 ", "고용노동부 ", "주관"]),
        ("가나다라마바사", 6, ["가나다", "라마바", "사"]),
        ("첫 줄\n\n둘째 줄", 20, ["첫 줄", "", "둘째 줄"]),
    ],
)
def test_wrap_breaks_between_words_and_folds_only_overlong_ones(
    text: str, width: int, expected: list[str]
) -> None:
    assert [text[a:b] for a, b in wrap(text, width)] == expected


@pytest.mark.parametrize("cells", [1, 2, 5, 9, 10, 30])
def test_fit_pads_or_cuts_to_exact_cells_without_half_syllables(cells: int) -> None:
    title = "구로구, ‘전국 지자체 일자리대상’ 우수상"
    fitted = fit(title, cells)
    assert cell_len(fitted) == cells
    kept = fitted.rstrip(" …")
    assert title.startswith(kept)


@given(
    st.text(
        alphabet=st.sampled_from("가나다 .…‘’ab\u200d\ufe0f\u2764\U0001f600\u0301\x01"), max_size=40
    ),
    st.integers(min_value=-1, max_value=50),
    st.sampled_from(["…", "~", "..."]),
)
def test_fit_in_one_pass_fits_as_the_plain_measure_does(
    text: str, cells: int, ellipsis: str
) -> None:
    """The one-pass measure against the plain one (the whole text, then each character), which
    `fit` keeps for text with joiners and selectors."""
    expected = _fit_graphemes(text, cells, ellipsis) if cells > 0 else ""
    assert fit(text, cells, ellipsis) == expected


def _row(title: str, **kw: object) -> ArticleRow:
    counts = {kind: 0 for kind in FactKind}
    counts.update(kw.pop("counts", {}))  # type: ignore[arg-type]
    values = {"id": 1, "title": title, "source": "구로타임즈", "published": "2022-07-21T12:17"}
    values |= {"fact_counts": counts, "read": False, "bookmarked": False, **kw}
    return ArticleRow(**values)  # type: ignore[arg-type]


STYLES = {
    n: Style() for n in ("date", "source", "unread", "unread-dot", "award", "count", "bookmark")
}


def row_line(row: ArticleRow, width: int, symbols: Symbols) -> str:
    return "".join(piece for piece, _ in row_pieces(row, width, STYLES, symbols))


@pytest.mark.parametrize("width", [30, 50, 64, 80, 140])
@pytest.mark.parametrize("symbols", [UNICODE, ASCII])
def test_list_rows_have_the_same_width_and_flags_before_the_title(
    width: int, symbols: Symbols
) -> None:
    rows = [
        _row("구로구, ‘전국 지자체 일자리대상’ 우수상 수상…13년 연속 수상"),
        _row("Short title", counts={FactKind.AWARD: 1, FactKind.PROGRAM: 11}, bookmarked=True),
        _row("가" * 200, read=True),
    ]
    lines = [row_line(row, width, symbols) for row in rows]
    assert all(cell_len(line) == width for line in lines)
    # the flags sit at the same cells on every row, before the titles
    flags = f"{symbols.unread}{symbols.bookmark}{symbols.award} 12 Short title"
    start = lines[1].index(flags)
    assert lines[0][start : start + 7] == f"{symbols.unread}       "[:7]
    assert lines[0][start + 7 :].startswith("구로구")
    assert lines[2][start : start + 8] == "       가"
    if width >= 40:
        assert all(line.startswith("2022-07-21") for line in lines)


def test_ascii_rows_draw_no_symbol_of_ambiguous_width() -> None:
    row = _row("Short title", counts={FactKind.AWARD: 1}, bookmarked=True, source="가" * 20)
    line = row_line(row, 80, ASCII)
    assert [c for c in line if unicodedata.east_asian_width(c) == "A"] == []
    assert [c for c in row_line(row, 80, UNICODE) if east_asian_width(c) == "A"]


def test_fit_cuts_after_the_texts_own_ellipsis_with_a_single_one() -> None:
    assert fit("가나 공시…13년 연속", 11) == "가나 공시… "
    assert fit("가나다…라마바사", 9) == "가나다…  "
    assert fit("가나다 라마바사", 9, "~") == "가나다~  "


def _article() -> Article:
    text = "지난해 목표치인 1만3,500개보다 많은 2만2,023개를 창출했다.\n\n올해 목표는 1만4,000개다."
    facts = (
        Fact(FactKind.TARGET, 9, 16, text[9:16], {"value": 13500, "unit": "개", "type": "goal"}),
        Fact(
            FactKind.TARGET, 22, 29, text[22:29], {"value": 22023, "unit": "개", "type": "result"}
        ),
        Fact(FactKind.TARGET, 47, 54, text[47:54], {"value": 14000, "unit": "개", "type": "goal"}),
    )
    return Article(text=text, title="제목", facts=facts)


def test_describe_gives_normalised_values() -> None:
    article = _article()
    goal, result, next_goal = article.facts
    assert describe(goal, article) == "13,500개 목표"
    assert describe(next_goal, article) == "14,000개 목표"
    # a result is set against the goal in its own paragraph, not the later one
    assert describe(result, article) == "22,023개 달성 (163%)"
    award = Fact(
        FactKind.AWARD, 0, 2, "우수", {"name": "일자리대상", "prize": "우수상", "year": 2022}
    )
    assert describe(award) == "일자리대상 · 우수상 · 2022"
    amount = Fact(FactKind.AMOUNT, 0, 3, "65억", {"value": 6_500_000_000, "unit": "원"})
    assert describe(amount) == "65억 원"
    bare = Fact(FactKind.PROGRAM, 0, 4, "청년이룸")
    assert describe(bare) == "청년이룸"
    streak = Fact(
        FactKind.TARGET,
        0,
        6,
        "13년 연속",
        {"value": 13, "unit": "년", "type": "count", "label": "연속 수상"},
    )
    assert describe(streak) == "13년 연속 수상"


def _targets(text: str, *specs: tuple[str, str, str | None], published: str | None) -> Article:
    """An article whose targets are the given (words, type, label), found in `text`."""
    facts = []
    for words, kind, label in specs:
        start = text.index(words)
        value = int("".join(c for c in words if c.isdigit()))
        unit = words.lstrip("0123456789,")
        fields = {"value": value, "unit": unit, "type": kind, "label": label}
        facts.append(Fact(FactKind.TARGET, start, start + len(words), words, fields))
    return Article(text=text, title="제목", published=published, facts=tuple(facts))


@pytest.mark.parametrize("published", ["2021-05-17", None])
def test_a_result_is_not_set_against_another_years_goal(published: str | None) -> None:
    text = "지난해 이 마을로 온 가구는 612가구로 늘었다. 군은 올해 700가구 유치를 목표로 잡았다."
    article = _targets(
        text, ("612가구", "result", None), ("700가구", "goal", "유치"), published=published
    )
    result, _ = article.facts
    assert describe(result, article) == "612가구 달성"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("지난해 목표 120곳을 넘어 150곳을 열었다. 올해는 200곳이 목표다.", "150곳 달성 (125%)"),
        ("2024년 목표는 120곳이었고, 2024년에 150곳을 열었다.", "150곳 달성 (125%)"),
        ("목표 120곳보다 많은 150곳을 열었다.", "150곳 달성 (125%)"),
        ("2023년 150곳을 열었다. 2024년 목표는 120곳이다.", "150곳 달성"),
        ("상반기 목표 120곳, 하반기에 150곳을 열었다.", "150곳 달성"),
    ],
)
def test_a_result_is_measured_against_a_goal_of_the_same_period(text: str, expected: str) -> None:
    goal_words = "120곳"
    article = _targets(
        text, ("150곳", "result", None), (goal_words, "goal", None), published="2025-01-10"
    )
    assert describe(article.facts[0], article) == expected


def test_a_result_is_not_set_against_a_goal_for_something_else() -> None:
    text = "올해 귀농 가구 목표는 300가구이고, 올해 귀촌 가구는 450가구였다."
    article = _targets(
        text,
        ("450가구", "result", "귀촌 가구"),
        ("300가구", "goal", "귀농 목표"),
        published="2025-01-10",
    )
    assert describe(article.facts[0], article) == "450가구 달성 · 귀촌 가구"
    same = _targets(
        text,
        ("450가구", "result", "귀촌 가구"),
        ("300가구", "goal", "귀촌 가구 목표"),
        published="2025-01-10",
    )
    assert describe(same.facts[0], same) == "450가구 달성 (150%) · 귀촌 가구"


@pytest.mark.parametrize("kind", ["goal", "result"])
def test_target_label_is_shown_unless_it_repeats_the_value_words(kind: str) -> None:
    word = {"goal": "목표", "result": "달성"}[kind]
    fields = {"value": 42, "unit": "곳", "type": kind}
    plain = Fact(FactKind.TARGET, 0, 3, "42곳", fields)
    labelled = Fact(FactKind.TARGET, 0, 3, "42곳", {**fields, "label": "기업 유치"})
    echoed = Fact(FactKind.TARGET, 0, 3, "42곳", {**fields, "label": word})
    assert describe(plain) == describe(echoed) == f"42곳 {word}"
    assert describe(labelled) == f"42곳 {word} · 기업 유치"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (6_500_000_000, "65억"),
        (123_450_000, "1억 2,345만"),
        (30_000_000, "3,000만"),
        (1_200_000_000_000, "1조 2,000억"),
        (9_500, "9,500"),
        (2.5, "2.5"),
    ],
)
def test_korean_amount(value: float, expected: str) -> None:
    assert korean_amount(value) == expected


def test_number_keeps_needed_decimals_only() -> None:
    assert number(14000) == "14,000"
    assert number(3.5) == "3.5"
    assert number(12.0) == "12"


def test_jump_from_the_top_of_the_view_then_from_the_current_fact() -> None:
    facts = _article().facts
    first = jump(facts, FactKind.TARGET, current=None, anchor=20, forward=True)
    assert first is not None and (first.index, first.ordinal, first.count) == (1, 2, 3)
    after = jump(facts, None, current=2, anchor=0, forward=True)
    assert after is not None and after.index == 0 and after.wrapped
    back = jump(facts, None, current=0, anchor=0, forward=False)
    assert back is not None and back.index == 2 and back.wrapped
    assert jump(facts, FactKind.AMOUNT, current=None, anchor=0, forward=True) is None


def test_document_spans_point_at_the_facts_and_keep_text_as_data() -> None:
    article = Article(
        text="[여성종합뉴스/이경문기자] 1만3,500개 [bold]",  # the fact starts at 15
        title="[b]제목[/b]",
        source="구로타임즈",
        reporter="김미경",
        published="2022-07-21T12:17:36",
        facts=(Fact(FactKind.TARGET, 15, 23, "1만3,500개", {"value": 13500}),),
    )
    document = article_document(article)
    assert document.text.startswith("[b]제목[/b]\n")
    assert meta_line(article) == "구로타임즈 · 김미경 · 2022-07-21 12:17"
    ((start, end),) = document.fact_spans
    assert document.text[start:end] == "1만3,500개"
    assert {span.style for span in document.spans} == {"title", "meta", "target"}
