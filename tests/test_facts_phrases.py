"""Plain words of noun phrases: names in 다 and 나라 are nouns, verbs in 다 are not; a name loses
the one particle after it."""

from __future__ import annotations

import pytest

from govreader.facts.phrases import (
    FINAL_L,
    FINAL_N,
    final_of,
    has_final,
    is_plain_word,
    strip_particle,
)


@pytest.mark.parametrize("word", ["바다", "모다", "캐나다", "나라", "우리나라"])
def test_names_ending_like_a_verb_are_plain_words(word: str) -> None:
    assert is_plain_word(word)


@pytest.mark.parametrize("word", ["보다", "이다", "크다", "했다", "목표다", "받았다"])
def test_verbs_and_the_copula_in_da_are_not(word: str) -> None:
    assert not is_plain_word(word)


@pytest.mark.parametrize(
    ("word", "bare"),
    [
        ("산림청으로부터", "산림청"),
        ("교육부로부터", "교육부"),
        ("일자리사업으로는", "일자리사업"),
        ("돌봄센터로는", "돌봄센터"),
        ("협의체로서", "협의체"),
        ("거점기관으로서", "거점기관"),
        ("시범사업으로써", "시범사업"),
        ("조례로써", "조례"),
        ("서울로는", "서울"),
        ("상생협약과의", "상생협약"),
    ],
)
def test_a_name_loses_its_particle(word: str, bare: str) -> None:
    assert strip_particle(word) == bare


@pytest.mark.parametrize(
    ("word", "bare"),
    [
        # 로 after a closed syllable is part of the noun (a road), not 로는 or 로서.
        ("진입로는", "진입로"),
        ("통학로는", "통학로"),
        # Too short to hold a particle and a word.
        ("도로는", "도로"),
    ],
)
def test_a_noun_ending_in_ro_keeps_it(word: str, bare: str) -> None:
    assert strip_particle(word) == bare


@pytest.mark.parametrize(
    ("syllable", "final", "closed"),
    [("가", 0, False), ("간", FINAL_N, True), ("갈", FINAL_L, True), ("힣", 27, True)],
)
def test_a_syllable_s_final_is_read_from_its_code(syllable: str, final: int, closed: bool) -> None:
    assert final_of(syllable) == final and has_final(syllable) is closed


@pytest.mark.parametrize("character", ["4", "P", "A", "ㄹ", "·", chr(0xAC00 - 20)])
def test_other_characters_have_no_final(character: str) -> None:
    """`4` and `P` sit 8 past a multiple of 28 before the syllables: read from their code as
    a syllable is, they looked like one closed by ㄹ."""
    assert final_of(character) is None and has_final(character) is None
