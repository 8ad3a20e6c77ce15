"""Program names in sentence families of Korean releases and news, written for these tests.

Each family has several sentences of its own, and near-misses that must stay silent: kinds of
work named by field, time or funding (`하반기 사업`), budget lines with figures, lists of fields
or evaluation criteria, and the phrase that only says what kind a quoted name is.
"""

from __future__ import annotations

import pytest

from govreader.facts import extract
from govreader.model import Article, FactKind
from tests.facts_helpers import program_names

names_in = program_names


# --- precision: what is not a program name ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "군은 확보한 재원을 돌봄·안전·일자리 사업에 우선 배분했다.",
        "시는 하반기 사업 계획을 이달 말까지 확정한다.",
        "지난해 일자리 사업에 참여한 어르신 가운데 40명이 민간에 취업했다.",
        "구는 생활밀착 사업과 소규모 사업을 늘리기로 했다.",
        "도는 국·시비 보조사업의 집행률을 점검했다.",
        "시는 고용 안전망 사업도 넓힌다.",
        "구는 문화·체육 분야 주민 복지사업을 정비한다.",
        "의원은 사업의 타당성과 지난 사업 성과를 따져 물었다.",
        "군은 올해 시범사업 대상 농가 사전교육을 실시했다.",
        "수협은 양식 어가를 모아 어가 사후 교육을 열었다.",
        "추경에는 추가 결정 사업과 주민숙원사업이 담겼다.",
        "군은 읍면의 주민 숙원사업 12건을 먼저 처리한다.",
        "구는 주말 프로그램과 방학 프로그램을 늘린다.",
        "직원들은 매년 법정 교육과 집합 교육을 받는다.",
        "센터는 온라인 교육과 특별 프로그램을 마련했다.",
        "시는 주민 체감형 사업과 생활SOC 사업을 늘린다.",
    ],
)
def test_kinds_of_work_named_by_field_time_or_funding_are_not_programs(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "도는 올해 도정 역점사업의 분기별 이행 실적을 따로 모았다.",
        "세출예산 주요사업은 도로 확장과 경로당 신축이다.",
        "군은 군정 주요사업 추진상황 보고회를 열었다.",
        "시는 청주시 특수시책 사업으로 선정된 과제를 알렸다.",
        "이번 평가는 구정 핵심사업의 성과를 따진다.",
    ],
)
def test_the_main_work_of_a_government_or_a_budget_is_a_kind_not_a_program(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "구는 도시재생사업 추진을 위해 주민 교육을 연다.",
        "시는 하반기 도시재생사업 대상지를 고른다.",
        "군은 소규모 도시재생 사업을 늘린다.",
    ],
)
def test_urban_regeneration_work_named_by_its_field_is_a_kind(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("구는 도시재생 뉴딜사업을 본격 추진한다.", "도시재생 뉴딜사업"),
        ("시는 원도심 상생 도시재생사업을 추진한다.", "원도심 상생 도시재생사업"),
    ],
)
def test_a_named_urban_regeneration_scheme_stays_a_program(text: str, name: str) -> None:
    assert names_in(text) == {name}


def test_a_named_program_of_a_provinces_work_stays() -> None:
    text = "시는 도정 협력 청년 창업 지원사업을 새로 연다."
    assert names_in(text) == {"도정 협력 청년 창업 지원사업"}


@pytest.mark.parametrize(
    "text",
    [
        "분야별로는 ▲보건 2,310억 원 ▲환경 846억 원 ▲교육 312억 원 순으로 편성됐다.",
        "부문별 예산은 ▲문화·관광 288억 원 ▲국토·지역개발 241억 원이다.",
        "분야별 비중은 ▲사회복지 59.9% ▲일반공공행정 8.9%다.",
    ],
)
def test_budget_lines_with_figures_are_not_programs(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "계획은 ▲건물 ▲수송 ▲폐기물 ▲흡수원 등 5대 부문으로 짜였다.",
        "평가는 ▲추진 기반 ▲발굴·개선 실적 ▲주민 체감도 등 3개 분야 12개 지표로 이뤄졌다.",
        "공약은 ▲행정수도 완성 ▲농업·환경 등 5대 분야 84개다.",
        "심사는 4개 분야(▲수산기술 ▲친환경 농업 ▲도시농업 ▲생활자원)에서 이뤄졌다.",
    ],
)
def test_lists_of_fields_or_criteria_are_not_programs(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "구는 ▲장애인 지원 ▲한부모가족 지원 등 총 6개 분야의 정보를 모았다.",
        "책자에는 ▲어르신 지원 ▲장애인 지원 ▲아동 지원 등 3개 분야 90개 사업이 실렸다.",
        "시는 ▲창업 공간 조성 ▲판로 지원 ▲교육 및 상담 등의 3대 추진전략을 내놨다.",
        "계획은 ▲일자리 창출 ▲문화 및 여가 제공 ▲청년 주거 지원을 3대 전략목표로 삼았다.",
    ],
)
def test_fields_of_support_listed_as_a_plans_areas_are_not_programs(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "책자에는 ▲청년 월세 지원사업 ▲어르신 안부 확인 서비스 등 총 2개 분야가 실렸다.",
            {"청년 월세 지원사업", "어르신 안부 확인 서비스"},
        ),
        (
            "시는 ▲시제품 제작비 지원 ▲투자유치 데모데이를 2개 분야로 나눠 지원한다.",
            {"시제품 제작비 지원", "투자유치 데모데이"},
        ),
    ],
)
def test_named_support_in_a_list_of_fields_stays_a_program(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("양 기관은 ▲청년 창업 캠프 ▲민관 협력 거버넌스 체계 강화 등을 위해 협력한다.", set()),
        ("군은 ▲신청 일정 공지 ▲읍·면 협업 강화 ▲마을 방송 홍보를 추진한다.", set()),
        (
            "협약 내용은 ▲지역 진로캠프 운영 ▲학교와 기관의 협력 네트워크 구축 등이다.",
            {"진로캠프"},
        ),
        (
            "구는 ▲어르신 안부 살핌 사업 ▲복지기관 협력망 확대를 추진한다.",
            {"어르신 안부 살핌 사업"},
        ),
        (
            "시는 ▲공공 와이파이 구축 ▲스마트 버스정류장 설치를 추진한다.",
            {"공공 와이파이 구축", "스마트 버스정류장 설치"},
        ),
    ],
)
def test_working_together_built_or_strengthened_is_an_aim_not_a_program(
    text: str, names: set[str]
) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("구는 2020년부터 ‘골목상권 전담부서’를 운영하며 상인을 도왔다.", set()),
        (
            "협약 내용은 ▲진로캠프 운영 지원 ▲센터 업무 전담 직원 운영 등이다.",
            {"진로캠프 운영 지원"},
        ),
        ("구는 ‘골목상권 살리기 사업’을 운영한다.", {"골목상권 살리기 사업"}),
    ],
)
def test_an_office_or_its_staff_run_by_a_body_is_no_program(text: str, names: set[str]) -> None:
    assert names_in(text) == names


def test_services_in_a_list_of_fields_are_programs() -> None:
    text = "주요 내용은 ▲방문건강관리 ▲치매 조기검진 ▲마음건강 상담 등 3개 분야다."
    assert names_in(text) == {"방문건강관리", "치매 조기검진", "마음건강 상담"}


def test_services_and_programs_in_fields_named_in_brackets_are_programs() -> None:
    text = "심사는 3개 분야(▲친환경 농업 ▲마을 건강 상담 ▲청년 창업 지원사업)에서 이뤄졌다."
    assert names_in(text) == {"마을 건강 상담", "청년 창업 지원사업"}


def test_a_chain_of_fields_joined_by_dots_is_no_name() -> None:
    text = "여기에는 비만 예방·신체활동·구강보건·방문 건강관리·치매 예방 등 13개 사업이 해당된다."
    assert all(name.count("·") <= 2 for name in names_in(text))


def test_two_dots_may_join_the_fields_of_one_name() -> None:
    text = "시는 ▲농업·생태·전통문화 융합형 인재 양성 ▲청년 창업 지원사업을 추진한다."
    assert names_in(text) == {"농업·생태·전통문화 융합형 인재 양성", "청년 창업 지원사업"}


@pytest.mark.parametrize(
    "text",
    [
        "근무자의 역할은 ▲경로당 방역 지원 ▲독거노인 안부 확인 ▲공원 환경정비 등이다.",
        "참여자는 ▲도서관 운영 지원 ▲민원 안내 보조 등의 업무를 맡는다.",
        "○ 주요 업무 : 민원 안내, 서류 정리 보조",
    ],
)
def test_the_duties_of_a_job_are_not_programs(text: str) -> None:
    assert names_in(text) == set()


def test_a_program_named_among_duties_is_kept() -> None:
    text = "담당 업무는 ▲공공시설 운영 지원 ▲민원 안내 보조 ▲청년 창업 지원사업 홍보 등이다."
    assert names_in(text) == {"청년 창업 지원사업"}


def test_kinds_of_support_given_in_fields_are_programs() -> None:
    text = "시는 ▲창업 기업 인큐베이팅 ▲판로 개척 교육 ▲경영 컨설팅 등 3개 분야를 지원한다."
    assert names_in(text) == {"창업 기업 인큐베이팅", "판로 개척 교육", "경영 컨설팅"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- 강릉형 청년 일경험 사업 ‘청년 로컬 잡’ : 미취업 청년 150명 채용", "청년 로컬 잡"),
        ("군은 농촌 체험 사업 ‘촌캉스 한 달 살기’를 새로 운영한다.", "촌캉스 한 달 살기"),
        ("시는 노인 맞춤 돌봄 사업 「안부 살핌 콜」을 시작한다.", "안부 살핌 콜"),
    ],
)
def test_the_kind_before_a_quoted_name_is_not_a_second_name(text: str, name: str) -> None:
    assert names_in(text) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "이 가운데 중증장애인 자립생활 지원사업은 정착금을 지원한다.",
            "중증장애인 자립생활 지원사업",
        ),
        ("아울러 시는 청년 창업 지원사업을 확대한다.", "청년 창업 지원사업"),
        ("- 사회적경제지원센터 운영 및 판로 지원", "사회적경제지원센터"),
    ],
)
def test_names_start_after_clause_words_and_list_marks(text: str, name: str) -> None:
    assert name in names_in(text)
    assert all(not found.startswith(("이 ", "가운데", "아울러", "-")) for found in names_in(text))


def test_an_app_whose_name_ends_in_지원_is_not_a_program() -> None:
    assert names_in("신청은 모바일 앱 ‘이지원’에서 받는다.") == set()


def test_a_quoted_program_named_as_what_an_evaluation_is_about_is_not_one() -> None:
    assert names_in("- 지난해 ‘지역사회 통합건강증진사업’ 평가 1위로 우수기관 선정 -") == set()


def test_the_last_list_item_before_등_with_a_particle_is_kept() -> None:
    text = "이 밖에 ▲영아 건강검진비 지원 ▲아이돌봄 서비스 본인부담금 지원 등도 함께 추진된다."
    assert names_in(text) == {"영아 건강검진비 지원", "아이돌봄 서비스 본인부담금 지원"}


def test_a_named_training_in_a_field_is_not_a_category() -> None:
    text = "구는 바이오 분야 인력 양성사업, 드론 분야 인력 양성사업 등 다양한 프로그램을 운영했다."
    assert names_in(text) == {"바이오 분야 인력 양성사업", "드론 분야 인력 양성사업"}


# --- recall: names in corner and angle brackets -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("시는 「경로당 건강 나눔 프로그램」을 80곳에서 운영한다.", "경로당 건강 나눔 프로그램"),
        ("구는 『신중년 인생 2막 설계 과정』을 새로 연다.", "신중년 인생 2막 설계 과정"),
        ("군은 <찾아가는 마을 학교>를 올해도 운영한다.", "찾아가는 마을 학교"),
        (
            "「어르신 일자리 및 사회활동 지원사업」에는 86억 원을 들인다.",
            "어르신 일자리 및 사회활동 지원사업",
        ),
    ],
)
def test_names_in_corner_and_angle_brackets(text: str, name: str) -> None:
    assert names_in(text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "이날 본회의에서는 「○○시 어르신 교통비 지원 조례안」이 원안대로 가결됐다.",
        "평가는 「재난 및 안전관리 기본법」에 따라 매년 실시된다.",
        "시는 ‘2025년 하반기 적극행정 우수사례 경진대회’에서 장려상을 받았다.",
        "‘갤럭시 북’과 ‘하이브리드 AI’ 기능을 통해 업무를 처리한다.",
        "군은 <2024년 지역사회 건강조사> 결과를 공개했다.",
    ],
)
def test_laws_contests_products_and_surveys_in_brackets_are_not_programs(text: str) -> None:
    assert names_in(text) == set()


def test_a_bracket_closes_only_with_its_own_pair() -> None:
    assert names_in("구는 「청년 쉼터 운영’ 등을 알렸다.") == set()


# --- recall: what follows a quoted name says it is run, built or funded -----------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("구는 ‘이웃 안부 지킴이단’을 새로 꾸린다.", "이웃 안부 지킴이단"),
        ("시는 ‘우리 동네 건강 지도’를 펴내 경로당에 나눠 줬다.", "우리 동네 건강 지도"),
        ("구는 ‘은평형 통합돌봄’에 42억 원을 새로 담았다.", "은평형 통합돌봄"),
        ("도는 ‘경남형 청년 일자리’ 참여자를 모집한다.", "경남형 청년 일자리"),
        ("상점가에는 ‘전통시장 활력 쿠폰’ 1만 장을 발행한다.", "전통시장 활력 쿠폰"),
        ("시는 ‘청년 꿈 키움 주택’ 200호를 2027년까지 공급한다.", "청년 꿈 키움 주택"),
        ("시는 ‘마을 안전 책임관제’를 도입했다.", "마을 안전 책임관제"),
        (
            "아파트의 절감 실적을 평가하는 ‘탄소중립 아파트 인증제’를 내년에 도입한다.",
            "탄소중립 아파트 인증제",
        ),
        ("시는 ‘버스 노선 신설’ 사례로 장려상을 받았다.", "버스 노선 신설"),
    ],
)
def test_a_quoted_name_that_is_run_built_or_funded_is_a_program(text: str, name: str) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "그는 ‘정권교체’라는 결실을 맺었다.",
        "에릭 트럼프는 채굴 기업 ‘아메리칸 코인’을 세상에 알렸다.",
        "이 후보는 하동의 ‘화개장터’에서 청년들과 간담회를 열었다.",
        "군은 ‘우수’ 등급을 받아 기금 112억 원을 확보했다.",
        "시는 코로나19 이후 ‘일상 회복’에 1조 원을 썼다.",
        "구는 ‘탄소중립’에 50억 원을 투입한다.",
        "군은 ‘군민 안전’ 3대 전략을 세웠다.",
        "시는 ‘맞춤형 돌봄’을 강화한다.",
    ],
)
def test_emphasis_quotes_companies_and_grades_are_not_programs(text: str) -> None:
    assert names_in(text) == set()


# --- recall: a service kind right before a quoted brand name --------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("장애인콜택시 ‘행복 드림콜’ 차량을 60대로 늘린다.", "행복 드림콜"),
        ("공영자전거 ‘씽씽이’ 500대를 추가로 들여온다.", "씽씽이"),
        ("로컬푸드 직매장 ‘푸른장터’를 두 곳 더 연다.", "푸른장터"),
        ("지역화폐 ‘부산동백전’ 캐시백을 10%로 늘린다.", "부산동백전"),
    ],
)
def test_a_quoted_brand_of_a_public_service_is_a_program(text: str, name: str) -> None:
    assert names_in(text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "인공지능 기능을 갖춘 ‘갤럭시 북’으로 시장을 주도한다.",
        "시민단체 ‘시민모임’ 발족과 함께 활동을 시작했다.",
        "화웨이의 AI 반도체 ‘어센드’가 거론된다.",
        "청소년 성장 지원 사업 ‘최우수’ 지자체로 선정됐다.",
        "연수구청 누리집 ‘분야별 정보’에서 내려받을 수 있다.",
        "시는 청년 일자리 ‘10만 개’ 창출을 목표로 한다.",
        "이 사업은 청년 일자리 ‘양보다 질’을 강조한다.",
    ],
)
def test_a_quoted_name_after_other_nouns_is_not_a_program(text: str) -> None:
    assert names_in(text) == set()


def test_a_quoted_name_that_opens_a_list_line_is_the_item() -> None:
    assert "강릉 창업 하우스" in names_in("- ‘강릉 창업 하우스’ 입주 공간 확대 : 20개사 → 30개사")


# --- recall: heads that name a program in running text ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("구미 일자리종합센터는 상담 창구를 6개로 늘렸다.", "구미 일자리종합센터"),
        ("2023년 문을 연 광양시 주거복지센터가 입주까지 돕는다.", "광양시 주거복지센터"),
        ("고위험군에게는 논산시 정신건강복지센터 전문요원이 상담한다.", "논산시 정신건강복지센터"),
        (
            "화재를 알리는 독거노인 응급안전안심서비스 장비를 보급한다.",
            "독거노인 응급안전안심서비스",
        ),
        ("시는 출산장려금을 대폭 올린다.", "출산장려금"),
        ("자립준비청년에게는 월 50만 원의 자립수당을 준다.", "자립수당"),
        ("- 강릉사랑상품권 발행 규모 1,500억 원으로 확대", "강릉사랑상품권"),
        ("시는 올해 처음 장애인 가족 휴식 지원도 시작한다.", "장애인 가족 휴식 지원"),
        ("마음건강 지원도 새로 시작한다.", "마음건강 지원"),
    ],
)
def test_centres_services_and_benefits_named_in_running_text(text: str, name: str) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "신청은 동 행정복지센터에서 받는다.",
        "같은 날 보건소 치매안심센터 박은영 팀장은 장관 표창을 받았다.",
        "과정을 마치면 참여수당 최대 300만 원을 받는다.",
        "시는 지원을 새로 시작한다.",
        "자세한 내용은 일자리종합센터 누리집에서 볼 수 있다.",
    ],
)
def test_offices_workplaces_and_pay_for_taking_part_are_not_programs(text: str) -> None:
    assert names_in(text) == set()


def test_a_noun_joined_by_및_belongs_to_the_name() -> None:
    text = "시는 노인일자리 및 사회활동 지원사업 참여자를 모집한다."
    assert names_in(text) == {"노인일자리 및 사회활동 지원사업"}


def test_an_act_joined_by_및_is_not_part_of_the_next_name() -> None:
    text = "시는 사회적경제지원센터 운영 및 판로 지원사업을 함께 추진한다."
    assert "사회적경제지원센터 운영 및 판로 지원사업" not in names_in(text)


def test_an_english_gloss_inside_a_list_item_stays_in_the_name() -> None:
    text = "시는 ▲청년 창업기업 특례보증 ▲지식재산권(IP) 출원 비용 지원 등을 운영한다."
    assert names_in(text) == {"청년 창업기업 특례보증", "지식재산권(IP) 출원 비용 지원"}


def test_a_later_short_mention_is_named_in_full() -> None:
    text = (
        "시는 ‘발달장애인 주간활동서비스’ 정원을 늘린다. "
        "주간활동서비스는 만 18세 이상 발달장애인을 대상으로 한다."
    )
    found = [f for f in extract(Article(text=text)) if f.kind == FactKind.PROGRAM]
    assert {f.fields["name"] for f in found} == {"발달장애인 주간활동서비스"}
    assert "주간활동서비스" in {f.text for f in found}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "도는 해양치유관광도시 조성사업 공모에 선정됐다. "
            "해양치유관광도시 사업은 국비 500억 원이 드는 사업이다.",
            "해양치유관광도시 조성사업",
        ),
        (
            "군은 농촌공간정비 지원사업을 마쳤다. 농촌공간정비 사업에는 주민 200명이 참여했다.",
            "농촌공간정비 지원사업",
        ),
        (
            "구는 ‘스마트 경로당 구축사업’을 마쳤다. 스마트경로당 사업으로 장비가 설치됐다.",
            "스마트 경로당 구축사업",
        ),
    ],
)
def test_a_short_mention_without_the_work_word_is_named_in_full(text: str, name: str) -> None:
    assert names_in(text) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "시는 ‘청년 마음건강 바우처 사업’(이하 마음바우처)을 시작한다. "
            "마음바우처는 심리상담을 지원하는 사업이다.",
            "청년 마음건강 바우처 사업",
        ),
        (
            "지역주도형 청년 일자리 사업(지역주도형 사업)은 청년의 정착을 돕는다. "
            "구는 지역주도형 사업으로 청년 40명을 채용한다.",
            "지역주도형 청년 일자리 사업",
        ),
    ],
)
def test_a_short_form_given_in_brackets_is_the_same_program(text: str, name: str) -> None:
    assert names_in(text) == {name}


def test_a_name_several_words_longer_is_another_program() -> None:
    text = "시는 청년창업타운 조성 기본계획 수립 사업을 맡겼다. 청년창업타운 사업은 2028년 끝난다."
    assert names_in(text) == {"청년창업타운 조성 기본계획 수립 사업", "청년창업타운 사업"}


def test_the_partner_of_a_listed_work_belongs_to_its_name() -> None:
    text = "재단은 지역 여행사와의 공동 홍보, 철도 연계 상품 출시 등 후속 사업을 펼친다."
    assert names_in(text) == {"지역 여행사와의 공동 홍보", "철도 연계 상품 출시"}


def test_a_list_of_tasks_names_its_items() -> None:
    text = "시는 ▲통합지원센터 확장 이전 ▲청년 사회적기업가 육성 등을 핵심 과제로 추진했다."
    assert names_in(text) == {"통합지원센터 확장 이전", "청년 사회적기업가 육성"}


# --- recall: items of 개조식 releases, described after a colon --------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "- 청년 월세 한시 특별지원 : 무주택 청년에게 월 최대 20만 원 지원",
            "청년 월세 한시 특별지원",
        ),
        ("- 신중년 사회공헌 일자리 : 퇴직 전문인력 60명 채용", "신중년 사회공헌 일자리"),
        ("○ 어르신 스마트폰 배움터 : 경로당 30곳에서 주 2회 운영", "어르신 스마트폰 배움터"),
        ("□ 마을 건강 돌봄단: 간호사가 집으로 방문", "마을 건강 돌봄단"),
    ],
)
def test_a_list_item_described_after_a_colon_is_a_program(text: str, name: str) -> None:
    assert names_in(text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "○ 일자리 창출 : 16,000개 (전년 대비 1,000개 증가)",
        "○ 소요 예산 : 총 724억 원",
        "- 지원 대상 : 만 19~39세 무주택 청년",
        "- 신청 기간 : 3월 2일부터 20일까지",
        "- 제1호 : 운용규약 개정안",
        "○ 위 치 : 시청 광장",
        "○ 사업명: 청년 주거 지원 ○ 문의: 청년정책과",
    ],
)
def test_figures_fields_and_numbered_agenda_after_a_colon_are_not_programs(text: str) -> None:
    assert names_in(text) <= {"청년 주거 지원"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("만 60세 이상 시민에게는 대상포진 예방접종을 무료로 지원한다.", "대상포진 예방접종"),
        (
            "역과 해수욕장을 잇는 외국인 관광객 전용 셔틀버스를 무료로 운행했다.",
            "외국인 관광객 전용 셔틀버스",
        ),
        ("군은 어르신에게 폐렴구균 예방접종을 무료로 실시한다.", "폐렴구균 예방접종"),
    ],
)
def test_a_service_given_free_is_a_program(text: str, name: str) -> None:
    assert names_in(text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "학교는 미취업 청년에게 정보기술 교육을 무료로 제공한다.",
        "센터는 청년에게 전문 상담 10회를 무료로 지원한다.",
        "시는 주말에 공영주차장을 무료로 개방한다.",
    ],
)
def test_what_a_program_offers_free_is_part_of_it(text: str) -> None:
    assert names_in(text) == set()


def test_a_list_line_of_two_acts_joined_by_및_is_two_items() -> None:
    text = "- 강릉시 사회적경제지원센터 운영 및 사회적경제기업 판로 지원"
    assert names_in(text) == {"강릉시 사회적경제지원센터", "사회적경제기업 판로 지원"}


def test_a_time_word_before_a_centre_is_not_part_of_its_name() -> None:
    text = "시는 올해 초 원주시 일자리종합센터를 시청 별관으로 옮겼다."
    assert names_in(text) == {"원주시 일자리종합센터"}


def test_a_field_label_before_a_colon_is_not_a_program() -> None:
    assert names_in("○ 설치 시설: 추락 방지 난간, 야간 조명, 구명환 보관함") == set()


# --- recall: short names in double quotes, which are not speech -------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("시는 “청년 마음 쉼표” 사업을 올해 새로 추진한다.", "청년 마음 쉼표"),
        ('구는 "우리 동네 돌봄 지도"를 펴내 경로당에 나눠 줬다.', "우리 동네 돌봄 지도"),
        ("군은 “행복 나눔 냉장고”를 5곳에 새로 운영한다.", "행복 나눔 냉장고"),
    ],
)
def test_a_short_double_quoted_name_is_a_program(text: str, name: str) -> None:
    assert names_in(text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "구청장은 “청년 일자리 사업을 더 늘리겠다”고 말했다.",
        "그는 “목표를 넘어선 성과는 주민이 함께 만든 결과”라며 웃었다.",
        "시장은 “함께 만든 상”이라고 강조했다.",
        "“체감하는 청렴 행정”을 목표로 운영한다.",
        "과장은 “이번 농촌 왕진버스 사업 선정으로 주민 건강이 나아질 것",
        "과장은 “청년 창업 지원사업을 늘리겠다. 그래야 청년이 남는다”고 말했다.",
    ],
)
def test_what_is_said_in_double_quotes_is_not_a_program(text: str) -> None:
    assert names_in(text) == set()


def test_programs_an_official_lists_in_an_unclosed_quote_are_kept() -> None:
    text = "과장은 “올해는 청년 창업 캠프, 마을 돌봄 교실 등을 운영해 나가겠다"
    assert names_in(text) == {"청년 창업 캠프", "마을 돌봄 교실"}


def test_circled_numbers_mark_items_that_are_plainly_programs() -> None:
    text = "주요 내용은 ① 청년 월세 지원 ② 청년 교통비 지원 ③ 면접 정장 대여 등이다."
    assert names_in(text) == {"청년 월세 지원", "청년 교통비 지원"}


@pytest.mark.parametrize(
    "text",
    [
        "① 청년이 머무는 일자리",
        "시는 ① 일자리 창출 ② 기업 유치 ③ 관광 활성화 등 3대 목표를 세웠다.",
    ],
)
def test_circled_headings_and_goals_are_not_programs(text: str) -> None:
    assert names_in(text) == set()


def test_a_card_played_in_news_is_no_program() -> None:
    assert names_in("대통령은 협상에서 ‘관세 카드’를 다시 꺼냈다.") == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "새로 시작하는 사업으로는 ‘소셜벤처 인큐베이팅’과 전문인력 인건비 지원, "
            "경영 개선 컨설팅 등이 꼽힌다.",
            {"소셜벤처 인큐베이팅", "전문인력 인건비 지원", "경영 개선 컨설팅"},
        ),
        (
            "대표 사업으로는 어르신 무료 건강검진, 경로당 순회 상담 등이 있다.",
            {"어르신 무료 건강검진", "경로당 순회 상담"},
        ),
    ],
)
def test_items_a_sentence_introduces_as_its_programs(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "도민 생활과 가까운 보조금 지원사업으로 수소차 보급, 노후 보일러 교체, "
            "학교 방음벽 설치 등이 있다.",
            {"수소차 보급", "노후 보일러 교체", "학교 방음벽 설치"},
        ),
        (
            "올해 신규사업으로 귀촌인 재능나눔 지원, 귀농인 농지 임차료 지원 등 2억 원을 확보했다.",
            {"귀촌인 재능나눔 지원", "귀농인 농지 임차료 지원"},
        ),
        (
            "주요사업으로는 하천변 쉼터 정비 4억원, 마을쉼터조성 6억원이다.",
            {"하천변 쉼터 정비", "마을쉼터조성"},
        ),
    ],
)
def test_acts_and_budget_lines_a_sentence_introduces_as_its_programs(
    text: str, names: set[str]
) -> None:
    assert names <= names_in(text)


def test_what_a_program_gives_is_not_introduced_as_programs() -> None:
    found = names_in(
        "창업 지원사업은 29세 이하 창업자에게 창업 교육, 사업화 자금, 멘토링 등을 지원한다."
    )
    assert not found & {"사업화 자금", "멘토링"}


def test_goals_a_sentence_introduces_are_not_programs() -> None:
    assert names_in("올해 중점 과제로는 일자리 창출, 기업 유치, 관광 활성화 등이 꼽힌다.") == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "구는 주요 성과로 ▲청년 취업사관학교 운영 ▲관악 일자리 박람회 개최를 꼽았다.",
            {"청년 취업사관학교", "관악 일자리 박람회"},
        ),
        # (`▲제품 우선구매 확대`, a change with no program word, is an aim: session 14)
        (
            "▲청렴 시민감사관 제도 확대 ▲제품 우선구매 확대",
            {"청렴 시민감사관 제도"},
        ),
    ],
)
def test_what_is_done_to_a_plainly_named_program_is_cut(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("구는 ‘골목 안전 순찰단’이 밤길을 살핀다고 밝혔다.", "골목 안전 순찰단"),
        ("시는 ‘청년 정책 서포터즈단’ 30명이 활동한다고 했다.", "청년 정책 서포터즈단"),
        ("‘우리 마을 옛 사진 순회전’은 다음 달까지 열린다.", "우리 마을 옛 사진 순회전"),
        ("구는 ‘생활 법률 안내집’ 2천 부를 찍었다.", "생활 법률 안내집"),
    ],
)
def test_quoted_teams_exhibitions_and_handbooks_are_programs(text: str, name: str) -> None:
    assert names_in(text) == {name}


def test_a_list_item_closed_by_a_quoted_name_is_named_whole() -> None:
    text = "시는 ▲원주형 청년 일자리 ‘청년 도약 스텝’ ▲신중년 경력형 일자리 등을 운영했다."
    assert "원주형 청년 일자리 ‘청년 도약 스텝’" in names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "- 예산 지원",
        "- 행정 지원 및 재정 지원",
        "▲후속 지원 ▲재정 지원 등을 약속했다.",
        "시는 일자리 지원을 새로 시작한다.",
    ],
)
def test_support_named_only_by_its_kind_is_not_a_program(text: str) -> None:
    assert names_in(text) == set()


# --- round 2: a name needs a specific word; a place brand needs a place ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "내년에는 새 사업도 시작하며, 두 사업에 모두 4억 원이 들어간다.",
        "군은 24개 청년 사업을 한데 묶어 알리기로 했다.",
        "부족한 재원은 국·도비 공모사업으로 메웠다.",
        "읍·면에서 올라온 42건의 주민 제안 사업에 15억 원을 반영했다.",
        "도는 지역복지사업 예산을 늘렸다.",
        "구는 지역 특화 일자리사업의 성과를 점검했다.",
        "참여자들은 회계 프로그램 실무를 익혔다.",
        "시는 이번 사업의 성과를 모든 읍면동 사업에 알린다.",
    ],
)
def test_a_field_audience_or_determiner_with_a_program_word_is_not_a_name(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("구는 ‘북구형 통합돌봄’을 2년째 이어 왔다.", "북구형 통합돌봄"),
        ("‘부안군형 안심 귀가’에 3억 원이 들어간다.", "부안군형 안심 귀가"),
        ("시는 ‘천안형 AI 안부콜’ 이용자를 늘린다.", "천안형 AI 안부콜"),
    ],
)
def test_a_name_branded_by_a_place_is_a_program(text: str, name: str) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "여야 모두 ‘생존형 출마’라는 비판을 피하지 못했다.",
        "업계는 ‘체험형 관광’ 수요가 늘었다고 본다.",
        "전문가들은 ‘혁신형 인재’가 부족하다고 지적했다.",
    ],
)
def test_a_type_ending_in_hyeong_is_not_a_place_brand(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "관광 분야에서는 계곡 둘레길 2단계 조성사업(35억 원)과 읍내 야간경관 조성(8억 원)이 "
            "새로 반영됐다.",
            {"계곡 둘레길 2단계 조성사업", "읍내 야간경관 조성"},
        ),
        (
            "체육 분야는 종합운동장 보조경기장 조성에 38억 원이 들어간다.",
            {"종합운동장 보조경기장 조성"},
        ),
        (
            "여름철 침수에 대비한 스마트 홍수 경보시스템 구축에도 5억 2천만 원을 들인다.",
            {"스마트 홍수 경보시스템 구축"},
        ),
        (
            "만 70세 이상에게 주는 어르신 목욕이용권 지원(9억 6천만 원), 마을회관 난방비와 "
            "양곡비 지원(14억 원) 등이 담겼다.",
            {"어르신 목욕이용권 지원", "마을회관 난방비와 양곡비 지원"},
        ),
        (
            "시는 전국 규모 대회와 동계 전지훈련 유치 지원에 모두 22억 원을 편성했다.",
            {"전국 규모 대회와 동계 전지훈련 유치 지원"},
        ),
    ],
)
def test_named_acts_a_budget_pays_for_are_programs(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "생필품 뱃길 운송비 지원과 섬 택배 배송비 지원도 좋은 평가를 받았다.",
            {"생필품 뱃길 운송비 지원", "섬 택배 배송비 지원"},
        ),
        (
            "군은 청년 주택 월세 지원과 청년 창업 점포 리모델링 지원에 6억 원을 쓴다.",
            {"청년 주택 월세 지원", "청년 창업 점포 리모델링 지원"},
        ),
        (
            "구는 경로당 안전 난간 구축과 골목 보안등 조성을 함께 추진했다.",
            {"경로당 안전 난간 구축", "골목 보안등 조성"},
        ),
    ],
)
def test_two_kinds_of_support_named_side_by_side_are_programs(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "기업은 기술 지원과 자금 지원을 함께 받는다.",
        "사업비 가운데 시설 보강에 3억 원, 운영비 지원에 1억 원을 쓴다.",
        "복지 분야에 846억 원, 환경 분야에 120억 원이 배정됐다.",
        "구청은 상담 지원과 정서 지원을 병행한다.",
        "지방교부세 감소분은 순세계잉여금으로 메웠다.",
        "기업 유치에 30억 원이 들어간다.",
        "경로당 지원에 20억 원이 쓰인다.",
        "시는 교통 지원과 주거 지원을 늘린다.",
        "신규 사업에 50억 원, 계속 사업에 300억 원이 반영됐다.",
    ],
)
def test_budget_lines_and_kinds_of_support_are_not_programs(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("· 하루 한 끼 영양 도시락을 집까지 전하는 ‘동구 든든밥상’", "동구 든든밥상"),
        ("섬 어르신을 찾아가는 보건 순회진료선 ‘바다 희망호’는 주 2회 섬을 돈다.", "바다 희망호"),
        ("○ 주 3회 반찬을 배달하는 ‘어르신 건강 반찬’ : 530명", "어르신 건강 반찬"),
        ("읍·면마다 1명씩 배치한 ‘돌봄 길잡이’를 내년에 늘린다.", "돌봄 길잡이"),
        (
            "구는 흩어진 상담을 한곳에 모은 ‘생활지원 통합창구’를 군청에 두었다.",
            "생활지원 통합창구",
        ),
    ],
)
def test_a_quoted_name_a_clause_describes_is_a_program(text: str, name: str) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "복지부가 주관한 ‘2026년 지역복지 평가’에서 최우수상을 받았다.",
        "군이 새로 내건 ‘다시 뛰는 영덕’이라는 구호가 눈길을 끈다.",
        "주민들이 직접 고른 ‘함께 웃는 하동’을 새 슬로건으로 정했다.",
        "지난해 제정한 「섬 주민 생활지원 조례」를 근거로 삼았다.",
        "센터는 상담부터 등록까지 처리하는 ‘원스톱 창구’ 역할을 맡는다.",
        "반부패 활동을 따진 ‘청렴노력도’를 합산했다.",
        "목표를 담은 ‘2027년 일자리 목표 공시’를 확정했다.",
        "구는 ‘섬 돌봄’이라며 설명했다.",
        "평가에서 받은 ‘우수’ 등급을 유지했다.",
    ],
)
def test_contests_slogans_laws_roles_and_documents_in_quotes_are_not_programs(text: str) -> None:
    assert names_in(text) == set()


def test_a_clause_that_ends_before_a_linking_noun_does_not_describe_the_quote() -> None:
    assert names_in("회의 내용을 녹음한 뒤 ‘갤럭시 탭’에 연결하면 요약을 볼 수 있다.") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("군은 내년 1월부터 ‘녹차 온라인 직거래 장터’를 상시 운영한다.", "녹차 온라인 직거래 장터"),
        ("청년 공간 ‘청년 다락’을 두 면에 1곳씩 추가로 조성한다.", "청년 다락"),
        ("구는 ‘반도체 스타트업 펀드’를 내년 상반기 중 결성할 예정이다.", "반도체 스타트업 펀드"),
        ("산불 피해 마을에서 ‘마을 공동부엌’을 열고 안부를 나눈다.", "마을 공동부엌"),
        ("‘통합돌봄 길잡이’를 내년 상반기 5명 더 채용한다.", "통합돌봄 길잡이"),
        ("내년부터 ‘수원 창업허브’ 입주공간을 60실로 늘린다.", "수원 창업허브"),
        ("‘찻잎 따기 체험’과 ‘햇차 덖기 체험’이 인기를 끌었다.", "햇차 덖기 체험"),
    ],
)
def test_a_quoted_name_the_body_runs_opens_or_sets_up_is_a_program(text: str, name: str) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "‘우수 마을’을 대상으로 현장 점검을 실시했다.",
        "‘착한 가격’을 통해 소비를 늘리는 방안을 추진한다.",
        "○ 지원 대상은 ① 65세 이상 어르신 ② 일상생활 지원이 필요한 등록 장애인이다.",
        "- 급속충전기 신규 설치…생애 첫 차 청년은 보조금 추가 지원",
    ],
)
def test_arguments_applicant_lists_and_joined_headlines_are_not_programs(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "선거를 앞둔 ‘생존형 출마’가 잇따르고 있다.",
        "시는 기후위기에 대응한 ‘탄소중립 도시’ 비전을 선포했다.",
        "이 영화는 관객을 울린 ‘국제시장’의 후속작이다.",
        "관객을 사로잡은 ‘명량’이 다시 상영된다.",
        "그는 “주민이 원하는 ‘진짜 복지’를 하겠다”고 말했다.",
    ],
)
def test_types_aims_and_titles_a_clause_describes_are_not_programs(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "군은 공항과 축제장을 잇는 외국인 전용 셔틀버스를 하루 4회 운행했다.",
            "외국인 전용 셔틀버스",
        ),
        ("시는 무료 순환버스를 주말마다 운영한다.", "무료 순환버스"),
        ("구는 심야 여성 안심택시를 밤 10시부터 투입한다.", "심야 여성 안심택시"),
    ],
)
def test_a_bus_or_taxi_service_the_body_runs_is_a_program(text: str, name: str) -> None:
    assert names_in(text) == {name}


def test_a_plain_bus_is_not_a_program() -> None:
    assert names_in("시내버스를 하루 10회 운행한다. 구는 마을버스를 증차했다.") == set()


def test_a_list_item_may_end_in_a_noun_ending_in_i() -> None:
    text = "시는 ▲시제품 제작비 지원 ▲투자유치 데모데이 등 2개 분야로 나눠 운영한다."
    assert names_in(text) == {"시제품 제작비 지원", "투자유치 데모데이"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "귀농 청년의 안착을 돕는 청년 농업인 영농정착 지원도 이어간다.",
            {"청년 농업인 영농정착 지원"},
        ),
        ("다문화가족 자녀 학습 지원도 꾸준히 이어간다.", {"다문화가족 자녀 학습 지원"}),
        ("맞춤형 지원도 이어간다.", set()),
        ("기술 지원을 계속 이어간다.", set()),
    ],
)
def test_a_named_support_carried_on_is_a_program(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("구는 ‘동네 부엌’이라는 이름으로 공유주방을 운영한다.", {"동네 부엌"}),
        ("주민과 함께 만든 ‘골목 정원’이 지난달 문을 열었다.", {"골목 정원"}),
        ("‘청년 마음 약국’도 내년부터 운영된다.", {"청년 마음 약국"}),
        ("‘희망 일터’가 다음 달 문을 연다.", {"희망 일터"}),
        ("그는 ‘골목 대장’이라는 이름으로 불렸다.", set()),
        ("‘민생 우선’이라는 원칙을 밝혔다.", set()),
    ],
)
def test_a_quoted_name_given_or_started_is_a_program(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("올해 처음 선보인 ‘찾아가는 세탁소’는 큰 호응을 얻었다.", {"찾아가는 세탁소"}),
        ("군이 운영하는 ‘행복 나눔 냉장고’는 24시간 열려 있다.", {"행복 나눔 냉장고"}),
        ("구가 새로 도입한 ‘AI 안부 전화’가 홀몸 어르신을 살핀다.", {"AI 안부 전화"}),
        ("가수가 부른 ‘고향의 봄’이 울려 퍼졌다.", set()),
        ("작가가 만든 ‘작은 숲’이 화제다.", set()),
        ("대표 관광지인 ‘순천 정원’에서 축제가 열렸다.", set()),
    ],
)
def test_a_quoted_name_a_body_runs_or_first_shows_is_a_program(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "국토부는 27일 ‘전국 버스 파업 관계기관 대책 회의’를 열었다.",
        "한국 골프의 미래로 불리는 ‘특급 기대주’ 김하늘이 우승했다.",
        "중국에 대한 ‘마약 대응’ 관세가 멈췄다.",
        "미국 라스베이거스에서 열린 ‘코인 서밋 2025’ 행사에 참여했다.",
        "그는 지난 3월 채굴 기업 ‘아메리칸 코인’을 출범시켰다.",
        "이용자들은 사회관계망서비스(SNS)에 후기를 올렸다.",
    ],
)
def test_meetings_nicknames_others_events_and_companies_are_not_programs(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "시는 스마트 주차 시스템 구축, 전통시장 시설 현대화 지원 등을 추진한다.",
            {"스마트 주차 시스템 구축", "전통시장 시설 현대화 지원"},
        ),
        (
            "군은 마을회관 태양광 설치와 노후 경로당 보수 등에 12억 원을 쓴다.",
            {"마을회관 태양광 설치", "노후 경로당 보수"},
        ),
        (
            "주요 사업은 청년 창업 공간 조성, 귀농인 주택 수리 지원 등이다.",
            {"청년 창업 공간 조성", "귀농인 주택 수리 지원"},
        ),
        ("시는 도로 정비, 시설 보수 등을 마쳤다.", set()),
        ("그는 기술 지원, 자금 지원 등을 요구했다.", set()),
        (
            "공영 주차장 조성, 어린이 쉼터 정비 등 42건의 주민 제안 사업에 15억 원을 반영했다.",
            set(),
        ),
    ],
)
def test_a_list_of_named_acts_closed_by_deung_is_a_list_of_projects(
    text: str, names: set[str]
) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "시는 ‘탄소중립’을 핵심 과제로 추진한다.",
        "구는 ‘안전’을 최우선 가치로 삼아 행정을 운영한다.",
        "군은 ‘청렴’을 주제로 교육을 실시했다.",
    ],
)
def test_a_quoted_aim_a_body_pursues_is_not_a_program(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("공모전은 ‘다시 뛰자! 바다마을 축제’라는 주제로 한 달간 진행됐다.", "바다마을 축제"),
        ("대상은 ‘바다로 가자 갯벌축제’란 주제로 출품한 김하늘 씨의 작품이다.", "갯벌축제"),
        ("협의회는 ‘이웃과 함께하는 새마을운동’을 주제로 거리 캠페인을 벌였다.", "새마을운동"),
    ],
)
def test_a_quoted_theme_of_an_entry_or_event_is_not_a_program(text: str, theme: str) -> None:
    assert not any(name.endswith(theme) for name in names_in(text))


def test_a_quoted_program_before_its_topics_is_still_a_program() -> None:
    text = "구는 ‘우리 동네 나눔 장터’ 사업을 주제별로 나눠 운영한다."
    assert names_in(text) == {"우리 동네 나눔 장터"}


# --- round 3: rules that could not tell a program from its look-alikes -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "군은 올해 시범 사업의 성과를 바탕으로 대상을 넓힌다.",
        "· 주요 선정 사업 : 도서관 리모델링, 마을 정원 조성",
        "시는 중앙부처 및 경상남도 공모사업에 모두 31건이 선정됐다.",
        "구는 서울시 청년 정책과 연계해 상담을 늘린다.",
        "도는 행정안전부 공모사업 12건을 따냈다.",
        "충청북도 공모사업에 응모한 결과 3건이 뽑혔다.",
    ],
)
def test_work_named_by_its_funder_or_stage_is_not_a_program(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("군은 의료·요양·돌봄 통합지원 시범사업을 이어간다.", {"의료·요양·돌봄 통합지원 시범사업"}),
        ("시는 경상남도 청년 월세 지원사업 신청을 받는다.", {"경상남도 청년 월세 지원사업"}),
    ],
)
def test_a_named_pilot_or_provincial_program_still_counts(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "③ (관광·문화) 체류형 관광도시 조성에 465억 원",
        "구는 아이 키우기 좋은 환경 조성에 힘쓴다.",
        "▲ 민관 협력 기반 구축 ▲ 안전 문화 확산",
        "시는 상생 분위기 조성에 12억 원을 쓴다.",
    ],
)
def test_an_aim_for_the_place_is_not_a_project(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("시는 보조경기장 조성에 38억 원을 들인다.", {"보조경기장 조성"}),
        ("군은 읍내 수변공원 조성에 20억 원을 반영했다.", {"읍내 수변공원 조성"}),
    ],
)
def test_building_a_named_place_is_still_a_project(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "시는 내년 축제를 ‘글로벌 축제’로 키울 방침이다.",
        "군은 장터를 ‘지역 대표 축제’로 육성한다.",
        "구는 이 거리를 ‘청년 문화 거리’로 만들 계획이다.",
        "도는 행사를 ‘세계적 박람회’로 도약시키겠다고 했다.",
    ],
)
def test_what_something_is_to_become_is_not_a_program(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "문화체육관광부의 ‘2026-2027 문화관광축제’ 지원금 2억 원을 받는다.",
        "이 축제는 ‘2024~2025 문화관광축제’로 지정됐다.",
    ],
)
def test_a_designation_for_a_span_of_years_is_not_a_program(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "입장권을 사면 입장료 2천 원을 남원사랑상품권으로 되돌려준다.",
        "참가자에게는 온누리상품권으로 1만 원을 지급한다.",
        "구매액의 10%를 동백전상품권으로 돌려주는 행사가 열린다.",
        "영수증을 내면 지역사랑상품권으로 환급받을 수 있다.",
    ],
)
def test_a_voucher_as_the_means_of_paying_is_not_a_program(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "청년에게 연 300만 원의 근속장려금을 주는 「청년 근속 드림 통장」을 신설한다.",
            {"청년 근속 드림 통장"},
        ),
        (
            "월 110만 원의 영농정착지원금을 지급하는 청년창업농 영농정착지원사업도 늘린다.",
            {"청년창업농 영농정착지원사업"},
        ),
        ("시는 올해도 출산장려금을 지급한다.", {"출산장려금"}),
        ("강릉사랑상품권 발행을 1,500억 원으로 늘린다.", {"강릉사랑상품권"}),
    ],
)
def test_a_benefit_a_named_program_pays_is_part_of_that_program(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "수성구는 ‘AI 복지 상담 도우미’를, 북구는 ‘AI 민원 분류 서비스’를 운영한다.",
            {"AI 복지 상담 도우미", "AI 민원 분류 서비스"},
        ),
        (
            "동구는 ‘마을 공동 밥상’을, 서구는 ‘찾아가는 빨래방’을 각각 새로 도입했다.",
            {"마을 공동 밥상", "찾아가는 빨래방"},
        ),
        (
            "시는 ‘청년 마음 쉼표’를, 도는 ‘청년 상담 버스’를 새로 시작한다.",
            {"청년 마음 쉼표", "청년 상담 버스"},
        ),
        (
            "한 곳은 ‘안심 귀갓길’을, 다른 곳은 ‘골목 지킴이’를 추진한다.",
            {"안심 귀갓길", "골목 지킴이"},
        ),
        ("그는 ‘봄날의 약속’을, 그녀는 ‘가을 편지’를 불렀다.", set()),
        ("시는 ‘안전’을, 군은 ‘청렴’을 핵심 가치로 내세웠다.", set()),
    ],
)
def test_objects_that_share_a_later_running_verb_are_programs(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("‘AI 안부 전화’에는 현재 2,318명이 가입해 있다.", {"AI 안부 전화"}),
        ("‘우리 동네 돌봄단’에 참여한 주민은 120명이다.", {"우리 동네 돌봄단"}),
        ("기업들은 ‘청년 창업 허브’에 입주해 멘토링을 받는다.", {"청년 창업 허브"}),
        ("어르신 40명이 ‘건강 걷기 교실’에 새로 참가했다.", {"건강 걷기 교실"}),
        ("그는 지난해 ‘국민의힘’에 가입했다.", set()),
        ("‘2026 지방정부 AI 활용 경진대회’에 참가한 팀은 40곳이다.", set()),
    ],
)
def test_a_service_of_two_words_that_people_join_is_a_program(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("모든 출생아 가정에 ‘부평 아이 첫걸음 바우처’를 지급한다.", {"부평 아이 첫걸음 바우처"}),
        ("군은 ‘어르신 목욕 바우처’를 새로 지급한다.", {"어르신 목욕 바우처"}),
        ("국가보훈처와 협의해 지원 범위를 정했다.", set()),
    ],
)
def test_a_voucher_is_no_office_ending_in_cheo(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("선정 사업은 마을 정원 조성사업(국비 12억 원)이다.", {"마을 정원 조성사업"}),
        ("군은 스마트 경로당 구축사업(도비 3억 원)을 따냈다.", {"스마트 경로당 구축사업"}),
        (
            "어촌 뉴딜 정비사업(국·도비 40억 원)과 귀어 창업 지원사업이 뽑혔다.",
            {"어촌 뉴딜 정비사업", "귀어 창업 지원사업"},
        ),
        ("구는 골목 상권 살리기 사업(사업비 5억 원)을 이어간다.", {"골목 상권 살리기 사업"}),
        ("시는 공모사업(국비 3억 원)에 뽑혔다.", set()),
        ("도는 하반기 사업(예산 2억 원)을 점검했다.", set()),
    ],
)
def test_a_program_with_its_funding_in_brackets(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "과제는 ▲청년 창업 공간 조성 ▲마을 돌봄 센터 운영 등이며, 내년에 마무리한다.",
            {"청년 창업 공간 조성", "마을 돌봄 센터"},
        ),
        (
            "사업은 ▲경로당 냉방기 지원 ▲어르신 안부 살핌단 운영 등이고 예산은 3억 원이다.",
            {"경로당 냉방기 지원", "어르신 안부 살핌단"},
        ),
        (
            "지원 내용은 ▲농기계 임대 사업 ▲청년농 멘토링 등입니다.",
            {"농기계 임대 사업", "청년농 멘토링"},
        ),
        ("계획은 ▲건물 ▲수송 ▲폐기물 등이며 5대 부문으로 짜였다.", set()),
    ],
)
def test_the_last_bullet_item_ends_before_deung_and_its_copula(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "지난 3월부터 운행한 ‘출근 전용 급행 버스’는 하루 3천 명이 탄다.",
            {"출근 전용 급행 버스"},
        ),
        ("올해 시범 운영한 ‘청년 창업 인큐베이팅’의 성과가 컸다.", {"청년 창업 인큐베이팅"}),
        ("지난달부터 선보인 ‘동네 한 바퀴 산책단’에는 60명이 모였다.", {"동네 한 바퀴 산책단"}),
        ("작년 처음 도입한 ‘마을 돌봄 장터’의 이용객이 늘었다.", {"마을 돌봄 장터"}),
        ("가수가 부른 ‘봄날의 약속’의 가사가 화제다.", set()),
        ("그가 쓴 ‘바다의 노래’의 인세는 기부된다.", set()),
    ],
)
def test_a_quoted_service_described_by_when_it_began(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("‘굴 껍데기 자원화 시설’ 건립에 65억 원이 들어간다.", {"굴 껍데기 자원화 시설"}),
        ("군은 ‘청소년 문화의 집’ 신설을 추진한다.", {"청소년 문화의 집"}),
        ("‘어르신 건강 쉼터’ 설치비로 2억 원을 쓴다.", {"어르신 건강 쉼터"}),
        ("시는 ‘탄소중립 도시’ 건립이라는 말을 쓰지 않는다.", set()),
        ("‘행복한 사회’ 설치라는 표현은 어색하다.", set()),
    ],
)
def test_a_quoted_facility_that_is_built(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "- 시립 도서관 리모델링(12억 원), 경로당 냉방 설비 교체(3억 원)",
            {"시립 도서관 리모델링"},
        ),
        ("구는 노후 복지관 리모델링에 8억 원을 들인다.", {"노후 복지관 리모델링"}),
        (
            "군은 ‘외국인 근로자 농업 분야 숙소 지원’도 늘린다.",
            {"외국인 근로자 농업 분야 숙소 지원"},
        ),
        ("구는 문화·체육 분야 지원을 늘린다.", set()),
    ],
)
def test_remodelling_with_a_budget_and_a_named_support_in_a_field(
    text: str, names: set[str]
) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("두 자녀 가정은 ‘부천 다둥이 행복카드’도 발급받을 수 있다.", {"부천 다둥이 행복카드"}),
        ("구는 ‘아동 꿈나무 카드’ 가맹점을 늘린다.", {"아동 꿈나무 카드"}),
        ("군은 ‘임산부 행복카드’ 혜택을 넓힌다.", {"임산부 행복카드"}),
        ("시민은 ‘어르신 교통 카드’를 받게 된다.", {"어르신 교통 카드"}),
        ("심판은 ‘레드카드’를 꺼냈다.", set()),
        ("그는 ‘신용카드’로 결제했다.", set()),
    ],
)
def test_a_quoted_benefit_card_is_a_program(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("마을 주민이면 누구나 프로그램에 참여할 수 있다.", set()),
        ("관내 학생이라면 누구든 사업에 신청할 수 있다.", set()),
        ("다만 공모사업은 시비를 함께 부담해야 한다.", set()),
        ("다만 ‘청년 희망 사다리’ 사업은 내년에 끝난다.", {"청년 희망 사다리"}),
        ("다만 청년도전 지원사업은 인원을 줄인다.", {"청년도전 지원사업"}),
    ],
)
def test_an_adverb_before_a_bare_program_word_names_nothing(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("시는 2024년 행정안전부 주최 청년일자리사업 경진대회에서 장려상을 받았다.", set()),
        ("구는 보건복지부 주관 희망나눔 돌봄사업에 참여한다.", {"희망나눔 돌봄사업"}),
        ("군은 경상북도 주최 귀농귀촌 박람회에 부스를 차렸다.", {"귀농귀촌 박람회"}),
        (
            "도는 농림축산식품부 주관 스마트팜 혁신밸리 조성사업에 뽑혔다.",
            {"스마트팜 혁신밸리 조성사업"},
        ),
    ],
)
def test_the_organiser_before_a_program_is_not_part_of_its_name(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("이 가운데 40명이 복지관 자조모임이나 노인 일자리 프로그램에 참여했다.", set()),
        ("주민은 동아리 활동이나 건강 프로그램을 고를 수 있다.", set()),
        ("참가자는 텃밭 모임이나 ‘숲속 힐링 교실’에 다닌다.", {"숲속 힐링 교실"}),
        (
            "구는 규제를 폐지하거나 완화하는 ‘규제 입증책임제’를 도입해 조례 41건을 정비했다.",
            {"규제 입증책임제"},
        ),
        ("학생은 도서관이나 ‘꿈나무 코딩 캠프’ 프로그램을 이용한다.", {"꿈나무 코딩 캠프"}),
    ],
)
def test_a_program_word_after_a_choice_with_ina_heads_only_the_last_item(
    text: str, names: set[str]
) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("도는 다음 달 ‘경남 탄소중립 주간’ 기념식에서 시상한다.", set()),
        ("시는 ‘세종 독서 주간’을 맞아 책 나눔 행사를 연다.", set()),
        ("구는 ‘안전 점검 주간’ 동안 시설을 살핀다.", set()),
        ("군은 ‘청소년 진로 주간’ 동안 ‘꿈길 진로 캠프’를 운영한다.", {"꿈길 진로 캠프"}),
    ],
)
def test_a_quoted_observance_week_is_not_a_program(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "관광객 증가를 이끈 것은 체류형 프로그램이다.",
        "시는 체험형 프로그램을 늘리고 있다.",
        "구는 참여형 사업을 내년에 확대한다.",
        "군은 방문형 사업을 강화한다.",
    ],
)
def test_a_kind_named_by_its_form_is_not_a_program(text: str) -> None:
    assert names_in(text) == set()


def test_a_form_word_inside_a_longer_name_is_kept() -> None:
    assert names_in("군은 ‘섬 체류형 관광 프로그램’을 운영한다.") == {"섬 체류형 관광 프로그램"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("전문가가 찾아가 감축 사업 발굴을 돕는다.", set()),
        ("시는 신규 협력 과제와 특화 사업을 발굴하기로 했다.", set()),
        ("도는 시·군 공모사업 실적을 점검했다.", set()),
        ("구는 ‘은평형 통합돌봄’ 사업을 확대한다.", {"은평형 통합돌봄"}),
    ],
)
def test_work_still_to_be_found_or_named_by_government_level_is_no_program(
    text: str, names: set[str]
) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("- 배리어프리 키오스크 3,000대 보급, 취약계층 가구에 태블릿 3만 대 지원", set()),
        ("▲전기차 충전기 1,050기 설치", set()),
        ("▲AI 스피커 1,200대 보급", set()),
        ("▲1대1 전문가 멘토링", {"1대1 전문가 멘토링"}),
        ("▲출산·양육 7대 지원", {"출산·양육 7대 지원"}),
    ],
)
def test_a_list_item_that_counts_what_is_handed_out_is_a_target(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("▲농어촌 마을 공동 태양광 ‘햇빛 나눔 마을’ 30곳 조성", {"햇빛 나눔 마을"}),
        ("- 버스정류장 ‘스마트 쉼터’ 20개소 설치", {"스마트 쉼터"}),
        ("구는 어르신 ‘행복 사랑방’ 5곳 조성을 마쳤다.", {"행복 사랑방"}),
        ("시는 ‘우수 마을’ 3곳 선정 결과를 알렸다.", set()),
        ("도는 ‘탄소중립’ 3대 전략을 내놨다.", set()),
    ],
)
def test_a_quoted_name_counted_as_it_is_built_or_handed_out(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "① 찾아가는 주민 안전 교육 확대\n\n- (안전 배움터) 경로당에서 「안전 배움터」를 연다.",
            {"안전 배움터"},
        ),
        (
            "② 어르신 돌봄 서비스 강화\n\n- (방문 돌봄) 「우리 동네 돌봄단」을 꾸린다.",
            {"우리 동네 돌봄단"},
        ),
        (
            "□ 저소득층 통신비 지원\n\n· (요금 감면) 「디지털 요금 나눔」 사업을 편다.",
            {"디지털 요금 나눔"},
        ),
        (
            "① 청년 창업 지원사업\n\n- 대상: 만 39세 이하 청년 창업자",
            {"청년 창업 지원사업"},
        ),
        ("▲청년 월세 지원사업\n\n- (대상) 무주택 청년", {"청년 월세 지원사업"}),
        ("□ 청년 월세 지원사업\n\n- (지원 대상) 무주택 청년", {"청년 월세 지원사업"}),
    ],
)
def test_a_numbered_heading_over_bracketed_sub_tasks_is_no_program(
    text: str, names: set[str]
) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "시는 「거제에서 한 달 살기」 프로그램을 열었다. 한 달 살기 프로그램은 더 커진다.",
            {"거제에서 한 달 살기"},
        ),
        (
            "구는 ‘우리 동네 밥상 나눔’ 사업을 편다. 밥상 나눔 사업은 경로당에서 열린다.",
            {"우리 동네 밥상 나눔"},
        ),
        (
            "군은 ‘행복한 마을 배움터’ 사업을 운영한다. 마을 배움터 사업에는 50명이 참여했다.",
            {"행복한 마을 배움터"},
        ),
        (
            "시는 ‘청년 마을 배움터’를 연다. 노인 일자리 사업은 따로 운영한다.",
            {"청년 마을 배움터"},
        ),
    ],
)
def test_a_later_short_mention_with_its_bare_head_word_is_named_in_full(
    text: str, names: set[str]
) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("- 노후 하수관로 정비사업 80억 원", {"노후 하수관로 정비사업"}),
        (
            "▲제12회 한우축제 개최 5억 원 ▲공영주차장 조성 20억 원",
            {"제12회 한우축제", "공영주차장 조성"},
        ),
        ("○ 청년 월세 지원 12억 원", {"청년 월세 지원"}),
        ("- 다함께 돌봄 프로그램 운영 3억 5천만 원", {"다함께 돌봄 프로그램"}),
        ("▲환경 846억 원 ▲복지 1,200억 원", set()),
        ("- 운영비 지원 1억 원", set()),
    ],
)
def test_a_budget_line_names_a_program_that_plainly_is_one(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("군은 학교급식 지원센터의 저온저장고를 한 동 더 짓는다.", {"학교급식 지원센터"}),
        ("남구는 운영 중인 긴급돌봄 거점센터를 내년에 다섯 곳으로 늘린다.", {"긴급돌봄 거점센터"}),
        ("도는 기후위기 적응센터를 두 곳 더 지정한다.", {"기후위기 적응센터"}),
        ("군은 노인 돌봄센터를 새로 연다.", {"노인 돌봄센터"}),
        ("▲시군 기후위기 적응센터 3곳 추가 지정 ▲숲 가꾸기", {"시군 기후위기 적응센터"}),
        ("▲관내 노인 돌봄센터 2곳 추가", {"노인 돌봄센터"}),
        ("접근성을 높이기 위해 거점센터를 늘린다.", set()),
        ("급한 상황이라면 거점센터에 맡기면 된다.", set()),
    ],
)
def test_a_centre_of_two_words_that_serves_people(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("‘해안 둘레길 걷기 여행’에는 올해 4만 2천여 명이 참가했다.", {"해안 둘레길 걷기 여행"}),
        (
            "‘우리 동네 안부 살피기’에는 지난해 1만 3천여 가구가 가입했다.",
            {"우리 동네 안부 살피기"},
        ),
        ("‘청년 마을 살이’에도 올 상반기 120명이 참여해 자리를 잡았다.", {"청년 마을 살이"}),
        ("‘거제’에는 올해 4만 2천여 명이 다녀갔다.", set()),
    ],
)
def test_a_quoted_service_people_join_with_a_spaced_count_between(
    text: str, names: set[str]
) -> None:
    assert names_in(text) == names


# --- precision on real pages: fragments in front of a head word --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "예산이 줄면서 여러 군이 지난 9월부터 사업을 멈췄다.",
        "공단은 오는 11월까지 사업을 이어 간다.",
        "이날 캠페인에는 보건소 직원 20명이 함께했다.",
        "예산이 반영돼 사업 추진에 속도가 붙었다.",
        "군은 설계를 거쳐 단계적 조성사업에 나선다.",
        "자세한 내용은 공고를 참고하거나 사업 부서에 문의하면 된다.",
        "주민이 주체가 되어 건강프로그램을 꾸린다.",
        "시는 다채로운 프로그램을 준비했다.",
        "구는 생산적인 사업에 예산을 쓴다.",
        "그 외 보조사업은 읍사무소에 문의하면 된다.",
        "65세 이상, 일부 사업은 60세 이상이 신청할 수 있다.",
        "구는 돌봄의 필요성과 사업 연속성을 고려했다.",
    ],
)
def test_a_time_a_verb_form_or_an_adjective_before_a_bare_head_word_is_no_name(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("단원들은 오는 12월까지 바다숲 가꾸기 사업을 알린다.", "바다숲 가꾸기 사업"),
        ("군은 올해부터 청년 농부 정착 지원사업을 시작한다.", "청년 농부 정착 지원사업"),
    ],
)
def test_a_name_after_a_time_word_starts_after_it(text: str, name: str) -> None:
    assert names_in(text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "구는 부문별 사업 계획을 담은 종합계획을 세웠다.",
        "강좌는 생애주기별 맞춤형 프로그램으로 짰다.",
        "입상한 지자체 일자리사업은 부담 비율을 낮춰 준다.",
    ],
)
def test_work_named_by_manner_breakdown_or_level_of_government_is_a_kind(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "구는 청년 취업지원센터 등 3개 고용서비스 사업으로 800건의 취업을 도왔다.",
            {"청년 취업지원센터"},
        ),
        ("공단은 다양한 사회공헌 사업을 알리는 서포터즈를 뽑는다.", set()),
        ("시는 각종 채용 박람회를 열어 왔다.", set()),
        ("이날 행사에는 보건사업과 직원 10여 명이 참여했다.", set()),
        ("일자리사업과장은 계획을 설명했다.", set()),
    ],
)
def test_a_list_category_a_kind_of_many_and_a_department_are_no_names(
    text: str, names: set[str]
) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "‘동네 배움 버스’는 강사가 마을로 찾아가 가르치는 주민 중심의 평생학습 프로그램이다.",
            {"동네 배움 버스"},
        ),
        (
            "청년 다리 놓기 사업은 구직 청년과 기업을 잇는 취업 연계형 사업이다.",
            {"청년 다리 놓기 사업"},
        ),
        (
            "「마을 건강 교실」이란 주민이 운동을 이끄는 맞춤형 건강증진 사업으로 올해 세 번째다.",
            {"마을 건강 교실"},
        ),
        ("올해 새로 여는 것은 청년 농부 정착 지원사업이다.", {"청년 농부 정착 지원사업"}),
    ],
)
def test_what_a_definition_says_its_topic_is_is_a_kind_not_a_second_name(
    text: str, names: set[str]
) -> None:
    assert names_in(text) == names


# --- precision on real pages: contests, their entries and categories, terms ------------------


@pytest.mark.parametrize(
    "text",
    [
        "연구원은 ‘제5회 지방행정 혁신사례 발표대회’를 열었다.",
        "군은 ‘2027년 국비 확보 신규사업 발굴 보고회’를 열었다.",
        "평가는 ‘창의사업 부문’과 ‘목표공시 부문’으로 나눠 진행됐다.",
        "청년 일자리 창출 우수사업 부문에서는 세 곳이 최우수상을 받았다.",
        "복지 분야에서는 ‘마을 반찬 나눔 지원’과 ‘경로당 순회 진료’가 각각 우수작으로 뽑혔다.",
        "교통 분야에서는 남구가 ‘심야 버스 노선 신설’을 제안했다.",
        "시는 이른바 ‘깡통전세’를 실시간으로 가려낼 수 있는 체계를 갖췄다.",
        "결과물은 소셜네트워크서비스(SNS)에 올린다.",
    ],
)
def test_contests_their_entries_and_categories_and_explained_terms_are_not_programs(
    text: str,
) -> None:
    assert names_in(text) == set()


def test_a_quoted_name_that_is_run_at_once_is_a_program() -> None:
    assert names_in("구는 ‘마을 안심 귀가’를 실시해 왔다.") == {"마을 안심 귀가"}


# --- lists read with the shared enumeration reader --------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "마을마다 건강교실, 어르신 낙상예방 교육, 치매 조기검진 등이 운영된다.",
            {"건강교실", "어르신 낙상예방 교육", "치매 조기검진"},
        ),
        (
            "군은 호숫가 둘레길 조성, 관광 안내지도 제작, 상인 친절 교육 등을 추진한다.",
            {"호숫가 둘레길 조성", "관광 안내지도 제작", "상인 친절 교육"},
        ),
        (
            "시는 노인 일자리 및 사회활동 지원사업, 신중년 경력형 일자리 등 120개 사업을 벌인다.",
            {"노인 일자리 및 사회활동 지원사업", "신중년 경력형 일자리"},
        ),
        (
            "구는 청렴 릴레이 캠페인과 반부패·청렴 교육 등을 통해 문화를 바꿨다.",
            {"청렴 릴레이 캠페인", "반부패·청렴 교육"},
        ),
        (
            "센터는 실종을 막기 위한 지문 등록 서비스, 치매 치료비 지원 등의 치매관리 사업을 편다.",
            {"지문 등록 서비스", "치매 치료비 지원"},
        ),
    ],
)
def test_items_of_a_list_closed_by_등_and_a_program_word_or_a_running_verb(
    text: str, names: set[str]
) -> None:
    assert names_in(text) >= names
    assert not any(name.endswith(" 등") or "위한" in name for name in names_in(text))


@pytest.mark.parametrize(
    "text",
    [
        "뽑힌 기업에는 신용평가 우대, 금리 우대, 우대카드 발급 등 다양한 지원이 주어진다.",
        "- 팀마다 강사료, 운동용품, 체력 검사비 등 지원",
        "특히 복지, 환경, 관광 등 다양한 신규사업이 반영됐다.",
        "시는 하천 풀베기, 청사 주차 5부제 도입, 가로수 관리 강화, 백서 발간 등 12건을 마쳤다.",
    ],
)
def test_lists_of_benefits_supplies_fields_or_chores_are_not_programs(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "▲디지털 전환에 대비하는 소상공인 지원정책 ▲상권의 회복을 위한 골목상권 살리기 사업",
            {"소상공인 지원정책", "골목상권 살리기 사업"},
        ),
        ("▲찾아가는 마을 교실 ▲청년 창업 지원사업", {"찾아가는 마을 교실", "청년 창업 지원사업"}),
        (
            "구는 ▲청년 마을 운영, 청년 쉼터 조성 등 청년 정착 정책 ▲동네 돌봄 사업을 펼쳤다.",
            {"청년 마을", "청년 쉼터 조성", "동네 돌봄 사업"},
        ),
    ],
)
def test_a_marked_item_is_named_without_the_clause_that_describes_it(
    text: str, names: set[str]
) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("계획은 공공 일자리 700명, 직업 훈련 390명, 취업 알선 등 고용서비스 160건이다.", set()),
        (
            "마을엔 다양한 건강교육 및 건강상담, 걷기 교실, 금연 지원 프로그램 등이 운영된다.",
            {"걷기 교실", "금연 지원 프로그램"},
        ),
        ("서울을 뺀 15개 광역지자체와 남양주시 등 160곳이 이 사업에 참여한다.", set()),
    ],
)
def test_counted_breakdowns_kinds_and_bodies_in_a_list_are_not_programs(
    text: str, names: set[str]
) -> None:
    assert names_in(text) == names


# --- head words: schemes and named drills -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("도는 지역 일자리 공시제를 통해 목표를 알린다.", {"지역 일자리 공시제"}),
        ("구는 청렴 마일리지제를 올해 처음 도입했다.", {"청렴 마일리지제"}),
        ("군은 재난대응 안전한국훈련을 오는 15일 실시한다.", {"재난대응 안전한국훈련"}),
        ("훈련은 불시화재 대피훈련과 복합재난 대응 토론훈련으로 짜였다.", set()),
        ("대상은 6개월 이상 직업훈련 이력이 없는 청년이다.", set()),
        ("군은 3년 만에 현장훈련을 실시했다.", set()),
    ],
)
def test_schemes_and_drills_with_a_name_of_their_own_are_programs(
    text: str, names: set[str]
) -> None:
    assert names_in(text) == names


# --- marked lists: △ items, clauses and counted groups inside an item, the last item -----------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "주제는 △전세 계약 도움 서비스(3개 구) △동네 반찬 나눔 사업(5개 구) 등 2개다.",
            {"전세 계약 도움 서비스", "동네 반찬 나눔 사업"},
        ),
        (
            "▲관광 분야에 야간 경관 조명 설치사업 등 5개 사업 ▲복지 분야에 경로당 냉방비 지원사업"
            " 등 8개 사업이다.",
            {"야간 경관 조명 설치사업", "경로당 냉방비 지원사업"},
        ),
        (
            "▲진로 상담 ▲면접 교육을 바탕으로 직무 체험 프로그램, 현직자 멘토링 등 과정이 있다.",
            {"면접 교육", "직무 체험 프로그램", "현직자 멘토링"},
        ),
        (
            "위원회는 ▲ 역사 공원 안내소 설치사업 3천만원 전액 삭감 ▲ 마을 공연 지원 500만원 중"
            " 200만원 삭감했다.",
            {"역사 공원 안내소 설치사업", "마을 공연 지원"},
        ),
    ],
)
def test_marked_items_named_without_notes_clauses_counted_groups_or_sums(
    text: str, names: set[str]
) -> None:
    assert names_in(text) >= names
    assert not any(" 등" in name or "분야에" in name or "만원" in name for name in names_in(text))


@pytest.mark.parametrize(
    "text",
    [
        "군은 예산 확보 대상 사업으로 12건을 골랐다.",
        "올해는 양성 과정도 초급과 중급으로 나눈다.",
        "청년의 자립을 돕기 위한 취업 연계형 사업이다.",
    ],
)
def test_a_selection_a_bare_course_and_a_described_predicate_are_no_names(text: str) -> None:
    assert names_in(text) == set()


def test_a_stage_of_a_program_is_no_name() -> None:
    assert names_in("구는 ‘청년 도약’의 단기 프로그램 참여자를 모집한다.") == {"청년 도약"}


def test_two_items_side_by_side_keep_their_own_names() -> None:
    text = "주요사업은 ▲취업지원 프로그램 ▲전문가 교육연계 취업지원 등이다."
    assert names_in(text) == {"취업지원 프로그램", "전문가 교육연계 취업지원"}


def test_a_list_of_programs_an_official_names_is_read_too() -> None:
    text = "그는 “마을 건강교실, 치매 조기검진 등의 다양한 치매관리 사업을 잇겠다”고 말했다."
    assert names_in(text) == {"마을 건강교실", "치매 조기검진"}


# --- the headline is part of the story ----------------------------------------------------------


def test_a_short_mention_is_named_as_the_headline_names_it() -> None:
    article = Article(
        title="군, 2027년 재난대응 안전한국훈련 준비 회의 열어",
        text="안전한국훈련은 해마다 모든 기관이 참여하는 점검 훈련이다.",
    )
    found = [fact for fact in extract(article) if fact.kind == FactKind.PROGRAM]
    assert [fact.fields["name"] for fact in found] == ["재난대응 안전한국훈련"]
    assert [fact.text for fact in found] == ["안전한국훈련"]


@pytest.mark.parametrize(
    "text",
    [
        "평가는 시·도가 추진한 국가위임사무, 국고보조사업, 국가 주요시책 등의 추진 성과를 본다.",
        "도는 국고보조사업 집행을 서둘렀다.",
    ],
)
def test_kinds_of_work_an_evaluation_covers_are_not_programs(text: str) -> None:
    assert names_in(text) == set()


# --- nouns that end like a particle inside a name ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("주요 사업은 마을 하수관로 정비사업(38억원) 등이다.", {"마을 하수관로 정비사업"}),
        ("군은 호숫가 산책로 조성사업을 마쳤다.", {"호숫가 산책로 조성사업"}),
        ("구는 청렴 릴레이 캠페인을 벌였다.", {"청렴 릴레이 캠페인"}),
        ("구가 청년 창업 지원사업을 넓힌다.", {"청년 창업 지원사업"}),
        ("시는 올해도 청년 창업 지원사업을 넓힌다.", {"청년 창업 지원사업"}),
        ("군은 도정의 최우선 과제인 청년 정착 지원사업에 힘을 쏟는다.", {"청년 정착 지원사업"}),
    ],
)
def test_nouns_that_end_like_a_particle_stay_in_the_name(text: str, names: set[str]) -> None:
    assert names_in(text) == names


def test_budget_lines_listed_with_their_sums_name_their_projects() -> None:
    text = "예산은 기초연금 300억원, 강변 하수관로 정비 60억원, 청소년 문화의집 건립 47억원 등이다."
    assert names_in(text) == {"강변 하수관로 정비", "청소년 문화의집 건립"}


def test_a_single_sum_or_fields_with_sums_name_no_project() -> None:
    assert names_in("분야별로 사회복지 1161억 원, 농림 931억 원, 환경 870억 원 등이다.") == set()
    assert names_in("군은 강변 하수관로 정비 60억원을 새로 담았다.") == set()


def test_commendations_in_a_described_list_are_awards_not_programs() -> None:
    text = "- 국무총리 표창 : 김하나 씨 - 마을 공동체를 이끈 공로"
    assert names_in(text) == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "행진에서는 금연, 구강건강, 모유수유 및 모자보건사업, 출산비용지원, 건강생활실천사업"
            " 등에 대한 홍보를 펼쳤다.",
            {"모유수유 및 모자보건사업", "출산비용지원", "건강생활실천사업"},
        ),
        (
            "남구 역시 주민 감사관 운영, 청렴 해피콜 운영 등이 좋은 평가를 받았다.",
            {"주민 감사관", "청렴 해피콜"},
        ),
        (
            "증액사업은 소하천재해복구사업 23억원 ,지방하천재해복구공사 1억8000만원 등이다.",
            {"소하천재해복구사업", "지방하천재해복구공사"},
        ),
    ],
)
def test_lists_promoted_or_praised_and_budget_lines_of_one_word(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("도는 사업비 20억 원을 투입한 기본계획수립 용역을 추진한다.", {"기본계획수립 용역"}),
        ("공모 지침상 민간투자 사업 중 절반 이상은 숙박시설에 쓰인다.", set()),
    ],
)
def test_a_contracted_study_is_a_project_and_funding_by_rule_is_a_kind(
    text: str, names: set[str]
) -> None:
    assert names_in(text) == names


# --- a contest of cases: its entries are not programs, unless plainly so -----------------------


def test_cases_that_win_a_contest_are_entries_unless_they_are_plainly_programs() -> None:
    article = Article(
        text=(
            "구는 ‘2027 구정 우수사례 발표대회’를 열었다. 금상은 정보과의 ‘공개 소프트웨어를"
            " 활용한 업무개선’이 차지했다. 은상은 복지과의 ‘이웃 집수리 사업’에 돌아갔다."
        )
    )
    found = [fact for fact in extract(article) if fact.kind == FactKind.PROGRAM]
    assert {fact.fields["name"] for fact in found} == {"이웃 집수리 사업"}


@pytest.mark.parametrize(
    "text",
    [
        "최우수 사례로는 시 공동체정책과 김하나 주무관의 사례가 뽑혔다.",
        "울산 남구는 한 해 동안 국가 공모사업으로 300억 원을 확보했다.",
    ],
)
def test_a_department_before_its_officer_and_a_span_of_time_are_no_names(text: str) -> None:
    assert names_in(text) == set()


def test_a_name_joined_by_a_middle_dot_and_a_verb_before_a_name() -> None:
    text = "도는 고용ㆍ복지종합센터를 만들어 원스톱 취업지원서비스를 시작했다."
    assert names_in(text) == {"고용ㆍ복지종합센터", "원스톱 취업지원서비스"}


@pytest.mark.parametrize(
    "text",
    [
        "신청 자격은 최근 3년간 평생교육 프로그램 운영 실적이 있는 단체다.",
        "이들 프로그램은 기관마다 두 개 이상 열어야 한다.",
        "다음 달부터 무료 평생교육 프로그램이 운영된다.",
        "올해 프로그램은 ▦시민교육 프로그램 ▦가족대상 프로그램 등으로 구분된다.",
    ],
)
def test_spans_pointers_free_kinds_and_sorted_kinds_are_no_names(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "내년에는 친환경 교통수단, 기후위기, 멸종위기 생물 등의 환경 교육 콘텐츠를 올린다.",
            set(),
        ),
        (
            "군은 도시재생 사업 구역 내 집수리 지원 사업을 시행한다.",
            {"집수리 지원 사업"},
        ),
        ("교육청은 작은 학교 지원 등 주요 교육청 추진사업을 설명했다.", set()),
        (
            "과정은 단기(5주), 중기(15주), 장기(25주) 등 3개 과정으로 운영한다.",
            set(),
        ),
    ],
)
def test_topics_places_pursued_kinds_and_stages_are_no_names(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "군은 청년 창업캠프와 마을 돌봄 교실을 운영한 공로로 상을 받았다.",
            {"청년 창업캠프", "마을 돌봄 교실"},
        ),
        ("구는 민원실과 상담실을 운영해 왔다.", set()),
    ],
)
def test_a_list_the_body_runs_without_등(text: str, names: set[str]) -> None:
    assert names_in(text) == names
