"""Targets (goal / result / count) and amounts, family by family of press-release sentences.

Each family has several sentences in different words and near-misses that must not match, so a
rule holds for the way Korean releases and regional papers write, not for one page.
"""

from __future__ import annotations

import pytest

from govreader.facts import extract
from govreader.model import Article, Fact, FactKind


def _facts(text: str, kind: FactKind) -> list[Fact]:
    found = [fact for fact in extract(Article(text=text)) if fact.kind == kind]
    for fact in found:
        assert text[fact.start : fact.end] == fact.text
    return found


def targets(text: str) -> set[tuple[float, str, str]]:
    """(value, unit, type) of every goal or result in `text`."""
    return {
        (f.fields["value"], f.fields["unit"], f.fields["type"])
        for f in _facts(text, FactKind.TARGET)
        if f.fields["type"] != "count"
    }


def counts(text: str) -> set[tuple[float, str]]:
    return {
        (f.fields["value"], f.fields["label"])
        for f in _facts(text, FactKind.TARGET)
        if f.fields["type"] == "count"
    }


def amounts(text: str) -> list[float]:
    return [f.fields["value"] for f in _facts(text, FactKind.AMOUNT)]


def _check(text: str, expected: set[tuple[float, str, str]]) -> None:
    assert targets(text) == expected


# --- a level raised from one number to another ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("시는 방문간호사를 현재 12명에서 내년 20명으로 늘린다.", {(20, "명", "goal")}),
        ("구는 돌봄센터를 지난해 8곳에서 올해 14곳으로 늘렸다.", {(14, "곳", "result")}),
        ("청년 인턴은 지난해 30명에서 올해 45명으로 확대했다.", {(45, "명", "result")}),
        (
            "군은 공영자전거를 지금의 1,500대에서 2027년까지 2,000대로 늘릴 계획이다.",
            {(2000, "대", "goal")},
        ),
        (
            "장애인콜택시 차량을 현재 40대에서 연말까지 48대로 늘려 대기시간을 줄이기로 했다.",
            {(48, "대", "goal")},
        ),
        ("지난해 210개였던 일자리를 올해 260개로 늘린다.", {(260, "개", "goal")}),
        ("인구는 2020년 5만 명에서 지난해 4만 6천 명으로 줄었다.", set()),
        ("순유출 인구는 2022년 3,100명에서 지난해 1,900명으로 크게 줄었다.", set()),
        ("지난해 태어난 아기는 1,812명으로 전년보다 6.3% 줄었다.", set()),
    ],
)
def test_a_level_raised_is_a_goal_or_a_result(text: str, expected: set) -> None:
    _check(text, expected)


# --- parts of a whole that reached something ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "청년 취업사관학교는 수료생 250명 가운데 188명이 취업에 성공했다.",
            {(250, "명", "result"), (188, "명", "result")},
        ),
        (
            "교육 참여자 95명 중 71명이 관내 기업에 채용됐다.",
            {(95, "명", "result"), (71, "명", "result")},
        ),
        (
            "과정은 수료생 300명을 배출했고, 이 가운데 214명이 지역 기업에 취업하는 성과를 거뒀다.",
            {(300, "명", "result"), (214, "명", "result")},
        ),
        (
            "지난해 참여한 장애인 가운데 38명은 사업 종료 후 민간 기업에 취업하는 데 성공했다.",
            {(38, "명", "result")},
        ),
        ("참여자 200명 가운데 여성이 120명이다.", set()),
        ("신청자 300명 가운데 250명을 선정할 계획이다.", {(250, "명", "goal")}),
        ("보기 1개를 묶어 3언더파를 적어낸 그는 역전에 성공했다.", set()),
    ],
)
def test_parts_of_a_whole_that_got_a_job_are_results(text: str, expected: set) -> None:
    _check(text, expected)


# --- surveys, breakdowns and grown levels ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "만족도 조사 결과 참여 주민의 87.5%가 서비스에 만족한다고 답했다.",
            {(87.5, "%", "result")},
        ),
        (
            "이용자 만족도 조사에서 응답자의 90.2%가 ‘다시 이용하겠다’고 응답했다.",
            {(90.2, "%", "result")},
        ),
        ("수강생 400명 가운데 93%가 교육에 만족했다고 답했다.", {(93, "%", "result")}),
        ("응답자의 42%가 주차 문제를 가장 큰 불편으로 꼽았다.", set()),
        ("65세 이상 인구 비율은 21.3%다.", set()),
        (
            "유형별로는 공공형 일자리가 3,200개, 사회서비스형이 1,150개, 시장형이 640개였다.",
            {(3200, "개", "result"), (1150, "개", "result"), (640, "개", "result")},
        ),
        (
            "사업별로 보면 청년 인턴이 120명, 신중년 일자리가 85명이었다.",
            {(120, "명", "result"), (85, "명", "result")},
        ),
        ("연령별로는 20대가 1,200명, 30대가 900명이었다.", set()),
        ("연령별로는 청년이 1,200명, 중장년이 900명이다.", set()),
        ("외국인 방문객은 6만 2천여 명으로 지난해보다 18% 늘었다.", {(62000, "명", "result")}),
        ("참가자는 3,400명으로 전년보다 크게 늘었다.", {(3400, "명", "result")}),
        ("관내 인구는 48만 명으로 지난해보다 2천 명 늘었다.", set()),
        ("방문객은 지난해보다 1,500명 늘었다.", set()),
    ],
)
def test_surveys_breakdowns_and_grown_levels_are_results(text: str, expected: set) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "이 사업으로 참여 점포 매출은 전년보다 15.2% 늘었고, 폐업률은 1.8%포인트 낮아졌다.",
            {(15.2, "%", "result"), (1.8, "%포인트", "result")},
        ),
        ("그 결과 골목상권 공실률은 3.4%p 낮아졌다.", {(3.4, "%p", "result")}),
        ("통계청 자료 기준 자영업 폐업률은 10.2%로 전년보다 0.6%p 올랐다.", set()),
        ("귀농 인구는 지난해보다 14.2% 증가했다.", set()),
    ],
)
def test_a_change_is_a_result_only_when_the_program_caused_it(text: str, expected: set) -> None:
    _check(text, expected)


# --- results said many ways --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("시는 올해 1,150가구의 집수리를 마쳤다.", {(1150, "가구", "result")}),
        ("책임관들은 산사태 위험지역 주민 420명을 미리 대피시켰다.", {(420, "명", "result")}),
        (
            "창업팀 35팀이 지원을 받아 이 가운데 29팀이 사업자 등록을 마쳤다.",
            {(35, "팀", "result"), (29, "팀", "result")},
        ),
        ("전기차 충전기는 지난해 말까지 1,860기가 설치됐다.", {(1860, "기", "result")}),
        (
            "교육에는 공직자 1,020명이 참여해 이수율 96.1%를 기록했다.",
            {(1020, "명", "result"), (96.1, "%", "result")},
        ),
        ("통학버스는 올해 1학기에만 학생 520명이 이용했다.", {(520, "명", "result")}),
        ("센터를 거쳐 취업한 시민은 10월 말까지 1,302명으로 집계됐다.", {(1302, "명", "result")}),
        ("컨설팅을 모두 1,730건 진행했으며 반응이 좋았다.", {(1730, "건", "result")}),
        ("위기 사례 24건을 조기에 발견해 복지 서비스와 연결했다.", {(24, "건", "result")}),
        ("시는 통학버스 4대를 운행했다.", set()),
        ("올해 상반기에만 청년 창업기업 57곳이 문을 열었다.", {(57, "곳", "result")}),
        ("기업 유치로 일자리 1,300개가 새로 생겼다.", {(1300, "개", "result")}),
        ("센터는 개소 이후 상담 4,200건을 처리했다.", {(4200, "건", "result")}),
        ("지난해 지원을 받은 청년은 642명이다.", {(642, "명", "result")}),
        ("지난해 말 기준 등록 장애인은 2만 4천여 명이다.", set()),
        ("시는 관내 12개 읍면동에서 설명회를 10차례 열었다.", set()),
        ("올해는 참여자를 200명 늘려 1,200명을 선발한다.", {(1200, "명", "goal")}),
        ("공모에는 전국 76개 지자체가 신청했다.", set()),
        ("시는 올해 마을 돌봄터 14곳을 새로 지정했다.", {(14, "곳", "result")}),
        ("시는 취약계층 1,200가구를 찾아 보일러와 전선을 점검했다.", {(1200, "가구", "result")}),
        ("구청장은 이날 경로당 3곳을 찾아 어르신들을 만났다.", set()),
        ("지난해 청년 공공임대주택 240호를 준공했다.", {(240, "호", "result")}),
    ],
)
def test_results_said_many_ways(text: str, expected: set) -> None:
    _check(text, expected)


