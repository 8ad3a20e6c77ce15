"""A body's round-up of its year's awards: every (event, grade) item is the body's award,
however the items are joined, once the headline or the lead says the article adds them up.

Every sentence here was written for these tests; near-misses stay silent.
"""

from __future__ import annotations

from typing import Any

import pytest

from govreader.model import FactKind
from tests.facts_helpers import kind_fields


def awards(text: str, title: str | None = None) -> list[dict[str, Any]]:
    return kind_fields(text, FactKind.AWARD, title=title, published="2025-12-20")


def graded(text: str, title: str | None = None) -> set[tuple[str, str, str]]:
    return {(a.get("prize", ""), a["recipient"], a.get("name", "")) for a in awards(text, title)}


def test_items_joined_by_clauses_are_each_the_bodys_award() -> None:
    found = graded(
        "다솔군은 올 한 해 각종 평가에서 상을 잇따라 받았다. 주요 수상내역은 먼저 지난 3월 "
        "환경부에서 주관한 물순환 관리 평가에서 최고등급인 A등급 획득을 시작으로 하천 정비 "
        "실태평가 최우수기관 선정, 행정안전부 주민안전지수 평가에서 3년 연속 2등급이라는 "
        "기록을 세웠다."
    )
    assert ("A등급", "다솔군", "물순환 관리 평가") in found
    assert ("최우수기관", "다솔군", "하천 정비 실태평가") in found
    assert ("2등급", "다솔군", "행정안전부 주민안전지수 평가") in found
    assert not any(prize == "최고등급" for prize, _, _ in found)


def test_marked_items_with_quoted_grades_are_each_the_bodys_award() -> None:
    found = graded(
        "한빛시는 올해 대외 기관 평가에서 모두 21개의 상을 받았다. 특히 △지역물가 관리 평가 "
        "'최우수' △전통시장 살리기 우수사례 경진대회 '우수상' △청년정책 우수지자체 평가 "
        "'대통령표창' 등 여러 분야에서 고르게 성과를 냈다.",
        title="한빛시, 한 해 동안 대외 평가 21관왕",
    )
    assert ("최우수", "한빛시", "지역물가 관리 평가") in found
    assert ("우수상", "한빛시", "전통시장 살리기 우수사례 경진대회") in found
    assert ("대통령표창", "한빛시", "청년정책 우수지자체 평가") in found
    assert not any(prize in ("우수사례", "우수지자체") for prize, _, _ in found)


def test_a_tally_of_awards_is_no_item() -> None:
    found = graded(
        "미르군은 올 한 해 동안 분야별 종합평가에서 기관 표창 31건을 받았다고 밝혔다. "
        "군은 농정시책 평가에서 최우수상을 받았다."
    )
    assert ("최우수상", "미르군", "농정시책 평가") in found
    assert not any(prize == "표창" for prize, _, _ in found)


def test_without_a_round_up_lead_items_are_left_to_the_other_shapes() -> None:
    found = graded(
        "누리구는 주민 참여 예산 설명회를 열었다. 구는 지난 3월 환경부에서 주관한 물순환 관리 "
        "평가에서 최고등급인 A등급 획득을 시작으로 하천 정비 실태평가 최우수기관 선정이라는 "
        "성과를 냈다고 소개했다."
    )
    assert ("최우수기관", "누리구", "하천 정비 실태평가") not in found


def test_an_item_naming_its_own_winner_is_not_the_bodys() -> None:
    found = graded(
        "가온시는 올 한 해 각종 평가에서 상을 휩쓸었다. 가온시립도서관이 독서문화 진흥 평가에서 "
        "대상을 받았고, 시는 교통안전 평가에서 우수기관으로 선정됐다."
    )
    assert ("대상", "가온시", "독서문화 진흥 평가") not in found


def test_a_count_of_prizes_is_no_award_but_the_graded_items_are() -> None:
    found = graded(
        "다솔군은 올 한 해 중앙부처와 도 평가에서 기관 표창 38건을 수상했다. 특히 행정안전부 "
        "주관 지방규제 혁신 평가에서 최우수기관으로 선정됐다."
    )
    assert ("최우수기관", "다솔군", "지방규제 혁신 평가") in found
    assert all(prize for prize, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "한빛시는 지난해 대외기관 평가에서 41개 부문을 수상하고 시상금 5억원을 받았다.",
        "한빛시가 올 한 해 동안 62개 기관 표창을 받으며 행정 역량을 인정받았다.",
        "한빛시는 올해 중앙부처 평가에서 27건의 기관표창을 받아 역대 최다 기록을 세웠다.",
        "한빛시는 올해 각종 평가에서 33차례 수상을 했다.",
        "한빛시는 지난해 총 58개 기관으로부터 표창을 받았다.",
        "한빛시가 올해 대외 평가에서 역대 최다 기관상을 수상했다.",
    ],
)
def test_sums_of_a_years_prizes_are_no_awards(text: str) -> None:
    assert awards(text) == []
