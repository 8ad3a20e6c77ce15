"""Audience families of the seventh round, in sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.facts_helpers import audience_texts

found = audience_texts


@pytest.mark.parametrize(
    ("text", "expected", "swallowed"),
    [
        (
            "모인 성금은 복지재단에 적립되어 관내 저소득 가정을 위해 쓰인다.",
            "관내 저소득 가정",
            "적립되어",
        ),
        (
            "부스가 마련돼 여성과 장애인, 고령자 등을 위한 채용 상담이 열린다.",
            "장애인",
            "마련돼",
        ),
        (
            "업종만 다를 뿐 청년을 새로 채용하는 지역 기업에 인건비를 지원한다.",
            "청년을 새로 채용하는 지역 기업",
            "뿐",
        ),
        (
            "군은 5일간 일자리를 원하는 만 60세 이상 주민에게 일감을 제공한다.",
            "일자리를 원하는 만 60세 이상 주민",
            "5일간",
        ),
        (
            "오전 설명회가 이어져 취업을 준비하는 졸업생들에게 상담을 제공했다.",
            "취업을 준비하는 졸업생들",
            "이어져",
        ),
    ],
)
def test_a_linking_verb_ends_the_phrase_read_back(text: str, expected: str, swallowed: str) -> None:
    texts = found(text)
    assert expected in texts, texts
    assert not any(swallowed in audience for audience in texts), texts


def test_a_verb_with_its_auxiliary_stays_inside_the_clause() -> None:
    text = "지원 대상은 농업경영체로 등록돼 있고 군에 주소를 둔 농업인이다."
    assert "농업경영체로 등록돼 있고 군에 주소를 둔 농업인" in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "선발된 참여자는 구청, 도서관 등 공공기관에 배치돼 행정 업무를 지원한다.",
        "신청서는 운영기관에 제출한 후 심사를 거쳐 지원을 받는다.",
        "요원들은 관내 복지시설에 파견되어 돌봄 업무를 지원할 예정이다.",
    ],
)
def test_where_people_are_sent_or_papers_go_is_no_audience(text: str) -> None:
    assert not found(text), found(text)


def test_a_group_that_receives_after_e_is_still_read() -> None:
    text = "구는 관내 저소득 가구에 난방비를 지원한다."
    assert "관내 저소득 가구" in found(text), found(text)
