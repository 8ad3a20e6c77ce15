"""The facts table across the library: lines worked out at import, repeated facts merged, goals
paired with their results, sorting, grouping, filters, and the schema step that fills the table
for a library written before it existed.

Articles are stored with hand-made facts (`Library.record`), so these tests exercise the table
and not the extractor.
"""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len

from govreader import table_text
from govreader.library import Library, ListQuery
from govreader.library.fact_columns import Column, table_column
from govreader.library.fact_rows import Sentences, fact_lines, recipient_key
from govreader.model import Article, Fact, FactKind
from govreader.table_files import write_csv
from govreader.table_text import fitted_lines
from tests.old_libraries import version_1_library

FactSpec = tuple[FactKind, str, dict[str, Any]]


def article(
    text: str,
    facts: list[FactSpec],
    *,
    published: str | None = "2024-05-02T10:00",
    source: str | None = "가나일보",
) -> Article:
    """An article whose facts are the given substrings of `text` (each its first occurrence
    after the previous fact of the same words)."""
    found: list[Fact] = []
    for kind, words, fields in facts:
        after = max((f.end for f in found if f.text == words), default=0)
        start = text.index(words, after)
        found.append(Fact(kind, start, start + len(words), words, fields))
    return Article(
        text=text, title=text[:20], published=published, source=source, facts=tuple(found)
    )


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "library")
    yield lib
    lib.close()


def store(library: Library, *articles: Article) -> None:
    for number, item in enumerate(articles):
        library.record(f"/pages/{number}-{item.source}.html", f"hash-{number}-{item.text}", item)


AWARD_TEXT = "{who}가 고용노동부 주관 ‘2022년 전국 지방자치단체 일자리대상’에서 {prize}을 수상했다."


def award(who: str, prize: str, source: str, year: int = 2022) -> Article:
    text = AWARD_TEXT.format(who=who, prize=prize)
    fields = {
        "name": "2022년 전국 지방자치단체 일자리대상",
        "prize": prize,
        "organizer": "고용노동부",
        "recipient": who,
        "year": year,
    }
    return article(text, [(FactKind.AWARD, text[: text.index("수상")], fields)], source=source)


def cells(library: Library, kind: FactKind, **options: Any) -> list[dict[str, Any]]:
    table = library.fact_table(kind, **options)
    return [
        {column.name: value for column, value in zip(table.columns, row.cells, strict=True)}
        for row in table.rows()
    ]


def test_the_same_award_told_by_two_outlets_is_one_row_with_both_sources(library: Library) -> None:
    store(
        library, award("구로구", "우수상", "가나일보"), award("서울 구로구", "우수상", "다라뉴스")
    )
    rows = cells(library, FactKind.AWARD)
    assert len(rows) == 1
    assert rows[0]["articles"] == 2
    assert rows[0]["source"] == "가나일보, 다라뉴스"
    assert rows[0]["prize"] == "우수상" and rows[0]["year"] == 2022


def test_two_different_prizes_to_one_recipient_stay_two_rows(library: Library) -> None:
    store(library, award("구로구", "우수상", "가나일보"), award("구로구", "대상", "가나일보"))
    rows = cells(library, FactKind.AWARD)
    assert sorted(row["prize"] for row in rows) == ["대상", "우수상"]
    assert all(row["articles"] == 1 for row in rows)


def test_the_same_prize_in_two_years_stays_two_rows(library: Library) -> None:
    store(
        library, award("구로구", "우수상", "가나일보", 2021), award("구로구", "우수상", "가나일보")
    )
    assert sorted(row["year"] for row in cells(library, FactKind.AWARD)) == [2021, 2022]


def test_a_fact_told_twice_in_one_article_counts_one_article(library: Library) -> None:
    text = "‘청년이룸’ 사업을 시작한다. ‘청년이룸’ 사업에는 누구나 참여한다."
    name = {"name": "청년이룸"}
    store(library, article(text, [(FactKind.PROGRAM, "청년이룸", name)] * 2))
    assert cells(library, FactKind.PROGRAM) == [
        {
            "name": "청년이룸",
            "articles": 1,
            "first": "2024-05-02T10:00",
            "last": "2024-05-02T10:00",
            "sources": "가나일보",
        }
    ]


