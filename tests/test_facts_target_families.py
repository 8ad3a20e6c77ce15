"""Targets, the families of a fresh sample of real pages (goals, results, calls, plans).

Each family is tested with sentences of our own, in several wordings, and with the look-alikes it
must leave alone; no sentence is copied from a page.
"""

from __future__ import annotations

import pytest

from tests.facts_helpers import typed_targets

targets = typed_targets


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
            "도는 읍면동이 추천한 54명을 대상으로 서류와 면접 평가를 거쳐 30명을 선정할 계획이다.",
            {(30, "명", "goal")},
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


# --- results and goals said in ways the first rules missed ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people given help, in a clause naming the program that won a prize
        (
            "구는 청년 35명에게 창업을 지원한 ‘청년 가게 육성사업’으로 우수상을 받았다.",
            {(35, "명", "result")},
        ),
        (
            "시는 저소득 가구 1,200가구에게 난방비를 지급한 사업을 소개했다.",
            {(1200, "가구", "result")},
        ),
        ("구는 모범 공무원 5명에게 표창을 수여했다.", set()),
        # a goal beaten by a share, with a space before the verb
        (
            "당초 목표인 8,000개 대비 112% 초과 달성 했다.",
            {(8000, "개", "goal"), (112, "%", "result")},
        ),
        ("일자리 9,100개를 창출 했다.", {(9100, "개", "result")}),
        # any verb in its future form before a plan word
        ("군은 올해 일자리 4,800개를 새로 만들어낼 계획이다.", {(4800, "개", "goal")}),
        ("시는 청년 주택 600호를 더 지어낼 예정이다.", {(600, "호", "goal")}),
        # a level set as the goal
        ("군은 고용률 목표를 지난해보다 1%p 높은 71%로 세웠다.", {(71, "%", "goal")}),
        # a level that grew, its comparison told in many words
        (
            "알선 건수는 4천120건으로 지난해 같은 기간 센터의 알선 건수 1천900건보다 "
            "2천220건(117%)이 증가했다.",
            {(4120, "건", "result")},
        ),
        # a level raised by a passive, read by how the sentence ends
        (
            "청년 임대주택은 지난해 2천호에서 올해 3천호로 확대되고, 공급 지역도 늘어난다.",
            {(3000, "호", "goal")},
        ),
        ("돌봄 인력은 40명에서 65명으로 늘어나며 서비스 시간이 길어졌다.", {(65, "명", "result")}),
        # a level that grew, with an adverb before the verb
        ("취업 건수는 1천240건으로 대폭 늘어났다.", {(1240, "건", "result")}),
        ("상담 건수는 3,400건으로 크게 증가했다.", {(3400, "건", "result")}),
        # polite endings, as in broadcast scripts and blogs
        ("군은 청년 40명을 선정하여 1년간 영농 교육을 지원합니다.", {(40, "명", "goal")}),
        ("군은 지난해 청년 620명을 교육해 지역 기업에 연계했습니다.", {(620, "명", "result")}),
        # a planned quantity as the topic, with a note in brackets after it
        (
            "모집 인원은 총 150명(분야별 50명)이며, 접수는 다음 달까지다.",
            {(150, "명", "goal"), (50, "명", "goal")},
        ),
        ("선발 규모는 80명(센터당 20명)이다.", {(80, "명", "goal"), (20, "명", "goal")}),
        # bodies counted as who took part
        ("사업에는 31곳의 지방자치단체가 참여했습니다.", set()),
    ],
)
def test_results_and_goals_in_more_words(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- 이행률 : 83.5%", {(83.5, "%", "result")}),
        ("- 평균진행률 : 76.2%", {(76.2, "%", "result")}),
        ("○ 달성률(목표 대비 실적) : 104%", {(104, "%", "result")}),
        ("- 완료(계속 추진 포함) : 42개", {(42, "개", "result")}),
        ("공약 반영률이 41%에 그쳤다.", {(41, "%", "result")}),
        # not work done: a status, a goal rate, a statistic's rate
        ("- 정상추진 : 25개", set()),
        ("- 목표 취업률 : 70%", set()),
        ("- 참여율 : 73.1%", set()),
    ],
)
def test_a_rate_of_work_done_or_work_done_before_a_colon_is_a_result(
    text: str, expected: set
) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # parts opened by a breakdown's words stay within the total: one may be left out
        (
            "올해 참여자는 3,200명으로 늘린다. 유형별로 살펴보면, 공익형이 2,100명, "
            "서비스형이 700명, 시장형이 250명 등이다.",
            {(3200, "명", "goal"), (2100, "명", "goal"), (700, "명", "goal"), (250, "명", "goal")},
        ),
        (
            "구는 올해 일자리 5,000개를 만들 계획이다. 분야별로는 직접 일자리가 3,000개, "
            "직업훈련이 800개, 창업 지원이 300개다.",
            {(5000, "개", "goal"), (3000, "개", "goal"), (800, "개", "goal"), (300, "개", "goal")},
        ),
        # without the opening words, parts that fall short of the total are left alone
        (
            "올해 참여자는 3,200명으로 늘린다. 공익형 2,100명, 서비스형 700명이 지난해 참여했다.",
            {(3200, "명", "goal"), (2100, "명", "result"), (700, "명", "result")},
        ),
        # parts larger than the total are no parts of it
        (
            "구는 청년 500명을 지원한다. 지역별로 보면 동부가 1,200명, 서부가 900명이다.",
            {(500, "명", "goal")},
        ),
    ],
)
def test_parts_a_breakdown_opens_share_the_total_type(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a finding is a result when the count's own verb is work done, not a status
        (
            "올해 주요업무 가운데 52건을 완료하고 310건은 정상 추진되고 있는 것으로 나타났다.",
            {(52, "건", "result")},
        ),
        ("사업 기간 청년 1,340명이 참여한 것으로 집계됐다.", {(1340, "명", "result")}),
        ("구직 상담은 2,150건으로 나타났다.", {(2150, "건", "result")}),
        # turnout at a festival, however many words before the visit
        (
            "축제 기간 모두 18만 4천여 명의 관광객과 지역주민이 행사장을 찾은 것으로 집계됐다.",
            set(),
        ),
        # a share of people as the topic describes who came or answered
        ("축제에 만족해 다시 찾은 사람은 58%로 집계됐다.", set()),
        ("설문에 답한 주민은 72%로 나타났다.", set()),
        ("올해 취업률은 68%로 집계됐다.", {(68, "%", "result")}),
    ],
)
def test_findings_turnout_and_shares_of_people(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "국민평가단은 시·도별 5건씩 총 10건의 우수 사례를 선정했다.",
        "도는 12건의 최우수 사례를 뽑았다.",
        "군은 4곳의 우수기관을 선정했다.",
    ],
)
def test_winners_named_after_their_count_are_no_targets(text: str) -> None:
    assert targets(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("군은 하천 정비사업 등 6건, 42억원을 추가로 확보했다.", set()),
        ("신규 사업 27건을 포함해 총 310건 2900억원 규모 국비 사업을 발굴했다.", set()),
        # projects of work done for people are still counted
        ("지역 일자리 사업 2,300건을 지원했다.", {(2300, "건", "result")}),
        ("올해 상담 1,200건을 처리했다.", {(1200, "건", "result")}),
    ],
)
def test_projects_counted_in_geon_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "구는 올해 구민상 수상자 11명을 선정했다고 밝혔다.",
        "시는 심사를 거쳐 총 8명의 수상자를 확정했다.",
        "올해 입상팀은 모두 6팀이다.",
    ],
)
def test_winners_named_as_what_is_counted_are_no_targets(text: str) -> None:
    assert targets(text) == set()