# --- goals said many ways ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("올해는 상담 건수를 5천 건까지 늘릴 방침이다.", {(5000, "건", "goal")}),
        ("청년 행복주택 300호를 2028년까지 공급할 계획이다.", {(300, "호", "goal")}),
        ("공공임대주택은 150호 규모로 지을 예정이다.", {(150, "호", "goal")}),
        ("구는 2030년까지 충전기를 3천 기로 늘릴 계획이다.", {(3000, "기", "goal")}),
        ("상점가에는 활력 쿠폰 2만 장을 발행해 소비를 살릴 계획이다.", {(20000, "장", "goal")}),
        ("시는 민원 만족도를 2027년까지 95점으로 높인다는 계획이다.", {(95, "점", "goal")}),
        ("예비창업자 120팀을 발굴·육성할 계획이다.", {(120, "팀", "goal")}),
        (
            "도는 일자리 1만 5천 개를 창출해 고용률 70%를 달성하겠다고 밝혔다.",
            {(15000, "개", "goal"), (70, "%", "goal")},
        ),
        ("시는 2030년까지 생활인구를 20만 명으로 늘린다는 구상이다.", {(200000, "명", "goal")}),
        ("구는 내년까지 청년 창업기업 200곳을 육성한다는 계획이다.", {(200, "곳", "goal")}),
        ("제3호 안건을 처리했다.", set()),
        ("민선8기 공약을 점검했다.", set()),
        ("종합점수 94.2점으로 가장 높은 점수를 받았다.", set()),
        ("만족도 조사에서 100점 만점에 88.4점으로 나타났다.", {(88.4, "점", "result")}),
    ],
)
def test_goals_said_many_ways(text: str, expected: set) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- 관광 인력 양성 과정 : 수료생 취업률 70% 이상 목표", {(70, "%", "goal")}),
        (
            "시는 공약 이행률을 임기 안에 95% 이상으로 끌어올린다는 목표를 세웠다.",
            {(95, "%", "goal")},
        ),
        ("○ 내년 민원 수용률 80% 이상을 달성할 계획", {(80, "%", "goal")}),
        ("청년 고용률은 78.5%를 기록했다.", {(78.5, "%", "result")}),
        ("올해 목표는 취업자 500명이다.", {(500, "명", "goal")}),
        (
            "올해 목표는 참여 확대이며, 지난해 실적은 1,200명이다.",
            {(1200, "명", "result")},
        ),
        (
            "구의 감축 목표는 2018년 배출량 대비 2030년 35%, 2040년 60%다.",
            {(35, "%", "goal"), (60, "%", "goal")},
        ),
        (
            "시는 일자리 8천 개 창출과 고용률 65% 달성을 목표로 한다.",
            {(8000, "개", "goal"), (65, "%", "goal")},
        ),
        (
            "2027년까지 협동조합 120곳, 종사자 2천 명 달성을 목표로 정책을 이어간다.",
            {(120, "곳", "goal"), (2000, "명", "goal")},
        ),
    ],
)
def test_goals_named_by_their_measure_topic_or_neighbour(text: str, expected: set) -> None:
    _check(text, expected)


# --- goals and results measured against each other --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "참여자는 1,320명으로 목표한 1,000명을 크게 웃돌았다.",
            {(1320, "명", "result"), (1000, "명", "goal")},
        ),
        (
            "고용률은 64.8%로 목표치인 64%를 넘어섰다.",
            {(64.8, "%", "result"), (64, "%", "goal")},
        ),
        (
            "올해 목표로 잡은 6,000명을 웃도는 6,240명이 체험을 마쳤다.",
            {(6000, "명", "goal"), (6240, "명", "result")},
        ),
        (
            "시는 당초 목표였던 900가구를 넘어 1,020가구를 점검했다.",
            {(900, "가구", "goal"), (1020, "가구", "result")},
        ),
        (
            "○ 일자리 1만 2천 개 창출로 연간 목표(1만 1천 개) 105.3% 달성",
            {(12000, "개", "result"), (11000, "개", "goal"), (105.3, "%", "result")},
        ),
        (
            "올해 일자리 목표를 9,000개로 잡았으나 이미 9,350개를 만들어 목표의 104%를 달성했다.",
            {(9000, "개", "goal"), (9350, "개", "result"), (104, "%", "result")},
        ),
        ("일자리 창출 : 12,000개 (전년 목표 대비 800개 증가)", set()),
    ],
)
def test_goals_and_results_against_each_other(text: str, expected: set) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("○ 자치법규 규제 입증책임제 도입으로 조례·규칙 36건을 정비", {(36, "건", "result")}),
        ("○ 고용률 66.1% 기록, 전년보다 0.4%p 상승", {(66.1, "%", "result")}),
        (
            "- 중소기업 규제 애로 컨설팅 운영 (올해 42개 기업 참여)",
            {(42, "개", "result")},
        ),
        (
            "○ 주민 건의 98건 가운데 71건을 개선해 수용률 72.4%를 달성",
            {(71, "건", "result"), (72.4, "%", "result")},
        ),
    ],
)
def test_results_in_noun_ending_lines(text: str, expected: set) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- 신중년 일자리 : 퇴직 전문인력 45명 채용, 복지시설 배치", {(45, "명", "goal")}),
        ("○ 청년 창업 공간 입주기업 15개사 → 25개사", {(25, "개사", "goal")}),
        ("○ 고용률 : 64.0% / 취업자 수 : 9만 8천 명 유지", {(98000, "명", "goal")}),
        ("- 지난해 실적 : 청년 인턴 120명 채용", {(120, "명", "result")}),
        (
            "- 청년 일경험 사업 : 미취업 청년 90명에게 지역 기업 근무 기회 제공, 인건비 지원",
            {(90, "명", "goal")},
        ),
        ("○ 저소득 가구 450가구에 난방비 지원", {(450, "가구", "goal")}),
        (
            "○ 인턴 참여자 110명 중 82명이 정규직으로 채용돼 전환율 74.5%를 기록",
            {(110, "명", "result"), (82, "명", "result"), (74.5, "%", "result")},
        ),
        ("퇴직 전문인력 45명 채용, 복지시설 배치", set()),
    ],
)
def test_plan_bullets_ending_on_a_noun_are_goals(text: str, expected: set) -> None:
    _check(text, expected)


# --- counts that are no targets ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "관내 경로당 45곳에서 건강체조 교실을 운영한다.",
        "읍면동 행정복지센터 등 18곳에 급속충전기를 설치한다.",
        "관내 초·중학교 62개교에 지원하는 교육경비는 40억 원이다.",
        "이번 회기에는 조례안 9건과 동의안 2건을 처리할 예정이다.",
        "지난 감사에서 지적된 84건의 이행 여부를 점검할 계획이다.",
        "이번 평가에는 전국 226개 시군구가 참여했다.",
        "평가는 전국 243개 지방자치단체를 대상으로 진행됐다.",
        "시는 스마트공장 품질관리 등 5개 과정을 열어 교육했다.",
        "이번 평가는 전국 기초자치단체 226곳의 목표 공시와 달성도를 살폈다.",
        "회사는 매년 20∼30%의 성장세를 기록하고 있다.",
        "현장에는 전문인력 250여 명이 참여해 설계 검토를 하고 있다.",
    ],
)
def test_venues_agendas_and_evaluation_pools_are_no_targets(text: str) -> None:
    assert targets(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("다문화 학생을 위한 과정은 학교 12곳에서 연다.", {(12, "곳", "goal")}),
        ("연말까지 250곳에 스마트 기기를 보급할 계획이다.", {(250, "곳", "goal")}),
        ("공동주택 28개 단지에 차수판을 달았다.", {(28, "개", "result")}),
    ],
)
def test_places_planned_or_reached_are_targets(text: str, expected: set) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("시는 34개 일자리 사업을 추진할 계획이다.", {(34, "일자리 사업")}),
        ("구는 4대 분야 21개 과제를 추진해 왔다.", {(21, "과제")}),
        ("시는 2022년과 2023년 연속으로 우수기관에 이름을 올렸다.", set()),
    ],
)
def test_counted_plans_are_counts_never_goals(text: str, expected: set) -> None:
    assert counts(text) == expected
    assert targets(text) == set()


def test_numbers_of_another_municipality_are_neither_targets_nor_amounts() -> None:
    text = (
        "익산시(시장 김철수)는 올해 출산 가정 600가구를 지원할 계획이라고 밝혔다.\n"
        "셋째 아이에게는 1천만 원을 준다.\n"
        "김제시는 셋째 이상 출산 가정에 1,500만 원을 지급하고 있고, 1,200가구를 지원했다.\n"
        "익산시는 내년 지원 가구를 800가구로 늘릴 방침이다."
    )
    assert targets(text) == {(600, "가구", "goal"), (800, "가구", "goal")}
    assert amounts(text) == [10000000]


# --- amounts -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bound is a sum as written: the owner's labels keep it (`5억 원 이상의 일반 사업`).
        ("연 매출 3억 원 이하 소상공인에게 월 2만 원씩 적립금을 준다.", [300000000, 20000]),
        ("소득 월 250만 원 미만 가구에 1인당 30만 원을 지원한다.", [2500000, 300000]),
        ("그동안 50만 원에 그쳤던 장려금을 200만 원으로 올렸다.", [2000000]),
        ("다른 지자체 8곳은 각각 5천만 원의 특별교부세를 받는다.", []),
        (
            "시는 사업비 12억 원을 투입하고, 1인당 최대 100만 원 이내로 지원한다.",
            [1200000000, 1000000],
        ),
        # The sum a new one replaced (issue 13): only the change is money the story states now.
        ("청년 분야 예산은 지난해 48억 원에서 17억 원 늘었다.", [1700000000]),
        ("재산 2억 원 미만 가구가 대상이다.", [200000000]),
        ("공시가격 3억 원 이하 주택에 살면 월 20만 원을 받는다.", [300000000, 200000]),
        ("월 보수 250만 원 미만 근로자를 고용하면 월 80만 원을 지원한다.", [2500000, 800000]),
        ("종전 월 10만 원에 그쳤던 수당을 15만 원으로 올렸다.", [150000]),
        ("인근 타 지자체는 50만 원을 지원하고 있다.", []),
        ("다른 지역보다 10만 원 많은 금액이다.", [100000]),
    ],
)
def test_amounts_keep_bounds_and_leave_out_former_sums_and_others_money(
    text: str, expected: list[int]
) -> None:
    assert amounts(text) == expected


# --- round 2: families from unseen pages ----------------------------------------------------


