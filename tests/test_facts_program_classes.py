"""Program classes met on the pooled fresh pages (issue 10, session 5), in sentences written for
these tests: head words that make a program, where a name starts, and what is no program."""

from __future__ import annotations

import pytest

from tests.facts_helpers import program_names

names_in = program_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("보건소는 면사무소 3곳에서 금연클리닉을 운영한다.", "금연클리닉"),
        ("센터는 비만 클리닉과 우울증 클리닉을 상반기에 연다.", "비만 클리닉"),
    ],
)
def test_a_clinic_named_by_what_it_treats_is_a_program(text: str, name: str) -> None:
    assert name in names_in(text)


def test_a_clinic_alone_is_no_name() -> None:
    assert names_in("클리닉은 오후 6시까지 문을 연다.") == set()


def test_a_body_that_makes_or_runs_a_listed_course_is_no_part_of_its_name() -> None:
    text = (
        "강사들은 △연구원이 만든 생활 한국어 과정 △법무부가 운영하는 사회통합프로그램 "
        "△심화 회화과정 등을 가르쳤다."
    )
    names = names_in(text)
    assert {"생활 한국어 과정", "사회통합프로그램"} <= names
    assert not any("운영하는" in name or "만든" in name for name in names)


def test_a_clause_glued_to_a_list_mark_still_describes_the_item() -> None:
    text = "군은 ▲디지털 전환에 대비하는 소상공인 지원정책 ▲귀농인 정착 지원 등을 추진한다."
    assert "소상공인 지원정책" in names_in(text)


def test_the_bodies_where_a_centre_is_set_up_are_no_programs() -> None:
    text = (
        "일자리 상담창구가 설치되는 곳은 다음과 같다. ▲가람동 노인회 지역연합회 "
        "▲새솔동 늘봄노인상담소 ▲한빛동 소망복지원 ▲누리동 대한어머니회"
    )
    assert names_in(text) == set()


def test_the_states_job_office_is_no_program() -> None:
    text = "과정별로 기업체, 지자체, 고용지원센터 등 인사 담당자로 협력망을 꾸려 취업을 돕는다."
    assert "고용지원센터" not in names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "센터는 노인 구직자에게 취업상담은 물론 취업훈련 등을 실시한다.",
        "군은 1주기 2년 차 사업으로 귀촌 지원센터 운영, 귀촌인의 집 조성 등을 추진한다.",
    ],
)
def test_an_adverb_or_a_rounds_counter_opens_no_name(text: str) -> None:
    assert not any(name.startswith(("물론", "차 ")) for name in names_in(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("시는 5월부터 8개 동에 어르신 취업알선센터를 설치, 운영한다.", "어르신 취업알선센터"),
        ("군은 내년 3월 읍내 복합커뮤니티센터를 개관한다.", "읍내 복합커뮤니티센터"),
    ],
)
def test_a_centre_the_body_sets_up_or_runs_is_a_program(text: str, name: str) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(
    "text", ["군은 농업기술센터에서 귀농 교육을 연다.", "구는 주민센터를 새로 개소했다."]
)
def test_a_centre_where_something_happens_or_an_office_is_no_program(text: str) -> None:
    assert not any(name.endswith("센터") for name in names_in(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("노인일자리사업도 참가자가 모자라면 대상을 넓힐 수 있다.", "노인일자리사업"),
        ("군은 장애인가족지원사업에 5000만원을 쓴다.", "장애인가족지원사업"),
    ],
)
def test_a_title_run_together_for_whom_and_what_is_a_program(text: str, name: str) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(
    "text",
    ["구는 청년지원사업을 늘린다.", "시는 보건의료사업을 점검했다.", "청년 일자리 사업을 늘린다."],
)
def test_a_kind_of_work_in_one_compound_or_apart_stays_a_kind(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "예산에는 소상공인 금융지원, 시인 생가 기념관 건립비 등이 반영됐다.",
            "시인 생가 기념관 건립",
        ),
        (
            "새 예산안에 이전기관 청사 건립비, 해외 캠퍼스 설립준비비가 담겼다.",
            "해외 캠퍼스 설립준비",
        ),
        ("군은 송정면 복합커뮤니티센터 설계비 8억 원을 반영했다.", "송정면 복합커뮤니티센터"),
    ],
)
def test_the_work_a_budget_cost_pays_for_is_a_project(text: str, name: str) -> None:
    assert name in names_in(text)


