"""Session 13 precision audit: `X에` that is the argument of a verb of its own (where something
stands or goes, a former limit), not who a program gives to. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.facts_helpers import audience_texts

found = audience_texts


@pytest.mark.parametrize(
    "text",
    [
        # Where a town stands now, then what the program does.
        "우리 군은 65세 이상 인구가 22%를 넘는 초고령사회에 들어선 만큼 건강 교실을 열어 "
        "체조를 지원한다.",
        # Where the people hired are sent, an adverb between.
        "선발된 인원은 읍사무소 등 공공기관에 주로 배치돼 안내 업무를 지원한다.",
        # A limit the program had before, not whom it serves now.
        "이번에는 대학생에 한정하지 않고 더 많은 청년에게 참가비를 지원하기로 했다.",
        "그동안 기초수급 가구에 한했던 집수리 지원을 올해부터 넓혔다.",
    ],
)
def test_x_e_before_a_verb_of_its_own_is_no_recipient(text: str) -> None:
    places = ("고령사회", "공공기관", "대학생", "기초수급 가구")
    assert not [who for who in found(text) if who.endswith(places)], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb form before the thing given is no verb of the recipient's own.
        ("구는 구직자에게 다양한 채용 정보를 제공한다.", ["구직자"]),
        ("시는 홀로 사는 어르신에게 필요한 돌봄 서비스를 지원한다.", ["홀로 사는 어르신"]),
        # `X에 대한 지원`, `X에게 지원되던`: the giving itself.
        ("시는 저소득 가구에 대한 난방비 지원을 늘린다.", ["저소득 가구"]),
        ("시는 참전 유공자에게 지원되던 수당을 올린다.", ["참전 유공자"]),
        # `X에 … 만큼` closes a clause of its own only after a past form (들어선, 진입한).
        ("시는 저소득 가구에 충분할 만큼 난방비를 지원한다.", ["저소득 가구"]),
    ],
)
def test_x_e_before_what_is_given_stays(text: str, expected: list[str]) -> None:
    assert found(text) == expected, found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Named in passing (`X에게 … 제공`), then stated with its criteria: one audience.
        (
            "구는 관내 기업이 청년근로자에게 숙소를 제공하면 월세를 돕는다. 숙소 이용자는 "
            "만 19~34세 정규직으로 채용된 청년 근로자로 한다.",
            ["만 19~34세 정규직으로 채용된 청년 근로자"],
        ),
        (
            "시는 농업인의 소득 증대를 돕는다. 지원 대상은 관내에 사는 만 40세 미만 청년 "
            "농업인이다. 또한 청년 농업인에게 농기계를 빌려준다.",
            ["관내에 사는 만 40세 미만 청년 농업인"],
        ),
        # A different group named in passing stays beside the stated one.
        (
            "시는 결혼이민자의 안정적 정착을 위해 관내 다문화가구를 대상으로 정착금을 지원한다.",
            ["결혼이민자", "관내 다문화가구"],
        ),
    ],
)
def test_a_group_named_in_passing_then_stated_counts_once(text: str, expected: list[str]) -> None:
    assert found(text) == expected, found(text)
