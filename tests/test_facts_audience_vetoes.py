"""People named beside a trigger who are no audience: prize winners paid, guests of an event,
those an opinion survey or a campaign reaches. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.facts_helpers import audience_texts

found = audience_texts


@pytest.mark.parametrize(
    "text",
    [
        "행정안전부는 조기집행 실적이 우수한 부산시와 전남도 등 15개 지방자치단체에 "
        "총 40억원의 특별교부세를 지원한다.",
        "대구시 등 12개 지자체가 평가 우수기관으로 뽑혀 30억원의 특별교부금을 받는다.",
        "10개 우수기관 가운데 광역자치단체는 각 5억원, 기초자치단체는 각 2억원을 받는다.",
        "노동부는 올해 인증을 받은 300개사 가운데 한빛 등 5개 기업에 선정패를 전달했다.",
        "우수 마을로 뽑힌 3개 마을에는 포상금 500만 원을 지급한다.",
    ],
)
def test_winners_paid_for_a_prize_are_no_audience(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "이날 개소식에는 도의원과 관계 공무원, 입주 기업 대표 등 80명이 참석했다.",
        "행사에는 군수와 지역 주민 200여 명이 참석한 가운데 표창 수여가 이어졌다.",
        "기념식에는 보훈단체 회원 등이 자리를 함께 했다.",
    ],
)
def test_guests_of_an_event_are_no_audience(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "설문조사는 읍·면 이장, 부녀회장 등 주민 500명을 대상으로 진행한다.",
        "이날 캠페인은 역을 오가는 시민들을 대상으로 펼쳐졌다.",
        "만족도 조사는 지난해 프로그램을 이용한 주민을 대상으로 실시했다.",
    ],
)
def test_those_an_opinion_survey_or_campaign_reaches_are_no_audience(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A welfare survey finds who needs help: its 대상 stay.
        (
            "이번 실태조사는 관내 65세 이상 홀로 사는 어르신을 대상으로 한다.",
            "관내 65세 이상 홀로 사는 어르신",
        ),
        # The audience of a program stays though its briefing had guests.
        (
            "만 19세 이상 39세 이하 청년에게 월세를 지원하는 이 사업의 설명회에는 "
            "청년 100명이 참석했다.",
            "만 19세 이상 39세 이하 청년",
        ),
        # A loss compensation is a benefit, not a prize.
        (
            "집합금지 업종 소상공인에게 손실보상금을 지원한다.",
            "집합금지 업종 소상공인",
        ),
        # A winner's program still says who it is for.
        (
            "우수기관으로 뽑힌 구는 만 50세 이상 구민이라면 누구나 이용할 수 있는 "
            "‘중장년 상담실’을 운영해 왔다.",
            "만 50세 이상 구민",
        ),
        # A guest at the ceremony is not the group a program in the same sentence serves.
        (
            "구는 저소득 한부모 가정에 생활비를 지원하고, 전달식에는 구청장이 참석했다.",
            "저소득 한부모 가정",
        ),
    ],
)
def test_audiences_beside_these_vetoes_stay(text: str, expected: str) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "군은 지난해 3150 농가에게 지급했던 수당을 올해는 3400 농가를 대상으로 지급한다.",
        "심사를 거쳐 최종 2,140농가를 대상으로 보조금을 지급할 계획이다.",
        "군은 45개 농가의 신청을 받아 이중 20개 농가를 선정해 컨설팅을 지원한다.",
        "구는 지난 겨울 600개 가구에 난방비 5만 원을 지원했다.",
    ],
)
def test_a_count_of_households_alone_is_no_audience(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("구는 저소득 중증 장애 30가구에 집수리를 지원한다.", "저소득 중증 장애 30가구"),
        ("시는 25개 자치구를 대상으로 평가를 벌였다.", "25개 자치구"),
    ],
)
def test_a_described_or_evaluated_count_stays(text: str, expected: str) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "시는 이들 가구에 돌봄 서비스를 새로 지원한다.",
        "구는 이곳을 이용하는 주민에게 마일리지를 준다.",
        "센터는 청년일자리지원사업 참여자들을 대상으로 특강을 열었다.",
    ],
)
def test_people_pointed_back_at_or_taking_part_are_no_audience(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("신청 자격은 시에 주소를 둔 대학 재(휴)학생이다.", "시에 주소를 둔 대학 재(휴)학생"),
        (
            "지원 대상은 중위소득 80% 이하의 한부모 가구, 다자녀(3인 이상)가구이다.",
            "다자녀(3인 이상)가구",
        ),
    ],
)
def test_a_bracket_inside_the_head_word_stays_with_it(text: str, expected: str) -> None:
    assert expected in found(text), found(text)
