"""Award sentence families seen in press releases and news, each with near-misses that stay silent.

Every sentence here was written for these tests: who received a prize when other bodies in the
sentence held or judged the evaluation, grades in quotes and in histories, prizes listed apart in
one sentence, staff commendations, certifications, list items and sentences without a subject.
"""

from __future__ import annotations

from typing import Any

import pytest

from govreader.model import FactKind
from tests.facts_helpers import kind_fields


def awards(text: str, published: str | None = "2025-06-10") -> list[dict[str, Any]]:
    return kind_fields(text, FactKind.AWARD, published=published)


def pairs(text: str) -> set[tuple[Any, ...]]:
    return {(a.get("recipient"), a.get("prize"), a.get("year")) for a in awards(text)}


# --- the body that held or judged the evaluation is not its recipient ----------------------


@pytest.mark.parametrize(
    ("text", "recipient", "organizer"),
    [
        (
            "김해시는 경상남도가 18개 시군을 대상으로 실시한 ‘2024년 자원순환 시책 평가’에서 "
            "최우수기관으로 선정됐다.",
            "김해시",
            "경상남도",
        ),
        (
            "보령시는 한국관광공사가 지난달 발표한 ‘2025 열린관광지 평가’에서 우수 등급을 받았다.",
            "보령시",
            "한국관광공사",
        ),
        (
            "영월군은 환경부가 주최하고 한국환경공단이 심사를 맡은 ‘제5회 탄소중립 경진대회’에서 "
            "우수상을 차지했다.",
            "영월군",
            "환경부",
        ),
        (
            "달성군이 농림축산식품부가 연 ‘2025 농촌관광 우수사례 경진대회’에서 장려상을 받았다.",
            "달성군",
            "농림축산식품부",
        ),
        (
            "행정안전부가 실시한 ‘2025년 지방재정 평가’에서 충주시가 최우수기관으로 선정됐다.",
            "충주시",
            "행정안전부",
        ),
    ],
)
def test_the_host_of_the_evaluation_is_its_organizer(
    text: str, recipient: str, organizer: str
) -> None:
    [award] = awards(text)
    assert (award["recipient"], award["organizer"]) == (recipient, organizer)


def test_a_body_that_built_a_quoted_policy_is_still_the_recipient() -> None:
    text = (
        "충주시가 새로 도입한 ‘찾아가는 세무상담’으로 ‘2025 적극행정 경진대회’에서 우수상을 받았다."
    )
    assert pairs(text) == {("충주시", "우수상", 2025)}


@pytest.mark.parametrize(
    "text",
    [
        "당진시는 이 같은 성과를 인정받아 ‘2025 지역혁신 대상’에서 대상을 받았다.",
        "당진시는 심사를 맡은 위원들로부터 ‘2025 지역혁신 대상’에서 대상을 받았다.",
    ],
)
def test_one_syllable_verbs_before_은_are_no_subjects(text: str) -> None:
    assert pairs(text) == {("당진시", "대상", 2025)}


# --- grades the organizer picks are not received -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "심사위원회는 서면과 현장 평가를 거쳐 최우수상 1곳과 우수상 3곳을 가려냈다.",
        "이번 평가는 서면심사를 거쳐 우수 기관을 가려냈으며, 결과는 높은 점수를 받은 순이다.",
        "도는 평가를 거쳐 우수기관을 선정했고, 대상 기관들은 표창을 받았다.",
        "도는 올해 평가에서 우수 기관을 뽑아 표창할 계획이다.",
        "평가 결과는 ‘최우수’, ‘우수’, ‘보통’ 등급으로 나뉜다.",
        "진천군은 지난해 ‘보통’ 등급에 머물렀다.",
    ],
)
def test_grades_picked_or_described_are_no_awards(text: str) -> None:
    assert awards(text) == []


# --- grades in quotes, word grades, grand prizes in a category -----------------------------


@pytest.mark.parametrize(
    ("text", "prize"),
    [
        ("영월군은 이번 평가에서 최고 등급인 ‘탁월’ 등급을 받았다.", "탁월 등급"),
        ("옥천군이 ‘2025 주민참여예산 평가’에서 ‘최우수’ 등급을 받았다.", "최우수 등급"),
        ("옥천군은 ‘2025 기록관리 평가’에서 최우수 등급을 받았다.", "최우수 등급"),
        ("강서구는 ‘2025 청렴 대상’에서 ‘최우수상’을 수상했다.", "최우수상"),
        ("고창군은 ‘2025 농촌관광 어워드’ 체험 부문 대상을 받았다.", "대상"),
    ],
)
def test_grades_in_quotes_and_word_grades(text: str, prize: str) -> None:
    assert [a["prize"] for a in awards(text)] == [prize]


def test_numbered_grades_keep_the_word() -> None:
    assert [a["prize"] for a in awards("서천군은 ‘2025 안전지수’에서 2등급을 받았다.")] == ["2등급"]


# --- several prizes in one sentence ----------------------------------------------------------


def test_prizes_listed_apart_are_separate_awards_with_their_own_category() -> None:
    text = (
        "통영시는 ‘2025 대한민국 관광대상’에서 ‘한산대첩축제’가 역사문화 부문 대상을, "
        "‘통영 야경투어’가 야간관광 부문 우수상을 각각 받았다."
    )
    found = {(a["recipient"], a["prize"], a.get("category")) for a in awards(text)}
    assert found == {
        ("통영시", "대상", "역사문화 부문"),
        ("통영시", "우수상", "야간관광 부문"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "청송군은 ‘2025 산림정책 평가’에서 최우수기관으로 선정돼 산림청장 표창을 받았다.",
        "청송군은 ‘2025 산림정책 평가’에서 최우수기관에 선정돼 산림청장상과 상금을 받았다.",
    ],
)
def test_a_grade_and_the_commendation_it_brings_are_one_award(text: str) -> None:
    assert pairs(text) == {("청송군", "최우수기관", 2025)}


# --- histories ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "공주시는 2022년 ‘우수’, 2023년과 2024년 ‘최우수’ 등급을 받았다.",
            {
                ("공주시", "우수", 2022),
                ("공주시", "최우수 등급", 2023),
                ("공주시", "최우수 등급", 2024),
            },
        ),
        (
            "영천시는 2021년·2022년 우수기관에 이어 올해 최우수기관에 올랐다.",
            {
                ("영천시", "우수기관", 2021),
                ("영천시", "우수기관", 2022),
                ("영천시", "최우수기관", 2025),
            },
        ),
        (
            "강서구는 2021년 ‘장려상’, 2023년 ‘우수상’을 받았다.",
            {("강서구", "장려상", 2021), ("강서구", "우수상", 2023)},
        ),
        (
            "화순군은 2022년 전라남도가 주관한 관광 평가에서 우수상을 받았고, 2024년에는 "
            "문화체육관광부로부터 관광진흥 유공 기관표창을 받은 바 있다.",
            {("화순군", "우수상", 2022), ("화순군", "기관표창", 2024)},
        ),
    ],
)
def test_histories_give_one_award_per_year(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "앞서 영천시는 지난 4월 ‘2025 스마트시티 경진대회’에서 장려상을 받기도 했다.",
        "영천시는 ‘2025 스마트시티 평가’에서 최우수기관에 올랐다.",
    ],
)
def test_more_receiving_verbs(text: str) -> None:
    assert [a["recipient"] for a in awards(text)] == ["영천시"]


