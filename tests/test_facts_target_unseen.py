"""Targets, the false families met on pages nobody had read: standing counts, milestones and
records, partners of an agreement.

Each family is tested with sentences of our own, in several wordings, beside the look-alikes it
must leave alone; no sentence is copied from a page.
"""

from __future__ import annotations

import pytest

from govreader.facts import extract
from govreader.facts.target_awarded import awarded
from govreader.facts.target_spot import Spot
from govreader.model import Article, FactKind
from tests.facts_helpers import typed_targets

targets = typed_targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("도내에는 올해 6월 기준 214개 마을기업이 활동하고 있다.", set()),
        (
            "시 공무원 학습동아리에는 모두 9개 모임 137명의 회원이 활동하고 있으며 매달 모인다.",
            set(),
        ),
        ("올해는 48개 기업에서 청년 175명이 인턴으로 활동 중이다.", set()),
        # people at work or living somewhere now, places run now, firms still building
        (
            "구는 창업 공간 12개소를 조성했고 현재 640여 명이 근무하고 있다.",
            {(12, "개소", "result")},
        ),
        ("구는 관내에 모두 27개의 작은도서관을 운영하고 있다.", set()),
        (
            "시는 현재 공공 와이파이 3천여 곳을 운영 중이며 올해 300곳을 늘릴 계획이다.",
            {(300, "곳", "goal")},
        ),
        ("입주 기업 가운데 41개 업체가 아직 공장 건축을 진행하고 있어 연말 가동한다.", set()),
        ("임대주택에는 지난달 기준 1,250가구가 거주하고 있다.", set()),
        # a state said with a goal, or people a service reaches so far, stays
        ("군은 관광객 500만 명 유치를 목표로 사업을 진행하고 있다.", {(5000000, "명", "goal")}),
        ("지금까지 주민 2,300여 명이 방문 상담을 받고 있다.", {(2300, "명", "result")}),
        # what a program did, told with the same verb far away, stays
        ("센터는 올해 청년 175명의 취업을 도왔다.", {(175, "명", "result")}),
    ],
)
def test_standing_counts_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("해안 관광지는 새 전망대 개장으로 처음으로 3백만명을 넘어섰다.", set()),
        ("군을 찾은 방문객은 지난해 8백만명을 돌파했다.", set()),
        (
            "작년 청년 창업기업은 전년보다 11.2% 늘어난 12만 4,000개로 역대 최대치를 기록했다.",
            set(),
        ),
        # a record the county reached as its own work stays
        ("군은 지난해 여성 고용률 48.1%를 달성해 역대 최고를 기록했다.", {(48.1, "%", "result")}),
        ("시는 일자리 1만 2천개를 창출해 목표를 넘어섰다.", {(12000, "개", "result")}),
        # so does a program's running total
        ("센터의 누적 상담 건수는 2만 5천 건을 넘어섰다.", {(25000, "건", "result")}),
    ],
)
def test_milestones_and_records_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "통계청이 낸 ‘연간 고용동향’에 따르면 "
            "지난해 취업자는 2810만명으로 전년보다 31만명 늘었다.",
            set(),
        ),
        (
            "‘자원봉사 통계연보’에 따르면 "
            "지난해 봉사에 참여한 사람은 142만 명으로 전년에 비해 9% 늘었다.",
            set(),
        ),
        ("한국은행 분석 결과 방문객만 늘고 매출은 그대로인 축제가 19곳에 달했다.", set()),
        ("지난달 취업자는 2790만 명으로 1년 전보다 18만 명 증가했다.", set()),
        ("올해 대졸자의 평균 취업률은 61.2%로 지난해보다 소폭 낮아진 것으로 나타났다.", set()),
        # the body's own figures, and a centre's hires, stay
        (
            "구에 따르면 지난해 구가 만든 일자리는 1만 2천 개로 목표를 넘었다.",
            {(12000, "개", "result")},
        ),
        (
            "고용센터 분석 결과 올해 일자리 1,300개를 창출해 목표를 달성했다.",
            {(1300, "개", "result")},
        ),
        ("센터를 거친 취업자는 320명으로 지난해보다 40명 늘었다.", {(320, "명", "result")}),
    ],
)
def test_statistics_of_a_release_or_a_population_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("시는 이날 지역 9개 기업과 투자협약을 맺었다.", set()),
        ("군은 관내 42개 음식점과 협약을 맺고 할인 행사를 안내했다.", set()),
        ("부는 11개 부처와 협업해 정책 홍보 영상을 만들었다.", set()),
        # what the agreement yields stays a goal
        (
            "시는 6개 기업과 투자협약을 맺고 일자리 320개를 창출할 계획이다.",
            {(320, "개", "goal")},
        ),
        (
            "군은 기업 300개와 일자리 5천 개를 목표로 유치에 나선다.",
            {(300, "개", "goal"), (5000, "개", "goal")},
        ),
    ],
)
def test_partners_of_an_agreement_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected


TOLD_AGAIN = [
    (
        "군은 올해 관광객 150만명을 유치할 계획이라고 밝혔다. 군수는 “다양한 사업을 적극 추진해, "
        "관광객 150만명 유치 목표를 달성해 지역 상권에 도움이 되도록 하겠다”고 밝혔다.",
        "150만명",
    ),
    (
        "구는 방학 아르바이트 참여자 80명을 모집한다고 밝혔다. 구 관계자는 “어려움을 겪는 "
        "대학생들을 위해 모집규모를 기존 60명에서 80명으로 대폭 확대했다”며 “많은 참여를 "
        "바란다”고 말했다.",
        "80명",
    ),
]


@pytest.mark.parametrize(("text", "figure"), TOLD_AGAIN)
def test_a_figure_told_again_is_one_goal(text: str, figure: str) -> None:
    found = [f for f in extract(Article(text=text)) if f.kind == FactKind.TARGET]
    assert [(f.text, f.fields["type"]) for f in found] == [(figure, "goal")]


def test_equal_figures_of_one_sentence_stay_two() -> None:
    text = "시는 올해 청년 일자리 120개, 신중년 일자리 120개를 만들 계획이다."
    found = [f for f in extract(Article(text=text)) if f.kind == FactKind.TARGET]
    assert [f.fields["type"] for f in found] == ["goal", "goal"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("부는 운영 성과가 뛰어난 마을기업 9곳을 선정해 시상하기로 했다.", set()),
        ("경북 A군 등 3곳은 학회장상, 전남 B군 등 6곳은 연구원장상을 각각 받았다.", set()),
        ("공모전은 예선에서 분야별 2팀을 뽑아 본선 발표회를 연다.", set()),
        ("구가 지난해 여러 기관에서 받은 상은 모두 24개로 집계됐다.", set()),
        # work done that won the prize stays
        (
            "구는 총 35명에게 성공적으로 창업을 지원한 온라인 판매 사업으로 최우수상을 받았다.",
            {(35, "명", "result")},
        ),
        (
            "군은 지난해 일자리 2,150개를 창출해 목표를 넘어선 성과로 장관 표창을 받았다.",
            {(2150, "개", "result")},
        ),
    ],
)
def test_counts_about_a_prize_or_contest_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("충북 A시 등 4곳은 도시계획학회장상, 강원 B군 등 2곳은 공사 사장상을 받았다.", set()),
        ("포장은 김아무개 대표, 이아무개 이사 등 3명이 받았다.", set()),
        ("고용부는 강소기업 가운데 6개 기업에 선정패를 전달했다.", set()),
        ("구는 고등학생 40명, 대학생 25명을 장학생으로 선발하고 장학금을 전달했다.", set()),
        ("구는 지역 발전에 기여한 통장 7명에게 ‘자녀 장학 증서’를 전달했다.", set()),
        ("구는 심사를 거쳐 대학생 9명을 장학생으로 최종 선발했다.", set()),
        # work done, or a goal, in the same sentence stays
        (
            "센터는 올해 청년 120명의 취업을 도왔고, 연말에는 우수기관 인증패를 받았다.",
            {(120, "명", "result")},
        ),
        (
            "군은 일자리 2,150개를 창출해 목표를 넘어선 성과로 훈장을 받았다.",
            {(2150, "개", "result")},
        ),
        ("군은 올해 청년 일자리 300개를 창출할 계획이다.", {(300, "개", "goal")}),
        # a plan to pick scholars is read like any plan to pick people
        ("재단은 올해 하반기 장학생 150명을 선발해 장학금을 지급한다.", {(150, "명", "goal")}),
    ],
)
def test_those_a_medal_plaque_or_scholarship_went_to_are_no_targets(
    text: str, expected: set
) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("올해 열린 채용박람회 4회의 방문객은 8,200여명에 달했다.", set()),
        ("취업 설명회를 찾은 방문자는 모두 530명이었다.", set()),
        ("3년간 누적 지원자는 2,310명, 최종 선발자는 180명이었다.", set()),
        ("이번 공모의 신청자는 모두 640명으로 집계됐다.", set()),
        # a goal set for the visitors stays, and so do those a program served
        ("군은 올해 방문객은 60만 명을 목표로 축제를 준비한다.", {(600000, "명", "goal")}),
        ("센터 이용객은 2만 4천여 명에 이른다.", {(24000, "명", "result")}),
        # a festival's visitors are turnout at an event, as LABELING says
        ("올해 꽃 축제 관람객은 9만 명에 달했다.", set()),
    ],
)
def test_demand_or_a_fairs_visitors_as_the_topic_are_no_target(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("이 가운데 2,140건의 현장 면접이 실시돼 구직자들의 관심을 끌었다.", set()),
        ("의원들은 임기 동안 총 38건의 자유발언을 진행했다.", set()),
        ("센터는 올해 12회의 설명회를 열었다.", set()),
        # the outcome beside the sessions stays
        (
            "이 가운데 2,140건의 현장 면접이 실시돼 960명이 일자리를 구했다.",
            {(960, "명", "result")},
        ),
    ],
)
def test_sessions_held_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("이 과정에는 지난해부터 240개 기업이 참여해 1,800명이 지원했다.", set()),
        ("설명회에는 모두 9개의 유관기관에서 참가했다.", set()),
        ("구는 14개 업체와 구직자를 연결해 면접 기회를 마련했다.", set()),
        (
            "협약에 따라 총 6개 기업이 140명을 채용할 계획이다.",
            {(140, "명", "goal")},
        ),
        # firms drawn, picked or grown are what the work yields
        ("군은 올해 기업 35개를 유치했다.", {(35, "개", "result")}),
        ("시는 참여 기업 40곳을 모집할 계획이다.", {(40, "곳", "goal")}),
        ("올해 산업단지에 18개 기업이 입주했다.", {(18, "개", "result")}),
    ],
)
def test_bodies_that_take_part_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("군은 창업 준비 등 5개 과정 150여명을 대상으로 교육을 연다.", {(150, "명", "goal")}),
        ("센터는 7개 교육과정을 열어 120명의 수료생을 배출했다.", {(120, "명", "result")}),
        ("시는 시내버스 4개 노선은 신설하고 9개 노선은 조정한다.", set()),
        # people counted beside a course, and words ending in 상 that name no prize, stay
        ("센터는 3개 과정에서 수료생 80명을 배출했다.", {(80, "명", "result")}),
        ("시는 기술 향상을 위해 140명의 기능인을 길러냈다.", {(140, "명", "result")}),
        ("이용 편의 향상을 위해 충전기 300기를 설치할 계획이다.", {(300, "기", "goal")}),
        # a prize said by its grade still marks a prize sentence
        ("우수 조합 6곳이 최우수상을 받았다.", set()),
    ],
)
def test_courses_and_routes_are_means_and_no_prize_is_read_in_other_words(
    text: str, expected: set
) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("head", "rest", "expected"),
    [
        # a prize named in brackets after its winners, and a certificate of award handed over
        (
            "교육을 잘 마친 ▲박아무개 외 ",
            "(지회장상) ▲최아무개(명예회장상)에 대한 시상이 있었다.",
            True,
        ),
        ("모범 어르신 ", "에게 상장을 전달했다.", True),
        # the same counts with no prize in the sentence
        ("교육을 잘 마친 ▲박아무개 외 ", "(1반) ▲최아무개(2반)이 발표했다.", False),
    ],
)
def test_a_prize_in_brackets_or_a_certificate_marks_winners(
    head: str, rest: str, expected: bool
) -> None:
    spot = Spot(before=head, after=rest[:12], rest=rest, raw=head, head=head, unit="명", value=6)
    assert awarded(spot) is expected
