"""Kinds of work named by newness, scale, share or being found (issue 10, session 9), in
sentences written for these tests: `신설 강좌`, `대단위 사업` sort the work, they name none."""

from __future__ import annotations

import pytest

from tests.facts_helpers import program_names as names_in


@pytest.mark.parametrize(
    "text",
    [
        "올해 신설 강좌는 수강 신청 첫날 모두 마감됐다.",
        "시는 그동안 대단위 사업에 예산을 집중해 왔다.",
        "대부분 하반기 프로그램은 10월에 시작된다.",
        "주요 발굴 사업은 다음 달 보고회에서 공개된다.",
    ],
)
def test_work_sorted_by_newness_scale_share_or_being_found_is_a_kind(text: str) -> None:
    assert names_in(text) == set()


def test_a_scale_word_before_a_named_work_leaves_it_a_name() -> None:
    assert "대단위 택지 조성사업" in names_in("군은 대단위 택지 조성사업을 추진한다.")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("재단은 주민에게 문화예술 프로그램을 연중 제공한다.", set()),
        ("도서관은 올해도 인문 프로그램을 늘린다.", set()),
        ("센터는 귀농 교육프로그램과 귀촌 강좌를 운영한다.", set()),
        ("구는 청년층 맞춤 프로그램을 다음 달부터 운영한다.", set()),
        ("과정은 상담과 역량 강화 프로그램으로 짜였다.", set()),
        # a word that says which one keeps the name
        ("군은 귀농 새내기 정착 아카데미를 연다.", {"귀농 새내기 정착 아카데미"}),
        ("재단은 문화예술 마을학교 프로그램을 운영한다.", {"문화예술 마을학교 프로그램"}),
    ],
)
def test_work_sorted_by_its_field_or_age_group_is_a_kind(text: str, names: set[str]) -> None:
    assert names_in(text) == names