def test_a_program_named_in_several_articles_has_their_count_and_first_and_last_dates(
    library: Library,
) -> None:
    name = {"name": "마을버스 운전기사 양성과정"}
    texts = [f"구는 {n}월부터 마을버스 운전기사 양성과정을 운영한다." for n in (3, 5, 7)]
    store(
        library,
        *(
            article(text, [(FactKind.PROGRAM, "마을버스 운전기사 양성과정", name)], published=date)
            for text, date in zip(texts, ("2023-03-01", "2024-05-01", "2023-09-09"), strict=True)
        ),
    )
    [row] = cells(library, FactKind.PROGRAM)
    assert (row["articles"], row["first"], row["last"]) == (3, "2023-03-01", "2024-05-01")


def test_a_result_is_paired_with_the_goal_of_its_year_and_the_rate_is_their_ratio(
    library: Library,
) -> None:
    text = (
        "구는 지난해 목표치인 1만3,500개보다 많은 2만2,023개의 일자리를 창출했다.\n\n"
        "올해는 일자리 1만4,000개 창출 목표를 세웠다."
    )
    goal, result = (
        {"value": 13500, "unit": "개", "type": "goal"},
        {
            "value": 22023,
            "unit": "개",
            "type": "result",
            "label": "일자리 창출",
        },
    )
    this_year = {"value": 14000, "unit": "개", "type": "goal", "label": "일자리 창출"}
    store(
        library,
        article(
            text,
            [
                (FactKind.TARGET, "1만3,500개", goal),
                (FactKind.TARGET, "2만2,023개", result),
                (FactKind.TARGET, "1만4,000개", this_year),
            ],
            published="2022-07-21",
        ),
    )
    rows = {row["goal"]: row for row in cells(library, FactKind.TARGET)}
    assert rows[13500]["result"] == 22023 and rows[13500]["rate"] == 163.1
    assert rows[13500]["year"] == 2021 and rows[13500]["label"] == "일자리 창출"
    assert rows[14000]["result"] is None and rows[14000]["rate"] is None
    assert rows[14000]["year"] == 2022


def test_a_whole_rate_is_a_whole_number_filtered_or_not(library: Library) -> None:
    text = "구는 목표 200개보다 많은 208개의 일자리를 만들었다. 목표 300개에 312개를 더했다."
    facts: list[FactSpec] = [
        (FactKind.TARGET, f"{n}개", {"value": n, "unit": "개", "type": kind, "label": "일자리"})
        for n, kind in ((200, "goal"), (208, "result"), (300, "goal"), (312, "result"))
    ]
    store(library, article(text, facts))
    for options in ({}, {"since": "2000"}, {"query": ListQuery(source="가나일보")}):
        table = library.fact_table(FactKind.TARGET, **options)
        for order in ("date", "rate"):
            table.sort(order)
            rates = [row.cells[table.index("rate")] for row in table.rows()]
            printed = [row[table.index("rate")] for batch in table.printed() for row in batch]
            assert rates == printed == [104, 104]
            assert all(type(rate) is int for rate in rates), (options, order, rates)
            written = io.StringIO()
            write_csv(table, written)
            assert [line.split(",")[4] for line in written.getvalue().splitlines()[1:]] == [
                "104",
                "104",
            ]


def test_the_aligned_text_shows_merged_sources_and_a_whole_rate_as_the_other_formats(
    library: Library,
) -> None:
    """The aligned text reads a row's sources and its 달성률 as stored and shows each distinct
    value itself; it must read as the CSV's and the reader's cells do."""
    text = "구는 목표 200개보다 많은 208개의 일자리를 만들었다."
    facts: list[FactSpec] = [
        (FactKind.TARGET, f"{n}개", {"value": n, "unit": "개", "type": kind, "label": "일자리"})
        for n, kind in ((200, "goal"), (208, "result"))
    ]
    store(library, article(text, facts, source="다라뉴스"), article(text, facts))
    filters: tuple[dict[str, Any], ...] = ({}, {"since": "2000"})
    for options in filters:
        table = library.fact_table(FactKind.TARGET, **options)
        _header, row = fitted_lines(table)[0]
        assert "104%" in row.split() and "104.0%" not in row
        assert "가나일보, 다라뉴스" in row and "\x1f" not in row
        written = io.StringIO()
        write_csv(table, written)
        (csv_row,) = csv.DictReader(io.StringIO(written.getvalue().lstrip("\ufeff")))
        assert (csv_row["rate"], csv_row["source"]) == ("104", "가나일보, 다라뉴스")


