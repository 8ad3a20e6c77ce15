"""A marked item that says what is to grow or improve is an aim, not a program (issue 10,
session 14), in sentences written for these tests: `▲상담 인력 보강 ▲접수 창구 다양화`."""

from __future__ import annotations

import pytest

from tests.facts_helpers import program_names


@pytest.mark.parametrize(
    ("text", "aims"),
    [
        (
            "구는 돌봄 사업을 손본다. ▲이용 대상 확충 ▲상담 인력 보강 ▲접수 창구 다양화 등이다.",
            {"이용 대상 확충", "상담 인력 보강", "접수 창구 다양화"},
        ),
        (
            "군은 보조사업 안내를 위해 ▲읍면 협업 강화 ▲안내 문자 발송 확대를 추진한다.",
            {"읍면 협업 강화", "안내 문자 발송 확대"},
        ),
        (
            "공모 주제는 ▲마을 공동체 활성화 ▲주민 역량 향상이다.",
            {"마을 공동체 활성화", "주민 역량 향상"},
        ),
    ],
)
def test_a_marked_aim_is_no_program(text: str, aims: set[str]) -> None:
    assert not program_names(text) & aims


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a program word in the list keeps its item
        ("구는 ▲청년 월세 지원사업 ▲상담 인력 보강을 추진한다.", "청년 월세 지원사업"),
        ("시는 ▲어르신 건강 체조교실 ▲경로당 방역 강화를 이어 간다.", "어르신 건강 체조교실"),
        # a work named in one compound with its change
        ("구는 ▲창업 공간 임대 ▲낡은 공방 환경개선 등을 지원한다.", "낡은 공방 환경개선"),
    ],
)
def test_a_marked_program_beside_an_aim_stays(text: str, name: str) -> None:
    assert name in program_names(text)
