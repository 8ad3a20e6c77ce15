"""The lines SQLite writes for `govreader table` (`table_sql`) are byte for byte those the Python
printers write, in every format and order, filtered or not; a table with one row that is not
plain (a comma, a quote, a formula's first character, a float Python prints otherwise, a
character whose width SQLite cannot count, a value edited by hand) is left to the printers."""

from __future__ import annotations

import io
import sqlite3
from typing import Any

import pytest

from govreader import table_text
from govreader.library import Library, ListQuery, table_sql
from govreader.library.fact_table import FactTable
from govreader.model import FactKind
from govreader.table_files import TABLE_WRITERS
from tests.test_fact_table import FactSpec, article, award, library, store

__all__ = ["library"]  # the fixture


@pytest.fixture(autouse=True)
def any_number_of_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite writes the aligned text of these small tables too (`table_text.SQL_ROWS`)."""
    monkeypatch.setattr(table_text, "SQL_ROWS", 0)


def test_a_small_table_is_aligned_by_the_printers(library: Library) -> None:
    store(library, award("구로구", "우수상", "가나일보"))
    table_text.SQL_ROWS = 2
    assert table_text.sql_lines(library.fact_table(FactKind.AWARD)) is None
    table_text.SQL_ROWS = 1
    assert table_text.sql_lines(library.fact_table(FactKind.AWARD)) is not None


def _target(label: str, goal: float, result: float, unit: str = "개") -> list[FactSpec]:
    fields = {"unit": unit, "label": label}
    return [
        (FactKind.TARGET, f"{goal:,}{unit}", {**fields, "value": goal, "type": "goal"}),
        (FactKind.TARGET, f"{result:,}{unit}", {**fields, "value": result, "type": "result"}),
    ]


def _targets(label: str, goal: float = 13500, result: float = 22023) -> str:
    return f"{label} 목표 {goal:,}개보다 많은 {result:,}개를 이뤘다."


def _store_targets(library: Library, *labels: str, goal: float = 13500) -> None:
    pages = []
    for number, label in enumerate(labels):
        result = 22023 + number * 1000
        text = _targets(label, goal, result)
        source = "가나일보" if number % 2 else "다라뉴스"
        pages.append(
            article(
                text,
                _target(label, goal, result),
                published=f"2024-0{number % 3 + 1}-05",
                source=source,
            )
        )
    pages.append(article(_targets(labels[0], goal, 22023), _target(labels[0], goal, 22023)))
    store(library, *pages)


def _written(table: FactTable, fmt: str) -> tuple[bytes, bool]:
    """The table as `govreader table --format fmt` writes it, and whether SQLite wrote it."""
    if fmt == "text":
        made = table_text.sql_lines(table)
        if made is not None:
            return (made[0] + "\n").encode() + made[1] + b"\n", True
        lines, _ = table_text.fitted_lines(table)
        return ("\n".join(lines) + "\n").encode(), False
    out = io.StringIO()
    plain = table_sql.csv_body(table) is not None
    TABLE_WRITERS[fmt](table, out)
    return out.getvalue().encode(), plain


def _both(
    library: Library,
    kind: FactKind,
    fmt: str,
    monkeypatch: pytest.MonkeyPatch,
    order: str | None = None,
    **options: Any,
) -> tuple[bytes, bytes, bool]:
    """What SQLite writes and what the printers write (SQLite kept out) of the table sorted by
    `order`, and whether SQLite wrote the first."""

    def table() -> FactTable:
        made = library.fact_table(kind, **options)
        if order is not None:
            made.sort(order)
        return made

    fast, by_sql = _written(table(), fmt)
    with monkeypatch.context() as patched:
        patched.setattr(table_sql, "_written_here", lambda *args: False)
        slow, _ = _written(table(), fmt)
    return fast, slow, by_sql


@pytest.mark.parametrize("fmt", ["text", "csv", "json"])
def test_plain_targets_are_written_by_sqlite_as_the_printers_write_them(
    library: Library, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _store_targets(library, "일자리 창출", "청년 취업 (명)", "Jobs 100")
    for options in ({}, {"since": "2024-02"}, {"query": ListQuery(source="다라뉴스")}):
        for order in (None, "rate", "label", "source", "goal"):
            fast, slow, by_sql = _both(library, FactKind.TARGET, fmt, monkeypatch, order, **options)
            assert by_sql, options
            assert fast == slow, (options, order)
    fast, _, _ = _both(library, FactKind.TARGET, fmt, monkeypatch)
    assert "가나일보, 다라뉴스".encode() in fast  # one row told by both, shown as one list
    assert b"163.1" in fast and "일자리 창출".encode() in fast


@pytest.mark.parametrize(
    "label",
    [
        "일자리, 창출",  # CSV quotes a comma
        '"청년" 일자리',  # CSV doubles a quote, JSON escapes it
        "=1+2",  # a spreadsheet formula
        "일자리  창출",  # two spaces: the table shows one
        "일자리·창출",  # a width SQLite cannot count
        "청년 일자리 …",
    ],
)
@pytest.mark.parametrize("fmt", ["text", "csv", "json"])
def test_a_table_with_a_cell_that_is_not_plain_is_left_to_the_printers(
    library: Library, fmt: str, label: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _store_targets(library, "일자리 창출", label)
    fast, slow, by_sql = _both(library, FactKind.TARGET, fmt, monkeypatch)
    assert not by_sql and fast == slow


@pytest.mark.parametrize("fmt", ["text", "csv", "json"])
def test_a_goal_with_decimals_is_written_as_python_writes_it(
    library: Library, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A float Python prints as SQLite does is plain (CSV and JSON write it); aligned text
    shows decimals with thousands separators, so it is left to the printers."""
    _store_targets(library, "일자리 창출", goal=1234.5)
    fast, slow, by_sql = _both(library, FactKind.TARGET, fmt, monkeypatch)
    assert fast == slow and b"1234.5" in fast.replace(b",", b"")
    assert by_sql == (fmt != "text")


@pytest.mark.parametrize("fmt", ["text", "csv", "json"])
def test_a_value_edited_by_hand_is_checked_again(
    library: Library, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`plain` is worked out by SQLite whenever a row changes, however it is changed: a control
    character written by hand into a stored row leaves the table to the printers, which escape
    it."""
    store(library, award("구로구", "우수상", "가나일보"), award("성동구", "대상", "다라뉴스"))
    assert _both(library, FactKind.AWARD, fmt, monkeypatch)[2]
    conn = sqlite3.connect(library.path)
    with conn:
        conn.execute(
            "UPDATE fact_rows SET prize = '우수상' || char(27) || '[31m' WHERE prize = '우수상'"
        )
    conn.close()
    fast, slow, by_sql = _both(library, FactKind.AWARD, fmt, monkeypatch)
    assert not by_sql and fast == slow and b"\x1b" not in fast


def test_an_empty_table_is_left_to_the_printers(library: Library) -> None:
    table = library.fact_table(FactKind.TARGET)
    assert table_text.sql_lines(table) is None
    assert table_sql.csv_body(table) == b""
    out = io.StringIO()
    TABLE_WRITERS["json"](table, out)
    assert out.getvalue() == "[]\n"