def test_running_costs_name_no_project() -> None:
    assert names_in("선정 단체에는 프로그램 운영비를 지원한다.") == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("구는 올해 탄소중립마을 만들기를 추진한다.", {"탄소중립마을 만들기"}),
        ("군 공무원들이 이달 과수원 일손 돕기에 나섰다.", {"과수원 일손 돕기"}),
        (
            "구는 마을숲 가꾸기, 골목 정원 만들기 등을 추진한다.",
            {"마을숲 가꾸기", "골목 정원 만들기"},
        ),
    ],
)
def test_work_named_by_what_its_people_do_is_a_program_when_carried_out(
    text: str, names: set[str]
) -> None:
    assert names <= names_in(text)


@pytest.mark.parametrize(
    "text", ["시는 좋은 일자리 만들기에 최선을 다하겠다.", "군은 주민의 정착을 돕기 위해 나섰다."]
)
def test_an_aim_named_by_doing_is_no_program(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("도는 현재 어르신 보조기구 지원사업 신청을 받고 있다.", "어르신 보조기구 지원사업"),
        ("신청 즉시 평화사랑상품권으로 돌려준다는 점이 눈에 띈다.", None),
        ("이는 군이 추진중인 노인일자리사업의 하나다.", "노인일자리사업"),
        ("군은 올해도 마을공동체 형성지원사업을 이어간다.", "마을공동체 형성지원사업"),
        ("구는 취업률을 높이고자 지역일자리 목표 공시제를 도입했다.", "지역일자리 목표 공시제"),
    ],
)
def test_an_adverb_a_time_a_stage_or_a_topic_opens_no_name(text: str, name: str | None) -> None:
    names = names_in(text)
    if name:
        assert name in names
    openers = ("현재", "즉시", "추진중인", "올해도", "서울시는", "높이고자")
    assert not any(found.startswith(openers) for found in names)


@pytest.mark.parametrize(
    "text",
    [
        "근무기간이 6개월 이상 사업은 제외된다.",
        "상반기중 사업을 마무리한다.",
        "만약 박람회가 열리면 간다.",
    ],
)
def test_a_bound_a_stage_or_a_condition_before_a_bare_word_names_nothing(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "군은 23일 ‘제12회 군민의 날’ 기념식을 열었다.",
        "시는 ‘2024 도시의 날 행사’를 시청에서 개최했다.",
    ],
)
def test_an_observance_day_kept_by_its_count_or_year_is_no_program(text: str) -> None:
    assert not any(name.endswith(("의 날", "행사")) for name in names_in(text))


def test_a_day_a_body_runs_to_bring_people_together_stays_a_program() -> None:
    assert "구인구직 만남의 날" in names_in("구는 매달 ‘구인구직 만남의 날’을 운영한다.")


@pytest.mark.parametrize(
    "text",
    [
        "고용부는 12일 오후 세종에서 ‘일자리 창출 유공 정부포상 수여식’을 개최했다.",
        "올해는 ▲기술지원과 19개사업 ▲역량개발과 8개사업 ▲기술보급과 49개사업을 추진한다.",
    ],
)
def test_a_ceremony_and_a_count_of_projects_are_no_programs(text: str) -> None:
    assert not any("수여식" in name or "개사업" in name for name in names_in(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("‘푸른구로 수호대’ 대원들이 주말마다 하천 정화에 힘쓴다.", "푸른구로 수호대"),
        ("시는 ‘우리동네돌봄단’ 안부확인 대상을 넓힌다.", "우리동네돌봄단"),
    ],
)
def test_a_quoted_team_or_squad_a_body_sends_out_is_a_program(text: str, name: str) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("복지관은 기존 강좌 외에 새 강좌 두 개를 가을에 연다.", "기존 강좌"),
        ("센터는 취미 프로그램과 목공 교실을 함께 운영한다.", "취미 프로그램"),
        ("센터는 가족 역량강화지원, 통번역 지원 등 종합 서비스를 제공한다.", "가족 역량강화지원"),
    ],
)
def test_work_sorted_by_hobby_capacity_building_or_being_existing_is_a_kind(
    text: str, absent: str
) -> None:
    assert absent not in names_in(text)


