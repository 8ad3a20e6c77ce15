"""A Korean story's machine translation printed under it (an English version of the article,
as some regional outlets add): Latin-script prose on a page whose prose is Korean is not the
story a Korean reader saved, so it scores as chrome and the story's run ends before it."""

from __future__ import annotations

import re

_LATIN = re.compile(r"[A-Za-z]")
_HANGUL = re.compile(r"[가-힣]")
WORDS = 6
"""Six words or more: a sentence or a headline, not a name, a label or an address."""
_SENTENCE_END = re.compile(r"[가-힣][다요]\.?[”\"’')\]]*\s*$|[가-힣][다요]\.\s")
"""A line holding a Korean sentence's end (했다., 입니다), or one ending so."""
KOREAN_STORY = 100
"""Hangul letters of sentences above a translation: the story it translates."""
LATIN_LETTERS = 30
"""A Latin-script line this many letters long reads as prose."""


def _latin_prose(line: str) -> bool:
    latin = len(_LATIN.findall(line))
    return (
        latin >= LATIN_LETTERS
        and len(_HANGUL.findall(line)) * 20 <= latin
        and "://" not in line
        and len(line.split(maxsplit=WORDS)) > WORDS - 1
    )


def translated_lines(lines: list[str]) -> set[int]:
    """Lines of Latin-script prose that follow a Korean story (at least `KOREAN_STORY` Hangul
    letters of sentences above the first of them); none on a page written in English."""
    latin_at = [i for i, line in enumerate(lines) if _latin_prose(line)]
    if not latin_at:
        return set()
    above = lines[: latin_at[0]]
    korean = sum(len(_HANGUL.findall(line)) for line in above if _SENTENCE_END.search(line))
    return set(latin_at) if korean >= KOREAN_STORY else set()