def test_the_aligned_text_cuts_wide_figures_to_a_narrow_terminal_and_aligns_them_right(
    library: Library,
) -> None:
    text = "구는 청년 일자리 창출 지원 목표 1234567890명보다 많은 1234567999명을 도왔다."
    facts: list[FactSpec] = [
        (FactKind.TARGET, f"{n}명", {"value": n, "unit": "명", "type": kind, "label": label})
        for n, kind, label in (
            (1234567890, "goal", "청년 일자리 창출 지원"),
            (1234567999, "result", "청년 일자리 창출 지원"),
        )
    ]
    store(library, article(text, facts))
    table = library.fact_table(FactKind.TARGET)
    header, row = fitted_lines(table)[0]
    goal_end = cell_len(header[: header.index("goal") + len("goal")])
    assert cell_len(row[: row.index("1,234,567,890") + len("1,234,567,890")]) == goal_end
    narrow = fitted_lines(table, available=72)[0]  # the key columns whole, the right ones left out
    assert all(cell_len(line) <= 72 for line in narrow)
    assert "달성률" in narrow[0] and "date" not in narrow[0]
    assert "  1,234,567,890  1,234,567,999" in narrow[1]
    narrower = fitted_lines(table, available=50)[0]  # the key columns alone, cut
    assert all(cell_len(line) <= 50 for line in narrower) and narrower[0].endswith("달성률")
    assert "1,234,567,890" not in narrower[1] and "  1,234,567,…  1,234,567,…" in narrower[1]


def test_goals_and_results_in_other_units_or_paragraphs_are_not_paired() -> None:
    text = "목표는 2,400명이었다. 실제로는 150건을 지원했다.\n\n실제로는 2,981명이 일자리를 얻었다."
    facts = [
        (FactKind.TARGET, "2,400명", {"value": 2400, "unit": "명", "type": "goal"}),
        (FactKind.TARGET, "150건", {"value": 150, "unit": "건", "type": "result"}),
        (FactKind.TARGET, "2,981명", {"value": 2981, "unit": "명", "type": "result"}),
    ]
    lines = fact_lines(article(text, facts))
    assert {(line.goal, line.result) for line in lines if line.kind == "target"} == {
        (None, 150),
        (None, 2981),
        (2400, None),
    }


@pytest.mark.parametrize(
    ("goal_label", "result_label", "paired"),
    [
        ("일자리", "일자리 창출", True),
        ("청년 창업 지원", "창업 지원", True),
        ("일자리", "관광객 유치", False),
    ],
)
def test_a_goal_pairs_with_a_result_whose_label_names_no_more_or_no_less(
    goal_label: str, result_label: str, paired: bool
) -> None:
    text = "목표는 1,200개다. 지금까지 1,300개를 이뤘다."
    facts = [
        (
            FactKind.TARGET,
            "1,200개",
            {"value": 1200, "unit": "개", "type": "goal", "label": goal_label},
        ),
        (
            FactKind.TARGET,
            "1,300개",
            {"value": 1300, "unit": "개", "type": "result", "label": result_label},
        ),
    ]
    lines = {(line.goal, line.result) for line in fact_lines(article(text, facts))}
    assert ((1200, 1300) in lines) == paired


@pytest.mark.parametrize(
    ("sentence", "published", "year"),
    [
        ("지난해 2만2,023개의 일자리를 창출했다", 2022, 2021),
        ("올해도 일자리 14,000개 창출 목표를 세웠다", 2022, 2022),
        ("내년에는 300명을 뽑는다", 2024, 2025),
        ("2019년 일자리 500개를 만들었다", 2024, 2019),
        ("일자리 500개를 만들었다", 2024, None),
    ],
)
def test_the_year_a_sentence_gives_its_figure(sentence: str, published: int, year: int) -> None:
    number = [word for word in sentence.split() if any(c.isdigit() for c in word)][-1]
    start = sentence.index(number)
    assert Sentences(sentence, published).year(start, start + len(number)) == year


def test_what_a_sum_is_for_is_the_words_of_its_clause() -> None:
    text = "구는 올해 청년 일경험 지원사업에 예산 65억 원을 투입한다고 3일 밝혔다. 다음 문장이다."
    start = text.index("65억 원")
    assert (
        Sentences(text).purpose(start, start + len("65억 원"))
        == "청년 일경험 지원사업에 예산 …을 투입한다고 3일"
    )


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("서울 성동구", "성동구"),
        ("경기도 수원시", "수원시"),
        ("성동구", "성동구"),
        ("서울시", "서울시"),
    ],
)
def test_a_region_before_a_district_is_not_part_of_who_won(written: str, key: str) -> None:
    assert recipient_key(written) == key