# A result said with any finished verb right after the counted object, or through any joined
# verb (보급해, 사용해) whose sentence ends in the past; a plan through any joined verb whose
# sentence ends in a plan word.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("보건소 순회진료선은 섬을 돌며 1,900여 명을 진료했다.", {(1900, "명", "result")}),
        ("군은 올해 귀어 청년 14가구를 섬으로 불러들였다.", {(14, "가구", "result")}),
        ("축제는 외국인 관광객 1만 1,500여 명을 맞았다.", {(11500, "명", "result")}),
        ("센터는 올해 구직자 624명의 재취업을 이끌어냈다.", {(624, "명", "result")}),
        (
            "행사장에서는 다회용기 6만 2천여 개를 사용해 쓰레기를 크게 줄였다.",
            {(62000, "개", "result")},
        ),
        (
            "구는 일자리 1만 2천 개를 만들고, 신규 인력도 더 뽑을 방침이다.",
            {(12000, "개", "goal")},
        ),
        (
            "군은 어르신 1,140명에게 맞춤형 돌봄 서비스를 연계했다고 밝혔다.",
            {(1140, "명", "result")},
        ),
        (
            "시는 선수단 연인원 25만 명을 유치한 데 이어 새 대회도 열었다.",
            {(250000, "명", "result")},
        ),
    ],
)
def test_any_finished_or_joined_verb_after_the_object(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "시는 영어 등 4개 언어로 안내 책자를 새로 만들어 배포했다.",
        "구는 청년과 학부모 200여 명을 초청해 설명회를 연다.",
        "문화 공간을 두 면에 1곳씩 추가로 조성하고 지원도 이어간다.",
        "평가에서는 최우수상 1곳, 우수상 3곳, 장려상 5곳을 선정했다.",
        "도는 인천시 등 4곳을 최우수기관으로, 5곳을 우수기관으로 각각 선정했다.",
        "군은 주민 30명을 대상으로 교육을 실시했다.",
        "군은 관련 기관 5곳을 비롯해 여러 단체와 협약을 맺었다.",
    ],
)
def test_means_guests_rates_and_grades_are_not_targets(text: str) -> None:
    assert targets(text) == set()


# A served group as topic: `이용객은 3만 8천여 명에 이른다`; a raised level: `1,050명까지 늘렸고`.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10월 말까지 이용객은 3만 8천여 명에 이른다.", {(38000, "명", "result")}),
        ("올해 작은도서관 이용객은 12만 명에 달한다.", {(120000, "명", "result")}),
        ("이들이 올해 찾아낸 위기가구는 3,412가구에 달한다.", {(3412, "가구", "result")}),
        ("군은 명예사회복지공무원을 1,050명까지 늘렸고 활동비도 올렸다.", {(1050, "명", "result")}),
        (
            "인사 우대를 받은 공무원은 1,326명으로, 지난해보다 14.2% 늘었다.",
            {(1326, "명", "result")},
        ),
        (
            "올해는 112명이 참여해 이 중 87명이 계속 일하고 있다.",
            {(112, "명", "result"), (87, "명", "result")},
        ),
        (
            "지난해 과정을 마친 48명 중 35명이 관내 기업에 취업했다.",
            {(48, "명", "result"), (35, "명", "result")},
        ),
    ],
)
def test_served_groups_and_raised_levels(text: str, expected: set[tuple[float, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "지난해 말 기준 등록 장애인은 2만 4천여 명에 이른다.",
        "군의 인구는 5만 명에 달한다.",
    ],
)
def test_statistics_as_topic_are_not_results(text: str) -> None:
    assert targets(text) == set()


# Goals for next year: a level to raise to, a purpose (참여하도록), a list sharing its plan.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "행안부는 내년에 이 인원을 1,500명 이상으로 늘리는 것을 목표로 삼았다.",
            {(1500, "명", "goal")},
        ),
        ("시는 입주공간을 현재 30실에서 60실로 늘리고 예산도 늘린다.", {(60, "실", "goal")}),
        (
            "교실을 열어 어린이 600명이 참여하도록 하고 투어버스도 운영할 예정이다.",
            {(600, "명", "goal")},
        ),
        (
            "구는 월세 지원 1,500명, 이자 지원 600가구, 이사비 지원 800명에게 혜택을 줄 계획이다.",
            {(1500, "명", "goal"), (600, "가구", "goal"), (800, "명", "goal")},
        ),
        ("군은 올해 일자리 목표로 잡았던 1,000개를 넘어섰다.", {(1000, "개", "goal")}),
        ("시는 내년 수소 시내버스 300대를 새로 투입하고 충전소도 짓는다.", {(300, "대", "goal")}),
    ],
)
def test_goals_for_next_year(text: str, expected: set[tuple[float, str, str]]) -> None:
    _check(text, expected)


# Vehicles counted in 대 are goals and results alike.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("시는 내년 무공해차 4만 2천 대를 보급할 계획이다.", {(42000, "대", "goal")}),
        (
            "올해 10월까지 전기차 3만 1,207대를 보급해 목표의 89%를 달성했다.",
            {(31207, "대", "result"), (89, "%", "result")},
        ),
        ("전기이륜차 6,000대를 보급한다.", {(6000, "대", "goal")}),
        ("구는 올해 수소 시내버스 120대를 도입했다.", {(120, "대", "result")}),
        ("전기차는 올해 3만 1,207대를 보급했다.", {(31207, "대", "result")}),
        ("수소차 보급 실적은 1,200대로 집계됐다.", {(1200, "대", "result")}),
        ("구는 내년 전기 청소차 12대를 도입할 예정이다.", {(12, "대", "goal")}),
    ],
)
def test_vehicles(text: str, expected: set[tuple[float, str, str]]) -> None:
    _check(text, expected)


def test_vehicle_counter_is_not_an_age() -> None:
    assert targets("전기차를 산 60대 주민 30명이 보조금을 받았다.") == {(30, "명", "result")}
    assert targets("차로 30분 거리에 있는 20대 청년 12명이 창업했다.") == {(12, "명", "result")}
    assert targets("1차 추경에서 50대 남성 3명을 채용했다.") == {(3, "명", "result")}


# 개조식 result lines: items under a heading that says what they are, `N명(목표 M명)`.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "분야별 서비스 연계 실적\n\n○ (방문의료) 집으로 찾아가는 ‘방문진료’ : 412명\n\n"
            "○ (주거) ‘안심 주거 개선’ : 94가구\n\n○ (이동) ‘동행 택시’ : 누적 2,300회",
            {(412, "명", "result"), (94, "가구", "result"), (2300, "회", "result")},
        ),
        (
            "올해 주요 성과\n- 방문진료 412명\n- 도시락 배달 530명\n- 주거 개선 94가구",
            {(412, "명", "result"), (530, "명", "result"), (94, "가구", "result")},
        ),
        (
            "내년 추진 계획\n· 코디네이터 5명\n· 거점 센터 3곳",
            {(5, "명", "goal"), (3, "곳", "goal")},
        ),
        (
            "○ 통합돌봄 서비스 연계 1,140명(목표 1,000명)",
            {(1140, "명", "result"), (1000, "명", "goal")},
        ),
    ],
)
def test_list_lines_under_a_heading(text: str, expected: set[tuple[float, str, str]]) -> None:
    _check(text, expected)


def test_list_lines_without_a_heading_stay_unread() -> None:
    assert targets("주요 내용\n- 방문진료 412명\n- 도시락 530명") == set()
    assert targets("부서별 인원 현황은 다음과 같다.\n- 복지과 12명") == set()


# Two counts sharing one verb through a bare noun; a whole and its part do not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("올해 214개 기업 638명이 지원을 받았다.", {(214, "개", "result"), (638, "명", "result")}),
        (
            "지난해 12개 학교 1,300명이 교육을 마쳤다.",
            {(12, "개", "result"), (1300, "명", "result")},
        ),
        (
            "민선8기 공약 88개 가운데 80개를 완료했다.",
            {(80, "개", "result")},
        ),
        ("참여자를 200명 늘려 1,200명을 선발한다.", {(1200, "명", "goal")}),
    ],
)
def test_pairs_sharing_a_verb(text: str, expected: set[tuple[float, str, str]]) -> None:
    _check(text, expected)


# Volumes counted in 회 / 차례 are results; frequencies and schedules are not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("지난해 4만 1,200여 차례 방문 서비스를 제공했다.", {(41200, "차례", "result")}),
        ("올해 상담을 모두 1,530회 진행했다.", {(1530, "회", "result")}),
        ("도시락을 주 3회 배달했다.", set()),
        ("읍면동을 돌며 설명회를 12차례 열었다.", set()),
    ],
)
def test_times_as_volume(text: str, expected: set[tuple[float, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "시장은 경로당 5곳을 방문했다.",
        "군은 2곳을 후보지로 검토했다.",
        "구는 관계자 50명에게 감사패를 전달했다.",
        "시는 공무원 30명을 투입해 현장을 점검한다.",
        "시는 민원 3건을 처리하지 못했다.",
        "군은 심사위원 7명을 위촉했다.",
        "2014년에는 출생아가 2,500명을 넘었다.",
    ],
)
def test_finished_verbs_that_achieve_nothing(text: str) -> None:
    assert targets(text) == set()


# Turnout at an event or a meeting is not what a program achieved, as the real pages' labels
# count it; people served by a program (교육, 놀이터) still are.
@pytest.mark.parametrize(
    "text",
    [
        "박람회에는 기업 80곳과 구직자 1,900여 명이 다녀갔다.",
        "빛축제는 두 달 동안 73만 명의 관람객을 모았다.",
        "이번 축제에는 사흘간 관광객 15만여 명이 몰렸다.",
        "이날 축제에는 관광객 150여 명이 참석했다.",
        "발대식에는 자원봉사자 300명이 참가했다.",
        "간담회에는 주민 30명이 참석했다.",
        "시상식에는 수상 기관 관계자 등 120여 명이 참석했다.",
        "이번 훈련에는 소방서와 경찰서 등 관계기관 150여 명이 참여할 예정이다.",
        "지난 주말 폐막한 음식 축제에 40만 명이 다녀간 것으로 집계됐다.",
        "모래축제에는 나흘간 모두 98만 명이 다녀간 것으로 집계됐다.",
        "기념식은 유공자와 주민 300명이 참석한 가운데 열렸다.",
        "이번 대회에는 전국 24개 팀이 참여한다.",
        "박람회에는 기업 70곳이 참여해 구직자와 상담했다.",
    ],
)
def test_turnout_at_an_event_is_not_a_target(text: str) -> None:
    assert targets(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "교육에는 공직자 1,020명이 참여해 이수율 96.1%를 기록했다.",
            {(1020, "명", "result"), (96.1, "%", "result")},
        ),
        ("‘아빠랑 주말놀이터’에는 올해 310가족이 참여했다.", {(310, "가족", "result")}),
        ("올해 축제 관광객 목표는 50만 명이다.", {(500000, "명", "goal")}),
    ],
)
def test_people_a_program_served_are_still_targets(text: str, expected: set) -> None:
    _check(text, expected)


