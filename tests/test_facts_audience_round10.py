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