# --- staff commendations ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "이 과정에서 건강증진과 김민수 주무관과 위생과 정하은 주무관이 "
            "경기도지사 표창을 받았다.",
            {"김민수 주무관", "정하은 주무관"},
        ),
        (
            "‘2025년 산불방지 유공’ 포상에서 산림녹지과 오세훈 주무관과 민원과 한지민 팀장이 "
            "산림청장 표창을 받았다.",
            {"오세훈 주무관", "한지민 팀장"},
        ),
        (
            "김철수 복지관장과 이영희 주무관이 보건복지부장관 표창을 받았다.",
            {"김철수 복지관장", "이영희 주무관"},
        ),
        (
            "박서준과 정하은 주무관이 행정안전부장관 표창을 받았다.",
            {"박서준", "정하은 주무관"},
        ),
    ],
)
def test_departments_ending_in_과_are_not_recipients(text: str, expected: set[str]) -> None:
    assert {a["recipient"] for a in awards(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "① 복지정책과 김하늘 주무관 – 보건복지부장관 표창\n"
            "② 교통과 이도윤 팀장 – 국무총리 표창",
            {("김하늘 주무관", "보건복지부장관 표창"), ("이도윤 팀장", "국무총리 표창")},
        ),
        ("- 세무과 박지성 주무관: 행정안전부장관 표창", {("박지성 주무관", "행정안전부장관 표창")}),
        ("3. 안전총괄과 최유리 계장 - 도지사 표창", {("최유리 계장", "도지사 표창")}),
    ],
)
def test_list_items_of_staff_and_their_commendation(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(a["recipient"], a["prize"]) for a in awards(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "○ 담당: 복지정책과 김하늘 주무관 – 문의 031-123-4567",
        "- 시상 일정 – 12월 5일",
        "김하늘 주무관 – 보건복지부장관 표창 추천 예정",
    ],
)
def test_list_items_without_a_commendation_are_silent(text: str) -> None:
    assert awards(text) == []


def test_a_merit_commendation_of_a_body() -> None:
    text = "양평군은 지난해 농림축산식품부로부터 귀농귀촌 유공 기관표창을 받았다."
    assert pairs(text) == {("양평군", "기관표창", 2024)}


# --- certifications -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "청주시는 지난 10월 한국표준협회로부터 품질경영시스템 ISO 9001 인증을 획득했다.",
            "품질경영시스템 ISO 9001 인증",
        ),
        ("마포구는 여성가족부의 가족친화인증을 받았다.", "가족친화인증"),
        ("이천시는 지난해 ‘2024 스마트도시 인증’을 받았다.", "2024 스마트도시 인증"),
    ],
)
def test_certifications_obtained(text: str, name: str) -> None:
    [award] = awards(text)
    assert award["name"] == name
    assert "prize" not in award


@pytest.mark.parametrize(
    "text",
    [
        "인증을 받은 업체에는 최대 1천만 원을 지원한다.",
        "시는 내년까지 ISO 37001 인증을 획득할 계획이다.",
        "구는 가족친화 인증 기업을 늘릴 방침이다.",
        "시는 가족친화인증을 받아야 지원받을 수 있다고 안내했다.",
    ],
)
def test_certifications_planned_or_required_are_silent(text: str) -> None:
    assert awards(text) == []


# --- sentences without a subject ---------------------------------------------------------


def test_a_past_award_without_a_subject_goes_to_the_body_of_the_article() -> None:
    text = (
        "정읍시는 ‘2025년 지역안전지수’에서 1등급을 받았다.\n\n"
        "2022년에는 행정안전부 ‘지역안전 우수사례’ 평가에서 우수상을 받은 바 있다."
    )
    assert pairs(text) == {("정읍시", "1등급", 2025), ("정읍시", "우수상", 2022)}


@pytest.mark.parametrize(
    "second",
    [
        "최우수상을 받은 팀에게는 상금 300만 원을 준다.",
        "지난해 우수상을 받은 마을은 다섯 곳이다.",
        "우수상은 3개 팀에게 돌아갔다.",
    ],
)
def test_prizes_of_others_without_a_subject_are_silent(second: str) -> None:
    assert awards(f"정읍시는 올해 귀농 지원을 늘린다.\n\n{second}") == []


def test_the_subject_of_the_reported_clause_received_it() -> None:
    text = (
        "화천군은 군립도서관이 문화체육관광부가 주최한 ‘2025 도서관 운영 평가’에서 "
        "우수상을 받았다고 밝혔다."
    )
    assert pairs(text) == {("군립도서관", "우수상", 2025)}


def test_a_host_marked_with_에서_leaves_the_subject_its_recipient() -> None:
    text = (
        "영광군은 영광군 누리집이 과학기술정보통신부에서 주관하는 ‘2025 웹 접근성 인증심사’에서 "
        "품질 인증을 획득했다고 밝혔다."
    )
    [award] = awards(text)
    assert (award["recipient"], award["organizer"]) == ("영광군 누리집", "과학기술정보통신부")


@pytest.mark.parametrize(
    ("text", "prize"),
    [
        ("춘천시는 ‘2025 경영평가’에서 가장 높은 ‘S등급’을 받았다.", "S등급"),
        ("춘천시의회가 ‘2025 의정활동 평가’에서 우수의회로 선정됐다.", "우수의회"),
        ("완도군이 ‘2026 기금 평가’에서 최고 등급을 받아 우수 시군으로 선정됐다.", "우수 시군"),
        ("완도군이 ‘2026 기금 평가’에서 최고 등급을 받았다.", "최고 등급"),
        ("금천구는 ‘2025 공공데이터 평가’에서 ‘우수’를 받았다.", "우수"),
        ("금천구는 ‘2025 공공데이터 평가’에서 ‘최우수’로 선정됐다.", "최우수"),
        ("금천구는 ‘2025 공공데이터 평가’ 결과 우수기관 표창을 받았다.", "우수기관"),
        ("금천구는 ‘2025 혁신평가’에서 ‘혁신 우수기관’으로 선정됐다.", "우수기관"),
    ],
)
def test_more_grade_shapes(text: str, prize: str) -> None:
    assert [a["prize"] for a in awards(text)] == [prize]


@pytest.mark.parametrize(
    "text",
    [
        "김 시장은 “지난해 최우수상을 받은 데 이어 올해도 좋은 결과를 얻었다”고 말했다.",
        "구청장은 “‘2025 복지 평가’에서 받은 상은 주민의 몫”이라고 말했다.",
    ],
)
def test_awards_inside_what_an_official_says_are_silent(text: str) -> None:
    assert awards(text) == []


def test_a_subjectless_past_award_after_a_staff_commendation_goes_to_the_body() -> None:
    text = (
        "무주군은 ‘2025년 산림행정 평가’에서 최우수기관으로 선정됐다.\n\n"
        "산림과 김도윤 주무관이 산림청장 표창을 받았다.\n\n"
        "2023년에는 같은 평가에서 우수기관으로 선정된 바 있다."
    )
    assert ("무주군", "우수기관", 2023) in pairs(text)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("태안군은 2020년부터 2022년까지 3년 연속 우수기관으로 선정됐다.", {2020, 2021, 2022}),
        ("태안군은 2021~2023년 우수상을 받았다.", {2021, 2022, 2023}),
        (
            "태안군은 2020년부터 2022년까지 청년 일자리 사업을 운영해 2023년 우수상을 받았다.",
            {2023},
        ),
    ],
)
def test_a_range_of_years_gives_one_award_a_year(text: str, years: set[int]) -> None:
    assert {a["year"] for a in awards(text)} == years


@pytest.mark.parametrize(
    "second",
    [
        "참여 기업 15곳이 ISO 9001 인증을 받았다.",
        "청년 부문 대상을 확대해 500명이 혜택을 받았다.",
    ],
)
def test_others_certified_or_a_target_group_are_no_awards_of_the_body(second: str) -> None:
    assert awards(f"정읍시는 중소기업과 청년 지원을 늘렸다.\n\n{second}") == []


