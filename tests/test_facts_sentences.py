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


def test_a_list_marker_glued_to_a_stop_starts_a_new_piece() -> None:
    assert texts("복지 예산을 30억원 늘렸다.▲경로당 보수 5억원 ▲무료 급식 3억원") == [
        "복지 예산을 30억원 늘렸다.",
        "▲경로당 보수 5억원 ▲무료 급식 3억원",
    ]


def test_a_title_between_backticks_keeps_its_exclamation() -> None:
    text = "도서관은 `놀면서 배우자! 2` 참가자를 모집한다. 접수는 10일까지다."
    assert texts(text) == [
        "도서관은 `놀면서 배우자! 2` 참가자를 모집한다.",
        "접수는 10일까지다.",
    ]


def test_an_unquoted_name_with_an_exclamation_goes_on_before_a_genitive() -> None:
    text = "관광 부문에서는 안녕! 해남의 해남군과 푸른 섬 완도군이 뽑혔다. 시상식은 5일이다."
    assert texts(text) == [
        "관광 부문에서는 안녕! 해남의 해남군과 푸른 섬 완도군이 뽑혔다.",
        "시상식은 5일이다.",
    ]


def test_a_sentence_ending_in_an_exclamation_still_ends_before_a_genitive() -> None:
    assert texts("모두 함께 해냈다! 군의 노력이 결실을 맺었다.") == [
        "모두 함께 해냈다!",
        "군의 노력이 결실을 맺었다.",
    ]


def test_an_exclamation_after_a_noun_still_ends_before_a_new_sentence() -> None:
    assert texts("올해도 돌아온 고추 축제! 주말 이틀간 열린다.") == [
        "올해도 돌아온 고추 축제!",
        "주말 이틀간 열린다.",
    ]
