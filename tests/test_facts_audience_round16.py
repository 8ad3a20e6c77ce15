"""Session 16 audience census of fresh program pages: people named by kin, by the veterans' laws,
around a birth, or as seafarers. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.facts_helpers import audience_texts

found = audience_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "군은 순직군경, 무공수훈자, 특수임무수행자에게 월 3만원의 명예수당을 지급한다.",
            ["순직군경", "무공수훈자", "특수임무수행자"],
        ),
        (
            "명찰은 애국지사 후손과 참전유공자 배우자 등 주민 20명에게 지원된다.",
            ["애국지사 후손", "참전유공자 배우자"],
        ),
        (
            "지원 대상은 관내 임신부 및 수유부, 36개월 이하 영아다.",
            ["관내 임신부", "수유부", "36개월 이하 영아"],
        ),
        ("시는 외국인 선원들을 위해 숙소를 마련한다.", ["외국인 선원들"]),
        ("도는 전쟁으로 남편을 잃은 미망인에게 위로금을 준다.", ["전쟁으로 남편을 잃은 미망인"]),
    ],
)
def test_kin_veterans_mothers_and_seafarers_are_people(text: str, expected: list[str]) -> None:
    assert found(text) == expected, found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Kin alone, whose kin the sentence does not say, names no group.
        "구는 배우자에게 안내문을 보낸다.",
        "행사는 후손에게 물려줄 숲을 가꾸는 데 도움을 준다.",
        # A ship's crew at work is not whom a program is for.
        "선원이 탄 배가 항구에 들어왔다.",
    ],
)
def test_kin_alone_or_crew_at_work_is_no_audience(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "참여 자격은 시에 사는 만 18세 이상 주민으로 구직자 또는 영세 자영업자면 가능하다.",
            ["시에 사는 만 18세 이상 주민", "구직자", "영세 자영업자"],
        ),
        (
            "신청 자격은 군에 주소를 둔 만 20~39세 청년으로 개업 후 3년 이내이면서 관내에서 "
            "가게를 여는 사업자면 신청 가능하다.",
            [
                "군에 주소를 둔 만 20~39세 청년",
                "개업 후 3년 이내이면서 관내에서 가게를 여는 사업자",
            ],
        ),
        ("지원 대상은 관내 거주 청년 창업자면 누구나 된다.", ["관내 거주 청년 창업자"]),
    ],
)
def test_a_slot_ends_at_a_condition_that_lets_people_in(text: str, expected: list[str]) -> None:
    assert found(text) == expected, found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 이면서 after people still ends the slot; a verb ending in 면 is no condition on people.
        ("지원 대상은 관내 청년이면서 미취업자인 사람이다.", ["관내 청년"]),
        ("지원 대상은 관내 중학생으로 방과 후에 집에 혼자 있으면 신청할 수 있다.", ["관내 중학생"]),
    ],
)
def test_a_condition_ends_the_slot_only_after_people(text: str, expected: list[str]) -> None:
    assert found(text) == expected, found(text)
