"""Targets, the sentence shapes of a third fresh sample of real pages: differences between two
levels, spreads, breakdowns of work done, pledges, floors, noun-final items and bracketed lists.

Sentences of our own, each family in several wordings, with the look-alikes it must leave alone.
"""

from __future__ import annotations

import pytest

from tests.test_facts_target_families import targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the difference between a level and its goal is neither
        (
            "지난해 군이 만든 일자리는 8,400개로 목표인 7,000개보다 1,400개, 20% 초과 달성했다.",
            {(8400, "개", "result"), (7000, "개", "goal"), (20, "%", "result")},
        ),
        (
            "구는 지난해 목표 3,000개보다 450개가 늘어난 3,450개의 일자리를 만들었다.",
            {(3000, "개", "goal"), (3450, "개", "result")},
        ),
        (
            "올해 채용 목표는 1,020명으로 작년보다 120명 많다.",
            {(1020, "명", "goal")},
        ),
        # the ends of a spread
        (
            "참여 인원은 사업별로 적게는 3명에서 많게는 95명까지 계획보다 많았던 것으로 집계됐다.",
            set(),
        ),
    ],
)
def test_differences_and_spreads_are_no_levels(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a goal named as what was planned, before a comparison
        (
            "이는 올해 계획한 2천100명을 크게 웃도는 수치다.",
            {(2100, "명", "goal")},
        ),
        (
            "당초 계획인 40곳보다 적은 곳에서 사업이 진행됐다.",
            {(40, "곳", "goal")},
        ),
        # a pledge and a promise are goals
        (
            "시장은 선거에서 청년 일자리 2만 개 창출을 공약했다.",
            {(20000, "개", "goal")},
        ),
        (
            "군수는 임기 동안 귀농 가구 600가구 유치를 약속한 바 있다.",
            {(600, "가구", "goal")},
        ),
        # a floor of what is aimed at
        (
            "구는 해마다 5,000개 이상의 일자리를 만들겠다고 밝혔다.",
            {(5000, "개", "goal")},
        ),
        (
            "도는 300명 이상의 청년을 채용할 계획이다.",
            {(300, "명", "goal")},
        ),
        ("행사장에는 300명 이상의 시민이 몰렸다.", set()),
    ],
)
def test_planned_pledged_and_floor_goals(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # work done as the topic, broken down by who did it
        (
            "센터별 취업 실적은 고용센터 1,200명, 구 일자리센터 310명, 여성센터 45명 등이다.",
            {(1200, "명", "result"), (310, "명", "result"), (45, "명", "result")},
        ),
        (
            "분야별 성과는 직접 일자리 2,100개, 민간 일자리 640개다.",
            {(2100, "개", "result"), (640, "개", "result")},
        ),
        # a statistic broken down is not work done
        ("연령별 인구는 청년 1만 2,000명, 노인 9,800명 등이다.", set()),
    ],
)
def test_a_breakdown_of_work_done_is_results(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count whose verb is joined to the rest of the sentence
        (
            "군은 농공단지 입주로 2,400개의 일자리를 만들고 40개의 마을기업을 지정하는 등 "
            "작년 한 해 1만 2천여 개의 일자리를 창출했다.",
            {(2400, "개", "result"), (40, "개", "result"), (12000, "개", "result")},
        ),
        (
            "구는 올해 150개의 일자리를 만들고 20개의 사회적기업을 지정하는 등 지원을 늘린다.",
            {(150, "개", "goal"), (20, "개", "goal")},
        ),
        # made (만들어 낸) is done
        ("구는 올해 목표보다 많은 680명의 일자리를 만들어 냈다.", {(680, "명", "result")}),
        (
            "이는 계획보다 많은 1,240명의 일자리를 만들어 낸 셈이다.",
            {(1240, "명", "result")},
        ),
    ],
)
def test_joined_verbs_are_read_by_how_the_sentence_ends(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # noun-final items carried by the sentence's verb
        (
            "시는 상반기 수소차 120대 보급, 낡은 화물차 260대 폐차 지원으로 미세먼지를 줄였다.",
            {(120, "대", "result"), (260, "대", "result")},
        ),
        (
            "시는 지난해 기업 35곳 유치와 3,100여 개의 신규 일자리 창출로 고용을 늘렸다.",
            {(35, "곳", "result"), (3100, "개", "result")},
        ),
        (
            "구는 내년 청년 일자리 400개 창출, 기업 15곳 유치를 목표로 한다.",
            {(400, "개", "goal"), (15, "곳", "goal")},
        ),
        (
            "도는 전기버스 85대 보급과 수소충전소 12곳 설치를 추진한다.",
            {(85, "대", "goal"), (12, "곳", "goal")},
        ),
    ],
)
def test_noun_final_items_take_the_sentence_verb(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the list's own sentence ends in a plan or in the past
        (
            "구는 공공근로 확대(2,100개)와 청년 인턴(300개), 창업 지원(45개)을 추진해 "
            "일자리를 만들 계획이다.",
            {(2100, "개", "goal"), (300, "개", "goal"), (45, "개", "goal")},
        ),
        (
            "지난해 분야별로는 직접 일자리(4,120명), 직업훈련(1,380명) 등의 일자리를 창출했다.",
            {(4120, "명", "result"), (1380, "명", "result")},
        ),
        # a list with no verb breaks down the sentence before it
        (
            "군의 일자리 목표는 모두 6개 분야에서 추진된다. 공공부문은 직접 일자리(2,450개), "
            "고용서비스(610개), 창업 지원(35개) 등이다.",
            {(2450, "개", "goal"), (610, "개", "goal"), (35, "개", "goal")},
        ),
        # a topic of work done says results
        (
            "상반기 실적은 공공 일자리(1,020개), 민간 채용(430개) 등이다.",
            {(1020, "개", "result"), (430, "개", "result")},
        ),
        # groups counted in a statistic, booths of a fair, shares of a budget, a description
        ("연령별로는 청년층(120명), 중장년층(98명), 노년층(75명) 순으로 많았다.", set()),
        (
            "박람회장에는 채용관(40개), 상담관(6개), 홍보관(5개) 등 총 51개 부스가 운영된다.",
            set(),
        ),
        ("사업비는 국비 4억 원(50%)과 구비 4억 원(50%)으로 마련된다.", set()),
        ("센터는 상담실(3개)과 교육장(2개)을 갖추고 문을 연다.", set()),
    ],
)
def test_bracketed_lists_are_typed_as_a_whole(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # parts of a level that reached a share of its goal
        (
            "구는 올해 공공 일자리 9,400개, 민간 일자리 2,600개로 '청년 일자리 5만 개 목표'의 "
            "24%를 달성했다.",
            {
                (9400, "개", "result"),
                (2600, "개", "result"),
                (50000, "개", "goal"),
                (24, "%", "result"),
            },
        ),
        # a list's last item carried by the verb after 등
        (
            "시는 그동안 협동조합 12개 등 사회적경제 기업을 육성했다.",
            {(12, "개", "result")},
        ),
        (
            "도는 내년까지 마을기업 30개 등 사회적경제 기업을 육성할 계획이다.",
            {(30, "개", "goal")},
        ),
        # what was done, told by a passive joined verb
        (
            "정착 지원 덕분에 3년 새 840가구 1,120명의 인구가 면으로 전입해 정착했다.",
            {(840, "가구", "result"), (1120, "명", "result")},
        ),
        # a figure ranked against others in a statistic
        (
            "통계에 따르면 지난해 군에는 210명이 귀농해 도내에서 가장 많았다.",
            set(),
        ),
        (
            "구는 지난해 일자리 1,300개를 창출해 도내에서 가장 높은 실적을 올렸다.",
            {(1300, "개", "result")},
        ),
    ],
)
def test_shares_last_items_passives_and_rankings(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a measure is for is a goal
        (
            "정부는 올해 수소차 2만여 대 보급을 위해 대당 최대 3천만 원을 지원한다.",
            {(20000, "대", "goal")},
        ),
        (
            "군은 청년 일자리 350개 창출을 위한 조례를 만들었다.",
            {(350, "개", "goal")},
        ),
        # a noun-final item before a share of the goal is done, not planned
        (
            "구는 지난해 총 5,420개의 일자리를 창출, 목표 대비 112%의 실적을 달성했다.",
            {(5420, "개", "result"), (112, "%", "result")},
        ),
    ],
)
def test_purposes_and_items_before_a_share_of_the_goal(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decision said short (보급키로) is a plan
        (
            "도는 내년까지 수소버스 45대, 전기버스 120대를 보급키로 했다.",
            {(45, "대", "goal"), (120, "대", "goal")},
        ),
        # goals by deadline, one after another
        (
            "군은 2027년까지 귀농 가구 250가구, 2030년까지 700가구를 유치한다.",
            {(250, "가구", "goal"), (700, "가구", "goal")},
        ),
        (
            "시는 2026년까지 충전소 12개소를, 2030년까지 30개소를 설치할 계획이다.",
            {(12, "개소", "goal"), (30, "개소", "goal")},
        ),
        # a past level beside a deadline goal is not a goal
        (
            "시는 지난해 충전소 8개소를 설치했고, 2030년까지 30개소를 설치할 계획이다.",
            {(8, "개소", "result"), (30, "개소", "goal")},
        ),
    ],
)
def test_short_decisions_and_goals_by_deadline(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a joined verb two words after its object
        (
            "상담소는 반년 동안 모두 410명의 구직자를 알맞은 회사에 연결해 주고, 2,050명에게 "
            "직무 교육을 제공했다.",
            {(410, "명", "result"), (2050, "명", "result")},
        ),
        (
            "구는 올해 300명의 청년을 지역 기업에 연결해 일자리를 찾도록 도울 계획이다.",
            {(300, "명", "goal")},
        ),
        # items of a list with a note in brackets after their names
        (
            "기관은 기초(4주 과정) 48명, 심화(3개월 과정) 72명의 수료생을 배출했다.",
            {(48, "명", "result"), (72, "명", "result")},
        ),
    ],
)
def test_joined_verbs_further_on_and_items_with_notes(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people who 지원했다 as the subject applied
        ("시는 청년 80명을 뽑기로 했는데 여기에 1,200여 명이 지원했다.", {(80, "명", "goal")}),
        # a joined plan verb read by how the sentence ends
        (
            "도는 서류 심사로 450명을 선발하고 면접으로 120명을 최종 선발했다.",
            {(450, "명", "result"), (120, "명", "result")},
        ),
        (
            "구는 상반기에 40명을 선발하고 하반기에 40명을 더 뽑는다.",
            {(40, "명", "goal")},
        ),
        # a call for entries, told short
        ("청년 창업 지원사업 25명 선착순 모집", {(25, "명", "goal")}),
        ("마을 공동체 6개 팀 모집…다음 달 접수", {(6, "개", "goal")}),
        # teams and firms given something are recipients, not places
        (
            "구는 활동비 300만 원을 5개 팀에 지원하고, 컨설팅을 12개 기업에 제공한다.",
            {(5, "개", "goal"), (12, "개", "goal")},
        ),
        (
            "시는 지난해 주민 10명 안팎으로 꾸린 7개 팀에 강사료와 재료비, 상담 등을 지원했다.",
            {(7, "개", "result")},
        ),
        # places where a program runs stay places
        ("교육은 관내 복지관 4곳에서 진행한다.", set()),
    ],
)
def test_applicants_joined_plans_calls_and_recipients(text: str, expected: set) -> None:
    assert targets(text) == expected