# Bodies or places picked and bodies counted (winners, operators, participants in a scheme) are
# not targets; a plan to pick them is a goal, and people picked into a program are served.
@pytest.mark.parametrize(
    "text",
    [
        "고용노동부는 올해 사업을 맡을 운영기관 31곳을 선정했다고 밝혔다.",
        "전국 12개 자치단체가 올해 혁신 우수기관으로 뽑혔다.",
        "재단은 심사를 거쳐 사회적기업 20곳을 선정해 컨설팅을 지원했다.",
        "도는 지난달 시범지구 3개소를 선정했으며, 이번에 2개소를 추가로 선정했다.",
        "성과가 뛰어난 14개 단체를 선정했다.",
        "정부는 서울시를 제외한 120개 기초자치단체가 이 제도에 참여하기로 했다고 밝혔다.",
    ],
)
def test_bodies_picked_or_counted_are_not_targets(text: str) -> None:
    assert targets(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("도는 내년 시범마을 5곳을 선정해 집중 지원할 계획이다.", {(5, "곳", "goal")}),
        ("올해는 청년농 38명이 이 사업에 선정돼 정착금을 받았다.", {(38, "명", "result")}),
        (
            "2030년까지 이 모델을 80개 지방정부로 넓히는 것을 목표로 한다.",
            {(80, "개", "goal")},
        ),
    ],
)
def test_picking_planned_or_people_picked_are_targets(text: str, expected: set) -> None:
    _check(text, expected)


# A counted plan carried out or owning a measure is a count; the share of a goal reached is a
# result, and the count in brackets after it is the same figure.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("군은 5개 분야에 걸쳐 32개 실행과제를 추진하고 해마다 점검한다.", set()),
        ("시는 12개 핵심과제를 마련해 내년부터 시행한다.", set()),
        (
            "42개 사업의 상반기 실적은 목표의 87%(3,120명)를 달성했다.",
            {(87, "%", "result"), (3120, "명", "result")},
        ),
        ("공공 일자리는 연간 목표의 62%를 채웠다.", {(62, "%", "result")}),
        ("구는 올해 15개 사업을 선정할 계획이다.", {(15, "개", "goal")}),
    ],
)
def test_plans_carried_out_and_shares_of_a_goal(text: str, expected: set) -> None:
    _check(text, expected)


def test_a_figure_told_again_is_one_target() -> None:
    text = (
        "구는 올해 일자리 1만 2천 개를 창출할 계획이다. 구청장은 일자리 1만 2천 개를 만들겠다고 "
        "강조했다. 사업별로는 청년 일자리 300개, 노인 일자리 300개를 만들 계획이다."
    )
    found = [
        (f.start, f.fields["value"]) for f in _facts(text, FactKind.TARGET) if f.fields["value"] > 0
    ]
    assert [value for _, value in found] == [12000, 300, 300]
    assert found[0][0] == text.index("1만 2천")


# Breakdowns: each item named before its count shares the type of the total or the verb that
# closes the list; a planned quantity as the topic (모집 인원은, 지원 규모는, 사업량은) is a goal.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "모집 인원은 A형 40명(전일제 25명, 시간제 15명), B형 60명 등 모두 100명이다.",
            {
                (40, "명", "goal"),
                (25, "명", "goal"),
                (15, "명", "goal"),
                (60, "명", "goal"),
                (100, "명", "goal"),
            },
        ),
        (
            "구는 공공 부문에서 1,200명, 직업훈련 부문 300명, 중소기업 육성자금 융자 등 고용 장려 "
            "부문 150명으로 올해 목표치를 정했다.",
            {(1200, "명", "goal"), (300, "명", "goal"), (150, "명", "goal")},
        ),
        (
            "분야별 공급계획은 공공 일자리 800명, 고용서비스 420건과 기업 유치 등 180건에 총 "
            "1,400건이다.",
            {(800, "명", "goal"), (420, "건", "goal"), (180, "건", "goal"), (1400, "건", "goal")},
        ),
        ("지원 규모는 15개 기업 40명 정도이다.", {(15, "개", "goal"), (40, "명", "goal")}),
        ("사업량은 총 30개 분야, 45곳이다.", {(45, "곳", "goal")}),
        (
            "관광객 유치 목표를 내국인 300만 명, 외국인 20만 명으로 정했다.",
            {(3000000, "명", "goal"), (200000, "명", "goal")},
        ),
        (
            "분야별로는 돌봄 412명, 주거 94가구, 의료 230명을 지원했다.",
            {(412, "명", "result"), (94, "가구", "result"), (230, "명", "result")},
        ),
        ("지난해 1,200명, 올해 1,500명을 지원할 계획이다.", {(1500, "명", "goal")}),
    ],
)
def test_breakdowns_and_planned_quantities(text: str, expected: set) -> None:
    _check(text, expected)


# Verbs and shapes the real pages use: a goal named in quotes, a goal beaten by a share, a formal
# present (지원합니다), jobs that came about (생겨나), vehicles caught, who a program will serve, a
# notice's call, tonnes, effects expected by a deadline, a level set as the goal.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("군은 ‘청년 일자리 3천 개 창출’을 목표로 전담 부서를 만들었다.", {(3000, "개", "goal")}),
        (
            "임기 안에 취업자 수 2만 명 증가라는 ‘일자리 도시’를 최종 목표로 정했다.",
            {(20000, "명", "goal")},
        ),
        (
            "공공일자리 1,800개를 창출해 목표치를 12% 초과 달성했다.",
            {(1800, "개", "result"), (12, "%", "result")},
        ),
        (
            "내년에는 올해보다 150명 늘어난 1,320명의 노인 일자리를 지원합니다.",
            {(1320, "명", "goal")},
        ),
        ("사업 첫해에만 일자리 4천 개가 생겨나 고용률이 올랐다.", {(4000, "개", "result")}),
        ("단속 시스템으로 운행정지 차량 210대를 적발했다.", {(210, "대", "result")}),
        ("올해는 도비를 확보해 청년 150명을 대상으로 사업을 펼친다.", {(150, "명", "goal")}),
        (
            "1기 사업은 18가정 25명의 자녀를 대상으로 진행되며 매달 점검할 계획이다.",
            {(18, "가정", "goal"), (25, "명", "goal")},
        ),
        ("만 39세 이하 청년 40명, 다음 달 10일까지 모집", {(40, "명", "goal")}),
        ("올해 탄소 감축 목표량을 4만2천t으로 잡았다.", {(42000, "t", "goal")}),
        ("지난해에는 3만9천t을 감축해 목표를 넘겼다.", {(39000, "t", "result")}),
        (
            "2035년까지 방문객 1천만 명, 관광 수입 2조 원, 고용 창출 8천 명이 기대된다.",
            {(10000000, "명", "goal"), (8000, "명", "goal")},
        ),
        (
            "도는 내년 관광객 유치 목표를 올해보다 20만 명 많은 380만 명으로 설정했다.",
            {(3800000, "명", "goal")},
        ),
        ("군은 주민 30명을 대상으로 교육을 실시했다.", set()),
        ("관내 업체 50곳이 행사에 참여하는 데 그쳤다.", set()),
    ],
)
def test_goal_and_result_shapes_of_real_pages(text: str, expected: set) -> None:
    _check(text, expected)


# Counts that are no achievement: programs counted as the topic, estimates, staff a program runs.
@pytest.mark.parametrize(
    "text",
    [
        "이에 따라 내년도 국도비 사업은 318개로 편성돼 올해보다 12개 늘었다.",
        "지난달 폐막한 불꽃 축제에 120만 명 넘는 관광객이 다녀간 것으로 추정된다.",
        "방문객은 640여 명으로 추산됐다.",
        "무더위 쉼터 120곳과 안전 도우미 40여 명을 운영하는 등 대응에 나선다.",
    ],
)
def test_program_counts_estimates_and_staff_are_not_targets(text: str) -> None:
    assert targets(text) == set()


# Parts that add up to a total share its type, in the total's sentence or the next one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "구는 내년 노인 일자리 1,320개를 제공한다. 공익형 1,100개, 시장형 180개, 파견형 40개 "
            "등이다.",
            {(1320, "개", "goal"), (1100, "개", "goal"), (180, "개", "goal"), (40, "개", "goal")},
        ),
        (
            "환경정비 등 40개 사업에 610명, 돌봄 등 5개 사업에 90명, 총 45개 사업에 700명이 "
            "배치됐다.",
            {(610, "명", "result"), (90, "명", "result"), (700, "명", "result")},
        ),
        (
            "올해 채용 목표 인원을 500명으로 정했다. 공공근로 2백여 명, 지역공동체 290명을 "
            "기준으로 추진한다.",
            {(500, "명", "goal"), (200, "명", "goal"), (290, "명", "goal")},
        ),
        (
            "올해 1,000명을 채용할 계획이다. 지난해에는 청년 300명, 중장년 450명이었다.",
            {(1000, "명", "goal")},
        ),
    ],
)
def test_parts_adding_up_to_a_total_share_its_type(text: str, expected: set) -> None:
    _check(text, expected)


