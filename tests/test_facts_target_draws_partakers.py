"""Targets: the people of a prize draw (never a target), and the people who will take part in a
program (its planned size, a goal). Sentences are our own, beside the look-alikes that must be
left alone.
"""

from __future__ import annotations

import pytest

from tests.facts_helpers import typed_targets

targets = typed_targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("군은 추첨을 통해 참여자 50명에게 모바일 상품권을 증정할 예정이다.", set()),
        ("시는 지역화폐 구매자 가운데 경품추첨으로 20명을 뽑았다.", set()),
        ("경품권 추첨은 지난해 상품권을 산 3천여 명을 대상으로 한다.", set()),
        # the same figure told again on the page stays the draw's
        (
            "이번 행사로 구민 1,500명이 혜택을 받았다. "
            "지역화폐 경품추첨에서 1,500명의 당첨자를 뽑았다.",
            set(),
        ),
        # picking a program's participants by lot names no prize, and a goal stays
        (
            "군은 공개추첨으로 행정체험 참여자 40명을 선발할 계획이다.",
            {(40, "명", "goal")},
        ),
    ],
)
def test_people_in_a_prize_draw_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "이 사업에는 앞으로 8개월 동안 930여 명이 참여해 급식 도우미 등으로 활동하게 된다.",
            {(930, "명", "goal")},
        ),
        (
            "올해 어르신 일자리 사업은 26개 사업에 812명의 어르신들이 참여, 4월부터 근무하게 된다.",
            {(812, "명", "goal")},
        ),
        (
            "이번 공공근로 사업에는 240명 시민이 참여해 도배와 제빵 일을 하게 된다.",
            {(240, "명", "goal")},
        ),
        (
            "이번 일자리 사업은 참여인원 총 1,870명으로 다음 달부터 진행됩니다.",
            {(1870, "명", "goal")},
        ),
        # told in the past it is no plan; turnout at an event stays no target
        ("지난해 사업에는 930여 명이 참여해 급식 도우미로 활동했다.", {(930, "명", "result")}),
        ("행사에는 주민 300여 명이 참여해 축제를 즐기게 된다.", set()),
    ],
)
def test_people_who_will_take_part_in_a_program_are_its_goal(text: str, expected: set) -> None:
    assert targets(text) == expected
