"""Plain words of noun phrases: names in 다 and 나라 are nouns, verbs in 다 are not."""

from __future__ import annotations

import pytest

from govreader.facts.phrases import FINAL_L, FINAL_N, final_of, has_final, is_plain_word


@pytest.mark.parametrize("word", ["바다", "모다", "캐나다", "나라", "우리나라"])
def test_names_ending_like_a_verb_are_plain_words(word: str) -> None:
    assert is_plain_word(word)


@pytest.mark.parametrize("word", ["보다", "이다", "크다", "했다", "목표다", "받았다"])
def test_verbs_and_the_copula_in_da_are_not(word: str) -> None:
    assert not is_plain_word(word)


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
