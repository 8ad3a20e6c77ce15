"""Session 14 audience census: groups that say nothing of who (how many a program hopes to
reach, whoever it picks). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.facts_helpers import audience_texts

found = audience_texts


@pytest.mark.parametrize(
    "text",
    [
        # How many a program hopes to reach.
        "군은 최대한 많은 농가가 혜택을 받을 수 있도록 기종을 나눠 심사한다.",
        "구는 더 많은 어르신에게 일자리를 제공할 수 있도록 수요처를 늘린다.",
        "시는 보다 많은 청년이 참여할 수 있도록 모집 기간을 늘렸다.",
        "많은 주민이 이용할 수 있도록 운영 시간을 늘린다.",
        # Whoever the program picks, the criterion left unsaid.
        "조성 대상은 한 곳으로, 사업 대상자로 뽑히면 3천만원을 받는다.",
        "군은 읍사무소에 낸 신청자 가운데 지원 대상자를 가려 구매비를 지원한다.",
        "시는 서류 심사를 거쳐 선정 대상자를 발표한다.",
    ],
)
def test_how_many_or_whoever_is_picked_is_no_audience(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A status named by what it receives stays a group.
        (
            "지원 대상은 국가보훈대상자와 주거급여 대상자이다.",
            ["국가보훈대상자", "주거급여 대상자"],
        ),
        ("구는 만 65세 이상 어르신에게 교통비를 지원한다.", ["만 65세 이상 어르신"]),
        # A group with a criterion after a quantity word elsewhere in the sentence.
        (
            "시는 많은 예산을 들여 관내 저소득 가구에 난방비를 지원한다.",
            ["관내 저소득 가구"],
        ),
    ],
)
def test_a_group_beside_them_stays(text: str, expected: list[str]) -> None:
    assert found(text) == expected, found(text)
