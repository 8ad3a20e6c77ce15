"""Targets: a share to be cut by a deadline is a goal; a cut told as done, or one with no
deadline before it, is left to the other rules (a change is no target).

Sentences of our own.
"""

from __future__ import annotations

import pytest

from tests.facts_helpers import typed_targets


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("군은 2030년까지 온실가스 배출량을 2018년 대비 35%를 감축하기로 했다.", 35),
        ("시는 2035년까지 건물 에너지 사용량 20% 절감과 태양광 보급 확대를 목표로 내걸었다.", 20),
        ("구는 내년까지 음식물 쓰레기를 15% 줄이고 재활용을 늘려 나가겠다고 다짐했다.", 15),
        # the year a level is set for
        ("도는 2035년 수송 부문 배출량을 2020년 대비 27.5% 감축하는 계획을 세웠다.", 27.5),
    ],
)
def test_a_share_cut_by_a_deadline_is_a_goal(text: str, value: float) -> None:
    assert (value, "%", "goal") in typed_targets(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a cut told as done is a change
        ("시는 지난해 공공청사 전기 사용량을 12% 감축했다.", 12),
        ("2022년 시의 배출량은 2018년 대비 9% 감축한 것으로 나타났다.", 9),
        # no deadline before the share
        ("올해 상반기 교통사고 사망자는 지난해보다 8% 줄었다.", 8),
    ],
)
def test_a_cut_done_or_without_a_deadline_is_no_goal(text: str, value: float) -> None:
    assert (value, "%", "goal") not in typed_targets(text)


def test_the_nations_goal_a_sentence_cites_is_left_to_other_rules() -> None:
    text = "2030년까지 배출량을 2018년 대비 40% 줄이겠다는 국가 목표에 맞춰 구는 새 계획을 세웠다."
    assert (40, "%", "goal") not in typed_targets(text)
