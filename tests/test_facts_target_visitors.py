"""Targets: a tally of visitors to a place of leisure is no target unless the page sets a goal.

The page is read as a whole: a beach's season, a tourist site's or a forest's visitors are told in
sentences that name no festival, and the goal that makes the count a result may stand in another
sentence. Each shape is tested with pages of our own beside look-alikes that must stay.
"""

from __future__ import annotations

import pytest

from tests.facts_helpers import typed_targets

targets = typed_targets


@pytest.mark.parametrize(
    "text",
    [
        # visitors as the topic, in a sentence that names no event
        "올여름 동해안 해수욕장이 문을 닫았다. 개장 기간 방문객은 모두 42만3,100명으로 집계됐다.",
        # the count naming them after it
        "해수욕장 운영이 끝났다. 가장 붐빈 곳은 작년보다 20% 늘어난 5만2천명의 피서객을 맞았다.",
        # said to have come or gone
        "휴양림이 새 단장을 마쳤다. 지난 한 달 동안 3만4천여 명이 이곳을 찾았다.",
        "수목원 가을 개방이 끝났다. 두 달간 12만 명이 다녀간 것으로 파악됐다.",
        # the visitors named as the subject before a change
        "수목원 관람객이 지난해보다 15% 늘어난 8만6천명을 기록했다.",
        # users, on a page about a place of leisure
        "축제 기간 새로 놓은 순환 열차를 6천200명이 이용했다.",
        "해수욕장 12곳 가운데 작은 해변을 이용한 인원은 2만1천명에 달했다.",
    ],
)
def test_a_tally_of_visitors_is_no_target(text: str) -> None:
    assert targets(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a goal set for visitors anywhere on the page makes the count reached its result
        (
            "군은 관광객 150만 명 유치를 목표로 세웠다. 연말까지 관광객 152만 명이 군을 찾았다.",
            {(1500000, "명", "goal"), (1520000, "명", "result")},
        ),
        # a page that names no place of leisure keeps its visitors' level
        ("올해 시를 찾은 관광객은 64만명으로 지난해보다 9% 늘었다.", {(640000, "명", "result")}),
        # users of a service are what it did, on a page that names no place of leisure
        (
            "구립 도서관 이용객은 올해 14만 명을 넘어섰다. 상담센터도 1,300명이 이용했다.",
            {(1300, "명", "result")},
        ),
        # a sentence of a program's results keeps its count
        (
            "직매장은 문을 연 뒤 방문객 85만여 명이 다녀가는 성과를 거뒀다.",
            {(850000, "명", "result")},
        ),
        # counts of other things on a visitors' page stay
        (
            "축제 방문객은 21만명으로 집계됐다. 군은 축제 기간 청년 일자리 40개를 새로 만들었다.",
            {(40, "개", "result")},
        ),
    ],
)
def test_visitor_counts_with_a_goal_or_of_a_service_stay(text: str, expected: set) -> None:
    assert targets(text) == expected