def test_people_picked_into_a_program_are_still_counted() -> None:
    assert targets("구는 청년 일자리 참여자 25명을 선발했다.") == {(25, "명", "result")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("실업자는 군 지역이 전년보다 3천 명 늘어난 4만 1천 명으로 집계됐다.", set()),
        ("고용률은 시 지역이 0.4%p 내린 60.9%로 나타났다.", set()),
        # a rate of the work a city did, or aimed at, is still a target
        ("지난해 청년 고용률은 48.5%를 달성해 역대 최고를 기록했다.", {(48.5, "%", "result")}),
        ("올해 목표 고용률은 69.5%이다.", {(69.5, "%", "goal")}),
    ],
)
def test_labour_statistics_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("작년 귀농·귀촌가구는 31만 2천 가구로 전년보다 2.8% 늘었다.", set()),
        ("지난해 20대 귀농 가구는 1,100가구로 역대 최대치를 기록했다.", set()),
        ("지난해 귀촌인은 41만 명이었다.", set()),
        # households said to have come to a place are what it drew
        (
            "지난해 군으로 귀농·귀촌한 가구는 540가구로 전년보다 60가구 늘었다.",
            {(540, "가구", "result")},
        ),
    ],
)
def test_migration_statistics_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry's tally of households moving into new flats is a market statistic
        ("국토부에 따르면 다음 달 전국에서 2만 3,400가구가 입주할 예정이다.", set()),
        (
            "수도권은 10월 남부신도시(1,820가구) 등 9,310가구가 입주할 예정이다.",
            set(),
        ),
        ("입주 예정 아파트는 모두 4만 1,200세대로 집계됐다.", set()),
        # a supply said in the sentence stays a goal
        (
            "시는 청년 임대주택 480가구를 공급해 2027년부터 입주할 예정이다.",
            {(480, "가구", "goal")},
        ),
        ("공사는 올해 공공임대 5천 가구를 공급할 계획이다.", {(5000, "가구", "goal")}),
    ],
)
def test_households_moving_in_are_a_statistic(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "도는 두 기업이 공장을 지으면 일자리 140개가 새로 창출될 것이라고 밝혔다.",
            {(140, "개", "goal")},
        ),
        ("시는 이번 협약으로 최소 65명의 신규 일자리가 창출될 것으로 본다.", {(65, "명", "goal")}),
        (
            "시는 강소기업 4개사와 800억 원 규모, 210여 개 일자리 창출을 위한 협약을 맺었다.",
            {(210, "개", "goal")},
        ),
        ("입주 기업들은 공장을 짓고 230명을 신규 고용하게 된다.", {(230, "명", "goal")}),
        # created in the past stays a result
        ("군은 지난해 일자리 380개가 창출됐다고 밝혔다.", {(380, "개", "result")}),
    ],
)
def test_jobs_an_investment_is_expected_to_bring_are_goals(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("센터는 취업률 72%를 올해 목표로 세웠다.", {(72, "%", "goal")}),
        ("군은 일자리 2,400개를 내년 목표로 잡았다.", {(2400, "개", "goal")}),
        # a rate reached stays a result
        ("센터의 지난해 취업률은 72%를 기록했다.", {(72, "%", "result")}),
    ],
)
def test_a_goal_with_its_year_between_is_a_goal(text: str, expected: set) -> None:
    assert targets(text) == expected
