"""Targets: a total with its parts in brackets, fair turnout, shares that reached an outcome.

Families seen across several sites' vehicle and charger plans, job-fair reports and training
results; every sentence is our own, with the look-alikes each family must leave alone.
"""

from __future__ import annotations

import pytest

from tests.facts_helpers import typed_targets

targets = typed_targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "도는 올해 전기버스 90대(저상 60대, 중형 30대)를 보급할 계획이다.",
            {(90, "대", "goal"), (60, "대", "goal"), (30, "대", "goal")},
        ),
        (
            "시는 연말까지 공용 충전기 1,200기(급속 200기, 완속 1,000기)를 설치한다.",
            {(1200, "기", "goal"), (200, "기", "goal"), (1000, "기", "goal")},
        ),
        (
            "군은 지난해 친환경 화물차 75대(소형 50대, 중형 25대)를 보급했다.",
            {(75, "대", "result"), (50, "대", "result"), (25, "대", "result")},
        ),
        (
            "구는 지난해 전기차 충전기 340기(급속 40기, 완속 300기)를 새로 설치했다.",
            {(340, "기", "result"), (40, "기", "result"), (300, "기", "result")},
        ),
        # a stock that is there, split the same way, is no target; nor is a cohort in brackets
        ("현재 도내에는 수소충전소가 총 18곳(승용 12곳, 버스 6곳) 있다.", set()),
        ("구에는 공용 충전소가 모두 310곳(급속 90곳, 완속 220곳)에 있다.", set()),
        ("청년 창업사관학교(11기)를 수료한 30명이 창업했다.", {(30, "명", "result")}),
    ],
)
def test_a_total_with_its_parts_in_brackets_shares_its_type(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("박람회에는 40개 기업이 참여한 가운데 1,800여명의 구직자가 행사장을 찾았다.", set()),
        ("채용박람회에 구직자 4천여 명이 몰렸다.", set()),
        (
            "현장면접에는 250여명이 응시해 12명이 채용됐으며, 2차 면접 대상자는 140명이다.",
            {(12, "명", "result")},
        ),
        ("이번 채용박람회에서 130명은 2차 면접을 거쳐 채용 여부가 결정된다.", set()),
        (
            "박람회에서는 600여명이 현장 면접을 보고 서류를 냈고, 150여명이 추가 면접을 예약했다.",
            set(),
        ),
        ("채용한마당에서 2차 면접 예정자는 64명이다.", set()),
        # the hires stay results
        ("채용행사에는 구직자 900여 명이 찾아 33명이 현장에서 채용됐다.", {(33, "명", "result")}),
        ("박람회를 통해 구직자 45명이 취업에 성공했다.", {(45, "명", "result")}),
        ("이날 행사에는 2,000여 명의 구직자가 다녀갔고 58명이 채용됐다.", {(58, "명", "result")}),
    ],
)
def test_fair_turnout_and_interview_stages_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "시는 인턴 52명 중 85%(44명)가 정규직으로 전환됐다고 밝혔다.",
            {(85, "%", "result"), (44, "명", "result")},
        ),
        (
            "교육을 마친 이수자의 60%(48명) 이상이 취·창업에 성공했다.",
            {(60, "%", "result"), (48, "명", "result")},
        ),
        (
            "서비스를 받은 여성 가운데 48.5%(5,820명)가 재취업에 성공했다.",
            {(48.5, "%", "result"), (5820, "명", "result")},
        ),
        # the count first keeps what it had; a share that left or a survey's share is no outcome
        (
            "인턴을 마친 120명 중 96명(80%)이 정규직으로 전환됐다.",
            {(120, "명", "result"), (96, "명", "result"), (80, "%", "result")},
        ),
        ("참여자 중 2%(3명)는 중도에 그만뒀다.", set()),
        ("응답자의 70%(350명)가 만족한다고 답했다.", set()),
    ],
)
def test_a_share_with_its_people_that_reached_an_outcome_is_a_result(
    text: str, expected: set
) -> None:
    assert targets(text) == expected
