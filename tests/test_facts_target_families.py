"""Targets, the families of a fresh sample of real pages (goals, results, calls, plans).

Each family is tested with sentences of our own, in several wordings, and with the look-alikes it
must leave alone; no sentence is copied from a page.
"""

from __future__ import annotations

import pytest

from govreader.facts import extract
from govreader.model import Article, FactKind


def targets(text: str) -> set[tuple[float, str, str]]:
    """(value, unit, type) of every goal or result in `text`; spans must be exact."""
    found = set()
    for fact in extract(Article(text=text)):
        if fact.kind != FactKind.TARGET or fact.fields["type"] == "count":
            continue
        assert text[fact.start : fact.end] == fact.text
        found.add((fact.fields["value"], fact.fields["unit"], fact.fields["type"]))
    return found


# --- counts that look like targets and are not ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a goal raised by a share is a change, the level is the goal
        (
            "군은 올해 목표 취업자 수를 4만 2천 명으로 지난해 목표보다 3.2%p 높여 잡았다.",
            {(42000, "명", "goal")},
        ),
        ("시는 목표 고용률을 작년보다 1.5% 올려 정했다.", set()),
        # programs counted as where the money goes
        (
            "구는 일자리 창출을 위해 모두 142개 사업에 530억 원을 투입할 계획이다.",
            set(),
        ),
        ("시는 올해 75개 사업에 210억 원을 들인다.", set()),
        # firms taking part beside the goal of another count
        (
            "이번 박람회에는 60개 기업이 참여해 150여 명의 채용을 목표로 면접을 진행한다.",
            {(150, "명", "goal")},
        ),
        (
            "행사장에는 38개 업체가 참가해 80명 현장 채용을 목표로 상담한다.",
            {(80, "명", "goal")},
        ),
        # applicants to a call are its demand
        (
            "올해 교육생 모집에는 830명이 지원해 4.2대 1의 경쟁률을 보였다.",
            set(),
        ),
        (
            "청년 창업 공모에 312개 팀이 신청해 역대 최고 경쟁률을 기록했다.",
            set(),
        ),
        # a pool looked over before the pick
        (
            "도는 시군이 추천한 54명을 대상으로 서류와 면접 평가를 거쳐 30명을 선정했다.",
            {(30, "명", "result")},
        ),
        (
            "구는 신청한 120개 업체를 대상으로 현장 심사를 거쳐 45개 업체를 뽑을 계획이다.",
            {(45, "개", "goal")},
        ),
    ],
)
def test_changes_money_recipients_turnout_applicants_and_pools_are_no_targets(
    text: str, expected: set
) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same words that must still be read
        ("구는 청년 200명을 대상으로 취업 교육을 한다.", {(200, "명", "goal")}),
        ("지난해 청년 1,230명이 참여해 과정을 마쳤다.", {(1230, "명", "result")}),
        ("군은 올해 일자리 3,400개를 만들어 고용률을 68%로 끌어올릴 계획이다.", None),
    ],
)
def test_the_look_alikes_keep_what_they_say(text: str, expected: set | None) -> None:
    found = targets(text)
    if expected is None:
        assert (3400, "개", "goal") in found and (68, "%", "goal") in found
    else:
        assert expected <= found