def test_ever_is_no_harm() -> None:
    """사상 as 'ever' (사상 최다, 사상 처음으로) is not 사상 as casualties."""
    assert targets("올해 외국인 관광객은 사상 최다인 1,600만 명을 기록했다.") == {
        (16000000, "명", "result")
    }
    assert targets("이번 사고로 사상자 12명이 발생했다.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a prize earned by the work, said after the count's own verb
        (
            "군은 지난해 관광 일자리 1,450개를 새로 만들어 최우수상을 받았다.",
            {(1450, "개", "result")},
        ),
        # a prize said first is the count's: winners, not a result
        ("군수 표창을 받은 주민 12명이 참석했다.", set()),
        ("이번 평가에서 우수상 3곳이 상을 받았다.", set()),
    ],
)
def test_a_prize_after_the_work_does_not_undo_it(text: str, expected: set) -> None:
    assert targets(text) == expected


def test_a_quoted_ending_is_no_joined_verb() -> None:
    """`…한다고 밝혔다` reports what is said; the reporting verb's past is not the count's."""
    text = "시는 야간 진료소 3곳과 전담 병원 5곳의 운영을 시작한다고 25일 밝혔다."
    assert targets(text) == set()
    assert targets("구는 올해 어르신 일자리 1,200개를 만들고 돌봄 인력 300명을 채용했다.") == {
        (1200, "개", "result"),
        (300, "명", "result"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who a plan serves, counted per group in brackets
        (
            "올해 일자리 지원 대상을 나눠 보면 △청년층(12개 사업 380명) △신중년(9개 사업 420명) "
            "△노년층(3개 사업 1,900명)이다.",
            {(380, "명", "goal"), (420, "명", "goal"), (1900, "명", "goal")},
        ),
        (
            "모집 인원은 오전반(25명), 오후반(25명), 주말반(20명)이다.",
            {(25, "명", "goal"), (20, "명", "goal")},
        ),
        # a level a count is raised to, joined to the rest
        (
            "노인 일자리는 내년 12만 개까지 확대되어 올해보다 1만 개가 늘어난다.",
            {(120000, "개", "goal")},
        ),
        # with no word of a goal or a result, a bracketed list is a description
        ("대상별로는 청년(380명), 중장년(420명), 어르신(1,900명)이다.", set()),
    ],
)
def test_groups_served_in_brackets_and_levels_raised_to(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # entries of a contest advanced or picked, places designated by another body
        ("올해 혁신 경진대회에는 모두 9건의 사례가 결선에 진출했다.", set()),
        ("예선을 거친 40건을 대상으로 심사를 벌여 8건을 선정했다.", set()),
        ("시립도서관 등 3곳이 거점 학습관으로 지정됐다.", set()),
        ("구는 올해 돌봄 거점 6곳을 새로 지정했다.", {(6, "곳", "result")}),
        # categories named after a word or two
        ("평가는 안전, 복지 등 4개 정책 분야로 나눠 진행됐다.", set()),
        # a population counted
        ("동별 주민등록 인구는 지난달 기준 2,840명, 8,120명으로 집계됐다.", set()),
        # the ends of a range, and a level raised to
        ("수업은 반별로 8명에서 12명의 주민을 대상으로 열린다.", set()),
        ("구는 돌봄 인력을 지난해 8명에서 올해 15명으로 늘렸다.", {(15, "명", "result")}),
        # projects counted as a label, a compound, or a breakdown of tasks
        ("모집 인원은 9개 사업 860명이며, 20억 원이 투입된다.", {(860, "명", "goal")}),
        ("군은 연말까지 21개 공모사업을 추진해 국비를 확보할 계획이다.", set()),
        ("구는 30개 실행과제별 세부 계획을 세웠다.", set()),
        # bodies picked over the years, told as going on
        (
            "사업은 첫해 3곳을 시작으로 이듬해 6곳 등 모두 9곳을 선정해 진행하고 있다.",
            set(),
        ),
    ],
)
def test_contests_designations_populations_ranges_and_project_counts(
    text: str, expected: set
) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # done before, told as experience
        (
            "구는 상반기에도 저소득 가구를 대상으로 모두 52가구를 지원한 바 있다.",
            {(52, "가구", "result")},
        ),
        # homes to be improved or repaired are planned
        ("시는 올해 후원을 받아 35가구의 주거환경을 개선한다.", {(35, "가구", "goal")}),
        ("군은 하반기에 노후 주택 60가구를 수리할 계획이다.", {(60, "가구", "goal")}),
    ],
)
def test_experience_and_homes_improved(text: str, expected: set) -> None:
    assert targets(text) == expected
