"""A grouping of the facts table as SQL: a row per value of a column, with how many rows have
it, in how many distinct articles, and the sum of its money column.

Most rows are told by one article, their first: they are counted from the rows alone, and only
the rows told by several are joined with their lines to find their other articles (joining
every row with its lines took the 44,807 targets grouped by label 60 ms of CPU).
"""

from __future__ import annotations

from collections.abc import Sequence


def grouped_rows(
    shown: Sequence[str], money: Sequence[str], names: Sequence[str], rows: str, lines: str
) -> str:
    """The SELECT (in brackets) of the groups of `rows` (a table with its WHERE clause): the
    values `shown` (expressions named `shown0`, `shown1`) as `names`, then `rows`, `articles`
    and, for a `money` column, `total` (each row once); `lines` the rows' lines
    (`line_key`, `line_article`). The values are worked out once a row (materialized)."""
    values = ", ".join(f"shown{n}" for n in range(len(shown)))
    kept = [f"{sql} AS money{n}" for n, sql in enumerate(money)]
    nulls = "".join(", NULL" for _ in money)
    totals = "".join(f", sum(money{n}) AS total" for n in range(len(money)))
    carried = "".join(f", money{n}" for n in range(len(money)))
    each_row = (
        f"SELECT {values}, 1 AS first_line, first_article AS told_by{carried} FROM grouped_rows"
    )
    told_again = (
        f"SELECT {values}, 0, line_article{nulls} FROM grouped_rows"
        f" JOIN {lines} ON line_key = key WHERE told > 1"
    )
    return (
        f"(WITH grouped_rows AS MATERIALIZED (SELECT {', '.join([*shown, *kept])}, key,"
        f" article AS first_article, articles AS told FROM {rows})"
        f" SELECT {', '.join(names)}, sum(first_line) AS rows,"
        f" count(DISTINCT told_by) AS articles{totals}"
        f" FROM ({each_row} UNION ALL {told_again}) GROUP BY {values})"
    )
