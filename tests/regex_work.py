"""How much text the fact readers' patterns scan, counted rather than timed.

Every compiled pattern bound at the top of a `govreader.facts` module is swapped for a proxy that
adds up the characters each call may read: from where it starts to where its match ends (to the
end of the range for a search that finds nothing, and as far as a `finditer` was read). The sum
is a measure of work that no machine load changes, so a test can say that a sentence twice as
long costs about twice as much to read (linear), where a rescan per item would cost four times.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from govreader.facts import extract
from govreader.model import Article


class _Counted:
    """A compiled pattern whose calls add what they scan to `tally[0]`."""

    def __init__(self, pattern: re.Pattern[str], tally: list[int]) -> None:
        self._pattern = pattern
        self._tally = tally

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)

    def _span(self, string: str, pos: int, endpos: int | None) -> tuple[int, int]:
        end = len(string) if endpos is None else min(endpos, len(string))
        return pos, end

    def _found(self, call: str, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        start, end = self._span(string, pos, endpos)
        found = getattr(self._pattern, call)(string, start, end)
        self._tally[0] += (found.end() if found else end) - start if call == "search" else 1
        if call != "search" and found:
            self._tally[0] += found.end() - start
        return found

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        return self._found("search", string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        return self._found("match", string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        return self._found("fullmatch", string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        start, end = self._span(string, pos, endpos)
        read = start
        try:
            for found in self._pattern.finditer(string, start, end):
                read = found.end()
                yield found
            read = end
        finally:
            self._tally[0] += read - start

    def findall(self, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        start, end = self._span(string, pos, endpos)
        self._tally[0] += end - start
        return self._pattern.findall(string, start, end)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        self._tally[0] += len(string)
        return self._pattern.sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        self._tally[0] += len(string)
        return self._pattern.split(string, maxsplit)


def regex_work(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    """Characters the facts modules' patterns scan while reading `text`."""
    return sum(regex_work_by_pattern(monkeypatch, text).values())


def regex_work_by_pattern(monkeypatch: pytest.MonkeyPatch, text: str) -> dict[str, int]:
    """Characters each of the facts modules' patterns scans while reading `text`, by the name
    it is bound to first (`target_statistics.RANKED`): a rescan per item by one pattern shows
    there even where the whole reading's work grows little."""
    tallies: dict[str, list[int]] = {}
    proxies: dict[int, _Counted] = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("govreader.facts") or module is None:
            continue
        for attribute, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                if id(value) not in proxies:
                    tally = tallies.setdefault(f"{name.rsplit('.', 1)[-1]}.{attribute}", [0])
                    proxies[id(value)] = _Counted(value, tally)
                monkeypatch.setattr(module, attribute, proxies[id(value)])
    try:
        extract(Article(text=text))
    finally:
        monkeypatch.undo()
    return {name: tally[0] for name, tally in tallies.items()}
