"""Work named by its field, its stage or where it happens alone is a kind of work, not a program
(issue 10, session 15), in sentences written for these tests: `직업 재활 사업`, `탄소중립
사업`, `최종 사업`, `야외 프로그램`, `건강증진프로그램`."""

from __future__ import annotations

import pytest

from tests.facts_helpers import program_names


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("구는 참여자에게 직업 재활 사업을 이어 준다.", "직업 재활 사업"),
        ("계획에는 시도마다 다른 탄소중립 사업이 실렸다.", "탄소중립 사업"),
        ("시는 수해복구사업 예산을 먼저 집행했다.", "수해복구사업"),
        ("시는 서민 생활 밀접 사업의 집행을 앞당겼다.", "서민 생활 밀접 사업"),
        ("공사는 울산과 경주를 공모의 최종 사업 대상지로 골랐다.", "최종 사업"),
        ("비가 와서 일부 야외 프로그램은 실내에서 열렸다.", "야외 프로그램"),
        ("보건소는 건강증진프로그램 참여자 120명을 모집한다.", "건강증진프로그램"),
    ],
)
def test_work_named_by_its_field_stage_or_place_alone_is_a_kind(text: str, kind: str) -> None:
    assert kind not in program_names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a specific word beside the field keeps the name
        ("군은 청년키움 직업 재활 프로그램을 운영한다.", "청년키움 직업 재활 프로그램"),
        ("구는 발달장애인 직업 재활 지원사업을 시작한다.", "발달장애인 직업 재활 지원사업"),
        ("구는 탄소중립 실천 포인트제 사업을 넓힌다.", "탄소중립 실천 포인트제 사업"),
    ],
)
def test_a_named_program_in_a_field_stays(text: str, name: str) -> None:
    assert any(name in found for found in program_names(text))
