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


def test_a_date_written_with_stops_is_no_sentence_end() -> None:
    text = "신청 자격은 접수일(2025. 3. 4.) 현재 구에 사는 청년이다. 모집은 10일까지다."
    assert texts(text) == [
        "신청 자격은 접수일(2025. 3. 4.) 현재 구에 사는 청년이다.",
        "모집은 10일까지다.",
    ]


def test_a_sentence_ending_in_a_number_still_ends() -> None:
    assert texts("올해 목표는 300명. 12월까지 모집한다.") == [
        "올해 목표는 300명.",
        "12월까지 모집한다.",
    ]


def test_a_stop_inside_a_quoted_title_ends_no_sentence() -> None:
    text = (
        "군은 ‘다시 뛰자! 바다마을 축제’로 우수축제에 뽑혔다. "
        "'청년아 가자! 창업캠프 2024' 참가자는 30명이다. "
        "「어디까지 왔니? 우리 동네」 사진전이 열렸다."
    )
    assert texts(text) == [
        "군은 ‘다시 뛰자! 바다마을 축제’로 우수축제에 뽑혔다.",
        "'청년아 가자! 창업캠프 2024' 참가자는 30명이다.",
        "「어디까지 왔니? 우리 동네」 사진전이 열렸다.",
    ]


def test_a_title_ending_in_a_stop_still_leaves_the_next_sentence_apart() -> None:
    text = "‘함께 걷자!’ 행사가 열렸다. 정말 좋았나? 참가자는 모두 웃었다."
    assert texts(text) == ["‘함께 걷자!’ 행사가 열렸다.", "정말 좋았나?", "참가자는 모두 웃었다."]


def test_spans_of_sentences_around_a_quoted_title_stay_exact() -> None:
    text = "시는 “힘내요! 이웃” 캠페인을 벌였다. 구는 《왜? 라는 물음》 강연을 열었다."
    pieces = list(sentences(text))
    assert [p.text for p in pieces] == [
        "시는 “힘내요! 이웃” 캠페인을 벌였다.",
        "구는 《왜? 라는 물음》 강연을 열었다.",
    ]
    assert all(text[p.start : p.end] == p.text for p in pieces)