def test_amounts_group_by_year_with_sums_and_bars_count_money_per_year(library: Library) -> None:
    texts = [
        ("구는 청년 정책에 65억 원을 투입한다.", "2024-01-02"),
        ("구는 3억 원을 지원한다.", "2024-06-01"),
    ]
    texts.append(("군은 12억 원을 편성했다.", "2023-02-02"))
    store(
        library,
        *(
            article(text, [(FactKind.AMOUNT, money, {"value": value, "unit": "원"})], published=day)
            for (text, day), (money, value) in zip(
                texts,
                [("65억 원", 6_500_000_000), ("3억 원", 300_000_000), ("12억 원", 1_200_000_000)],
                strict=True,
            )
        ),
    )
    table = library.fact_table(FactKind.AMOUNT)
    assert [(y.year, y.rows, y.amount) for y in table.years()] == [
        (2023, 1, 1_200_000_000),
        (2024, 2, 6_800_000_000),
    ]
    grouped = table.grouped("source")
    assert [column.name for column in grouped.columns] == [
        "source",
        "rows",
        "articles",
        "sum",
    ]
    assert [row.cells for row in grouped.rows()] == [("가나일보", 3, 3, 8_000_000_000)]


def test_a_group_counts_each_article_once_however_many_of_its_rows_it_tells(
    library: Library,
) -> None:
    def goals(*values: int, source: str) -> Article:
        text = " ".join(f"일자리 {value}개를 만든다." for value in values)
        fields = [{"value": v, "unit": "개", "type": "goal", "label": "일자리"} for v in values]
        return article(
            text,
            [(FactKind.TARGET, f"{v}개", f) for v, f in zip(values, fields, strict=True)],
            source=source,
        )

    def amounts(*values: int, source: str) -> Article:
        text = " ".join(f"사업에 {value}억 원을 쓴다." for value in values)
        return article(
            text,
            [(FactKind.AMOUNT, f"{v}억 원", {"value": v * 10**8, "unit": "원"}) for v in values],
            source=source,
        )

    store(
        library,
        goals(100, 200, 300, source="가나일보"),
        goals(100, 400, source="다라뉴스"),
        amounts(3, 5, source="가나일보"),
        amounts(3, source="가나일보"),
    )
    for options in ({}, {"since": "2000"}):
        targets = library.fact_table(FactKind.TARGET, **options).grouped("label")
        assert [row.cells for row in targets.rows()] == [("일자리", 4, 2)]
        money = library.fact_table(FactKind.AMOUNT, **options).grouped("source")
        assert [row.cells for row in money.rows()] == [("가나일보", 2, 2, 8 * 10**8)]


def test_sorting_flips_on_the_same_column_and_keeps_unknown_values_last(library: Library) -> None:
    store(
        library,
        award("구로구", "우수상", "가나일보"),
        award("성동구", "대상", "다라뉴스"),
        award("노원구", "장려상", None),
    )
    table = library.fact_table(FactKind.AWARD)
    table.sort("source")
    assert [row.cells[7] for row in table.rows()] == ["가나일보", "다라뉴스", None]
    table.sort("source")
    assert [row.cells[7] for row in table.rows()] == ["다라뉴스", "가나일보", None]
    table.sort("recipient", descending=False)
    assert [row.cells[0] for row in table.rows()] == ["구로구", "노원구", "성동구"]


def test_a_group_keeps_its_rows(library: Library) -> None:
    store(library, award("구로구", "우수상", "가나일보"), award("구로구", "대상", "가나일보"))
    store(library, award("성동구", "대상", "다라뉴스", 2020))
    table = library.fact_table(FactKind.AWARD)
    grouped = table.grouped("recipient")
    assert (grouped.rows()[0].cells[0], grouped.rows()[0].cells[1]) == ("구로구", 2)
    assert {row.cells[2] for row in table.only("recipient", "구로구").rows()} == {"우수상", "대상"}


