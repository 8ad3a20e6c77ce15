"""A defined slot (`지원 대상은 …이다`) holds its whole list: a marked list longer than a line,
an age that the head after 으로 qualifies, a copula written as a bare 며 after a vowel. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.facts_helpers import audience_texts

found = audience_texts


def test_a_long_marked_list_in_a_slot_is_read_to_its_copula() -> None:
    text = (
        "장학금 지원 대상은 △한부모가족 자녀 중 성적이 우수한 고등학생 △기초생활수급 가구의 "
        "대학생 △장애인 가족의 자녀 △다문화가족 및 북한이탈주민 가족 △국가유공자 가족 자녀 "
        "△자원봉사 실적이 있는 청소년 △주민자치위원·통장·반장·새마을지도자·바르게살기위원 자녀 "
        "등이다."
    )
    got = found(text)
    groups = ("기초생활수급 가구의 대학생", "장애인 가족의 자녀", "자원봉사 실적이 있는 청소년")
    for group in groups:
        assert group in got, got


def test_a_slot_too_long_for_any_list_still_ends_within_reach() -> None:
    """The wider reach is for a list to end; a slot with no copula in reach yields nothing."""
    text = "지원 대상은 " + "가나다라마바사 " * 30 + "청년이다."
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "참여 대상은 만18세 이상 60세 미만으로 일자리가 없는 구직자 가운데 △고교 중퇴자 "
            "△기초생활 수급자 △한부모 가정 등이다.",
            ["기초생활 수급자", "한부모 가정"],
        ),
        (
            "신청 대상은 만 65세 이상으로 시에 주소를 둔 어르신이다.",
            ["시에 주소를 둔 어르신"],
        ),
    ],
)
def test_an_age_before_ro_goes_on_to_the_people_it_bounds(text: str, expected: list[str]) -> None:
    """`대상은 만18세 이상 60세 미만으로 … 구직자 가운데 △A △B`: an age slot closed at 으로
    names no people yet, so the slot reads on to who they are."""
    got = found(text)
    for group in expected:
        assert group in got, got


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "지원 대상은 관내 저소득 임산부 및 산모, 36개월 이하 영유아며 한부모가정이 우선이다.",
            ["관내 저소득 임산부", "산모", "36개월 이하 영유아"],
            [],
        ),
        (
            "대상은 군에 사는 1인 가구며 신청은 주민센터에서 받는다.",
            ["군에 사는 1인 가구"],
            [],
        ),
        (
            "지원 대상은 읍내에 거주하며 농사를 짓는 고령 농업인이다.",
            ["읍내에 거주하며 농사를 짓는 고령 농업인"],
            ["읍내에 거주"],
        ),
    ],
)
def test_a_bare_meo_after_people_ends_the_slot(
    text: str, expected: list[str], absent: list[str]
) -> None:
    """After a vowel the copula is a bare 며 (`영유아며`); in a verb (`거주하며`) it is not."""
    got = found(text)
    for group in expected:
        assert group in got, got
    for group in absent:
        assert group not in got, got
