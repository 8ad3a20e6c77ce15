"""Program sentence families met on fresh real pages (issue 10, second round), in sentences
written for these tests: what is no program (kinds of work, verbs that describe, offices where
one applies, surveys and task forces) and what is one (courses, plans, campaigns, the types of
a scheme, lists whose items carry a clause)."""

from __future__ import annotations

import pytest

from tests.facts_helpers import program_names

names_in = program_names


# --- precision: what is not a program name ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "시는 2025 신규사업 목록을 의회에 보고했다.",
        "구는 2024년 주요사업의 집행률을 점검했다.",
        "군은 정부 공모사업과 총액배분 사업 등 국비가 정해지지 않은 사업도 챙긴다.",
        "굵직한 국비확보 쟁점사업이 내년부터 차례로 추진된다.",
        "시는 시민 참여 캠페인을 이달부터 벌인다.",
        "구는 구민 참여 프로그램을 늘리기로 했다.",
    ],
)
def test_kinds_of_work_sorted_by_year_funding_or_who_takes_part_are_not_programs(
    text: str,
) -> None:
    assert names_in(text) == set()


def test_a_year_before_a_title_still_names_it() -> None:
    assert "2026년 장애인 일자리 사업" in names_in(
        "‘2026년 장애인 일자리 사업’ 참여자를 오는 20일까지 모집한다."
    )


@pytest.mark.parametrize(
    "text",
    [
        "강좌는 실용적이고 균형 잡힌 프로그램으로 짜였다.",
        "국비 예산에 담긴 주요사업을 보면 도로 정비가 가장 많다.",
        "센터는 다양한 시설을 갖춘 프로그램을 준비했다.",
    ],
)
def test_a_verb_that_describes_the_head_is_no_part_of_a_name(text: str) -> None:
    assert names_in(text) == set()


def test_a_first_of_its_kind_is_no_part_of_the_name() -> None:
    text = "구는 전국 최초 청년예산공시제를 올해부터 시행한다."
    assert names_in(text) == {"청년예산공시제"}


@pytest.mark.parametrize(
    "text",
    [
        "희망자는 신분증을 지참해 시니어클럽, 노인통합지원센터 등에 방문해 신청하면 된다.",
        "자세한 일정은 평생학습지원센터(☎000-0000)에서 안내받을 수 있다.",
        "참여를 원하는 주민은 가까운 치매안심센터로 직접 신청하면 된다.",
    ],
)
def test_a_centre_named_as_the_office_where_one_applies_is_not_a_program(text: str) -> None:
    assert names_in(text) == set()


def test_a_centre_that_runs_things_is_still_one() -> None:
    text = "북부보건소 치매안심센터는 기억력 교실을 오전까지 늘려 운영한다고 밝혔다."
    assert "북부보건소 치매안심센터" in names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "구는 통계청이 실시한 ‘2020 경제총조사’를 차질 없이 마쳐 기관표창을 받았다.",
        "시는 공시제를 돕기 위해 ‘일자리 전담 특별반’을 꾸리기로 했다.",
        "군은 여름철 ‘재난 대책반’을 꾸려 24시간 운영한다.",
    ],
)
def test_surveys_and_task_forces_of_officials_are_not_programs(text: str) -> None:
    assert names_in(text) == set()


def test_the_whole_process_after_a_list_is_no_course() -> None:
    text = "주민이 건강프로그램 기획, 운영, 평가 등 전 과정에 직접 참여한다."
    assert names_in(text) == set()


# --- recall: families real pages label as programs --------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("구는 2학기 평생학습관 문화강좌 수강생 800명을 모집한다.", "평생학습관 문화강좌"),
        ("올해는 정책 연계형 특화강좌가 새로 운영된다.", "정책 연계형 특화강좌"),
        ("보건소는 경로당 치매예방교실을 10곳에서 연다.", "경로당 치매예방교실"),
        ("군은 생활체육 건강교실을 주 2회 운영한다.", "생활체육 건강교실"),
    ],
)
def test_courses_and_classes_named_by_what_they_teach_are_programs(text: str, name: str) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "이번 학기는 6개 분야, 총 48개 강좌로 꾸려졌다.",
        "하반기 강좌는 대면 20강좌와 비대면 5강좌다.",
        "보건소는 예방교실 참가자를 모집한다.",
    ],
)
def test_counts_of_courses_and_a_general_class_alone_are_not_names(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("구는 목표와 전략을 담은 청년일자리 종합계획을 수립했다.", "청년일자리 종합계획"),
        ("도는 지난 3월 저출생 극복 종합대책을 내놓았다.", "저출생 극복 종합대책"),
    ],
)
def test_a_plan_of_measures_on_one_subject_is_a_program(text: str, name: str) -> None:
    assert names_in(text) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("군은 올해 내고장 주소갖기 운동을 적극 전개한다.", "내고장 주소갖기 운동"),
        (
            "시는 겨울철 ‘내 집 앞 눈 치우기 운동’에 주민 참여를 당부했다.",
            "내 집 앞 눈 치우기 운동",
        ),
        ("군은 인구를 늘리려 고향 사랑愛 주소갖기 운동을 펼친다.", "고향 사랑愛 주소갖기 운동"),
    ],
)
def test_a_campaign_a_body_carries_out_is_a_program(text: str, name: str) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(
    "text",
    ["어르신들은 매일 걷기 운동을 하면 좋다.", "보건소는 운동을 펼치는 주민을 응원했다."],
)
def test_exercise_and_a_bare_운동_are_not_campaigns(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("구는 환경마일리지 제도인 ‘에코 적립 마일리지’를 새롭게 운영한다.", "에코 적립 마일리지"),
        ("영세 상인 대상 ‘희망 안심통장’ 지원을 위해 특별보증을 신설한다.", "희망 안심통장"),
    ],
)
def test_quoted_savings_accounts_and_mileage_schemes_are_programs(text: str, name: str) -> None:
    assert name in names_in(text)


