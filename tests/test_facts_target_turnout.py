"""Targets: who came, entered or did the work is never a target.

Turnout said without 참석 or 참여 (함께했다, 즐겼다), a festival's visitors as the topic, entries a
call received, the people a survey asks or finds, and the bodies or people who carry the work
out. Each family is tested with sentences of our own beside look-alikes it must leave alone.
"""

from __future__ import annotations

import pytest

from tests.facts_helpers import typed_targets

targets = typed_targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("이날 기념행사에는 주민과 내빈 등 350여 명이 함께했다.", set()),
        ("지난 주말 열린 봄꽃 축제는 나흘 동안 15만여 명이 즐긴 것으로 집계됐다.", set()),
        ("개막 공연에는 시민 2천여 명이 자리를 함께하며 새해를 맞았다.", set()),
        ("축제 기간 체험 부스 이용객은 8천200명에 달했다.", set()),
        ("이는 지난해 축제 하루 방문객 수인 1만2천 명을 넘어선 규모다.", set()),
        # a goal for a festival's visitors stays, and so does a region's tourism result
        ("군은 올해 축제 방문객 30만 명 유치를 목표로 세웠다.", {(300000, "명", "goal")}),
        ("시는 올해 관광객 520만 명을 유치해 목표를 넘어섰다.", {(5200000, "명", "result")}),
        # people a program served, with the same word far from any event, stay
        ("센터는 올해 어르신 1,200명과 함께 건강 체조 교실을 운영했다.", set()),
        # crowds that 몰린, footsteps (발길, 발걸음) and a day's milestone are turnout too
        ("사흘간 열린 해맞이 축제에는 9만여 명의 발길이 이어졌다.", set()),
        ("주말 이틀 동안 약 7만 명의 발걸음이 축제장으로 향했다.", set()),
        ("나흘간 열린 거리예술 축제에는 모두 84만 명의 관람객이 몰린 것으로 나타났다.", set()),
        ("추진위는 개막 첫날 방문객이 오후 3시 기준 5만명을 넘어선 것으로 파악했다.", set()),
        # a program's jobs or users past a mark stay, as does a region's drive for visitors
        (
            "시는 올해 청년 일자리 2,300개를 만들어 목표를 넘어선 실적을 거뒀다.",
            {(2300, "개", "result")},
        ),
        (
            "군은 관광객 120만 명 유치를 목표로 홍보에 나서 관광객의 발길을 모은다.",
            {(1200000, "명", "goal")},
        ),
    ],
)
def test_turnout_said_otherwise_is_no_target(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("이번 사진 공모에는 전국에서 모두 312점의 작품이 접수돼 열띤 경쟁을 벌였다.", set()),
        ("시민 정책 제안 공모에는 86건의 제안이 접수됐다.", set()),
        ("시는 두 달 동안 주민 아이디어 57건을 접수받았다.", set()),
        ("올해 수기 공모에는 140편이 제출되었다.", set()),
        # what a centre did with what it received stays
        ("센터는 올해 구직자 430명의 취업을 연계했다.", {(430, "명", "result")}),
        ("구는 올해 어르신 2,300명에게 도시락을 전달할 계획이다.", {(2300, "명", "goal")}),
    ],
)
def test_entries_a_call_received_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("사업은 복지관 등 6개의 민간 수행기관을 통해 추진된다.", set()),
        ("올해 검진에는 도내 14개 보건소가 참여한다.", set()),
        ("시는 외부 전문가 7명의 심사위원을 구성해 서류 심사를 진행했다.", set()),
        ("연구 모임에는 12개 팀 64명의 공무원이 참여했다.", set()),
        # people the work reaches stay, and so do a program's own participants
        ("구는 수행기관을 통해 어르신 900명에게 일자리를 제공한다.", {(900, "명", "goal")}),
        (
            "올해 사업에는 청년 64명이 참여해 40명이 취업했다.",
            {(64, "명", "result"), (40, "명", "result")},
        ),
    ],
)
def test_doers_of_the_work_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("구는 홀로 사는 어르신 2,300명을 대상으로 생활 실태조사를 벌인다.", set()),
        ("이번 설문은 읍면 이장 등 주민 800명을 대상으로 실시한다.", set()),
        ("조사 결과 청년 12명과 중장년 95명을 고립 위험군으로 분류했다.", set()),
        # who a program serves, and a satisfaction share a survey found, stay as they were
        ("구는 어르신 2,300명을 대상으로 도시락을 전달할 계획이다.", {(2300, "명", "goal")}),
        ("센터 이용자를 조사한 결과 81.5%가 만족한다고 답했다.", {(81.5, "%", "result")}),
    ],
)
def test_people_a_survey_asks_or_finds_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # teams or firms picked, told after the fact, are a call's winners
        ("공모와 두 차례 발표 심사를 거쳐 최종 24개 팀을 선발했다.", set()),
        (
            "2019년에 60개 기업을 선정한 데 이어 올해는 심사위원회가 80개 기업을 선정한다.",
            {(80, "개", "goal")},
        ),
        # the entrants of a contest's round and the applicants of a call are its field
        ("예선에는 중고생 42개 팀 530여명이 참가했다.", set()),
        ("아이디어 공모에는 모두 214개 팀이 신청해 12대 1의 경쟁률을 보였다.", set()),
        ("주민 제안 공모 결과 35건이 접수 됐다.", set()),
        # a plan to pick teams, firms supported and people trained stay
        ("진흥원은 올해 창업팀 15개를 선발해 사업화 자금을 지원한다.", {(15, "개", "goal")}),
        ("구는 올해 청년 창업팀 30개 팀을 뽑아 지원할 계획이다.", {(30, "개", "goal")}),
        ("시는 올해 중소기업 40개 업체를 지원했다.", {(40, "개", "result")}),
        ("취업 교육에는 청년 530명이 참가했다.", {(530, "명", "result")}),
    ],
)
def test_a_calls_field_is_no_target(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "구는 오는 15일 구청 광장에서 청년 채용박람회를 연다. "
            "지역 기업 40곳과 구직자 1,200여 명이 참여할 예정이다.",
            set(),
        ),
        # the gathering named in the sentence after, or a show the people put on
        (
            "구직자 3,500여 명이 참가할 것으로 예상된다. 행사는 오후 2시부터 시청 광장에서 열린다.",
            set(),
        ),
        (
            "구는 주민 음악회를 광장에서 연다. 동아리 7개 팀 80여 명이 참여해 합창과 연주를 "
            "선보일 예정이다.",
            set(),
        ),
        # a program's planned size stays, beside a gathering or not
        (
            "구는 올해 노인일자리 사업을 시작한다. 어르신 850명이 참여할 예정이다.",
            {(850, "명", "goal")},
        ),
        (
            "구는 다음 달 취업 설명회를 연다. 올해 청년 일자리 사업에는 청년 120명이 참여할 "
            "예정이다.",
            {(120, "명", "goal")},
        ),
    ],
)
def test_people_expected_at_a_gathering_next_door_are_no_target(text: str, expected: set) -> None:
    assert targets(text) == expected