@pytest.mark.parametrize(
    ("text", "name", "organizer"),
    [
        (
            "강북구 보건소는 감염병 대응 유공 질병관리청장 표창을 받았다.",
            "감염병 대응 유공",
            None,
        ),
        (
            "‘2025년 산불방지 유공’ 포상에서 산림녹지과 오세훈 주무관이 산림청장 표창을 받았다.",
            "2025년 산불방지 유공",
            None,
        ),
        (
            "양평군은 지난해 농림축산식품부로부터 귀농귀촌 유공 기관표창을 받았다.",
            "귀농귀촌 유공",
            "농림축산식품부",
        ),
        (
            "청주시는 한국표준협회로부터 품질경영시스템 ISO 9001 인증을 획득했다.",
            "품질경영시스템 ISO 9001 인증",
            "한국표준협회",
        ),
    ],
)
def test_merit_names_and_givers(text: str, name: str, organizer: str | None) -> None:
    [award] = awards(text)
    assert (award.get("name"), award.get("organizer")) == (name, organizer)


def test_each_clause_of_a_history_names_its_own_award() -> None:
    text = (
        "화순군은 2022년 전라남도가 주관한 관광 평가에서 우수상을 받았고, 2024년에는 "
        "문화체육관광부로부터 관광진흥 유공 기관표창을 받은 바 있다."
    )
    found = {a["year"]: (a.get("name"), a.get("organizer")) for a in awards(text)}
    assert found == {
        2022: ("관광 평가", "전라남도"),
        2024: ("관광진흥 유공", "문화체육관광부"),
    }


def test_a_quoted_word_that_merely_praises_is_no_grade() -> None:
    assert awards("금천구는 주민들에게 ‘우수’한 평가를 받았다.") == []


def test_a_prize_followed_by_에_이어_was_received() -> None:
    text = (
        "김제시가 ‘2025 농촌관광 평가’에서 우수상을 받았다.\n\n"
        "시는 2023년 장려상에 이어 두 번째 수상이다."
    )
    assert pairs(text) == {("김제시", "우수상", 2025), ("김제시", "장려상", 2023)}


def test_a_staff_member_as_subject_keeps_their_name() -> None:
    text = "또 보건소 금연팀 한소희 주무관은 금연사업 유공으로 보건복지부장관 표창을 받았다."
    [award] = awards(text)
    assert (award["recipient"], award["name"]) == ("한소희 주무관", "금연사업 유공")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("부평구는 여성가족부로부터 ‘가족친화 우수기관’ 인증을 받았다.", "가족친화 우수기관 인증"),
        (
            "순천만국가정원이 한국관광공사가 선정한 ‘2025 한국관광 100선’에 이름을 올렸다.",
            "2025 한국관광 100선",
        ),
    ],
)
def test_quoted_certifications_and_top_lists(text: str, name: str) -> None:
    assert [a["name"] for a in awards(text)] == [name]


def test_a_district_picked_as_an_excellent_district() -> None:
    text = "동작구가 ‘2025 자치구 평가’에서 4개 분야 우수구로 선정됐다."
    assert pairs(text) == {("동작구", "우수구", 2025)}


@pytest.mark.parametrize(
    "text",
    [
        "구는 2019년 첫 인증 이후 재인증을 이어가고 있다.",
        "순천만국가정원은 2017년부터 다섯 번 연속 선정됐다.",
        "구는 ‘2024 청렴도 평가’에 이어 올해도 자체 조사를 한다.",
    ],
)
def test_streaks_and_follow_ups_without_a_prize_are_silent(text: str) -> None:
    assert awards(text) == []


@pytest.mark.parametrize(
    "second",
    [
        "구는 국토교통부의 ‘2025 스마트도시 챌린지’ 사업에 선정돼 국비 15억 원을 받는다.",
        "구는 ‘2025 관광 두레 경진대회’ 공모에 선정돼 국비 3억 원을 받았다.",
        "구는 지난해 청년 일자리 사업 평가에서 높은 점수를 받았다.",
        "구는 ‘2025 주민자치 평가’에서 좋은 평가를 받았다.",
        "구는 지난해 최우수 등급을 받은 경로당 5곳에 운영비를 더 줬다.",
        "구는 우수상을 수상한 동아리 3곳에 활동비를 지원했다.",
        "구는 ‘2025 청년 창업 경진대회’를 열어 대상 1팀과 최우수상 2팀을 뽑았다.",
    ],
)
def test_grants_good_marks_and_prizes_of_others_are_no_awards_of_the_body(second: str) -> None:
    assert awards(f"마포구는 올해 주민 정책을 늘린다.\n\n{second}") == []


def test_a_prize_received_before_the_past_verb_ending_is_kept() -> None:
    text = "마포구는 올해 주민 정책을 늘린다.\n\n구는 2023년 우수상을 받은 바 있다."
    assert pairs(text) == {("마포구", "우수상", 2023)}


def test_a_contest_run_as_a_call_for_entries_keeps_its_name() -> None:
    text = "서초구가 ‘2025 탄소중립 우수사례 경진대회’ 공모에서 최우수상을 받았다."
    assert [a.get("name") for a in awards(text)] == ["2025 탄소중립 우수사례 경진대회"]


def test_residents_honoured_at_a_ceremony_one_clause_each() -> None:
    text = (
        "이날 시상식에서는 20년간 경로식당 봉사를 해 온 최정숙 씨가 대상을 받았고, "
        "한동수 씨와 오미란 씨가 최우수상을 받았다."
    )
    assert {(a["recipient"], a["prize"]) for a in awards(text)} == {
        ("최정숙 씨", "대상"),
        ("한동수 씨", "최우수상"),
        ("오미란 씨", "최우수상"),
    }


def test_a_prize_received_before_a_later_one_keeps_its_year() -> None:
    text = "오산시는 지난 2021년 같은 상에서 최우수상을 받은 이후 4년 만에 대상을 차지했다."
    assert pairs(text) == {("오산시", "최우수상", 2021)}


def test_last_years_award_of_the_same_grade_is_its_own_award() -> None:
    text = (
        "거제시는 ‘2025 어촌뉴딜 평가’에서 우수 지자체로 선정됐다. "
        "거제시는 지난해에도 같은 평가에서 우수 지자체에 선정됐다."
    )
    assert pairs(text) == {("거제시", "우수 지자체", 2025), ("거제시", "우수 지자체", 2024)}


@pytest.mark.parametrize(
    ("text", "recipient", "prize"),
    [
        (
            "인천시 미추홀구청 민원여권과가 ‘2025 민원서비스 종합평가’에서 ‘가’ 등급을 받았다.",
            "인천시 미추홀구청 민원여권과",
            "가등급",
        ),
        (
            "울산 중구는 ‘2025 안전대상’에서 행정안전부 장관상을 수상했다.",
            "울산 중구",
            "행정안전부 장관상",
        ),
        (
            "목포시 하당동 행정복지센터는 ‘2025 주민자치 대회’에서 우수상을 수상했다.",
            "목포시 하당동 행정복지센터",
            "우수상",
        ),
        ("세종시교육청이 ‘2025 교육청 평가’에서 ‘S’ 등급을 받았다.", "세종시교육청", "S등급"),
    ],
)
def test_recipients_keep_their_region_and_letter_grades_their_등급(
    text: str, recipient: str, prize: str
) -> None:
    assert [(a["recipient"], a["prize"]) for a in awards(text)] == [(recipient, prize)]


def test_a_body_named_with_and_without_its_region_is_one_recipient() -> None:
    text = "울산 중구는 ‘2025 안전대상’에서 우수상을 받았다. 중구는 올해 처음 우수상을 받았다."
    assert len(awards(text)) == 1


