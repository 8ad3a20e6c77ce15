"""Targets, false families of pages that report figures rather than work: a statistics
release's levels told in sentences that do not name it again, forecasts, a single person as a
unit, applicants of a contest or a pick.

Each family is tested with sentences of our own, in several wordings, beside the look-alikes it
must leave alone; no sentence is copied from a page.
"""

from __future__ import annotations

import pytest

from tests.facts_helpers import typed_targets

targets = typed_targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a release cited once, its levels told in the next sentences
        (
            "관광공사가 공표한 월간 관광 통계 자료에 따르면 지난달 입국한 외국인은 112만 명이다. "
            "이 가운데 단체 관광객은 21만 4천명으로 집계됐다.",
            set(),
        ),
        (
            "연구원이 내놓은 ‘주요 관광지 입장객 통계’를 분석한 결과가 나왔다. "
            "해안 군을 찾은 관광객은 지난해 320만여 명으로 2019년(290만 명)에 비해 늘었다.",
            set(),
        ),
        (
            "관광공사는 4일 지난해 출입국 최종 통계를 발표했다. "
            "국가별로는 일본 81만 2천명, 대만 40만 5천명 순으로 많았다. "
            "방한 관광객은 모두 980만 2천명으로 1년 전보다 12% 늘어났다.",
            set(),
        ),
        # the same page's own goal, its work done, or a program stays
        (
            "도가 인용한 관광 통계 자료에 따르면 방문객은 3천만 명으로 늘었다. "
            "도는 내년 관광객 3천500만 명 유치를 목표로 삼았다.",
            {(35000000, "명", "goal")},
        ),
        (
            "시는 고용 통계를 분석한 결과를 내놨다. 시는 올해 청년 420명의 취업을 지원했다.",
            {(420, "명", "result")},
        ),
        # a level a body reports on its own word, with no release cited, stays
        (
            "시에 따르면 지난해 시를 찾은 관광객은 610만 명으로, 목표 550만 명을 넘어섰다.",
            {(6100000, "명", "result"), (5500000, "명", "goal")},
        ),
    ],
)
def test_a_releases_levels_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level forecast to come about on its own
        ("도는 올 겨울 축제를 찾는 관광객들이 250만명을 넘어설 것으로 전망하고 있다.", set()),
        ("'방문의 해' 사업으로 15만명이 더 올 것으로 전망됐다.", set()),
        ("정부는 내년 스마트공장 3만개 시대가 도래할 것으로 전망된다고 밝혔다.", set()),
        # a goal's overshoot forecast or posed as a condition; the goal beaten stays
        ("구는 올해 목표를 10% 이상 초과 달성할 수 있을 것으로 기대하고 있다.", set()),
        ("남은 두 해 목표 20만 개를 120% 초과 달성해야 가능하다.", {(200000, "개", "goal")}),
        # jobs a body expects to create are a goal, and an overshoot reached is a result
        ("이번 투자로 300명의 일자리가 창출될 것으로 기대된다.", {(300, "명", "goal")}),
        (
            "시는 관광객 목표 400만 명을 세웠고 목표를 112% 초과 달성했다.",
            {(4000000, "명", "goal"), (112, "%", "result")},
        ),
    ],
)
def test_forecasts_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a single person is the unit of a rule or a ratio
        ("여성 1명이 평생 낳을 것으로 예상되는 아이 수는 0.8명으로 줄었다.", set()),
        ("중소기업이 청년 4명을 새로 뽑으면 시가 1명의 임금을 2년간 지원한다.", set()),
        # people counted stay, however few
        ("센터는 올해 장애인 2명을 정규직으로 채용했다.", {(2, "명", "result")}),
    ],
)
def test_a_single_person_is_no_target(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # applicants of a contest or a pick, and applications received
        ("이번 창업 경진대회에는 총 64개 팀이 지원했다.", set()),
        ("이번 선정에는 모두 118곳이 신청해 서면과 현장 심사를 거쳤다.", set()),
        ("군은 공개모집으로 12개 부서 96명의 신청을 받았다.", set()),
        # those picked to be served, or helped, stay
        ("군은 올해 청년 30명을 선발해 창업을 지원할 계획이다.", {(30, "명", "goal")}),
    ],
)
def test_applicants_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected
