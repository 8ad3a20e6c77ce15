"""Targets: bodies picked, told after the fact with a joined verb, are no targets.

A pick joined to a later verb (`30개 팀을 선발하고 … 협약을 맺었다`) or told as experience
(`… 선발하고 … 지원한 바 있다`) counts winners or chosen bodies, as `선정했다` does. The
sentence's ending decides: a pick joined to a plan (`… 선발하고 내년부터 지원할 계획이다`) stays
a goal, and so do people picked into a program and places a body designates itself (`돌봄 거점
9곳을 새로 지정했다`), its own work.
"""

from __future__ import annotations

import pytest

from tests.facts_helpers import typed_targets

targets = typed_targets


@pytest.mark.parametrize(
    "text",
    [
        "구는 마을공동체 사업에 참여할 42개 모임을 최종 선정하고 지난주 협약을 맺었다고 밝혔다.",
        "재단은 1차 심사에서 15개 팀을 선발하고, 2차 발표를 거쳐 대상 1팀을 뽑았다.",
        "군은 지난해 사회적경제 기업 25곳을 선정하고, 일자리 지원금을 나눠 줬다.",
        "심사위원회는 본선에 오를 8개 팀을 뽑고 결과를 누리집에 알렸다.",
        "구는 상반기에 청년 모임 20개 팀을 선발하고 활동비를 지원한 바 있다.",
        "공단은 올해 우수 협력사 30개사를 뽑고 협약을 맺었다.",
    ],
)
def test_bodies_picked_after_the_fact_are_not_targets(text: str) -> None:
    assert targets(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "구는 마을공동체 40개를 선정하고 내년부터 활동비를 지원할 계획이다.",
            {(40, "개", "goal")},
        ),
        ("도는 무더위 쉼터 300곳을 지정해 운영할 예정이다.", {(300, "곳", "goal")}),
        # places a body designates itself are its own work
        ("구는 올해 어린이 돌봄 거점 9곳을 새로 지정했다.", {(9, "곳", "result")}),
        ("시는 올해 청년 창업팀 12개 팀을 선발해 공간을 지원한다.", {(12, "개", "goal")}),
        # people picked into a program are served, whatever the verb after
        (
            "군은 청년 농업인 25명을 선발하고 정착금을 지급했다.",
            {(25, "명", "result")},
        ),
        # the pick is the count's own verb only: a count with a verb of its own keeps its type
        (
            "구는 일자리 1,200개를 만들고 참여 기업 30곳을 선정하고 협약을 맺었다.",
            {(1200, "개", "result")},
        ),
        # a joined pick and a result of another count in the same sentence
        (
            "도는 지난해 예비사회적기업 18곳을 선정하고, 일자리 320개를 만들었다.",
            {(320, "개", "result")},
        ),
    ],
)
def test_picks_planned_and_people_picked_stay_targets(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "도는 청정마을 육성 대상지로 가람마을, 솔뫼마을과 달빛마을 등 3곳을 선정해 내년부터 "
        "지원한다.",
        "점검 대상은 노후 교량, 지하차도, 옹벽 등 45개소를 선정해 다음 달부터 점검할 계획이다.",
        "공사는 한빛기업, 누리상사 등 총 12개사를 선정해 수출 상담을 돕는다.",
        # the set named as the topic's figure
        "올해 환경개선 지원 대상은 새벽시장, 중앙시장과 역전시장 등 5곳이다.",
    ],
)
def test_bodies_named_in_the_list_the_count_closes_are_not_targets(text: str) -> None:
    assert targets(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people picked after a list of fields are a recruitment goal
        ("구는 행정 보조, 복지 일자리 등 총 60명을 선발한다.", {(60, "명", "goal")}),
        # no list before the count: a plan to pick stays a goal
        ("도는 마을 3곳을 선정해 내년부터 지원한다.", {(3, "곳", "goal")}),
        # a list of counted items closed by its total is a breakdown, not a named set
        (
            "지원 대상은 초등학교 4곳, 중학교 3곳 등 모두 7곳이다.",
            {(4, "곳", "goal"), (3, "곳", "goal"), (7, "곳", "goal")},
        ),
    ],
)
def test_picks_without_a_listed_set_keep_their_type(text: str, expected: set) -> None:
    assert targets(text) == expected
