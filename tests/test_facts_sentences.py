"""How an article's text is cut into sentences before the facts are read."""

from __future__ import annotations

from govreader.facts.sentences import sentences


def texts(text: str) -> list[str]:
    return [piece.text for piece in sentences(text)]


def test_sentences_end_at_a_stop_and_a_blank() -> None:
    assert texts("군이 상을 받았다. 시상식은 3일 열렸다.") == [
        "군이 상을 받았다.",
        "시상식은 3일 열렸다.",
    ]


def test_lines_run_together_still_end_each_sentence() -> None:
    text = "군이 상을 받았다.지난 4월에는 우수기관에 뽑혔다.10일 군에 따르면 그렇다."
    assert texts(text) == [
        "군이 상을 받았다.",
        "지난 4월에는 우수기관에 뽑혔다.",
        "10일 군에 따르면 그렇다.",
    ]


def test_a_decimal_or_a_quote_after_the_stop_is_no_new_sentence() -> None:
    assert texts("집행률은 3.5%였다.”라고 말했다.") == ["집행률은 3.5%였다.”라고 말했다."]