def test_a_capacity_building_academy_with_its_own_head_is_still_a_name() -> None:
    assert "주민 역량강화 아카데미" in names_in("구는 주민 역량강화 아카데미를 다음 달 연다.")


@pytest.mark.parametrize(
    "text",
    [
        "20일 보건소 치매안심센터 강사를 초청해 봉사단원을 교육했다.",
        "치매안심센터 직원이 경로당을 찾아 인지 훈련을 돕는다.",
        "교육은 기업체, 지자체, 고용복지센터 등이 참여하는 협력망을 통해 진행된다.",
    ],
)
def test_a_centre_as_a_workplace_or_a_body_taking_part_is_no_program(text: str) -> None:
    assert not any(name.endswith("센터") for name in names_in(text))


def test_a_centre_the_body_builds_or_runs_is_a_program() -> None:
    assert "치매안심센터" in names_in("군은 치매안심센터를 새로 건립한다.")
    text = "구는 청년창업지원센터를 운영하고 센터 직원 5명을 뽑는다."
    assert "청년창업지원센터" in names_in(text)


def test_a_lone_consultation_or_mentoring_in_a_list_is_no_program() -> None:
    text = "입주 기업에는 사무공간 임대, 컨설팅, 홍보 마케팅 등의 프로그램을 제공한다."
    assert "컨설팅" not in names_in(text)
    assert "청년 창업 컨설팅 사업" in names_in("구는 청년 창업 컨설팅 사업을 추진한다.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("복지관은 노래교실 참가자를 모집한다.", {"노래교실"}),
        ("주민자치센터는 요가교실과 탁구교실을 새로 연다.", {"요가교실", "탁구교실"}),
        ("읍은 서예교실, 풍물교실 등을 운영하고 있다.", {"서예교실", "풍물교실"}),
        ("경로당 난타교실은 매주 화요일에 열린다.", {"경로당 난타교실"}),
        ("검도교실 수강생 20명이 승급 심사를 받았다.", {"검도교실"}),
    ],
)
def test_a_class_named_by_the_one_thing_it_teaches_is_a_program(
    text: str, expected: set[str]
) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "보건소는 건강교실을 상반기에 운영한다.",
        "구는 문화교실 수강생을 모집한다.",
        "센터는 예방교실을 열었다.",
        "도서관은 체험교실 참가자를 받는다.",
        "교실 두 곳을 새로 꾸몄다.",
    ],
)
def test_a_class_named_by_a_field_or_by_what_classes_are_for_is_a_kind(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "성과가 나면 실제 사업으로 이어지도록 돕는다.",
        "구는 세부 사업을 다음 달에 확정한다.",
        "금번 사업은 주민 제안으로 시작됐다.",
        "군은 세부 사업과 실제 사업비를 점검했다.",
    ],
)
def test_a_word_that_only_says_which_before_a_bare_head_names_no_program(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "구는 공유 공간 지원과 관련 프로그램 등을 운영한다.",
        "시는 청년센터 운영과 관련 프로그램 등을 꾸준히 운영한다.",
    ],
)
def test_a_pointing_word_opens_no_name_in_a_run_list(text: str) -> None:
    assert not any(name.startswith("관련") for name in names_in(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("센터는 창업 상담과 청년 창업 프로그램 등을 운영한다.", "청년 창업 프로그램"),
        ("구는 실제 상황 대응 훈련 과정을 운영한다.", "실제 상황 대응 훈련 과정"),
    ],
)
def test_a_named_program_after_such_a_word_is_kept(text: str, name: str) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("가입 농가는 작목 정보를 입력한 후 사업에 참여한다.", None),
        ("구는 신청을 받은 뒤 생활안정자금 지원을 시작한다.", "생활안정자금 지원"),
        ("구인 기업에 대해선 박람회 종료 뒤에도 상담을 이어간다.", None),
        ("주민들이 전문가와 팀을 이뤄 마을공동체 회복 사업의 계획을 짠다.", "마을공동체 회복 사업"),
        ("군은 올해 5차례 귀농인 정착 교육과정을 연다.", "귀농인 정착 교육과정"),
    ],
)
def test_a_word_that_follows_or_joins_what_came_before_opens_no_name(
    text: str, name: str | None
) -> None:
    assert names_in(text) == ({name} if name else set())
