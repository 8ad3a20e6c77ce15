"""Targets whose type is told only after them: lists closed by their goal or by their results,
rates a count is said to show, people who will take part.

Sentences of our own, in the families a fresh sample of real pages showed, with the look-alikes
each family must leave alone.
"""

from __future__ import annotations

import pytest

from tests.test_facts_target_families import targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "이어 창업지원 52명, 고용 서비스 318명, 일자리 인프라 구축 30건 등의 실적을 냈다.",
            {(52, "명", "result"), (318, "명", "result"), (30, "건", "result")},
        ),
        (
            "구는 상반기 취업 연계 140명, 직업훈련 85명 등의 성과를 거뒀다.",
            {(140, "명", "result"), (85, "명", "result")},
        ),
        # a rate and its count in brackets are one figure, each an item of the list
        (
            "일자리부문은 71.2%(2,280개), 훈련부문 40.5%(610명)등의 실적을 올렸다.",
            {
                (71.2, "%", "result"),
                (2280, "개", "result"),
                (40.5, "%", "result"),
                (610, "명", "result"),
            },
        ),
    ],
)
def test_a_list_closed_by_its_results(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "시 일자리사업은 △일자리 3,200개 창출 △직업훈련 1,450명 △취업지원 2만 3,100명을 목표로 "
            "하고 있다.",
            {(3200, "개", "goal"), (1450, "명", "goal"), (23100, "명", "goal")},
        ),
        (
            "군은 ▲귀농 가구 120가구 유치 ▲청년 창업 40팀 육성을 목표로 삼았다.",
            {(120, "가구", "goal"), (40, "팀", "goal")},
        ),
        # △ marks items as ▲ does: a list told in the past under a heading of results
        (
            "주요 실적으로는 △방문 상담 412명 △도시락 배달 530명 등이 있다.",
            {(412, "명", "result"), (530, "명", "result")},
        ),
    ],
)
def test_a_marked_list_closed_by_its_goal(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "12개 사업에서 1,700개를 창출해 85.0%의 달성률을 보였다.",
            {(1700, "개", "result"), (85.0, "%", "result")},
        ),
        ("교육을 마친 청년들은 64.5%의 취업률을 기록했다.", {(64.5, "%", "result")}),
        # a share said without a rate of work done is left alone
        ("청년층이 전체 인구의 31.5%의 비중을 차지했다.", set()),
    ],
)
def test_a_rate_the_count_shows(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "읍내 120명과 민간기관에서 추진하는 210명 등 총 330명이 참여하게 된다.",
            {(120, "명", "goal"), (210, "명", "goal"), (330, "명", "goal")},
        ),
        ("내년 사업에는 어르신 900명이 활동하게 된다.", {(900, "명", "goal")}),
        # who took part, told in the past, is a result
        ("지난해 사업에는 900명이 참여했다.", {(900, "명", "result")}),
    ],
)
def test_people_who_will_take_part(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("박람회를 통해 640명이 일자리를 구함으로써 성과를 거뒀다.", {(640, "명", "result")}),
        ("구직자 96명이 새 직장을 얻었다.", {(96, "명", "result")}),
        # people looking for work are not people who found it
        ("매일 300명이 일자리를 구하러 센터를 찾는다.", set()),
    ],
)
def test_people_who_found_work(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "기타 부문에서는 500개라는 당초 목표보다 많은 612개의 일자리를 제공, 초과 달성했다.",
            {(500, "개", "goal"), (612, "개", "result")},
        ),
        (
            "내년에는 어르신 일자리 1,300개 제공, 돌봄 인력 양성을 추진한다.",
            {(1300, "개", "goal")},
        ),
    ],
)
def test_a_noun_final_item_of_provision_read_by_the_ending(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("부는 친환경차 공급 목표를 지난해 12%에서 16%로 높였다.", {(16, "%", "goal")}),
        ("시는 고용률 목표를 68%에서 70%로 상향했다.", {(70, "%", "goal")}),
        ("군은 일자리 목표를 2,000개에서 2,500개로 늘려 잡았다.", {(2500, "개", "goal")}),
        # a level raised, no goal named: what was reached
        ("시는 올해 고용률을 지난해 68%에서 70%로 높였다.", {(70, "%", "result")}),
    ],
)
def test_a_goal_raised_from_one_level_to_another(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "군은 지난해 140세대(231명)가 전입해 귀농 귀촌인을 새로 유치했다.",
            {(140, "세대", "result"), (231, "명", "result")},
        ),
        (
            "구는 내년 60가구(150명)를 새로 유치할 계획이다.",
            {(60, "가구", "goal"), (150, "명", "goal")},
        ),
        # a share with its count in brackets is left to the shares' own rules
        ("참여자 중 2%(30명)는 중도에 그만둔 것으로 집계됐다.", set()),
    ],
)
def test_a_count_with_its_people_in_brackets(text: str, expected: set) -> None:
    assert targets(text) == expected
