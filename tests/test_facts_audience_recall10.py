"""Audience families of the tenth round, in sentences written for these tests: the purpose a
program is run for names whom it helps, in the forms the earlier rounds did not read."""

from __future__ import annotations

import pytest

from tests.facts_helpers import audience_texts

found = audience_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "구는 폐업 위기에 놓인 영세한 자영업자를 지원하고자 긴급 자금을 마련했다.",
            "폐업 위기에 놓인 영세한 자영업자",
        ),
        (
            "군은 농번기에 일손이 모자란 고령 농가를 돕고자 인력 중개를 시작한다.",
            "농번기에 일손이 모자란 고령 농가",
        ),
        (
            "이는 진로를 찾지 못한 학교 밖 청소년들을 지원하기 위해서다.",
            "진로를 찾지 못한 학교 밖 청소년들",
        ),
        (
            "시는 관내 저소득 한부모 가정이 겨울을 나는데 도움을 주고자 연료비를 보냈다.",
            "관내 저소득 한부모 가정",
        ),
        (
            "이 과정은 오래 일을 쉰 경력단절 여성들의 일터 복귀를 돕는다.",
            "오래 일을 쉰 경력단절 여성들",
        ),
    ],
)
def test_the_purpose_a_program_is_run_for_names_whom_it_helps(text: str, expected: str) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # What a body wants for itself, not whom it helps.
        "시는 예산 낭비를 줄이고자 사업을 재검토했다.",
        # The help goes to a place, not to people.
        "구는 전통시장의 활성화를 돕는다.",
        # Who gives the help, not who receives it.
        "자원봉사자들이 행사를 여는데 도움을 주고 있다.",
        # A body that sets something up is no audience.
        "시청은 민원 처리를 돕고자 안내 창구를 늘렸다.",
    ],
)
def test_a_purpose_without_people_helped_names_no_audience(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "센터는 새터민, 외국인 노동자와 그 가족, 유학생 등을 대상으로 상담실을 연다.",
            {"새터민", "외국인 노동자와 그 가족", "유학생"},
        ),
        (
            "구는 북한이탈주민 및 가족, 결혼이민자 등을 대상으로 명절 행사를 연다.",
            {"북한이탈주민 및 가족", "결혼이민자"},
        ),
        (
            "보건소는 이주 노동자와 자녀, 노숙인 등에게 무료로 예방접종을 한다.",
            {"이주 노동자와 자녀", "노숙인"},
        ),
        (
            "진료 대상은 관내에 사는 이주 노동자와 그 가족이다.",
            {"관내에 사는 이주 노동자와 그 가족"},
        ),
    ],
)
def test_a_family_goes_with_the_person_before_it(text: str, expected: set[str]) -> None:
    assert set(found(text)) == expected, found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A family group of its own, after other groups, is a group of its own.
        (
            "군은 홀몸 어르신, 다문화 가족, 한부모 가족 등에 생필품을 지원한다.",
            {"홀몸 어르신", "다문화 가족", "한부모 가족"},
        ),
        # Children with their own words are a group of their own.
        (
            "군은 홀몸 어르신과 만 12세 이하 자녀를 둔 가정에 도시락을 보낸다.",
            {"홀몸 어르신", "만 12세 이하 자녀를 둔 가정"},
        ),
    ],
)
def test_a_family_group_of_its_own_stays_apart(text: str, expected: set[str]) -> None:
    assert set(found(text)) == expected, found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "참여 대상은 ▷귀농 청년 ▷후계 농업인 ▷여성 농업인 중 만 45세 이하 농업인이다.",
            {"귀농 청년", "후계 농업인"},
        ),
        (
            "지원 대상은 ▶ 홀로 사는 어르신 ▶ 한부모 가정 ▶ 조손 가정 등이다.",
            {"홀로 사는 어르신", "한부모 가정", "조손 가정"},
        ),
        # A bare word for everyone is a group when it is one item among the marked others.
        (
            "지원 대상은 ▲ 기초생활 수급자 ▲ 장애인 ▲ 차상위 계층 등이다.",
            {"기초생활 수급자", "장애인", "차상위 계층"},
        ),
    ],
)
def test_each_item_of_a_marked_list_is_a_group(text: str, expected: set[str]) -> None:
    assert expected <= set(found(text)), found(text)


def test_a_bare_word_for_everyone_alone_is_still_no_group() -> None:
    assert found("구는 장애인에게 교통비를 지원한다.") == []
    assert found("지원 대상은 ▲ 장애인이다.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A group the story quotes, as written, without its quotes.
        ("도는 이른바 ‘나홀로 청년’을 위한 주거 상담을 시작한다.", "나홀로 청년"),
        ("소득과 상관없이 ‘한부모 가정’도 지원받을 수 있다.", "한부모 가정"),
        # A quoted name is one argument of the clause before the group.
        (
            "행안부는 「2026 안전점검 훈련」에 참가한 150개 지자체를 대상으로 평가를 했다.",
            "「2026 안전점검 훈련」에 참가한 150개 지자체",
        ),
        (
            "군은 ‘귀농 교실’을 마친 도시민에게 정착 자금을 지원한다.",
            "‘귀농 교실’을 마친 도시민",
        ),
    ],
)
def test_a_quote_in_or_around_a_group_is_read_with_it(text: str, expected: str) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # A quoted program is no group.
        "구는 ‘희망 일자리’를 위한 예산을 늘렸다.",
        "시는 ‘행복 나눔 택시’도 지원받을 수 있도록 했다.",
    ],
)
def test_a_quoted_program_is_no_group(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("센터는 장기 체류자를 대상으로 생활 상담을 연다.", "장기 체류자"),
        ("군은 산불 진화 중 다친 부상자에게 치료비를 지원한다.", "산불 진화 중 다친 부상자"),
        ("도는 해외 동포에게 한국어 교재를 무료로 나눠준다.", "해외 동포"),
        ("공단은 기술 연수생을 대상으로 안전 교육을 한다.", "기술 연수생"),
    ],
)
def test_more_words_for_people(text: str, expected: str) -> None:
    assert expected in found(text), found(text)


def test_a_trainee_alone_is_still_no_group() -> None:
    assert found("공단은 연수생을 대상으로 안전 교육을 한다.") == []
