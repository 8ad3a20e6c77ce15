"""Firms, teams and organisations as winners: business and brand awards, start-up contests and
social-economy prizes list firms where other awards list local governments.

Every sentence here was written for these tests, after the families that business papers and
regional releases use; near-misses stay silent.
"""

from __future__ import annotations

from typing import Any

import pytest

from govreader.facts.award_who_list import listed_bodies
from govreader.facts.award_winner_words import is_firm
from govreader.model import FactKind
from tests.facts_helpers import kind_fields


def pairs(text: str) -> set[tuple[Any, ...]]:
    """(prize, recipient) of every award of `text`."""
    return {
        (a.get("prize"), a.get("recipient"))
        for a in kind_fields(text, FactKind.AWARD, None, "2025-11-20")
    }


@pytest.mark.parametrize(
    ("name", "firm"),
    [
        ("가람전자", True),
        ("누리생명", True),
        ("다온화학공업㈜", True),
        ("㈜한솔", True),
        ("노무법인 새길", True),
        ("KT", True),
        ("LG전자", True),
        ("SK C&C", True),
        ("전자", False),  # a firm's word alone names no firm
        ("체계적인 관리 시스템", False),  # a thing told with a firm's word
        ("김하나 대표", False),  # a person
        ("Green Valley 작품", False),  # a work in Latin letters
        ("한빛", False),
    ],
)
def test_a_firm_is_known_by_how_its_name_is_written(name: str, firm: bool) -> None:
    assert is_firm(name) is firm


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "최우수상은 가람전자와 누리생명, 다온화학공업㈜이 차지했다.",
            {("최우수상", "가람전자"), ("최우수상", "누리생명"), ("최우수상", "다온화학공업㈜")},
        ),
        (
            "국무총리상은 주방용품 브랜드를 키워 온 한솔공업이 차지했다.",
            {("국무총리상", "한솔공업")},
        ),
        # A list counted in bodies names firms, whatever their names end in.
        (
            "우수상에는 두리잡, 새봄랩, 바른길 등 3곳이 선정됐다.",
            {("우수상", "두리잡"), ("우수상", "새봄랩"), ("우수상", "바른길")},
        ),
        # So does a list that holds a firm by its name (`LG전자`); a spaced dot parts the items.
        (
            "대상은 LG전자 · 모아잡 · 온새미가 받았다.",
            {("대상", "LG전자"), ("대상", "모아잡"), ("대상", "온새미")},
        ),
    ],
)
def test_firms_listed_after_the_prize_are_its_winners(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        # The fields a list names before its winners are no winners.
        ("기술개발·수출유망 분야별로 각각 가람전자, 새봄랩", {"가람전자", "새봄랩"}),
        ("의료기기, 유통 등 부문에서 5개 기업", set()),
        # A deed told before the winner, with no firm in the list, lists no firm.
        ("체계적인 관리와 한식 표준화 도입으로 성장한 놀부", set()),
        # Kinds of people are no firms, whatever the list holds.
        ("가람전자와 직원", {"가람전자"}),
    ],
)
def test_only_the_winners_of_a_firms_list_are_firms(text: str, listed: set[str]) -> None:
    assert listed_bodies(text) == listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("인재경영대상은 가람화학에 돌아갔다.", {("인재경영대상", "가람화학")}),
        (
            "고객만족경영대상은 누리은행 · 다온카드 등 9곳이 받게 됐다.",
            {("고객만족경영대상", "누리은행"), ("고객만족경영대상", "다온카드")},
        ),
        (
            "‘지속가능경영 대상’에는 가람전자, 두리잡 등 15개 기업이 뽑혔다.",
            {("지속가능경영 대상", "가람전자"), ("지속가능경영 대상", "두리잡")},
        ),
        (
            "‘친환경경영 대상’은 누리건설, 한솔군 등 5곳, ‘기술혁신경영 대상’은 새봄소프트 등 "
            "11곳에 돌아갔다.",
            {
                ("친환경경영 대상", "누리건설"),
                ("친환경경영 대상", "한솔군"),
                ("기술혁신경영 대상", "새봄소프트"),
            },
        ),
        ("산업통상자원부장관상엔 가람군과 누리전자가 선정됐다.",
         {("산업통상자원부장관상", "가람군"), ("산업통상자원부장관상", "누리전자")}),
    ],
)  # fmt: skip
def test_a_prize_named_for_its_field_opens_its_winners(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A grant's target group, selected: no prize.
        "지원대상은 가람마을이 선정됐다.",
        "사업대상으로 누리전자가 선정됐다.",
        # A prize's name defined, or a clause about it: no winner.
        "‘가람 대상’은 모범 장병을 포상하는 제도다.",
        "그간 도시대상은 인구, 예산규모 등이 다른 지자체들을 한 그룹으로 평가하여 본상 11곳 중 "
        "6곳이 첫 수상의 영광을 안았다.",
    ],
)
def test_a_named_prize_without_winners_stays_silent(text: str) -> None:
    assert pairs(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "특히 누리은행, 두리잡, 새봄랩은 4년 연속으로 수상의 영광을 안았다.",
            {(None, "누리은행"), (None, "두리잡"), (None, "새봄랩")},
        ),
        (
            "올해는 누리시와 가람군, 다온구가 수상의 영예를 안았다.",
            {(None, "누리시"), (None, "가람군"), (None, "다온구")},
        ),
        (
            "가람소프트(기술)·모아잡(인재) 등 5곳도 3년 연속 수상 명단에 이름을 올렸다.",
            {(None, "가람소프트"), (None, "모아잡")},
        ),
    ],
)
def test_firms_told_with_a_prize_received_and_no_grade(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A grant's selection is no prize received.
        "스마트공장 지원사업에는 가람전자와 두리잡 등 5곳이 선정됐다.",
        # A count of winners of a kind names none.
        "이날 시상식에서는 총 39곳의 유공기관이 수상했다.",
        # People are read by the readers of people.
        "김하나 씨와 이두리 씨는 수상의 영예를 안았다.",
        # An organizer picking its winners.
        "가람시는 ‘중소기업대상’ 수상 기업으로 관내 기업 10개사를 최종 선정했다.",
        # A run that is a clause, not a list of winners.
        "인구와 예산규모 등이 다른 지자체들을 평가하여 6곳이 첫 수상의 영광을 안았다.",
    ],
)
def test_no_firm_list_no_ungraded_award(text: str) -> None:
    assert {p for p in pairs(text) if p[0] is None} == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("대상은 ‘새길워크(공동대표 김하나, 이두리)’가 수상했다.", {("대상", "새길워크")}),
        (
            "최우수상은 ‘봄날선(대표 박하나)’을 비롯, ‘모아미(대표 권두리)’가 수상했다.",
            {("최우수상", "봄날선"), ("최우수상", "모아미")},
        ),
        (
            "대상은 돌봄 서비스를 제공하는 사회적 협동조합 ‘함께누리’에 돌아갔다.",
            {("대상", "함께누리")},
        ),
        (
            "청년 부문 대상은 보청기를 싸게 공급하는 아이디어를 낸 ‘들림’이 수상했다.",
            {("대상", "들림")},
        ),
    ],
)
def test_a_firm_or_team_named_in_quotes_wins_the_prize(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A work's title has words; its entrant is not named.
        "대상은 전남의 출품작인 ‘전통 문양 잔 받침’이 차지했다.",
        # A body's entry in quotes wins for the body.
        "대상은 경기 안산시의 ‘행복 돌봄’이 차지했다.",
    ],
)
def test_a_quoted_work_is_no_firm(text: str) -> None:
    assert not any(p[1] and ("잔 받침" in p[1] or "행복 돌봄" in p[1]) for p in pairs(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "올해 수상업체는 종합대상에 ㈜가람중공업(대표이사 김하나), 경영혁신부문 대상에 "
            "㈜엘디케이(대표이사 이두리)이다.",
            {("종합대상", "㈜가람중공업"), ("대상", "㈜엘디케이")},
        ),
        (
            "또 ▲경영대상 누리씨스템㈜ ▲기술대상 ㈜한솔이엔지 ▲창업대상은 ㈜새봄티가 수상했다.",
            {("경영대상", "누리씨스템㈜"), ("기술대상", "㈜한솔이엔지"), ("창업대상", "㈜새봄티")},
        ),
    ],
)
def test_firms_listed_item_by_item_with_their_prizes(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert pairs(text) == expected


def test_a_grant_target_in_a_marked_list_is_no_prize() -> None:
    assert pairs("▲지원대상 관내 중소기업 ▲지원내용 시설 개선비") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "국무총리상에는 (주)가람에스티와 누리대 산학협력단이, 특별상에는 다온대와 "
            "(주)새봄테크가 선정됐다.",
            {
                ("국무총리상", "(주)가람에스티"),
                ("국무총리상", "누리대 산학협력단"),
                ("특별상", "다온대"),
                ("특별상", "(주)새봄테크"),
            },
        ),
        ("이어 (재)누리테크노파크는 산업통상자원부장관상을 수상했다.",
         {("산업통상자원부장관상", "(재)누리테크노파크")}),
        # A deed told with a list before the firm lists no firms.
        ("종합대상은 품질과 기술, 지역민 고용 면에서 두각을 보인 (주)한솔농산이 차지했다.",
         {("종합대상", "(주)한솔농산")}),
    ],
)  # fmt: skip
def test_a_company_mark_in_brackets_is_part_of_the_name(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert pairs(text) == expected


def test_a_target_group_receiving_a_benefit_is_no_prize() -> None:
    text = "지원대상은 독거노인, 부부가구, 조손 가정으로 총 800명이 혜택을 받게 된다."
    assert pairs(text) == set()


def story_pairs(text: str) -> set[tuple[Any, ...]]:
    """(prize, recipient) of every award of an article that tells a prize ceremony."""
    return pairs(f"가람일보가 주최한 경영대상 시상식이 5일 열렸다.\n\n{text}")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "산업 부문에서는 누리보험과 가람개발, 두리잡 등 11개 기업이 선정됐다.",
            {("대상", "누리보험"), ("대상", "가람개발"), ("대상", "두리잡")},
        ),
        (
            "중소기업 부문에서는 △수출 분야 '모아세븐' △경영 분야 '오케이물류' 등이 각각 선정됐다.",
            {("대상", "모아세븐"), ("대상", "오케이물류")},
        ),
    ],
)
def test_firms_selected_per_category_in_an_award_story(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    # The award is the one the story names (`경영대상`), its grade the one the name carries.
    assert story_pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A grant's selection, even in a story that tells of prizes and with a category.
        "청년 창업 지원사업 부문에서는 가람전자와 두리잡 등 5개 기업이 선정됐다.",
        # A selection with no category.
        "가람전자와 두리잡 등 5개 기업이 선정됐다.",
    ],
)
def test_a_selection_without_a_category_or_for_a_grant_is_no_prize(text: str) -> None:
    assert not any(r in ("가람전자", "두리잡") for _, r in story_pairs(text))


def test_a_selection_outside_an_award_story_is_no_prize() -> None:
    text = "산업 부문에서는 누리보험과 가람개발, 두리잡 등 11개 기업이 선정됐다."
    assert pairs(text) == set()


def test_firms_of_one_award_told_in_two_sentences_are_all_winners() -> None:
    text = (
        "특히 누리은행, 두리잡은 4년 연속으로 수상의 영광을 안았다.\n\n"
        "행정 부문에서는 가람대와 새봄대, 온누리 등 6곳이 뽑혔다."
    )
    found = {r for _, r in story_pairs(text)}
    assert {"누리은행", "두리잡", "가람대", "새봄대", "온누리"} <= found