# A level against its goal is a result; a level aimed at (높여 잡았다) a goal; places a plan
# runs in (군·구에서 추진할 계획) are venues, places it opens (학교 12곳에서 연다) a goal.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "구가 지난해 만든 일자리는 ▲직접 일자리 4,100개 ▲직업훈련 300개 ▲창업지원 45개까지 "
            "총 4,445개로 공시 목표 4,000개 대비 111% 달성했다.",
            {
                (4100, "개", "result"),
                (300, "개", "result"),
                (45, "개", "result"),
                (4445, "개", "result"),
                (4000, "개", "goal"),
                (111, "%", "result"),
            },
        ),
        ("올해는 72개 세부사업에 일자리 6,200개로 높여 잡았다.", {(6200, "개", "goal")}),
        ("이 사업은 8개 군·구에서 추진할 계획이다.", set()),
        ("청소년 과정은 도서관 9곳에서 새로 연다.", {(9, "곳", "goal")}),
    ],
)
def test_levels_against_or_aimed_at_a_goal(text: str, expected: set) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "공익형은 10개 사업에 610명, 시장형 사업은 84명, 파견형은 16명 등 총 710명이 참여한다.",
            {(610, "명", "goal"), (84, "명", "goal"), (16, "명", "goal"), (710, "명", "goal")},
        ),
        (
            "입주 기업 320개사는 매출 410억 원을 올렸으며 고용 1,150명을 창출했다.",
            {(1150, "명", "result")},
        ),
    ],
)
def test_who_takes_part_and_a_count_as_the_topic(text: str, expected: set) -> None:
    _check(text, expected)


# Staff and volunteers who take part or go out are a program's means; staff hired are a goal.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("동 복지통장 410명과 자원봉사자 820명이 참여해 고시원과 쪽방을 점검했다.", set()),
        ("공무원 등 120명이 위험지역을 찾아가 안전 상태를 살필 예정이다.", set()),
        ("현장에는 전문인력 250여 명이 참여해 설계 검토를 하고 있다.", set()),
        ("구는 이번 점검으로 위기가구 180가구를 발굴했다.", {(180, "가구", "result")}),
        ("- 신중년 일자리 : 퇴직 전문인력 45명 채용, 복지시설 배치", {(45, "명", "goal")}),
    ],
)
def test_staff_who_take_part_are_means(text: str, expected: set) -> None:
    _check(text, expected)


# A count barred by its own clause (agenda items, audit findings) takes no type from the list
# or the total beside it.
@pytest.mark.parametrize(
    "text",
    [
        "이번 임시회에서는 조례안 9건, 동의안 4건 등 모두 13건을 처리했다.",
        "구의회는 행정사무감사에서 시정 요구 31건, 건의 17건 등 48건을 지적했다.",
    ],
)
def test_barred_counts_take_no_type_from_their_list(text: str) -> None:
    assert targets(text) == set()


# What a thing spans (the world, countries, the nation) is its reach, not a goal; a level of
# countries to reach is one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("연구원은 국내 기업 900여 곳과 전 세계 120여 개 국가의 인증 업무를 맡고 있다.", set()),
        ("이번 박람회에는 27개국 바이어가 참가한다.", set()),
        ("올해 40개 나라의 선수 500명을 초청해 대회를 연다.", set()),
        ("수출국을 현재 12개국에서 2030년까지 25개국으로 늘린다.", {(25, "개국", "goal")}),
    ],
)
def test_the_reach_of_a_thing_is_not_a_goal(text: str, expected: set) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("군은 올해 일자리 창출 목표치 81%를 조기 달성했다.", {(81, "%", "result")}),
        (
            "시장은 임기 내 고용률 64.5% 달성, 일자리 2만 개 창출 목표를 밝혔다.",
            {(64.5, "%", "goal"), (20000, "개", "goal")},
        ),
        ("고용률은 64.8%로 목표치인 64%를 넘어섰다.", {(64, "%", "goal"), (64.8, "%", "result")}),
    ],
)
def test_shares_of_a_goal_and_goals_listed_noun_final(text: str, expected: set) -> None:
    _check(text, expected)


# Calls and complaints received are demand, a statistic; a rate is no count.
@pytest.mark.parametrize(
    "text",
    [
        "소방본부는 ‘상반기 119신고’ 건수가 9만 4천건으로 집계됐다고 밝혔다.",
        "유형별로는 △화재 신고 2,100건 △구조 신고 3,800건 △구급 신고 2만1천건 등이다.",
        "하루 평균 3분에 1건꼴로 신고가 들어왔다.",
    ],
)
def test_demand_and_rates_are_not_targets(text: str) -> None:
    assert targets(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("구는 올해 12곳의 동네 학습터를 발굴하고 38개의 프로그램을 기획했다.", {(38, "프로그램")}),
        ("이번 학기는 5개 분야, 총 48개 강좌로 꾸려졌다.", {(48, "강좌")}),
        ("내년 노인일자리는 31개의 사업이 운영된다.", {(31, "사업")}),
    ],
)
def test_programs_and_courses_counted_are_counts(text: str, expected: set) -> None:
    assert counts(text) == expected
    assert not {value for value, _, _ in targets(text)} & {value for value, _ in expected}


# Places run and staff placed are means; harm is no achievement; places opened are.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("군은 임시주차장 6곳과 순환 셔틀버스를 운영했지만 정체가 이어졌다.", set()),
        ("무더위쉼터 177개소를 운영했다.", set()),
        ("지난여름 고수온으로 양식장 29곳이 피해를 입었다.", set()),
        ("시는 사회복지직 공무원 6명을 배치해 코디네이터를 돕게 할 방침이다.", set()),
        ("구는 올해 경로당 12곳을 새로 열어 운영했다.", {(12, "곳", "result")}),
        ("내년에 경로당 5곳을 새로 열어 운영한다.", {(5, "곳", "goal")}),
    ],
)
def test_places_run_staff_placed_and_harm(text: str, expected: set) -> None:
    _check(text, expected)


# Houses counted in 채, and plans said in the passive present (공급되고, 조성된다).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("올해 4만 2천호의 공공임대주택이 공급되고, 주거급여도 늘어난다.", {(42000, "호", "goal")}),
        (
            "시는 지난해 목표였던 1,200채를 넘겨 1,350채를 공급했다. 청년층에 500채, 신혼부부 "
            "850채 등이다.",
            {
                (1200, "채", "goal"),
                (1350, "채", "result"),
                (500, "채", "result"),
                (850, "채", "result"),
            },
        ),
        ("그대로 둔 채 떠났다.", set()),
        ("올해 공익수당은 1만 3,100농어가에 지급했다.", {(13100, "농어가", "result")}),
        ("내년에는 9천 농가에 공익수당을 지급할 계획이다.", {(9000, "농가", "goal")}),
    ],
)
def test_houses_and_passive_plans(text: str, expected: set) -> None:
    _check(text, expected)