# --- an organizer announces who it picked, grade by grade -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "교육부는 전국 시도교육청을 대상으로 실시한 ‘2025년 학교안전 종합평가’ 결과, "
            "대구시교육청과 세종시교육청 등 2곳을 최우수기관으로, 강원도교육청·제주도교육청 등 "
            "2곳을 우수기관으로 각각 선정했다고 3일 밝혔다.",
            {
                ("대구시교육청", "최우수기관", 2025),
                ("세종시교육청", "최우수기관", 2025),
                ("강원도교육청", "우수기관", 2025),
                ("제주도교육청", "우수기관", 2025),
            },
        ),
        (
            "경기도는 ‘청렴도 자체 평가’ 결과를 토대로 수원시, 화성시, 경기 광주시를 최우수 "
            "시군으로 뽑았다.",
            {
                ("수원시", "최우수 시군", 2025),
                ("화성시", "최우수 시군", 2025),
                ("경기 광주시", "최우수 시군", 2025),
            },
        ),
        (
            "환경부는 ‘제3회 물절약 평가’에서 김해시를 최우수기관으로, 양산시와 밀양시를 "
            "우수기관으로 선정했다.",
            {
                ("김해시", "최우수기관", 2025),
                ("양산시", "우수기관", 2025),
                ("밀양시", "우수기관", 2025),
            },
        ),
        (
            "국토교통부는 올해 ‘도시재생 평가’를 거쳐 전북 익산시와 충남 공주시를 우수기관으로 "
            "선정하였다.",
            {("전북 익산시", "우수기관", 2025), ("충남 공주시", "우수기관", 2025)},
        ),
    ],
)
def test_an_organizer_names_the_bodies_it_picked_per_grade(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "행정안전부는 다음 달 평가를 거쳐 우수 자치단체 5곳을 최우수기관으로 선정할 예정이다.",
        "시는 관내 어린이집 3곳을 우수기관으로 선정해 표창했다.",
        "도는 시군별 실적을 모아 상위 기관을 우수기관으로 선정했다.",
        "시는 ‘2025 시책 경진대회’에서 복지정책과와 세무과를 최우수 부서로 선정했다.",
        "농식품부는 읍면 주민 500명을 대상으로 선정했다.",
    ],
)
def test_picks_planned_or_of_no_named_body_are_silent(text: str) -> None:
    assert awards(text) == []


# --- histories told with 지난해 and 올해, and anaphora -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "진천군은 2023년 같은 평가에서 우수기관에 올랐으나 지난해에는 장려기관에 머물렀다.",
            {("진천군", "우수기관", 2023), ("진천군", "장려기관", 2024)},
        ),
        (
            "남해군은 2022년 관광 부문 장려상, 지난해 같은 부문 우수상을 받은 데 이어 올해 "
            "대상까지 차지했다.",
            {("남해군", "장려상", 2022), ("남해군", "우수상", 2024), ("남해군", "대상", 2025)},
        ),
        (
            "공주시는 작년 최우수상을 수상한 데 이어 올해 우수상을 받았다.",
            {("공주시", "최우수상", 2024), ("공주시", "우수상", 2025)},
        ),
    ],
)
def test_histories_told_with_last_year_and_this_year(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert pairs(text) == expected


def test_the_same_category_takes_the_category_named_before() -> None:
    found = awards(
        "남해군은 2022년 관광 부문 장려상, 지난해 같은 부문 우수상을 받았다.",
    )
    assert {a["category"] for a in found} == {"관광 부문"}


def test_a_past_award_of_a_recipient_told_with_바_있다() -> None:
    text = (
        "서구는 환경부가 주관한 ‘2025년 자원순환 평가’에서 최우수기관으로 선정됐다. "
        "서구는 앞서 2023년 같은 평가에서도 우수기관에 이름을 올린 바 있다."
    )
    assert pairs(text) == {("서구", "최우수기관", 2025), ("서구", "우수기관", 2023)}


# --- no subject, only the host of the evaluation --------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "앞서 지난달에는 충청남도가 실시한 ‘2025년 안전관리 평가’에서도 우수기관으로 뽑혔다.",
        "지난 4월에는 보건복지부가 주관한 ‘2025년 치매관리 평가’에서 우수상을 받았다.",
    ],
)
def test_a_host_is_no_subject_so_the_body_of_the_article_received_it(second: str) -> None:
    text = f"아산시가 ‘2025년 청렴 평가’에서 최우수기관으로 선정됐다. {second}"
    recipients = {a["recipient"] for a in awards(text)}
    assert recipients == {"아산시"}
    assert len(awards(text)) == 2


# --- other bodies' grades in an article about one body ---------------------------------------


@pytest.mark.parametrize(
    ("second", "also"),
    [
        (
            "인근 여주시와 이천시도 이번 평가에서 각각 우수기관과 장려기관에 이름을 올렸다.",
            {("여주시", "우수기관", 2025), ("이천시", "장려기관", 2025)},
        ),
        ("이웃한 고성군도 같은 평가에서 우수상을 받았다.", {("고성군", "우수상", 2025)}),
    ],
)
def test_neighbours_that_also_won_are_awards_of_the_story(
    second: str, also: set[tuple[Any, ...]]
) -> None:
    # The labels (LABELING.md) take every award of the main story, a neighbour's too.
    text = f"양평군이 ‘2025년 하천관리 평가’에서 최우수기관으로 선정됐다. {second}"
    assert pairs(text) == {("양평군", "최우수기관", 2025)} | also


def test_a_work_of_the_body_retelling_this_years_award_is_the_same_award() -> None:
    text = (
        "보령시는 ‘2025 대한민국 축제 대상’ 시상식에서 대상을 받았다. "
        "보령머드축제는 2023년 같은 시상식에서 우수상을 받은 데 이어 올해 대상까지 거머쥐었다."
    )
    assert pairs(text) == {("보령시", "대상", 2025), ("보령머드축제", "우수상", 2023)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "평가 결과 최우수기관에는 김포시, 우수기관에는 파주시와 고양시가 각각 이름을 올렸다.",
            {
                ("김포시", "최우수기관", 2025),
                ("파주시", "우수기관", 2025),
                ("고양시", "우수기관", 2025),
            },
        ),
        (
            "최우수기관으로는 경북 김천시가, 우수기관으로는 구미시·상주시가 뽑혔다.",
            {
                ("경북 김천시", "최우수기관", 2025),
                ("구미시", "우수기관", 2025),
                ("상주시", "우수기관", 2025),
            },
        ),
        (
            "심사 결과 안동시가 최우수기관으로, 영주시와 문경시가 우수기관으로 선정됐다.",
            {
                ("안동시", "최우수기관", 2025),
                ("영주시", "우수기관", 2025),
                ("문경시", "우수기관", 2025),
            },
        ),
        ("최우수기관에는 상금 1억 원, 우수기관에는 5천만 원이 주어졌다.", set()),
        ("우수기관에는 포상금이 지급된다.", set()),
    ],
)
def test_each_grade_then_the_bodies_that_got_it(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert pairs(text) == expected


def test_a_body_listed_with_the_others_keeps_every_grade_of_the_list() -> None:
    # The labels (LABELING.md) take every award of the main story, the other bodies' too.
    text = (
        "파주시가 ‘2025년 도로관리 평가’에서 우수기관으로 선정됐다. "
        "경기도는 이번 평가에서 김포시를 최우수기관으로, 파주시와 고양시를 우수기관으로 선정했다."
    )
    assert pairs(text) == {
        ("파주시", "우수기관", 2025),
        ("김포시", "최우수기관", 2025),
        ("고양시", "우수기관", 2025),
    }


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("김포시는 지난해에 이어 2년 연속 최우수기관에 선정됐다.", {2024, 2025}),
        (
            "김포시는 2023년과 지난해에 이어 올해까지 3년 연속 최우수기관으로 뽑혔다.",
            {2023, 2024, 2025},
        ),
        ("김포시는 2024년에 이어 올해도 최우수기관에 올랐다.", {2024, 2025}),
    ],
)
def test_a_streak_after_earlier_years_reaches_this_year(text: str, years: set[int]) -> None:
    assert {a["year"] for a in awards(text)} == years


