"""The TUI's pure helpers: wrapping by cells, list rows, fact wording and jump targets."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.style import Style

from govreader.library import ArticleRow
from govreader.model import Article, Fact, FactKind
from govreader.tui.article_list import row_text
from govreader.tui.document import article_document, meta_line
from govreader.tui.fact_text import describe, korean_amount, number
from govreader.tui.jumps import jump
from govreader.tui.wrap import fit, wrap

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
            assert (
                cell_len(text[a:b].rstrip(" ")) + cell_len(word) + 1 > width or " " not in text[a:b]
            )


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


def _row(title: str, **kw: object) -> ArticleRow:
    counts = {kind: 0 for kind in FactKind}
    counts.update(kw.pop("counts", {}))  # type: ignore[arg-type]
    values = {"id": 1, "title": title, "source": "구로타임즈", "published": "2022-07-21T12:17"}
    values |= {"fact_counts": counts, "read": False, "bookmarked": False, **kw}
    return ArticleRow(**values)  # type: ignore[arg-type]


STYLES = {
    n: Style() for n in ("date", "source", "unread", "unread-dot", "award", "count", "bookmark")
}


@pytest.mark.parametrize("width", [30, 50, 64, 80, 140])
def test_list_rows_have_the_same_width_and_aligned_badges(width: int) -> None:
    rows = [
        _row("구로구, ‘전국 지자체 일자리대상’ 우수상 수상…13년 연속 수상"),
        _row("Short title", counts={FactKind.AWARD: 1, FactKind.PROGRAM: 11}, bookmarked=True),
        _row("가" * 200, read=True),
    ]
    lines = [row_text(row, width, STYLES).plain for row in rows]
    assert all(cell_len(line) == width for line in lines)
    # the badge block sits at the same cells on every row
    assert lines[1].endswith(" ★ 12 ● ⚑")
    assert lines[2].endswith("       ")
    if width >= 40:
        assert all(line.startswith("2022-07-21") for line in lines)


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
