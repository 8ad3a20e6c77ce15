"""How figures read in Korean: thousands separators, and money in 조/억/만 as news writes it.

Pure functions: the reader's facts pane and the facts table (in the reader and in the shell)
show numbers the same way.
"""

from __future__ import annotations


def number(value: float | int) -> str:
    """`14000` → `14,000`, `3.5` → `3.5`: thousands separators, no needless decimals."""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,}"
    return f"{int(value):,}"


def korean_amount(value: float | int) -> str:
    """Money the way Korean news writes it: `6500000000` → `65억`, `123450000` → `1억 2,345만`."""
    if isinstance(value, float) and not value.is_integer():
        return number(value)
    whole = int(value)
    jo, rest = divmod(whole, 10**12)
    eok, rest = divmod(rest, 10**8)
    man, won = divmod(rest, 10**4)
    if whole < 10**4:
        return number(whole)
    parts = [f"{n:,}{unit}" for n, unit in ((jo, "조"), (eok, "억"), (man, "만")) if n]
    if won:
        parts.append(f"{won:,}")
    return " ".join(parts)
