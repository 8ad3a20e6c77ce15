"""Winners listed with a count, each list with its own grade (`A와 B 등 5곳은 우수기관으로, C 등
2곳은 장려기관으로 각각 선정했다`), as results pages and ceremony stories tell them.

Every sentence here was written for these tests; near-misses stay silent.
"""

from __future__ import annotations

import pytest

from tests.facts_helpers import award_winners as who


def test_each_counted_list_takes_the_grade_after_it() -> None:
    found = who(
        "안전처는 재난관리 실적을 평가해 국토부와 서울시, 경북도 등 3곳을 최우수기관으로 "
        "선정했다고 밝혔다. 환경부와 대구시, 전남도, 광주 북구 등 4곳은 우수기관으로, 강원도와 "
        "경남 김해시 등 2곳은 장려기관으로 각각 선정했다."
    )
    assert {
        ("우수기관", "환경부"),
        ("우수기관", "대구시"),
        ("우수기관", "전남도"),
        ("우수기관", "광주 북구"),
        ("장려기관", "강원도"),
        ("장려기관", "경남 김해시"),
    } <= found
    assert ("우수기관", "강원도") not in found


def test_lists_of_people_and_bodies_with_asides_and_titles() -> None:
    found = who(
        "사회적협동조합 늘봄(단체), 박하늘 충북지원센터장 등 9곳은 대통령 표창을 받았다. "
        "정바다 새솔협동조합 대표와 나눔두레연합회(단체) 등 12명은 국무총리 표창을 수상했다."
    )
    assert found >= {
        ("대통령 표창", "사회적협동조합 늘봄"),
        ("대통령 표창", "박하늘 충북지원센터장"),
        ("국무총리 표창", "나눔두레연합회"),
    }
    # a person told before their firm and role is named by the name (as in test_facts_award_winners)
    assert ("국무총리 표창", "정바다") in found


def test_one_named_winner_per_counted_list() -> None:
    found = who("한빛공사 등 3명은 대통령 표창, 누리재단 등 4명은 국무총리 표창을 받았다.")
    assert found == {("대통령 표창", "한빛공사"), ("국무총리 표창", "누리재단")}


def test_a_quoted_prize_after_the_counted_noun_and_no_noun_as_a_winner() -> None:
    found = who(
        "경북 영주시, 충남 당진시, 전북 고창군 등 3개 지자체는 꾸준히 개선한 노력을 인정받아 "
        "'도약상'을 받았다."
    )
    assert found == {
        ("도약상", "경북 영주시"),
        ("도약상", "충남 당진시"),
        ("도약상", "전북 고창군"),
    }


def test_two_counted_lists_joined_share_the_grade_after_the_second() -> None:
    found = who(
        "이와 함께 새봄산업(대표 김가람) 등 5개 업체와 우리은행 한결 과장 등 유공자 3인이 "
        "중소기업청장 표창을 받는다."
    )
    assert ("중소기업청장 표창", "새봄산업") in found
    assert any(p == "중소기업청장 표창" and r and "한결" in r for p, r in found)


def test_commas_without_blanks_still_part_the_list() -> None:
    found = who(
        "충청북도와 경남 밀양시,전남 장성군,대구 수성구 등 4개 지방자치단체는 장관상을 받는다."
    )
    assert {r for _, r in found} >= {"충청북도", "경남 밀양시", "전남 장성군", "대구 수성구"}


@pytest.mark.parametrize(
    "text",
    [
        # a middle grade of a scale is given to the rest, no award
        "교육부·법무부 등 98곳은 ‘다’ 등급을 받았다.",
        # criteria counted, then the scale the evaluation uses
        "성과관리와 혁신과제,주민만족도 등 3개 부문을 중심으로 5등급으로 나눠 평가했다.",
        # a plan, not a result
        "부산 남구와 울산 중구 등 2곳을 우수기관으로 선정할 계획이다.",
    ],
)
def test_counted_lists_without_an_award_are_silent(text: str) -> None:
    assert who(text) == set()


def test_groups_told_before_a_counted_list_share_its_grade() -> None:
    found = who(
        "광역 단체 중에서는 부산광역시와 충청남도가, 기초 단체 중에서는 경기 군포시, 전남 "
        "보성군, 서울 강북구 등 19곳이 우수기관으로 선정됐다."
    )
    assert {r for p, r in found if p == "우수기관"} == {
        "부산광역시",
        "충청남도",
        "경기 군포시",
        "전남 보성군",
        "서울 강북구",
    }


def test_members_a_count_names_in_brackets_take_the_sentence_grade() -> None:
    found = who(
        "우수상은 광역 부문에서 대구광역시와 강원도가, 기초 부문에서 시 단위 3개(경기 이천, "
        "전북 정읍, 경남 통영), 군 단위 2개(충북 괴산, 전남 해남) 등 총 7개 지역이 선정됐다."
    )
    assert {r for p, r in found if p == "우수상"} >= {
        "대구광역시",
        "강원도",
        "경기 이천",
        "전북 정읍",
        "경남 통영",
        "충북 괴산",
        "전남 해남",
    }


def test_a_prize_opening_the_sentence_keeps_its_qualifying_word() -> None:
    found = who(
        "지역상생 공로상으로 전국부문에 1개 기관(한결재단)과 지역부문으로 2개 기관(새날복지회·"
        "푸른숲협회)이 수상했다."
    )
    assert found == {
        ("지역상생 공로상", "한결재단"),
        ("지역상생 공로상", "새날복지회"),
        ("지역상생 공로상", "푸른숲협회"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "참가자는 2개 팀(12명)으로 늘었고 우수상은 다음 달 발표한다.",
        "우수상은 3개(공공, 민간, 교육) 분야에서 고르게 좋은 점수를 받은 영월군이 받았다.",
    ],
)
def test_counts_of_figures_or_kinds_in_brackets_are_no_members(text: str) -> None:
    assert all(r in (None, "영월군") for _, r in who(text))