def test_rows_told_by_the_same_outlets_in_either_order_are_one_group(library: Library) -> None:
    store(
        library,
        award("구로구", "우수상", "가나일보"),
        award("구로구", "우수상", "다라뉴스"),
        award("성동구", "대상", "다라뉴스"),
        award("성동구", "대상", "가나일보"),
        award("노원구", "대상", "가나일보"),
    )
    table = library.fact_table(FactKind.AWARD)
    groups = [row.cells[:2] for row in table.grouped("source").rows()]
    assert groups == [("가나일보, 다라뉴스", 2), ("가나일보", 1)]
    together = table.only("source", "가나일보, 다라뉴스").rows()
    assert sorted(row.cells[0] for row in together) == ["구로구", "성동구"]


def test_filters_keep_the_articles_of_a_source_a_period_or_a_text(library: Library) -> None:
    store(library, award("구로구", "우수상", "가나일보"), award("성동구", "대상", "다라뉴스"))
    assert [
        r["recipient"] for r in cells(library, FactKind.AWARD, query=ListQuery(source="다라뉴스"))
    ] == ["성동구"]
    assert [
        r["recipient"] for r in cells(library, FactKind.AWARD, query=ListQuery(text="구로구"))
    ] == ["구로구"]
    assert cells(library, FactKind.AWARD, since="2025") == []
    assert len(cells(library, FactKind.AWARD, until="2024-05")) == 2


def test_a_changed_page_replaces_its_lines(library: Library) -> None:
    library.record("/pages/a.html", "one", award("구로구", "우수상", "가나일보"))
    library.record("/pages/a.html", "two", award("구로구", "대상", "가나일보"))
    assert [row["prize"] for row in cells(library, FactKind.AWARD)] == ["대상"]


@pytest.mark.parametrize("version", [1, 3])
def test_an_older_library_gets_its_table_filled_when_opened(tmp_path: Path, version: int) -> None:
    """From version 1 the lines are worked out from the stored facts; from 3 they lose the
    article's date and source, which the rows then read from the article."""
    told = [award("구로구", "우수상", "가나일보"), award("서울 구로구", "우수상", "다라뉴스")]
    told.append(award("성동구", "대상", "다라뉴스", 2021))
    with Library.open(tmp_path / "new") as library:
        store(library, *told)
        before = cells(library, FactKind.AWARD)
        one_outlet = cells(library, FactKind.AWARD, query=ListQuery(source="다라뉴스"))
    with Library.open(version_1_library(tmp_path / "old", told, version=version)) as library:
        assert cells(library, FactKind.AWARD) == before
        assert cells(library, FactKind.AWARD, query=ListQuery(source="다라뉴스")) == one_outlet
        assert sorted(row["articles"] for row in before) == [1, 2]
        library.remove([library.article_ids(["/p/0"])[0]])
        assert [row["source"] for row in cells(library, FactKind.AWARD)] == ["다라뉴스"] * 2


def test_removing_an_article_takes_its_lines_out_of_the_table(library: Library) -> None:
    store(
        library, award("구로구", "우수상", "가나일보"), award("서울 구로구", "우수상", "다라뉴스")
    )
    library.remove([library.rows()[0].id])
    (row,) = cells(library, FactKind.AWARD)
    assert row["articles"] == 1
    library.remove([library.rows()[0].id])
    assert cells(library, FactKind.AWARD) == []


def test_a_read_only_library_shows_its_table_filtered(tmp_path: Path) -> None:
    with Library.open(tmp_path) as library:
        store(library, award("구로구", "우수상", "가나일보"), award("성동구", "대상", "다라뉴스"))
    with Library.open(tmp_path, read_only=True) as library:
        assert len(cells(library, FactKind.AWARD)) == 2
        (row,) = cells(library, FactKind.AWARD, query=ListQuery(source="다라뉴스"))
        assert row["prize"] == "대상"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("서구(구청장 홍길동)가 올해 청년 정책에 65억 원을 쓴다.", "올해 청년 정책에 …을 쓴다"),
        ("○ 올해 사업 예산은 65억 원으로 늘었다.", "올해 사업 예산은 …으로 늘었다"),
        ("시설비 65억 원, 운영비 3억 원을 들인다.", "시설비 …"),
        (
            "버스 요금은 구간별로 1,200원부터 65억 원까지 다르다.",
            "버스 요금은 구간별로 1,200원부터 …까지 다르다",
        ),
        (
            "올해 예산은 65억 원으로 목표액 8,000억 원의 일부다.",
            "올해 예산은 …으로 목표액 8,000억 원의",
        ),
        ("총 80억 원 가운데 청년 몫 65억 원을 쓴다.", "80억 원 가운데 청년 몫 …을 쓴다"),
        ("모두 3,000 명 중에서 청년 몫 65억 원을 쓴다.", "3,000 명 중에서 청년 몫 …을 쓴다"),
        ("올해 예산 65억 원으로 목표는 300 명이다.", "올해 예산 …으로 목표는 300 명이다"),
        ("센터를 함께 운영한다.참여 청년에게는 65억 원을 준다.", "참여 청년에게는 …을 준다"),
        ("상담을 받아요.참여 청년에게는 65억 원을 준다.", "참여 청년에게는 …을 준다"),
        ("접수는 9:00부터이며 참가비는 65억 원이다.", "접수는 9:00부터이며 참가비는 …이다"),
    ],
)
def test_a_purpose_never_cuts_inside_a_number_or_from_its_unit(text: str, words: str) -> None:
    start = text.index("65억 원")
    assert Sentences(text).purpose(start, start + len("65억 원")) == words