def test_the_same_evaluation_takes_the_name_given_before() -> None:
    text = (
        "청주시가 ‘2025년 주민참여 평가’에서 최우수기관으로 선정됐다. "
        "청주시는 2023년 같은 평가에서도 우수기관에 올랐다."
    )
    # The 2023 award is the same evaluation's, named without this year (as labels write it).
    assert {a["name"] for a in awards(text)} == {"2025년 주민참여 평가", "주민참여 평가"}


@pytest.mark.parametrize(
    "second",
    [
        "군은 지난해 같은 평가에서 ‘보통’ 등급에 머물렀으나 1년 만에 최우수기관으로 올라섰다.",
        "군은 지난해 하위권이었지만 올해는 최우수기관에 올랐다.",
    ],
)
def test_a_year_told_before_a_turn_is_not_the_prizes_year(second: str) -> None:
    text = f"강진군이 ‘2025년 청렴 평가’에서 최우수기관으로 선정됐다. {second}"
    assert pairs(text) == {("강진군", "최우수기관", 2025)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "평가 결과 천안시와 아산시가 각각 최우수상과 우수상을 받았다.",
            {("천안시", "최우수상", 2025), ("아산시", "우수상", 2025)},
        ),
        (
            "올해는 경남 김해시, 양산시, 밀양시가 각각 대상, 최우수상, 우수상을 차지했다.",
            {
                ("경남 김해시", "대상", 2025),
                ("경남 양산시", "최우수상", 2025),
                ("경남 밀양시", "우수상", 2025),
            },
        ),
        (
            "천안시와 아산시가 각각 우수상을 받았다.",
            {("천안시", "우수상", 2025), ("아산시", "우수상", 2025)},
        ),
        ("천안시와 아산시가 각각 1억 원을 받았다.", set()),
        ("천안시와 아산시가 각각 최우수상을 받을 예정이다.", set()),
    ],
)
def test_bodies_and_grades_paired_by_각각(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        ("홍성군은 충청남도 주관 ‘2025 시군 종합평가’에서 S등급을 획득했다.", "충청남도"),
        ("김제시는 전라북도 주최 ‘2025 지역축제 평가’에서 최우수상을 받았다.", "전라북도"),
    ],
)
def test_a_province_keeps_its_도_as_organizer(text: str, organizer: str) -> None:
    assert [a["organizer"] for a in awards(text)] == [organizer]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "또 군은 지난 10월 ‘2025 농촌관광 평가’에서 우수상을 받았고, 11월에는 "
            "‘2025 귀농귀촌 평가’에서 최우수기관으로 선정됐다.",
            {("우수상", "2025 농촌관광 평가"), ("최우수기관", "2025 귀농귀촌 평가")},
        ),
        (
            "이 밖에도 군은 ‘2025 지역축제 평가’ 우수상, ‘2025 자원순환 평가’ 장려상 등 모두 "
            "12개의 상을 받았다.",
            {("우수상", "2025 지역축제 평가"), ("장려상", "2025 자원순환 평가")},
        ),
    ],
)
def test_each_prize_of_a_sentence_keeps_its_own_name(second: str, expected: set[Any]) -> None:
    text = f"강진군이 ‘2025년 청렴 평가’에서 최우수기관으로 선정됐다. {second}"
    found = {(a["prize"], a["name"]) for a in awards(text)}
    assert found == expected | {("최우수기관", "2025년 청렴 평가")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "태안군은 ‘2025 해양관광 평가’에서 최우수기관으로 선정됐으며, 시상식은 다음 달 "
            "12일 열릴 예정이다.",
            {("태안군", "최우수기관", 2025)},
        ),
        (
            "예산군은 ‘2025 식품안전 평가’에서 우수상을 받아 내년 사업비 1억 원을 추가로 "
            "지원받을 계획이다.",
            {("예산군", "우수상", 2025)},
        ),
        (
            "금산군이 ‘2025 인삼산업 평가’에서 대상을 받았으며 군은 상금을 농가 지원에 쓸 "
            "방침이다.",
            {("금산군", "대상", 2025)},
        ),
        ("시는 다음 달 ‘2025 도시재생 평가’에서 최우수상을 받으면 상금 1억 원을 받게 된다.", set()),
        ("시는 ‘2025 정원 공모전’을 열어 대상 1점, 우수상 3점을 선정해 시상할 계획이다.", set()),
    ],
)
def test_a_plan_told_after_a_done_award_keeps_the_award(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert pairs(text) == expected


# --- a prize handed to someone, or named first --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "시는 이날 모범 공무원으로 뽑힌 이민정 주무관 등 10명에게 시장 표창을 수여했다.",
            {("이민정 주무관", "시장 표창", 2025)},
        ),
        (
            "최우수상은 김해시 장유동 행정복지센터가 차지했다.",
            {("김해시 장유동 행정복지센터", "최우수상", 2025)},
        ),
        (
            "대상은 ‘바다를 품은 마을’을 출품한 김민준 씨에게 돌아갔다.",
            {("김민준 씨", "대상", 2025)},
        ),
        ("영예의 대상은 김해시가 받았다.", {("김해시", "대상", 2025)}),
        (
            "이날 시상식에서는 김영수 씨 등 5명이 시장 표창을 받았다.",
            {("김영수 씨", "시장 표창", 2025)},
        ),
        ("우수상은 상금 500만 원이 주어졌다.", set()),
        ("최우수상은 시민 투표 결과가 반영돼 결정됐다.", set()),
        ("최우수상은 상금 100만 원과 상장이 수여됐다.", set()),
        ("시는 이날 우수 봉사자에게 시장 표창을 수여할 예정이다.", set()),
    ],
)
def test_a_prize_handed_to_someone_or_named_first(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert pairs(text) == expected


def test_other_bodies_told_in_the_story_are_its_awards_too() -> None:
    # The labels (LABELING.md) take every award of the main story, a neighbour's too.
    text = (
        "강진군이 ‘2025년 청렴 평가’에서 최우수기관으로 선정됐다. "
        "도내에서는 순천시와 광양시가 우수기관으로 선정됐다."
    )
    assert pairs(text) == {
        ("강진군", "최우수기관", 2025),
        ("순천시", "우수기관", 2025),
        ("광양시", "우수기관", 2025),
    }


def test_units_of_the_body_and_the_body_under_another_rank_stay() -> None:
    text = (
        "화성특례시가 ‘2025 사회적경제 평가’에서 우수상을 받았다. "
        "화성시는 2023년에도 같은 평가에서 최우수상을 받았다. "
        "화성시 보건소는 같은 날 ‘2025 금연사업 평가’에서 장려상을 받았다."
    )
    assert pairs(text) == {
        ("화성특례시", "우수상", 2025),
        ("화성시", "최우수상", 2023),
        ("화성시 보건소", "장려상", 2025),
    }


def test_a_ministrys_release_keeps_every_body_it_names() -> None:
    text = (
        "환경부는 ‘2025 물관리 평가’에서 김해시를 최우수기관으로 선정했다고 밝혔다. "
        "우수기관에는 양산시와 밀양시가 이름을 올렸다."
    )
    assert pairs(text) == {
        ("김해시", "최우수기관", 2025),
        ("양산시", "우수기관", 2025),
        ("밀양시", "우수기관", 2025),
    }


def test_a_list_of_places_with_middle_dots_as_subject() -> None:
    text = "평가 결과 서울 중구·경기 수원시·강원 춘천시 등 3곳이 최우수기관으로 선정됐다."
    assert pairs(text) == {
        ("서울 중구", "최우수기관", 2025),
        ("경기 수원시", "최우수기관", 2025),
        ("강원 춘천시", "최우수기관", 2025),
    }


def test_the_same_category_in_a_later_sentence_takes_the_one_told_before() -> None:
    text = (
        "영덕군이 ‘2025 복지 평가’ 인적안전망 부문에서 최우수상을 받았다. "
        "영덕군은 지난해 같은 부문에서 우수상을 받았다."
    )
    assert {(a["prize"], a["category"]) for a in awards(text)} == {
        ("최우수상", "인적안전망 부문"),
        ("우수상", "인적안전망 부문"),
    }


# --- a staff member leading the article: the body is the place their phrase opens with -------


@pytest.mark.parametrize(
    ("lead", "second", "body"),
    [
        (
            "대전 서구 자치행정과 김하늘 주무관이 행정안전부장관 표창을 받았다.",
            "구는 지난해 ‘민원서비스 평가’에서 최우수기관으로 선정되기도 했다.",
            "대전 서구",
        ),
        (
            "강릉시 관광정책과 박지훈 팀장은 국무총리 표창을 수상했다.",
            "시는 2024년 ‘지역관광 발전 평가’에서 우수기관에 오른 바 있다.",
            "강릉시",
        ),
        (
            "경남 고성군 보건소 정유진 주무관이 보건복지부장관 표창을 받았다.",
            "앞서 지난해에는 ‘치매관리사업 평가’에서 우수기관으로 뽑혔다.",
            "경남 고성군",
        ),
        (
            "청주시 흥덕구 민원지적과 오세린 주무관이 도지사 표창을 받았다.",
            "구는 2023년 같은 평가에서 장려상을 받기도 했다.",
            "청주시 흥덕구",
        ),
    ],
)
def test_the_body_of_a_staff_members_article_is_no_title(lead: str, second: str, body: str) -> None:
    found = awards(f"{lead} {second}")
    recipients = [a["recipient"] for a in found]
    # The body, or its office the staff member works in (`경남 고성군 보건소`).
    assert any(r == body or r.startswith(f"{body} ") for r in recipients)
    assert not any(r in {"주무관", "팀장"} for r in recipients)


@pytest.mark.parametrize(
    "lead",
    [
        "이수민 주무관이 보건복지부장관 표창을 받았다.",
        "복지정책과 한가람 팀장은 국무총리 표창을 수상했다.",
    ],
)
def test_a_staff_member_with_no_place_gives_no_body(lead: str) -> None:
    found = awards(f"{lead} 구는 앞서 ‘지역복지사업 평가’에서 우수기관으로 선정되기도 했다.")
    recipients = {a["recipient"] for a in found}
    assert recipients.isdisjoint({"주무관", "팀장", "구"})
    assert not any(a["prize"] == "우수기관" for a in found)


# --- a prize named first goes to a person with any role, or to bodies chained with commas ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "최우수상은 행복마을 부녀회 김순희 부녀회장에게 돌아갔다.",
            {("행복마을 부녀회 김순희 부녀회장", "최우수상")},
        ),
        (
            "도지사 표창은 한빛초등학교 이정민 교사와 새마을회 박동수 회장이 받았다.",
            {("이정민 교사", "도지사 표창"), ("박동수 회장", "도지사 표창")},
        ),
        (
            "시장 표창은 희망요양원 최은비 요양보호사 등 8명이 받았다.",
            {("희망요양원 최은비 요양보호사", "시장 표창")},
        ),
        (
            "우수상은 푸른숲 자원봉사단 한지우 단장이 차지했다.",
            {("푸른숲 자원봉사단 한지우 단장", "우수상")},
        ),
        (
            "최우수상은 대전 대덕구와 전주시가, 우수상은 서울 동작구가 받았다.",
            {("대전 대덕구", "최우수상"), ("전주시", "최우수상"), ("서울 동작구", "우수상")},
        ),
        (
            "대상은 김해시가, 최우수상은 양산시가 차지했다.",
            {("김해시", "대상"), ("양산시", "최우수상")},
        ),
        (
            "금상은 수원시가, 은상은 용인시가, 동상은 화성시가 수상했다.",
            {("수원시", "금상"), ("용인시", "은상"), ("화성시", "동상")},
        ),
        (
            "장려상은 한빛고 김도윤 교사가, 우수상은 새솔중 이서연 교사가 받았다.",
            {("김도윤 교사", "장려상"), ("이서연 교사", "우수상")},
        ),
    ],
)
def test_a_prize_named_first_goes_to_a_role_or_to_chained_bodies(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(a["recipient"], a["prize"]) for a in awards(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "대상은 올해 처음 참가한 학생들에게 돌아갔다.",
        "장려상은 지역 주민 모임이 받았다.",
        "최우수상은 김해시가, 우수상은 양산시가 받을 예정이다.",
        "최우수상은 김해시가, 우수상은 양산시가 후보로 거론된다.",
    ],
)
def test_no_named_role_or_no_shared_verb_gives_no_prize(text: str) -> None:
    assert awards(text) == []


# --- an organizer hands a prize to a body with 에 ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "recipient", "prize"),
    [
        (
            "행정안전부는 이날 ‘AI 민원 안내’를 선보인 경기 의정부시에 대상을 수여했다.",
            "경기 의정부시",
            "대상",
        ),
        ("농림축산식품부는 이날 전남 강진군에 장관상을 전달했다.", "전남 강진군", "장관상"),
        ("도는 심사를 거쳐 청도군에 최우수상을 수여했다.", "청도군", "최우수상"),
        ("재단은 이날 창원시 성산구에 우수상을 시상했다.", "창원시 성산구", "우수상"),
    ],
)
def test_a_prize_handed_to_a_body(text: str, recipient: str, prize: str) -> None:
    assert [(a["recipient"], a["prize"]) for a in awards(text)] == [(recipient, prize)]


@pytest.mark.parametrize(
    "text",
    [
        "시는 지난 12월에 대상을 수여했다.",
        "시는 노인 일자리 사업 참여 어르신을 대상으로 교육을 실시했다.",
        "군은 오는 12월 우수 마을에 최우수상을 수여할 예정이다.",
    ],
)
def test_a_time_a_target_group_or_a_plan_is_no_body_handed_a_prize(text: str) -> None:
    assert awards(text) == []


# --- a person named with any role keeps their name; a role is no body -------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("한빛복지관 박소율 사회복지사가 보건복지부장관 표창을 받았다.", "박소율 사회복지사"),
        ("보건소 최하린 간호사는 도지사 표창을 수상했다.", "최하린 간호사"),
        ("새마을부녀회 이정숙 회장이 국무총리 표창을 받았다.", "이정숙 회장"),
        ("장애인복지관 윤태오 재활교사가 장관 표창을 받았다.", "윤태오 재활교사"),
    ],
)
def test_a_person_with_any_role_keeps_their_name(text: str, person: str) -> None:
    (found,) = awards(text)
    assert found["recipient"].endswith(person)


def test_a_time_word_before_a_role_is_no_name() -> None:
    found = awards("올해 회장은 국무총리 표창을 받았다.")
    assert all("올해" not in (award["recipient"] or "") for award in found)


@pytest.mark.parametrize(
    ("lead", "body"),
    [
        ("새마을부녀회 이정숙 회장이 국무총리 표창을 받았다.", None),
        ("경기 복지관은 도지사 표창을 받았다.", "경기 복지관"),
    ],
)
def test_a_later_subjectless_award_goes_to_a_body_never_to_a_role(
    lead: str, body: str | None
) -> None:
    found = awards(f"{lead} 앞서 지난해에는 ‘노인복지 평가’에서 우수기관으로 선정됐다.")
    assert [a["recipient"] for a in found if a["prize"] == "우수기관"] == ([body] if body else [])


# --- a province whose 도 reads like a particle; grades of towns and districts -----------------


@pytest.mark.parametrize(
    ("text", "recipient", "prize"),
    [
        (
            "전남도는 농림축산식품부가 주관한 ‘2025 스마트농업 경진대회’에서 최우수상을 수상하는 "
            "영예를 안았다.",
            "전남도",
            "최우수상",
        ),
        ("충남도가 ‘2025 적극행정 평가’에서 우수기관에 올랐다.", "충남도", "우수기관"),
        ("경북도는 올해 국무총리 표창을 받았다.", "경북도", "국무총리 표창"),
        ("경기도 고양시는 ‘2025 녹색도시 평가’에서 우수상을 받았다.", "경기도 고양시", "우수상"),
        (
            "영주시 풍기읍이 경상북도 ‘새마을운동 평가’에서 최우수 읍면으로 뽑혔다.",
            "영주시 풍기읍",
            "최우수 읍면",
        ),
        ("풍기읍은 ‘2025 주민자치 평가’에서 우수 읍면동에 선정됐다.", "풍기읍", "우수 읍면동"),
        ("대덕구는 ‘2025 안전도시 평가’에서 최우수 시군구로 선정됐다.", "대덕구", "최우수 시군구"),
        (
            "제주특별자치도가 ‘2025 정부혁신 평가’에서 우수기관으로 선정됐다.",
            "제주특별자치도",
            "우수기관",
        ),
        ("강원특별자치도는 ‘2025 관광 평가’에서 대상을 받았다.", "강원특별자치도", "대상"),
    ],
)
def test_provinces_and_grades_of_towns(text: str, recipient: str, prize: str) -> None:
    assert [(a["recipient"], a["prize"]) for a in awards(text)] == [(recipient, prize)]


@pytest.mark.parametrize(
    "text",
    [
        "도는 우수 읍면을 가려 시상했다.",
        "경북도는 ‘2025 도시재생 평가’에서 우수 시군구를 선정할 예정이다.",
        "경기도는 도내 우수 읍면동 10곳을 뽑아 포상금을 준다.",
    ],
)
def test_a_province_picking_or_planning_grades_receives_none(text: str) -> None:
    assert awards(text) == []


# --- places listed as one subject each won; hosts before the venue are no recipients ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "김해시와 양산시가 ‘2025 청렴도 평가’에서 2등급을 받았다.",
            {("김해시", "2등급"), ("양산시", "2등급")},
        ),
        (
            "천안시와 아산시가 ‘2025 교통안전 평가’에서 우수기관으로 선정됐다.",
            {("천안시", "우수기관"), ("아산시", "우수기관")},
        ),
        (
            "서구·동구·남구가 행정안전부 ‘2025 재난관리 평가’에서 우수기관으로 뽑혔다.",
            {("서구", "우수기관"), ("동구", "우수기관"), ("남구", "우수기관")},
        ),
        (
            "여수시, 순천시, 광양시가 ‘2025 관광 평가’에서 최우수기관에 올랐다.",
            {("여수시", "최우수기관"), ("순천시", "최우수기관"), ("광양시", "최우수기관")},
        ),
    ],
)
def test_places_listed_as_one_subject_each_won(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(a["recipient"], a["prize"]) for a in awards(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "경남도와 김해시가 공동 주최한 ‘2025 농업 경진대회’에서 양산시가 우수상을 받았다.",
            {("양산시", "우수상")},
        ),
        (
            "부산시와 관광공사가 연 ‘2025 관광 공모전’에서 해운대구와 수영구가 우수상을 받았다.",
            {("해운대구", "우수상"), ("수영구", "우수상")},
        ),
        ("김해시와 양산시가 공동 주최한 ‘2025 농업 경진대회’에서 우수상을 받았다.", set()),
    ],
)
def test_hosts_listed_before_the_venue_are_no_recipients(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(a["recipient"], a["prize"]) for a in awards(text)} == expected


def test_a_grade_before_a_subject_ends_another_clause_not_a_list() -> None:
    text = "올해 평가에서 여수시는 우수기관, 완도군은 장려기관으로 선정됐다."
    found = {(a["recipient"], a["prize"]) for a in awards(text)}
    assert ("여수시", "우수기관") in found
    assert not any(recipient == "우수기관" for recipient, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "김해시와 양산시는 지난해 ‘2024 청렴도 평가’에서 각각 2등급과 3등급을 받았다.",
            {("김해시", "2등급", 2024), ("양산시", "3등급", 2024)},
        ),
        (
            "천안시와 아산시는 ‘2025 교통 평가’에서 각각 우수상을 받았다.",
            {("천안시", "우수상", 2025), ("아산시", "우수상", 2025)},
        ),
        (
            "강릉시와 속초시는 올해 관광 평가에서 각각 최우수기관과 우수기관에 올랐다.",
            {("강릉시", "최우수기관", 2025), ("속초시", "우수기관", 2025)},
        ),
        ("천안시와 아산시는 각각 ‘2026 교통 평가’에서 우수상을 노린다.", set()),
    ],
)
def test_a_topic_list_then_각각_pairs_bodies_and_grades(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert pairs(text) == expected


# --- round 4: grades before a body word, rewards of a grade, this event's year, certificates --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("안동시가 ‘2026 기후 평가’에서 최우수 시군에 뽑혔다.", {("안동시", "최우수 시군", 2026)}),
        (
            "예산군은 ‘2025 청렴 평가’에서 우수 자치단체로 이름을 올렸다.",
            {("예산군", "우수 자치단체", 2025)},
        ),
        (
            "화순군이 ‘2025 귀농 평가’에서 장려 지자체로 선정됐다.",
            {("화순군", "장려 지자체", 2025)},
        ),
        (
            "속초시는 ‘2025 관광 평가’에서 최우수 기관으로 선정됐다.",
            {("속초시", "최우수기관", 2025)},
        ),
        ("마포구는 ‘2025 복지 평가’에서 최우수구로 선정됐다.", {("마포구", "최우수구", 2025)}),
        ("광양시는 ‘2025 안전 평가’에서 ‘우수’ 기관으로 뽑혔다.", {("광양시", "우수기관", 2025)}),
        (
            "도는 ‘2025 탄소 평가’ 결과를 발표했다. 우수 시군에는 진주시와 통영시가, "
            "장려 시군에는 밀양시가 각각 이름을 올렸다.",
            {
                ("진주시", "우수 시군", 2025),
                ("통영시", "우수 시군", 2025),
                ("밀양시", "장려 시군", 2025),
            },
        ),
    ],
)
def test_a_grade_before_a_spaced_body_word_keeps_it_as_written(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "최고 등급을 받은 안동시는 기후 분야에서 앞섰다.",
        "도는 우수 시군을 가려 다음 달 발표한다.",
    ],
)
def test_a_grade_with_a_body_word_that_is_not_received_stays_silent(text: str) -> None:
    assert awards(text) == []


@pytest.mark.parametrize(
    "second",
    [
        "시는 지난 19일 열린 시상식에서 보건복지부 장관 표창과 함께 포상금 5천만 원을 받았다.",
        "군은 이날 시상식에서 도지사 표창을 받았다.",
        "구는 행정안전부 장관상과 함께 특별교부세 1억 원을 받았다.",
        "시상식에서 시는 국무총리 표창과 함께 인센티브 2억 원을 받았다.",
    ],
)
def test_a_commendation_handed_with_the_grade_told_before_is_its_reward(second: str) -> None:
    first = "김천시가 ‘2025년 지역복지 평가’에서 대상을 차지했다. "
    assert pairs(first + second) == {("김천시", "대상", 2025)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a commendation with a name of its own is its own award
            "김천시가 ‘2025년 지역복지 평가’에서 대상을 차지했다. 시는 또 시상식에서 "
            "‘2025 안전문화 대상’ 행정안전부 장관 표창과 함께 상금을 받았다.",
            {("김천시", "대상", 2025), ("김천시", "행정안전부 장관 표창", 2025)},
        ),
        (
            # no grade told before: the commendation is the award
            "김천시가 보건복지부 장관 표창과 함께 포상금 5천만 원을 받았다.",
            {("김천시", "보건복지부 장관 표창", 2025)},
        ),
    ],
)
def test_a_commendation_of_its_own_is_kept(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "second",
    [
        "이번 평가는 전국 243개 지자체가 지난해 추진한 사업을 대상으로 이뤄졌으며, "
        "도내에서는 구미시가 유일하게 최우수 등급을 받았다.",
        "이번 평가에서 구미시는 지난해 실적을 인정받아 최우수 등급을 받았다.",
        "이번 심사는 작년 한 해 성과를 따졌으며, 구미시가 최우수 등급을 받았다.",
        "이번 평가에서 지난해 운영한 사업으로 구미시가 최우수기관에 뽑혔다.",
    ],
)
def test_this_events_grade_has_the_events_year(second: str) -> None:
    first = "구미시는 ‘2026년 청년일자리 성과평가’에서 최우수기관으로 선정됐다. "
    assert pairs(first + second) == {("구미시", "최우수기관", 2026)}


def test_an_earlier_year_of_the_same_evaluation_keeps_its_year() -> None:
    text = (
        "구미시는 ‘2026년 청년일자리 성과평가’에서 최우수기관으로 선정됐다. "
        "구미시는 2024년 같은 평가에서 우수기관으로 선정된 바 있다."
    )
    assert pairs(text) == {("구미시", "최우수기관", 2026), ("구미시", "우수기관", 2024)}


@pytest.mark.parametrize(
    "text",
    [
        "올해 친환경 인증을 받아 출하 실적을 올린 농가는 1,312호로 집계됐다.",
        "저농약 인증을 받은 사과 농가가 40곳으로 늘었다.",
        "유기농 인증을 획득한 업체는 판로 지원을 받는다.",
        "우수농산물 인증을 받은 제품이 학교급식에 들어간다.",
    ],
)
def test_a_certificate_of_farms_or_products_is_no_award(text: str) -> None:
    assert awards("양평군은 친환경 농업을 키운다. " + text) == []


@pytest.mark.parametrize(
    "text",
    [
        "양평군은 올해 부패방지경영시스템 ISO 37001 인증을 획득했다.",
        "군은 여성가족부로부터 가족친화 인증을 받았다.",
    ],
)
def test_a_bodys_own_certificate_is_an_award(text: str) -> None:
    assert [a["recipient"] for a in awards("양평군은 친환경 농업을 키운다. " + text)] == ["양평군"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "노원구는 2024년 우수구, 2025년 최우수구에 이어 올해도 최우수구 자리를 지켰다.",
            {
                ("노원구", "우수구", 2024),
                ("노원구", "최우수구", 2025),
                ("노원구", "최우수구", 2026),
            },
        ),
        (
            "청주시는 2023년 우수시, 2024년 최우수시에 이어 올해 최우수시에 올랐다.",
            {
                ("청주시", "우수시", 2023),
                ("청주시", "최우수시", 2024),
                ("청주시", "최우수시", 2026),
            },
        ),
        (
            "홍천군은 2024년 장려상, 2025년 우수상에 이어 올해 최우수상 자리에 올랐다.",
            {("홍천군", "장려상", 2024), ("홍천군", "우수상", 2025), ("홍천군", "최우수상", 2026)},
        ),
        (
            "서구는 지난해 최우수구에 이어 올해도 최우수구 자리를 지키며 2년 연속 수상했다.",
            {("서구", "최우수구", 2025), ("서구", "최우수구", 2026)},
        ),
    ],
)
def test_a_history_of_joined_grades_then_this_year(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert {(r, p, y) for r, p, y in pairs_in(text, "2026-11-20")} == expected


@pytest.mark.parametrize(
    "text",
    [
        "노원구는 강남구에 이어 올해도 1위 자리를 지켰다.",
        "중구는 최우수구 자리를 놓고 경쟁한다.",
        "서구는 ‘2025 주민자치 평가’에서 동구에 이어 두 번째로 우수 사례를 냈다.",
        "시는 강남구에 이어 ‘2025 녹색도시 평가’ 대상 도시가 됐다.",
    ],
)
def test_a_seat_kept_without_a_grade_history_stays_silent(text: str) -> None:
    assert awards(text, "2026-11-20") == []


def pairs_in(text: str, published: str) -> set[tuple[Any, ...]]:
    return {(a.get("recipient"), a.get("prize"), a.get("year")) for a in awards(text, published)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("이번 대회 대상은 바다 팀이 받았다.", {("바다 팀", "대상")}),
        (
            "경진대회에서 가나 팀과 바다 팀이 최우수상을 받았다.",
            {("가나 팀", "최우수상"), ("바다 팀", "최우수상")},
        ),
        ("창업경진대회에서 모다 팀이 대상을 수상했다.", {("모다 팀", "대상")}),
    ],
)
def test_team_names_ending_in_na_or_da_stay_whole(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(a.get("recipient"), a.get("prize")) for a in awards(text)} == expected


def test_an_undated_award_takes_the_one_year_the_lead_tells() -> None:
    found = kind_fields(
        "시는 2019년 구·군 청년정책 실적을 평가해 결과를 발표했다. 최우수상에는 동구가, "
        "우수상에는 서구가 선정됐다.",
        FactKind.AWARD,
    )
    assert {(a["prize"], a.get("year")) for a in found} == {("최우수상", 2019), ("우수상", 2019)}


def test_a_lead_with_two_years_dates_no_undated_award() -> None:
    found = kind_fields(
        "시는 2019년과 2020년 청년정책 실적을 평가해 결과를 발표했다. 최우수상에는 동구가, "
        "우수상에는 서구가 선정됐다.",
        FactKind.AWARD,
    )
    assert all(a.get("year") is None for a in found)


# --- winners the sentence counts and does not name ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "가나시는 지난 5일 시청에서 ‘2025 가나시 정책 제안 공모전’ 시상식을 열었다. 심사 결과 "
        "금상, 은상, 동상 각 1팀이 선정됐다.",
        "다라군은 ‘2025 군민 사진 공모전’ 시상식을 열었다. 올해는 금상과 은상 등 3개 부문 "
        "9개사와 우수 직원 10명이 수상의 영예를 안았다.",
    ],
)
def test_winners_a_sentence_counts_are_not_the_body(text: str) -> None:
    assert not awards(text)


def test_a_subjectless_award_is_still_the_bodys() -> None:
    text = "다라군은 ‘2025 지역복지 평가’ 결과를 발표했다. 평가 결과 최우수기관으로 선정됐다."
    assert ("다라군", "최우수기관", 2025) in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "광역지자체 중에서는 나래시와 다솜시가 가등급을 받았다.",
            {("나래시", "가등급", 2025), ("다솜시", "가등급", 2025)},
        ),
        ("한빛군은 올해 민원 평가에서 나 등급을 받았다.", {("한빛군", "나 등급", 2025)}),
        (
            "가람시가 ‘2025 지방경영 대상’에서 전국 최우수 단체로 선정됐다.",
            {("가람시", "최우수 단체", 2025)},
        ),
        (
            "금상인 국무총리상에는 김하늘 씨와 이나래 씨가, 은상인 장관상에는 박다솜 씨가 "
            "선정됐다.",
            {("김하늘 씨", "금상", 2025), ("이나래 씨", "금상", 2025), ("박다솜 씨", "은상", 2025)},
        ),
    ],
)
def test_letter_grades_a_grade_of_bodies_and_a_grade_told_as_its_form(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "다솜시가 등급을 올리려고 노력했다.",
        "나래시는 등급 기준을 새로 정했다.",
    ],
)
def test_a_subject_before_등급_is_no_letter_grade(text: str) -> None:
    assert awards(text) == []
