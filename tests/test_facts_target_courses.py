"""Targets: the classes, courses or programs a program runs are its means, not what it yields
(`5개 반을 운영한다`, `24개 프로그램을 진행할 예정`); the people they serve stay targets.

Sentences of our own.
"""

from __future__ import annotations

import pytest

from tests.facts_helpers import typed_targets


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("센터는 다음 달부터 요리, 공예 등 6개 반을 운영한다.", 6),
        ("복지관은 올해 어르신을 위한 12개 프로그램을 진행할 예정이다.", 12),
        ("도서관은 지난해 9개 체험프로그램을 열어 호응을 얻었다.", 9),
        ("구는 외국인 주민을 위한 4개반의 한국어 교실을 운영해 80명이 수료했다.", 4),
    ],
)
def test_classes_and_programs_run_are_no_targets(text: str, value: float) -> None:
    assert all(found[0] != value for found in typed_targets(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("구는 4개반의 한국어 교실을 운영해 80명이 수료했다.", (80, "명", "result")),
        ("센터는 6개 반을 운영해 주민 120명을 교육할 계획이다.", (120, "명", "goal")),
    ],
)
def test_the_people_the_classes_serve_stay_targets(text: str, expected: tuple) -> None:
    assert expected in typed_targets(text)