def test_a_road_in_a_budget_list_is_a_project() -> None:
    text = "반영된 주요사업은 △공단진입도로 개설(45억원) △시립도서관 건립(30억원) 등이다."
    assert {"공단진입도로 개설", "시립도서관 건립"} <= names_in(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("보건소는 마을 인지 프로젝트 ‘기억 곳간’ 치매예방교실을 가동한다.", "기억 곳간"),
        ("구는 올해 ‘청춘 다락’ 지원사업을 새로 시작한다.", "청춘 다락"),
    ],
)
def test_a_quoted_name_before_its_kind_of_program_is_a_program(text: str, name: str) -> None:
    assert name in names_in(text)


def test_a_list_goes_on_past_a_clause_that_describes_one_item() -> None:
    text = (
        "센터는 무료 검진, 약제비 지원, 길 잃음 예방을 위한 위치 알림 서비스, 인식표 배부 등 "
        "다양한 관리 사업을 펼친다."
    )
    assert {"무료 검진", "약제비 지원", "위치 알림 서비스", "인식표 배부"} <= names_in(text)


def test_the_item_named_with_외_is_one_of_the_list() -> None:
    text = "센터는 한국어교육 외 가족통합교육, 방문교육사업 등 다양한 프로그램을 운영한다."
    assert names_in(text) == {"한국어교육", "가족통합교육", "방문교육사업"}


def test_the_types_of_a_job_scheme_with_their_counts_are_programs() -> None:
    text = "모집 인원은 공익활동형 5,120명, 사회서비스형 310명, 시장형 420명 등 총 5,850명이다."
    assert names_in(text) == {"공익활동형", "사회서비스형", "시장형"}


def test_types_named_by_who_may_apply_are_programs_across_sentences() -> None:
    text = (
        "노인일자리 사업은 세 가지 유형이다. 공익형은 만 65세 이상 기초연금 수급자, "
        "인력파견형은 만 60세 이상이 신청할 수 있다."
    )
    assert {"공익형", "인력파견형"} <= names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "구는 주민 맞춤형으로 지원하고 체류형 관광을 늘린다.",
        "센터는 생활밀착형 1인 가구 지원사업을 발굴한다.",
        "복지형 40명(참여형 30명, 위탁 10명)을 뽑는다.",
    ],
)
def test_a_word_in_형_before_a_noun_alone_or_in_brackets_is_no_type(text: str) -> None:
    assert not {"맞춤형", "체류형", "생활밀착형", "참여형"} & names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "시는 올해 인구정책을 최우선 과제로 추진한다.",
        "군은 귀농인 주거정책을 새로 마련했다.",
        "11일부터는 미달 강좌에 한해 누구나 선착순으로 신청할 수 있다.",
    ],
)
def test_a_field_of_policy_and_a_state_of_courses_are_no_names(text: str) -> None:
    assert names_in(text) == set()


def test_a_support_policy_or_one_branded_by_its_place_is_a_program() -> None:
    assert "관악형 청년정책" in names_in("구는 관악형 청년정책을 새로 마련한다.")


def test_a_one_word_item_of_a_list_about_programs_is_no_name_alone() -> None:
    text = "구가 운영하는 청년 공간은 ▲동구-청년다락 ▲서구-청춘마루 등이며 사업비를 지원한다."
    assert names_in(text) == set()


def test_one_word_items_count_beside_a_plain_program_or_with_their_sums() -> None:
    text = "부스에서는 △에코포인트 △친환경 보일러 설치 지원 등을 알렸다."
    assert names_in(text) == {"에코포인트", "친환경 보일러 설치 지원"}
    text = "주요사업은 △하수관거 정비(188억원) △시립도서관(57억원) 등이다."
    assert names_in(text) == {"하수관거 정비", "시립도서관"}


def test_an_item_that_counts_a_group_of_courses_names_its_example() -> None:
    text = (
        "하반기 강좌는 ▲아동 대상 발레교실 등 8강좌 ▲일반 대상 민화 그리기 등 21강좌 "
        "▲‘도시농부 지도사 양성’ 등 역량강화 3개 강좌로 짜였다."
    )
    assert names_in(text) == {"발레교실", "민화 그리기", "도시농부 지도사 양성"}


def test_a_field_line_that_opens_with_대상_is_not_read_as_who_it_is_for() -> None:
    text = "○ 대상 - 우수 기업: 민간기업 100개사 선정 ○ 접수기간: 3월 13일까지"
    assert names_in(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("구는 올해 탄소 감축 촉진자인 ‘그린 리더’도 집중 양성한다.", "그린 리더"),
        ("구는 ’탄소중립 미래도시’ 캠페인을 열었다.", "탄소중립 미래도시"),
        ("예결위는 ‘보건분소 부지매입비’ 13억원을 깎았다.", "보건분소 부지매입비"),
    ],
)
def test_quoted_names_trained_opened_with_a_slip_or_given_a_sum(text: str, name: str) -> None:
    assert name in names_in(text)


def test_an_apostrophe_inside_a_word_opens_no_name() -> None:
    assert names_in("Seoul’s 관광 명소를 소개한 책’이 나왔다.") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("마을학습센터는 주민에게 가까운 곳에서 강좌를 운영하는 학습 공간이다.", "마을학습센터"),
        ("강남 지킴이단은 주민이 골목을 살피는 주민참여형 운동이다.", "강남 지킴이단"),
    ],
)
def test_a_space_or_a_campaign_a_sentence_defines_is_named(text: str, name: str) -> None:
    assert name in names_in(text)


def test_a_notices_numbered_programs_with_their_purpose_are_programs() -> None:
    text = (
        "1. 귀촌인 빈집 수리 지원 사업목적 : 주거환경 개선 지원내용 : 가구당 500만원 "
        "2. 귀촌단지 기반조성 지원 사업목적 : 기반시설 조성 "
        "3. 신규 귀농인 영농 정착 지원 목적 : 정착"
    )
    assert names_in(text) == {
        "귀촌인 빈집 수리 지원",
        "귀촌단지 기반조성 지원",
        "신규 귀농인 영농 정착 지원",
    }


def test_a_notices_numbered_fields_are_no_programs() -> None:
    assert names_in("1. 공모기간 : 2014. 3. 10 2. 사업기간 : 2014년 6월 ~ 11월") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("우선 의회분원 설치관련 예산이 신규사업으로 담겼다.", "의회분원 설치"),
        ("시립 민속박물관 설립 예산 2억원도 반영됐다.", "시립 민속박물관 설립"),
    ],
)
def test_a_named_act_whose_budget_is_told_is_a_project(text: str, name: str) -> None:
    assert names_in(text) == {name}


@pytest.mark.parametrize("text", ["구는 시설 설치 예산을 늘렸다.", "운영비 지원 예산이 줄었다."])
def test_a_bare_act_with_its_budget_is_no_project(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("올해 영농지도 시범사업은 농업기술 확산을 위해 마련됐다.", "영농지도 시범사업"),
        (
            "시는 자신감 회복, 진로 탐색 등 청년 도전 지원사업에 참여할 청년을 모집한다.",
            "청년 도전 지원사업",
        ),
        ("구는 청렴 서약, 반부패·청렴 교육 운영을 통해 조직 문화를 다졌다.", "반부패·청렴 교육"),
    ],
)
def test_guidance_a_title_after_listed_activities_and_a_course_run_are_programs(
    text: str, name: str
) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(
    "text", ["직원 교육 실시에 앞서 점검했다.", "구는 안전 교육 운영을 맡았다."]
)
def test_training_named_by_who_takes_it_or_its_field_is_a_kind(text: str) -> None:
    assert names_in(text) == set()


def test_a_note_in_brackets_after_a_name_keeps_it_a_name() -> None:
    text = "취업 후에는 친화기업 환경개선사업(휴게실 조성 등), 양육 프로그램 특강을 지원했다."
    assert "친화기업 환경개선사업" in names_in(text)


def test_the_lines_a_council_cut_are_projects() -> None:
    text = (
        "삭감한 사업은 ▲ 시립합창단 공연 녹화 및 송출 2천만원 전액 삭감 "
        "▲ 광장 버스킹 공연 1천2백만원 중 6백만원 삭감 ▲ 들녘 화장실 설치지원 5백만원 전액삭감이다."
    )
    assert names_in(text) == {
        "시립합창단 공연 녹화 및 송출",
        "광장 버스킹 공연",
        "들녘 화장실 설치지원",
    }
