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


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        (
            "5일 다솔구에 따르면 지난 한 해 각종 기관에서 받은 상은 모두 24개다. 지난 4월 "
            "보건복지부가 주관한 금연환경 평가에서 최우수기관으로 뽑혔다.",
            None,
            "다솔구",
        ),
        (
            "8일 군에 따르면 올 한 해 각종 평가에서 상을 받았다. 군은 하천 정비 실태평가에서 "
            "최우수상을 받았다. 한편 미르군은 앞으로도 행정을 펼친다.",
            None,
            "미르군",
        ),
        (
            "올 한 해 동안 여러 기관의 평가에서 상이 이어졌다. 산림 관리 종합평가에서 최우수 "
            "기관상, 하천 정비 실태평가 우수상을 받았다.",
            "누리군 올해 賞福 터졌다",
            "누리군",
        ),
    ],
)
def test_a_round_up_whose_lead_names_no_body_tells_the_body_it_opens_on(
    text: str, title: str | None, body: str
) -> None:
    found = graded(text, title)
    assert found
    assert {who for _, who, _ in found} == {body}


def test_a_round_up_of_two_bodies_gives_each_sentence_to_the_body_it_opens_on() -> None:
    found = graded(
        "누리군과 다솔군은 올 한 해 각종 평가에서 기관표창을 받았다고 밝혔다. 누리군은 "
        "하천 정비 실태평가에서 최우수기관으로 선정됐다. 다솔군은 중앙부처 평가에서 상을 "
        "받았다. 주요 수상으로는 △전통시장 활성화 평가 장려상 △산불 대응 평가 우수기관 "
        "등이다."
    )
    assert ("최우수기관", "누리군", "하천 정비 실태평가") in found
    assert ("장려상", "다솔군", "전통시장 활성화 평가") in found
    assert ("우수기관", "다솔군", "산불 대응 평가") in found
    assert not any(who == "누리군" and prize != "최우수기관" for prize, who, _ in found)


def test_events_told_in_a_row_share_the_grade_after_them() -> None:
    found = graded(
        "한빛시는 올 한 해 각종 평가에서 상을 휩쓸었다. 시는 지방세 체납 관리 평가와 "
        "도로 안전 실태평가, 공원 관리 성과평가에서 최우수상을 받았다. 또 노인복지 시책 "
        "평가 및 아동 돌봄 평가에서 우수상을 받았다."
    )
    for name in ("지방세 체납 관리 평가", "도로 안전 실태평가", "공원 관리 성과평가"):
        assert ("최우수상", "한빛시", name) in found
    assert ("우수상", "한빛시", "노인복지 시책 평가") in found
    assert ("우수상", "한빛시", "아동 돌봄 평가") in found


def test_a_list_of_works_before_a_grade_does_not_share_it() -> None:
    found = graded(
        "한빛시는 올 한 해 각종 평가에서 상을 휩쓸었다. 시는 경로당 정비 사업 추진, "
        "공원 관리 성과평가에서 우수상을 받았다. 또 마을 가꾸기 평가에서 장려상을 받았다."
    )
    assert ("우수상", "한빛시", "공원 관리 성과평가") in found
    assert ("장려상", "한빛시", "마을 가꾸기 평가") in found
    assert not any("사업" in name for _, _, name in found)


def test_a_grade_in_brackets_after_its_event_is_the_items_grade() -> None:
    found = graded(
        "누리군은 올해 27건의 기관 표창을 받았다고 밝혔다. 군은 하천 정비 평가(최우수), "
        "산림 재해 대응 시군평가(우수)에서도 좋은 평가를 받았다. 이 밖에도 민원 행정 "
        "종합평가(우수), 청소년 정책 경진대회(국무총리상) 등에서 수상했다. 군은 도로 "
        "정비 평가(2억 원)를 받았다."
    )
    assert ("최우수", "누리군", "하천 정비 평가") in found
    assert ("우수", "누리군", "산림 재해 대응 시군평가") in found
    assert ("우수", "누리군", "민원 행정 종합평가") in found
    assert ("국무총리상", "누리군", "청소년 정책 경진대회") in found
    assert not any(name == "도로 정비 평가" for _, _, name in found)


@pytest.mark.parametrize(
    "lead",
    [
        "다솔시는 올해 모두 19건의 기관 표창을 받아 포상금 3억 원을 확보했다고 28일 밝혔다.",
        "다솔시는 올해 여러 기관의 평가에서 총 41개 분야에서 수상해 포상금을 확보했다.",
    ],
)
def test_a_count_of_prizes_or_fields_won_says_the_article_is_a_round_up(lead: str) -> None:
    found = graded(lead + " 시는 공원 관리 평가(최우수), 도로 정비 평가(장려상)에서 수상했다.")
    assert ("최우수", "다솔시", "공원 관리 평가") in found
    assert ("장려상", "다솔시", "도로 정비 평가") in found


def test_each_quoted_grade_takes_the_event_before_it_not_a_quoted_prize_elsewhere() -> None:
    found = graded(
        "다솔시는 올 한해 여러 기관의 평가에서 29차례 수상했다고 밝혔다. 이 밖에도 2022년 "
        "도로정비평가 ‘우수기관’ 선정, 2022년 청소년 지원사업 경진대회 ‘금상’, 2022년 "
        "자체감사활동심사 ‘감사활동 발전기관상’ 등 여러 분야에서 수상의 영광을 안았다. "
        "또한 올해 행정안전부로부터 지방재정 우수사례 발표대회 우수상을 받았다."
    )
    assert ("우수기관", "다솔시", "2022년 도로정비평가") in found
    assert ("금상", "다솔시", "2022년 청소년 지원사업 경진대회") in found
    assert ("우수상", "다솔시", "지방재정 우수사례 발표대회") in found
    assert not any(
        name == "감사활동 발전기관상" and prize in ("우수기관", "금상") for prize, _, name in found
    )