# Round-1 rules that no page exercised, pinned here by their families.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("행사에는 1천 명이 넘는 주민이 몰렸다.", set()),
        ("재생에너지 비중은 지난해 12%를 기록했다.", set()),
        ("관내 인구는 48만 명으로 지난해보다 1.2% 늘었다.", set()),
    ],
)
def test_turnout_rough_counts_shares_and_statistics(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("상반기에만 1,050건의 상담이 이뤄졌다.", {(1050, "건", "result")}),
        ("올해 안에 공공 와이파이 200곳을 추가로 구축한다.", {(200, "곳", "goal")}),
        ("2028년까지 충전기 3,000기를 설치하겠다고 밝혔다.", {(3000, "기", "goal")}),
        ("군은 일자리 500개를 만들겠다고 밝혔다.", {(500, "개", "goal")}),
        ("읍면동 15곳을 순회하며 설명회를 연다.", set()),
        ("이번 사고로 3명의 사상자가 발생했다.", set()),
    ],
)
def test_promises_passives_and_tours(text: str, expected: set[tuple[float, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "시는 이날 총 3건의 안건을 가결했다.",
        "의회는 조례안 등 15건을 원안 가결했다.",
        "위원회는 4건의 청원을 채택했다.",
        "구는 직원 2명을 징계했다.",
    ],
)
def test_council_business_is_not_a_target(text: str) -> None:
    assert targets(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "올해 주요 성과는 다음과 같다.\nㅇ 방문 상담 1,240건\nㅇ 취업 연계 : 312명\n\n"
            "2027년 목표\n1) 일자리 1,500개\n2) 취업자 400명",
            {
                (1240, "건", "result"),
                (312, "명", "result"),
                (1500, "개", "goal"),
                (400, "명", "goal"),
            },
        ),
        (
            "주요 추진 과제\n① 청년 일자리\n- 일경험 150명\n② 지난해 성과\n- 취업 연계 312명",
            {(150, "명", "goal"), (312, "명", "result")},
        ),
    ],
)
def test_list_markers_and_numbered_sections(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    _check(text, expected)


def test_a_count_in_a_sentence_about_a_neighbouring_city_is_not_the_story_s() -> None:
    text = (
        "고흥군은 올해 섬 주민 300명에게 식수를 공급했다고 밝혔다.\n\n"
        "인근 여수시는 올해 청년 500명을 채용했다."
    )
    assert targets(text) == {(300, "명", "result")}


def test_a_story_of_several_bodies_keeps_each_body_s_figures() -> None:
    """A ministry's story of the year's winners tells each one's figures; a province among them
    (`전남도는 …`) is one of the story's subjects, not context."""
    text = (
        "노동부는 올해 일자리 대상 수상 기관을 발표했다.\n\n"
        "대상을 받은 고흥군은 지난해 일자리 2,100개를 만들었다.\n\n"
        "전남도는 지난해 기업 85곳을 유치해 일자리 3,400개를 창출했다."
    )
    assert targets(text) == {
        (2100, "개", "result"),
        (85, "곳", "result"),
        (3400, "개", "result"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "행정안전부(장관 윤호중)는 올해 1,200명을 채용했다.\n\n행안부는 내년 1,500명으로 늘린다.",
        "- 5곳 선정\n\n보건복지부는 올해 1,200명을 채용했다.\n\n복지부는 내년 1,500명으로 늘린다.",
        "경기도는 올해 청년 1,200명을 채용했다.\n\n경기도는 내년 1,500명으로 늘릴 계획이다.",
    ],
)
def test_a_story_led_by_the_government_or_a_province_keeps_its_numbers(text: str) -> None:
    assert targets(text) == {(1200, "명", "result"), (1500, "명", "goal")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("군은 올해 귀농귀촌인 1,024명을 유치하는 성과를 거뒀다.", {(1024, "명", "result")}),
        ("기업 12곳을 유치하는 실적을 올렸다.", {(12, "곳", "result")}),
        ("내년에는 기업 20곳을 유치하는 것이 목표다.", {(20, "곳", "goal")}),
    ],
)
def test_an_achievement_named_after_the_verb(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("시는 2027년까지 공공 일자리 3천 개를 마련하기로 했다.", {(3000, "개", "goal")}),
        ("구는 공유 자전거 500대를 추가 배치했다.", {(500, "대", "result")}),
        ("군은 마을 14곳에 CCTV 32대를 새로 설치했다.", {(32, "대", "result")}),
        ("시는 산모실 20실 규모의 조리원을 짓기로 했다.", set()),
        ("구는 1,000명 규모의 행사를 열었다.", set()),
        (
            "올해 방문객은 지난해보다 20% 늘어난 45만 명으로 집계됐다.",
            {(450000, "명", "result")},
        ),
    ],
)
def test_decisions_devices_and_sizes(text: str, expected: set[tuple[float, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "시는 ▲청년 일자리 1,200개 ▲신중년 일자리 300개 등 총 1,500개를 창출할 계획이다.",
            {(1200, "개", "goal"), (300, "개", "goal"), (1500, "개", "goal")},
        ),
        (
            "주요 실적으로는 ▲방문진료 412명 ▲도시락 530명 ▲주거개선 94가구 등이 있다.",
            {(412, "명", "result"), (530, "명", "result"), (94, "가구", "result")},
        ),
        (
            "내년 목표는 ▲일자리 1,500개 ▲취업자 400명이다.",
            {(1500, "개", "goal"), (400, "명", "goal")},
        ),
        (
            "올해 청년 취업자 수는 1,230명으로 목표치(1,000명)를 넘어섰다.",
            {(1230, "명", "result"), (1000, "명", "goal")},
        ),
        ("지원 분야는 ▲주거 12건 ▲의료 30건 등이다.", set()),
    ],
)
def test_inline_lists_and_a_level_beating_its_goal(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("이용 인원은 3만 8천 명에 육박한다.", {(38000, "명", "result")}),
        ("올해 이용객 수가 3만 명을 넘겼다.", {(30000, "명", "result")}),
        ("내년 무공해차 4만 2천 대 보급에 나선다.", {(42000, "대", "goal")}),
        ("시는 내년 청년 일자리 1만 2천 개 창출에 나선다.", {(12000, "개", "goal")}),
        ("인구가 5만 명을 넘었다.", set()),
        ("등록된 장애인은 2만 명에 이른다.", set()),
    ],
)
def test_served_groups_passing_a_mark_and_goals_set_out_on(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    _check(text, expected)


def test_a_counted_plan_stays_a_count_whatever_verb_follows() -> None:
    text = "구는 올해 28개 주요사업을 추진해 성과를 냈다."
    assert targets(text) == set()
    assert counts(text) == {(28, "주요사업")}


@pytest.mark.parametrize(
    "text",
    [
        "지난해 관내 교통사고 사망자는 23명으로 집계됐다.",
        "이번 호우로 피해 가구는 120가구에 이른다.",
        "관내 확진자는 1,240명으로 늘었다.",
    ],
)
def test_harm_counted_is_a_statistic(text: str) -> None:
    assert targets(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "평가 결과\n○ 최우수 : 3곳\n○ 우수 : 5곳",
        "올해 성과\n○ 참여 기관 : 243곳\n○ 우수기관 : 12곳",
        "조사 결과\n- 만족 응답 : 420명",
    ],
)
def test_list_lines_of_grades_bodies_and_surveys_are_not_targets(text: str) -> None:
    assert targets(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("시는 청년 50명을 선발해 월 50만 원을 지원한다.", {(50, "명", "goal")}),
        ("군은 청년 50명을 모집해 교육한다.", {(50, "명", "goal")}),
        ("구는 지난해 청년 50명을 선발해 교육했다.", {(50, "명", "result")}),
        ("간호사 32명이 가정을 방문해 건강을 살핀다.", set()),
    ],
)
def test_who_is_picked_for_a_program(text: str, expected: set[tuple[float, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("목표 인원은 300명이다.", {(300, "명", "goal")}),
        ("내년 모집 인원은 200명으로 늘어난다.", {(200, "명", "goal")}),
        ("올해 방문객은 45만 명으로 늘어났다.", {(450000, "명", "result")}),
        ("목표 달성 기업은 30곳이다.", set()),
    ],
)
def test_goal_topics_and_levels_that_will_grow(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    _check(text, expected)


def test_a_visit_on_the_way_is_not_an_achievement() -> None:
    assert targets("봉사자들이 6세대를 방문해 설치를 도왔다.") == set()


# --- round 3: look-alikes of results that a loose rule took ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "이날 본회의에서는 조례 개정안 외에도 모두 15건의 안건이 함께 처리됐다.",
        "의회는 이번 회기 동안 총 23건의 조례안을 심의해 원안대로 가결했다.",
        "상임위원회는 8건의 동의안과 2건의 결의안을 처리했다.",
        "시의회는 제2차 본회의를 열어 예산안 등 11건의 의안을 의결했다.",
    ],
)
def test_agenda_items_counted_after_the_number_are_not_results(text: str) -> None:
    assert targets(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "시는 인구 30만 명 안팎 도시 그룹 41곳 가운데 가장 높은 점수를 받았다.",
        "구는 전국 226개 기초자치단체 중 유일하게 2년 연속 최고 등급을 받았다.",
        "이 학교는 본선에 오른 36팀 가운데 1위를 차지했다.",
        "군은 참가 기관 52곳 중에서 최고점을 받았다.",
    ],
)
def test_a_field_ranked_against_is_not_a_result(text: str) -> None:
    assert targets(text) == set()


def test_a_part_of_a_whole_still_counts_near_a_field() -> None:
    _check(
        "수료생 420명 가운데 318명이 취업에 성공했다.",
        {(420, "명", "result"), (318, "명", "result")},
    )


@pytest.mark.parametrize(
    "text",
    [
        "이 밖에 군수 표창은 복지관 김모 사회복지사 등 11명이 받았다.",
        "우수상은 서울 동작구 등 4곳이 받았다.",
        "도지사 표창은 자원봉사자 이모 씨 등 7명에게 돌아갔다.",
        "장려상은 청년팀 등 3개 팀이 차지했다.",
    ],
)
def test_winners_of_a_prize_named_as_topic_are_not_results(text: str) -> None:
    assert targets(text) == set()


