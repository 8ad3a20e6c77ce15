"""Targets: bodies named as the scope of another figure, and ordinals, are no targets.

`N개 기관의 정원은 …` names whose figure the clause goes on to give; `N명째`, `제 N회` name a
place in an order. Bodies that the work reaches (`N개 기업의 수출을 지원한다`) stay, and so do
counts after a word that only ends in 제 (`시간제 26명`, `축제 2개`, `실제 1만 개`).
"""

from __future__ import annotations

import pytest

from tests.facts_helpers import typed_targets

targets = typed_targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("도내 4개 출연기관의 올해 정원은 모두 1,250명으로 늘어난다.", {(1250, "명", "goal")}),
        ("12개 시·군의 귀농인 유치 목표가 서로 크게 다르다.", set()),
        ("이들 3개 자치구의 일자리 목표만 해도 시 전체 목표를 웃돈다.", set()),
        ("참여한 9개 기업의 올해 매출은 지난해보다 20% 늘었다.", set()),
        # the bodies the work reaches are what it aims at
        ("군은 올해 40개 기업의 해외 판로 개척을 지원할 계획이다.", {(40, "개", "goal")}),
        ("시는 지난해 25개 업체의 시설 개선을 지원했다.", {(25, "개", "result")}),
    ],
)
def test_bodies_as_the_scope_of_another_figure_are_no_target(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("지난 5일 200만 명째 방문객이 전시관을 찾았다.", set()),
        ("군의회가 제 215회 임시회를 열고 제 2차 추경 예산 심의에 들어갔다.", set()),
        # a word that only ends in 제 is no ordinal
        (
            "모집 인원은 전일제 30명, 시간제 12명 등 모두 42명이다.",
            {(30, "명", "goal"), (12, "명", "goal"), (42, "명", "goal")},
        ),
        ("구는 목표보다 많은 실제 1만2천 개의 일자리를 만들었다.", {(12000, "개", "result")}),
    ],
)
def test_ordinals_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected
