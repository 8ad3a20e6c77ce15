"""Plain words of noun phrases: names in 다 and 나라 are nouns, verbs in 다 are not."""

from __future__ import annotations

import pytest

from govreader.facts.phrases import is_plain_word


@pytest.mark.parametrize("word", ["바다", "모다", "캐나다", "나라", "우리나라"])
def test_names_ending_like_a_verb_are_plain_words(word: str) -> None:
    assert is_plain_word(word)


@pytest.mark.parametrize("word", ["보다", "이다", "크다", "했다", "목표다", "받았다"])
def test_verbs_and_the_copula_in_da_are_not(word: str) -> None:
    assert not is_plain_word(word)