def test_a_result_after_a_prize_topic_clause_still_counts() -> None:
    _check(
        "시는 이 사업으로 청년 320명의 취업을 이끌어냈다.",
        {(320, "명", "result")},
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "시는 2030년까지 누적 청년 농업인 500명을 지역에 정착시킨다는 목표를 세웠다.",
            {(500, "명", "goal")},
        ),
        (
            "구는 2028년까지 누적 창업기업 300곳을 육성할 계획이다.",
            {(300, "곳", "goal")},
        ),
        (
            "내년까지 누적 방문객 100만 명을 달성하는 것이 목표다.",
            {(1000000, "명", "goal")},
        ),
        (
            "지금까지 누적 이용자는 4만 2천 명을 넘어섰다.",
            {(42000, "명", "result")},
        ),
        (
            "그동안 누적 1,200명이 교육을 수료했다.",
            {(1200, "명", "result")},
        ),
    ],
)
def test_a_running_total_by_a_deadline_is_a_goal(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "멘토링에 참여한 청년농의 소득은 참여하지 않은 청년농보다 평균 18% 높았던 것으로 나타났다.",
        "구의 고용률은 61.8%로 광역시 평균(59.9%)보다 1.9%p 높았다.",
        "이 지역 청년층 고용률은 도 평균보다 1.3%p 낮아 대책이 필요하다는 지적이 나왔다.",
        "참여 기업의 수출액은 미참여 기업보다 27% 많았던 것으로 조사됐다.",
    ],
)
def test_a_gap_to_another_group_is_context(text: str) -> None:
    assert not {found for found in targets(text) if found[0] in (18, 1.9, 1.3, 27)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "이 정책으로 관내 골목상권 매출은 전년보다 12.4% 늘었다.",
            {(12.4, "%", "result")},
        ),
        (
            "시는 내년 고용률을 올해보다 2%p 높은 66%까지 끌어올릴 계획이다.",
            {(66, "%", "goal")},
        ),
    ],
)
def test_a_change_the_program_caused_or_a_level_aimed_at_still_counts(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    assert expected <= targets(text)


@pytest.mark.parametrize(
    "text",
    [
        "수당 지급 대상은 640여 명으로 추산되며, 이를 위해 본예산에 7억 원을 반영했다.",
        "혜택을 받는 가구는 도내 3천여 가구로 추산된다.",
        "이번 조치로 영향을 받는 소상공인은 1,200여 곳으로 추산됐다.",
    ],
)
def test_an_estimated_head_count_is_neither_goal_nor_result(text: str) -> None:
    assert targets(text) == set()


# --- round 3: recall families ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("축제 기간 방문객 목표도 75만 명으로 잡았다.", {(750000, "명", "goal")}),
        ("시는 내년 청년 취업 목표도 300명으로 늘려 잡았다.", {(300, "명", "goal")}),
        ("올해 일자리 목표도 1만 2천 개로 세웠다.", {(12000, "개", "goal")}),
        ("올해 굴 수출 목표도 1,500톤이다.", {(1500, "톤", "goal")}),
    ],
)
def test_a_goal_said_with_also(text: str, expected: set[tuple[float, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- 무주택 청년 월세 지원사업 대상을 800명으로 확대", {(800, "명", "goal")}),
        ("○ 어르신 돌봄 서비스 대상 1,200명까지 확대", {(1200, "명", "goal")}),
        ("· 공공형 일자리 500개로 확충, 참여 수당 인상", {(500, "개", "goal")}),
        ("- 지난해 돌봄 대상을 600명으로 확대", {(600, "명", "result")}),
    ],
)
def test_a_bullet_that_raises_a_level(text: str, expected: set[tuple[float, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "이 사업은 800명으로 확대, 이후 예산 문제로 축소됐다.",
        "- 대상 800명으로 확대 여부 검토",
        "대상은 2년 전 800명으로 확대된 바 있다.",
    ],
)
def test_a_raise_that_is_not_a_bullet_of_a_plan_is_left(text: str) -> None:
    _check(text, set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "주요 과제는 ▲사회적경제기업 100곳 신규 육성 ▲공공기관 우선구매 비율 8.5% 달성 "
            "▲혁신타운 조성 등이다.",
            {(100, "곳", "goal"), (8.5, "%", "goal")},
        ),
        (
            "내년 중점 과제로는 ▲청년 창업기업 40곳 발굴 ▲신규 일자리 1,000개 창출 등이 있다.",
            {(40, "곳", "goal"), (1000, "개", "goal")},
        ),
        (
            "올해 주요 실적으로는 ▲방문 진료 412명 지원 ▲도시락 배달 530가구 등이 있다.",
            {(412, "명", "result"), (530, "가구", "result")},
        ),
        (
            "추진 계획은 ▲전기버스 120대 도입 ▲충전소 30곳 설치 등이다.",
            {(120, "대", "goal"), (30, "곳", "goal")},
        ),
    ],
)
def test_inline_lists_opened_by_a_heading_word(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    _check(text, expected)


def test_an_inline_list_without_a_heading_word_is_left() -> None:
    _check("행사에서는 ▲청년 40명 공연 ▲주민 300명 합창 등이 펼쳐졌다.", set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "구는 올해 1월부터 10월까지 출산지원금으로 1,530건, 모두 9억 3천만 원을 지급했다.",
            {(1530, "건", "result")},
        ),
        ("시는 지난해 긴급복지로 820가구, 총 12억 원을 지원했다.", {(820, "가구", "result")}),
        ("센터는 상반기에만 창업 자금 45건, 18억 5천만 원을 융자했다.", {(45, "건", "result")}),
        (
            "군은 올해 농가 312곳, 약 6억 원을 보상했고 나머지는 내년에 지급한다.",
            {(312, "곳", "result")},
        ),
    ],
)
def test_a_count_paired_with_the_money_paid_shares_its_verb(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "시는 지난해 인구 23만 명, 예산 8천억 원을 넘어섰다고 설명했다.",
        "올해 사업 대상은 1,200명, 사업비는 30억 원이다.",
    ],
)
def test_a_count_beside_money_without_a_verb_on_both_is_left(text: str) -> None:
    assert targets(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "시는 위기가구 3,412가구를 새로 찾아내 공적 서비스에 연결했다.",
            {(3412, "가구", "result")},
        ),
        ("센터는 청년 창업가 120명을 길러내 지역에 정착시켰다.", {(120, "명", "result")}),
        ("구는 일자리 300개를 만들어내 고용률을 끌어올렸다.", {(300, "개", "result")}),
        ("시는 내년 청년 농업인 80명을 길러내 농촌에 정착시킬 계획이다.", {(80, "명", "goal")}),
    ],
)
def test_a_count_found_or_raised_then_a_verb(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "굴 수출물량은 10월 말 기준 9,870톤으로 이미 지난해 한 해 실적을 넘어섰다.",
            {(9870, "톤", "result")},
        ),
        ("올해 방문객은 52만 명으로 벌써 지난해 기록을 뛰어넘었다.", {(520000, "명", "result")}),
        ("상반기 취업자는 640명으로 지난해 연간 실적을 웃돌았다.", {(640, "명", "result")}),
        ("현재 가입 가구는 2,310가구로 작년 전체 실적을 넘었다.", {(2310, "가구", "result")}),
    ],
)
def test_a_level_that_beat_last_years_record(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "사망자는 12명으로 지난해 기록을 넘어섰다.",
        "관내 인구는 23만 명으로 지난해보다 소폭 줄었다.",
    ],
)
def test_harm_or_a_statistic_beating_a_record_is_left(text: str) -> None:
    assert targets(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2028년까지 AI 선도모델을 100개 지방정부로 확산하는 것을 목표로 한다.",
            {(100, "개", "goal")},
        ),
        ("내년에는 이 서비스를 24개 읍면동으로 확대할 계획이다.", {(24, "개", "goal")}),
        ("시는 돌봄 거점을 12개 동으로 늘릴 방침이다.", {(12, "개", "goal")}),
        ("구는 올해 이 사업을 16개 동으로 확대했다.", {(16, "개", "result")}),
    ],
)
def test_spread_to_a_number_of_places(text: str, expected: set[tuple[float, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "축제 안내 책자를 4개 언어로 만들어 배포했다.",
        "설명회는 3개 권역으로 나눠 연다.",
    ],
)
def test_a_count_of_means_is_still_left(text: str) -> None:
    assert targets(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("청년어촌정착지원사업 대상자를 내년 30명 새로 뽑는다.", {(30, "명", "goal")}),
        ("시는 내년 공공 일자리 500개 추가로 창출한다.", {(500, "개", "goal")}),
        ("구는 무더위 쉼터 20곳 신규로 지정할 계획이다.", {(20, "곳", "goal")}),
        ("군은 내년 청년 40명 우선적으로 채용할 방침이다.", {(40, "명", "goal")}),
    ],
)
def test_an_adverb_in_o_is_not_a_means(text: str, expected: set[tuple[float, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("쓰레기 배출량을 지난해보다 32% 줄이는 성과를 거뒀다.", {(32, "%", "result")}),
        ("민원 처리 기간을 평균 40% 단축하는 성과를 냈다.", {(40, "%", "result")}),
        ("재활용률을 15%p 끌어올리는 성과를 거뒀다.", {(15, "%p", "result")}),
        ("시는 청년 일자리 120개를 늘리는 데 성공했다.", {(120, "개", "result")}),
    ],
)
def test_an_achievement_said_as_a_feat(text: str, expected: set[tuple[float, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "쓰레기 배출량을 32% 줄이는 방안을 논의했다.",
        "매출이 20% 줄어드는 피해를 봤다.",
    ],
)
def test_a_change_discussed_or_suffered_is_no_feat(text: str) -> None:
    assert targets(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "김해시는 시내버스 전환율을 38%까지 끌어올린 점을 높이 평가받았다.",
            {(38, "%", "result")},
        ),
        ("시는 재활용률을 45%까지 끌어올렸다.", {(45, "%", "result")}),
        ("구는 올해 가입률을 60%까지 높인 것으로 나타났다.", {(60, "%", "result")}),
        ("군은 인증 비율을 27%로 끌어올리며 도내 1위를 차지했다.", {(27, "%", "result")}),
    ],
)
def test_a_level_raised_in_the_past_is_a_result(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("시는 2030년까지 재활용률을 60%까지 끌어올릴 계획이다.", {(60, "%", "goal")}),
        ("구는 전환율을 내년 50%로 끌어올린다.", {(50, "%", "goal")}),
        ("시는 보급률을 70%로 끌어올리고 충전소도 늘릴 계획이다.", {(70, "%", "goal")}),
        ("시는 올해 목표치를 80%로 높였다.", {(80, "%", "goal")}),
    ],
)
def test_a_level_still_to_be_raised_is_a_goal(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "부산의 합계출산율은 지난해 0.68명으로 전국 평균을 밑돌았다.",
        "구의 가구당 평균 자녀 수는 1.4명으로 조사됐다.",
        "경로당 한 곳당 이용 건수는 하루 2.5건으로 집계됐다.",
        "의원 1인당 대표 발의 조례는 3.2건을 기록했다.",
    ],
)
def test_a_fraction_of_a_person_or_thing_is_an_average(text: str) -> None:
    assert targets(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("올해 체험마을 관광객은 1.5만 명을 기록했다.", {(15000, "명", "result")}),
        ("구는 청년 일자리 2.4천 개를 만들었다.", {(2400, "개", "result")}),
    ],
)
def test_a_fraction_of_a_larger_unit_is_still_a_count(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "구는 내년 스타트업 60곳을 발굴해 지원하고, 일자리 150개를 만든다는 목표를 세웠다.",
            {(60, "곳", "goal"), (150, "개", "goal")},
        ),
        (
            "시는 2030년까지 청년 농업인 200명을 길러내 정착시키겠다는 계획을 내놨다.",
            {(200, "명", "goal")},
        ),
        ("구는 위기가구 300가구를 발굴해 돕는다는 방침을 정했다.", {(300, "가구", "goal")}),
        ("군은 빈집 50곳을 정비해 귀농인에게 빌려줄 계획을 세웠다.", {(50, "곳", "goal")}),
    ],
)
def test_a_joined_verb_under_a_stated_plan_is_a_goal(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("구는 올해 위기가구 300가구를 발굴해 지원했다.", {(300, "가구", "result")}),
        (
            "시는 올해 빈집 40곳을 정비해 귀농인에게 빌려줬고, 내년에도 이어갈 계획이다.",
            {(40, "곳", "result")},
        ),
    ],
)
def test_a_joined_verb_done_before_the_plan_is_a_result(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "올해 평가에서는 최우수구 3곳과 우수구 5곳이 선정됐다.",
        "도는 최우수 시군 1곳, 우수 시군 2곳, 장려 시군 3곳을 뽑았다.",
        "이번 평가에서 우수 자치구 4곳이 뽑혔다.",
        "평가 결과 최우수 기관 2곳과 우수 기관 6곳이 선정됐다.",
    ],
)
def test_winners_counted_by_grade_and_body_are_no_target(text: str) -> None:
    assert targets(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("구는 올해 우수 기업 12곳을 발굴해 지원했다.", {(12, "곳", "result")}),
        ("시는 우수 시설 5곳을 새로 지정했다.", {(5, "곳", "result")}),
    ],
)
def test_a_good_thing_counted_is_not_a_grade(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "관내 로컬푸드 직매장 3곳의 올해 매출이 86억 원으로 집계됐다.",
        "마을기업 18곳의 지난해 수익은 모두 9억 원으로 집계됐다.",
        "참여 업체 40곳의 판매액이 지난해보다 20% 늘어난 것으로 집계됐다.",
        "협동조합 25곳의 평균 매출은 3억 원을 기록했다.",
    ],
)
def test_a_count_that_owns_a_measure_is_no_target(text: str) -> None:
    assert {t for t in targets(text) if t[1] == "곳"} == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("군은 올해 486명의 계절근로자를 들여와 농가에 배치했다.", {(486, "명", "result")}),
        ("시는 올해 1,200명의 청년을 채용했다.", {(1200, "명", "result")}),
    ],
)
def test_a_count_of_people_before_its_noun_is_still_a_target(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "이 사업은 올해 10월까지 청년 1,286명에게 모두 11억 4천만 원의 이자를 지원했다.",
            {(1286, "명", "result")},
        ),
        ("군은 지난해 대학생 85명에게 장학금을 줬다.", {(85, "명", "result")}),
        ("시는 지난달 취약계층 1,200가구에게 김장김치를 나눠 줬다.", {(1200, "가구", "result")}),
        ("구는 올해 어르신 300명에게 도시락을 전달했다.", {(300, "명", "result")}),
    ],
)
def test_people_given_something_in_the_past(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "구는 참가자 30명에게 기념품을 준다.",
        "공사 지연으로 주민 30명에게 불편을 줬다.",
        "폭우는 주민 40명에게 큰 피해를 줬다.",
    ],
)
def test_people_given_a_harm_or_in_the_present_are_no_result(text: str) -> None:
    assert targets(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "올해 이 센터를 이용한 아동은 1,840명, 이용 건수는 3,200여 건으로 집계됐다.",
            {(1840, "명", "result"), (3200, "건", "result")},
        ),
        (
            "축제 참가자는 620명, 만족도는 94%로 나타났다.",
            {(620, "명", "result"), (94, "%", "result")},
        ),
        (
            "올해 도서관 이용자는 12만 명, 대출 권수는 30만 권으로 집계됐다.",
            {(120000, "명", "result")},
        ),
        (
            "프로그램 수료생은 85명, 취업률은 62%로 조사됐다.",
            {(85, "명", "result"), (62, "%", "result")},
        ),
    ],
)
def test_the_first_of_two_levels_sharing_a_verb(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "관내 인구는 23만 명, 가구 수는 10만 가구로 집계됐다.",
        "올해 축제 참가자는 620명, 내년 목표는 800명으로 잡았다.",
    ],
)
def test_a_level_before_a_comma_without_a_served_topic_is_left(text: str) -> None:
    assert (620, "명", "result") not in targets(text)
    assert (230000, "명", "result") not in targets(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("‘아빠랑 주말놀이터’에는 올해 310가족이 참여했다.", {(310, "가족", "result")}),
        ("캠프에는 다문화 45가족이 참가했다.", {(45, "가족", "result")}),
        ("이 가운데 138명이 복지관 자조모임에 참여하게 됐다.", {(138, "명", "result")}),
        ("수료생 가운데 52명이 관내 기업에 취업하게 됐다.", {(52, "명", "result")}),
    ],
)
def test_families_counted_and_a_result_that_came_about(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("행사에는 3대 가족이 함께했다.", set()),
        ("구는 내년 청년 40명이 참여하게 될 것으로 내다봤다.", {(40, "명", "goal")}),
    ],
)
def test_a_family_word_or_a_result_still_to_come_is_no_result(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("그 결과 공모 선정률은 지난해 46%에서 올해 63%로 뛰어올랐다.", {(63, "%", "result")}),
        ("그 결과 취업률은 지난해 52%에서 올해 61%로 높아졌다.", {(61, "%", "result")}),
        ("이 사업에 힘입어 재활용률은 40%에서 48%로 올랐다.", {(48, "%", "result")}),
        ("이 같은 노력 덕분에 가입률이 작년 30%에서 올해 45%로 상승했다.", {(45, "%", "result")}),
    ],
)
def test_a_rate_raised_by_the_work(text: str, expected: set[tuple[float, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "재활용률은 작년 40%에서 올해 48%로 올랐다.",
        "시의 실업률은 지난해 3.1%에서 올해 3.4%로 올랐다.",
    ],
)
def test_a_rate_that_rose_by_itself_is_left(text: str) -> None:
    assert targets(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "올해 외국인 방문객은 18만 6천여 명으로 이미 지난해 한 해 전체(11만 명)를 넘어섰다.",
            {(186000, "명", "result")},
        ),
        (
            "올해 도서관 이용자는 10월 말 기준 34만 명으로 벌써 지난해 전체를 웃돌았다.",
            {(340000, "명", "result")},
        ),
        (
            "청년 창업 지원 건수는 올해 128건으로 지난해 연간 실적(96건)을 넘어섰다.",
            {(128, "건", "result")},
        ),
    ],
)
def test_a_level_beyond_last_years_whole(text: str, expected: set[tuple[float, str, str]]) -> None:
    _check(text, expected)


