"""Targets: what an evaluation measures by, how much a figure changed, and lists by any mark.

An evaluation's criteria (`N개의 세부지표`, `N개 국정 목표`) and the criteria met out of them are
no targets; neither is the change since an earlier period told as an adjective (`전년 대비 N명
증가한 성과`), while the level beside it stays. The items of an inline list read the same under
any list mark (▲, ▷, ■ …). Sentences are our own, beside look-alikes each rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.facts_helpers import typed_targets

targets = typed_targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("시는 평가항목에 따른 35개의 세부지표별로 평가를 진행했다.", set()),
        (
            "군은 이번 평가에서 80개 정량 지표 가운데 74개를 달성해 목표 달성도 92.5%를 기록했다.",
            {(92.5, "%", "result")},
        ),
        ("시는 5개 국정 목표에 따른 90개 지표로 평가를 받았다.", set()),
        # a goal of jobs and a result beside the word 목표 stay
        ("구는 올해 청년 일자리 1,200개 목표를 세웠다.", {(1200, "개", "goal")}),
        ("시는 3개 분야에서 일자리 2천개를 창출할 계획이다.", {(2000, "개", "goal")}),
    ],
)
def test_an_evaluations_criteria_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("센터의 상용직 취업 실적은 580명으로 전년 동기대비 95명 증가한 성과를 거뒀다.",
         {(580, "명", "result")}),
        ("이 업체는 수출 실적이 전년 대비 140% 늘어나는 성과를 올렸다.", set()),
        # a share of a goal reached, and a level raised to, stay
        ("시는 목표 대비 115%의 실적을 달성했다.", {(115, "%", "result")}),
        ("구는 일자리를 지난해 800개에서 올해 1,000개로 늘릴 계획이다.", {(1000, "개", "goal")}),
    ],
)  # fmt: skip
def test_a_change_since_an_earlier_period_is_no_target(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize("mark", ["▲", "▷", "■", "○"])
def test_items_of_a_plan_listed_under_any_mark_share_its_type(mark: str) -> None:
    text = (
        f"분야별 공급 계획은 {mark}직접 일자리 5천200명 {mark}직업 훈련 310명 "
        f"{mark}취업 알선 등 고용 서비스 1천400건 등 총 6천910건이다."
    )
    assert targets(text) == {
        (5200, "명", "goal"),
        (310, "명", "goal"),
        (1400, "건", "goal"),
        (6910, "건", "goal"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "노인 일자리 등 150개 직접 일자리 사업의 상반기 실적은 목표의 94%인 7천명을 달성했다.",
            {(94, "%", "result"), (7000, "명", "result")},
        ),
        ("여가부는 수련원 등에서 1,200여 개 청소년체험프로그램을 운영한다.", set()),
        ("수련원은 가족캠프 등 10여개의 프로그램을 운영하며 청소년 2만명의 참여를 목표로 한다.",
         {(20000, "명", "goal")}),
        # programs a plan picks stay a goal, and so do jobs a program named for them provides
        ("시는 올해 15개 사업을 선정할 계획이다.", {(15, "개", "goal")}),
        ("부는 공공분야 16만6천개, 민간분야 2만개의 노인 일자리 제공사업을 추진한다.",
         {(166000, "개", "goal"), (20000, "개", "goal")}),
    ],
)  # fmt: skip
def test_programs_run_counted_by_their_name_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("도가 유치한 기업은 모두 1830개로 이는 목표 1500개의 122%에 달하는 규모다.",
         {(1830, "개", "result"), (1500, "개", "goal"), (122, "%", "result")}),
        ("도내 유치기업 수는 512개로, 당초 목표인 450개를 초과 달성했다.",
         {(512, "개", "result"), (450, "개", "goal")}),
        # a goal raised to is still a goal, with its earlier level no target
        ("시는 일자리를 지난해 800개에서 올해 1,000개로 목표를 늘렸다.", {(1000, "개", "goal")}),
    ],
)  # fmt: skip
def test_a_level_told_before_the_goal_it_reached_is_a_result(text: str, expected: set) -> None:
    assert targets(text) == expected
