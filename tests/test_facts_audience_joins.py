"""Groups joined by 과/와 inside an audience list, in sentences written for these tests: single
words naming people are one group each, and so is a phrase whose head the next one repeats; a
clause, a modifier or an umbrella shared by the items keeps the list whole."""

from __future__ import annotations

import pytest

from tests.facts_helpers import audience_texts


def found(text: str) -> set[str]:
    return set(audience_texts(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "시는 중증장애인과 소년소녀가장, 쪽방주민 등 2천여 명에게 온누리상품권을 전달한다.",
            {"중증장애인", "소년소녀가장", "쪽방주민"},
        ),
        (
            "구는 독거노인, 한부모가정과 다문화가정을 대상으로 반찬 배달을 한다.",
            {"독거노인", "한부모가정", "다문화가정"},
        ),
    ],
)
def test_single_words_naming_people_joined_by_gwa_in_a_list_are_groups(
    text: str, expected: set[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "군은 외출이 어려운 1인 가구와 저소득 2인 가구를 선정해 안부 전화 서비스를 제공한다.",
            {"외출이 어려운 1인 가구", "저소득 2인 가구"},
        ),
        (
            "지원 대상은 보호가 끝난 자립준비 청년과 학업을 중단한 위기 청년이다.",
            {"보호가 끝난 자립준비 청년", "학업을 중단한 위기 청년"},
        ),
    ],
)
def test_a_head_repeated_after_gwa_makes_two_groups(text: str, expected: set[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # An umbrella after 등 sums the listed groups up: the list stays as written.
        (
            "구는 홀몸노인과 장애인, 한부모가정 등 돌봄 공백 가구를 대상으로 방문 상담을 한다.",
            "홀몸노인과 장애인, 한부모가정 등 돌봄 공백 가구",
        ),
        # A clause before A with another head after 과 may qualify both.
        (
            "시는 창업한 지 3년 미만인 협동조합과 사회적 기업을 대상으로 컨설팅을 한다.",
            "창업한 지 3년 미만인 협동조합과 사회적 기업",
        ),
        # A modifier before A, B one word: both's.
        ("군은 관내 대학생과 휴학생을 대상으로 근로 장학생을 뽑는다.", "관내 대학생과 휴학생"),
    ],
)
def test_a_list_sharing_an_umbrella_clause_or_modifier_stays_whole(text: str, phrase: str) -> None:
    assert phrase in found(text)