def test_harm_beyond_last_years_whole_is_left() -> None:
    assert targets("올해 교통사고 사망자는 15명으로 이미 지난해 전체를 넘어섰다.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "군은 친환경 인증 면적을 올해 1,640ha에서 내년 1,850ha로 늘린다는 목표다.",
            {(1850, "ha", "goal")},
        ),
        ("시는 올해 휴경지 35ha를 공원으로 바꿨다.", {(35, "ha", "result")}),
        ("도는 2030년까지 숲 500ha를 새로 조성할 계획이다.", {(500, "ha", "goal")}),
        ("이 마을의 논은 모두 120ha다.", set()),
    ],
)
def test_hectares_are_counted(text: str, expected: set[tuple[float, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "단속반은 업주 12명에게 과태료를 부과했다.",
        "구는 위반자 30명에게 과태료를 물렸다.",
        "시는 무허가 업소 운영자 9명을 경찰에 고발했다.",
        "구는 체납자 25명에게 가산금을 부과했고 명단을 공개했다.",
    ],
)
def test_people_penalised_are_no_result(text: str) -> None:
    assert targets(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("구는 올해 어르신 300명에게 도시락을 전달했다.", {(300, "명", "result")}),
        ("시는 올해 위기가구 120가구를 발굴했다.", {(120, "가구", "result")}),
    ],
)
def test_people_served_are_still_a_result(text: str, expected: set[tuple[float, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1인 가구를 대상으로 올해 1,200대를 보급했으며 반응이 좋았다.", {(1200, "대", "result")}),
        ("시는 내년 보급 대수를 1,500대로 늘릴 예정이다.", {(1500, "대", "goal")}),
        ("구는 경로당에 공기청정기 80대를 새로 설치했다.", {(80, "대", "result")}),
        ("구는 올해 말벗 인형 300대를 추가로 배부했다.", {(300, "대", "result")}),
    ],
)
def test_machines_supplied_without_a_vehicle_named(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text",
    ["60대를 대상으로 교육을 열었다.", "참가자 대부분은 50대와 60대였다."],
)
def test_an_age_in_tens_is_still_no_count(text: str) -> None:
    assert targets(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("구는 올해 상반기에만 천 5백여 명을 새로 채용했다.", {(1500, "명", "result")}),
        ("시는 올해 어르신 10여만 명에게 건강 검진을 제공했다.", {(100000, "명", "result")}),
        ("도는 2년 안에 일자리 3여만 개를 만들 계획이다.", {(30000, "개", "goal")}),
    ],
)
def test_a_rough_or_spaced_spoken_figure_is_read_whole(
    text: str, expected: set[tuple[float, str, str]]
) -> None:
    _check(text, expected)