def test_a_rows_position_is_its_place_in_every_order(library: Library) -> None:
    store(
        library,
        award("구로구", "우수상", "가나일보"),
        award("성동구", "대상", None),
        award("노원구", "우수상", "다라뉴스", 2020),
        award("마포구", "장려상", "가나일보", 2021),
    )
    table = library.fact_table(FactKind.AWARD)
    for column in table.columns:
        for descending in (False, True):
            table.sort(column.name, descending)
            rows = table.rows()
            assert [table.position(row) for row in rows] == list(range(len(rows)))
            assert [table.row(index) for index in range(len(rows))] == rows


def test_a_page_of_thousands_of_figures_is_read_in_bounded_time() -> None:
    """A goal is looked for among the nearest few, and sentences and year words are found
    once a page: lines for 18,000 facts in one paragraph take about 2 s on a busy machine."""
    count = 6000
    text = "목표 100명 달성 120명, 예산 5억 원 " * count
    facts: list[Fact] = []
    for number in range(count):
        base = number * len("목표 100명 달성 120명, 예산 5억 원 ")
        for words, fields in (
            ("100명", {"value": 100 + number, "unit": "명", "type": "goal"}),
            ("120명", {"value": 120 + number, "unit": "명", "type": "result"}),
        ):
            start = text.index(words, base)
            facts.append(Fact(FactKind.TARGET, start, start + len(words), words, fields))
        start = text.index("5억 원", base)
        money = {"value": 500_000_000 + number, "unit": "원"}
        facts.append(Fact(FactKind.AMOUNT, start, start + len("5억 원"), "5억 원", money))
    started = time.perf_counter()
    lines = fact_lines(Article(text=text, facts=tuple(facts)))
    assert time.perf_counter() - started < 20
    assert sum(1 for line in lines if line.goal is not None and line.result is not None) == count


class _PrintedTable:
    """What `fitted_lines` reads of a table: its columns and its rows as printed."""

    def __init__(self, columns: tuple[Column, ...], rows: list[tuple[Any, ...]]) -> None:
        self.columns, self.pair, self._rows = columns, None, rows

    def printed(
        self, stored: Any = (), *, words_as_bytes: bool = False
    ) -> Iterator[list[tuple[Any, ...]]]:
        yield self._rows


@pytest.mark.parametrize("distinct", [1, 3, 40])
def test_whole_numbers_read_alike_whether_few_repeat_down_the_column_or_many_differ(
    monkeypatch: pytest.MonkeyPatch, distinct: int
) -> None:
    """A column of a few counts repeated down many rows formats each count once; its cells
    must be those of a column formatted a cell at a time: right-aligned, with separators, blank
    where unknown."""
    columns = (table_column("articles", "articles", numeric=True), table_column("name", "이름"))
    rows = [(None if n % 7 == 0 else 1200 + n % distinct, f"사업{n}") for n in range(40)]
    table: Any = _PrintedTable(columns, rows)
    lines = fitted_lines(table)[0]
    monkeypatch.setattr(table_text, "FEW_NUMBERS", 10**9)  # never: a format a cell
    assert lines == fitted_lines(table)[0]
    assert lines[1].startswith("          사업0")
    assert lines[2].startswith(f"   {1200 + 1 % distinct:,}  사업1")
