"""Program sentence families met on fresh real pages (issue 10, third round), in sentences
written for these tests: budget lines listed with their sums, themes of a call for entries,
a program named with its brand, and a later short mention of a longer name."""

from __future__ import annotations

import pytest

from tests.facts_helpers import program_names

names_in = program_names


def test_works_listed_with_their_sums_are_a_budgets_projects() -> None:
    names = names_in(
        "또 △서문공원 주차장 확장 40억원 △강변 산책로정비 12억원 △북부복지관 건립 35억원 "
        "△옛 역사 부지 매입 20억원 등이 소요된다."
    )
    assert {"서문공원 주차장 확장", "강변 산책로정비", "북부복지관 건립"} <= names


def test_a_list_of_sums_by_field_names_no_project() -> None:
    assert (
        names_in("시는 △환경분야 80억원 △도시개발분야 50억원 △복지분야 30억원을 각각 투입한다.")
        == set()
    )


def test_the_themes_of_a_call_for_entries_are_no_programs() -> None:
    assert (
        names_in(
            "공모 주제는 △마을 자원을 살려 주민 소득에 보탬이 될 수 있는 축제 △해마다 이어갈 수 "
            "있는 축제 △누구나 참여 가능한 축제 등이다."
        )
        == set()
    )


def test_a_festival_with_its_own_name_stays_a_program() -> None:
    assert "달빛 호수 축제" in names_in("군은 ‘달빛 호수 축제’를 다음 달 연다.")


def test_a_later_short_mention_inside_a_longer_name_is_named_in_full() -> None:
    text = (
        "도는 ‘2024년 향토축제 홍보지원 공모사업’에 선정된 축제 네 곳을 발표했다. "
        "이번 홍보지원 사업은 축제의 방문객을 늘리기 위한 사업이다."
    )
    assert names_in(text) == {"2024년 향토축제 홍보지원 공모사업"}


def test_what_a_course_teaches_is_no_program() -> None:
    assert (
        names_in(
            "과정에서는 재무 상담, 면접 컨설팅, 적성 검사, 직장 예절 등 실용 콘텐츠도 제공된다. "
            "강좌는 창업 교육, 세무 상담 등 알찬 내용으로 진행된다."
        )
        == set()
    )


def test_a_list_of_programs_a_centre_runs_is_still_read() -> None:
    names = names_in("센터는 청년 창업 교육, 마을기업 컨설팅 등을 운영한다.")
    assert {"청년 창업 교육", "마을기업 컨설팅"} <= names


def test_a_list_item_of_a_kind_and_its_quoted_name_is_one_program() -> None:
    names = names_in(
        "올해 과제는 △어르신 소셜다이닝 ‘함께 밥상’(6개 구) △청년 소통공간 ‘우리 사랑방’(3개 구) "
        "등 2개다."
    )
    assert {"어르신 소셜다이닝 ‘함께 밥상’", "청년 소통공간 ‘우리 사랑방’"} <= names


def test_a_list_item_of_a_clause_and_a_quoted_word_is_no_program() -> None:
    assert names_in("참가자는 △주제를 정해 ‘한 줄’ △느낌을 담아 ‘두 줄’을 쓴다.") == set()


def test_a_work_team_of_a_job_scheme_is_a_program() -> None:
    names = names_in("시장형 일자리는 두부 공방, 세탁사업단, 택배사업단 등이다.")
    assert {"세탁사업단", "택배사업단"} <= names


def test_the_head_of_a_work_team_is_no_program() -> None:
    assert names_in("사업단장은 참여자들과 인사를 나눴다.") == set()


def test_one_program_named_for_a_counted_group_is_a_program() -> None:
    names = names_in("올해 추진하는 시범사업은 고추 비가림 재배 기술 시범 외 12개 사업이다.")
    assert "고추 비가림 재배 기술 시범" in names


def test_a_place_named_for_a_counted_group_is_no_program() -> None:
    assert names_in("교육은 읍사무소 외 3개 장소에서 열린다.") == set()


def test_a_centre_another_belongs_to_is_named_as_a_body() -> None:
    names = names_in("동부노인복지센터 부설로 운영되던 어르신 일자리지원센터가 새로 문을 연다.")
    assert "동부노인복지센터" not in names
    assert "어르신 일자리지원센터" in names


def test_a_listed_program_named_by_what_its_people_do_is_a_program() -> None:
    names = names_in(
        "주요 사업은 ▲귀농인 주택 수리비 지원(10곳) ▲어촌에서 살아보기(3곳) "
        "▲귀농인 멘토링 운영 등이다."
    )
    assert "어촌에서 살아보기" in names


def test_listed_things_to_do_with_no_program_beside_them_are_no_programs() -> None:
    assert names_in("실천 수칙은 ▲장바구니 쓰기 ▲전기 아껴 쓰기 ▲계단 이용하기 등이다.") == set()


def test_a_noun_ending_like_a_linking_verb_stays_in_a_listed_name() -> None:
    names = names_in("군은 청렴 토론회와 갑질 신고 모의훈련 등 현장 중심의 정책도 함께 추진했다.")
    assert "갑질 신고 모의훈련" in names


def test_a_run_list_is_not_read_across_its_closing_etc() -> None:
    names = names_in("센터에서는 요가, 필라테스, 탁구 등 생활체육 프로그램을 운영한다.")
    assert not any(" 등 " in name for name in names)


def test_a_word_of_when_is_no_part_of_a_name() -> None:
    assert names_in("도는 지난달 중장년 채용 박람회를 열었다.") == {"중장년 채용 박람회"}


def test_a_named_act_with_its_sum_in_a_budget_is_a_project() -> None:
    names = names_in("내년 예산에는 전통시장 주차장 조성 40억 원을 비롯해 여러 사업이 담겼다.")
    assert "전통시장 주차장 조성" in names


def test_a_bare_act_with_its_sum_is_no_project() -> None:
    assert names_in("시설 보강 3억 원이 반영됐다.") == set()


def test_a_quoted_movement_the_body_carries_out_is_a_program() -> None:
    assert "내 고장 쌀 사주기" in names_in("군은 ‘내 고장 쌀 사주기’ 운동을 벌이고 있다.")


def test_a_quoted_sports_ground_is_no_movement() -> None:
    assert names_in("주민들이 ‘달빛’ 운동장에 모였다.") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("의회는 어린이 숲 체험학교 4000만원을 전액삭감했다.", "어린이 숲 체험학교"),
        ("또 마을정원 가꾸기 예산안 5억원도 삭감됐다.", "마을정원 가꾸기"),
        (
            "▲ 청소년 오케스트라 교실 3천만원 중 1천만원 삭감 ▲ 기타 보상 2백만원 삭감",
            "청소년 오케스트라 교실",
        ),
    ],
)
def test_a_sum_cut_from_the_budget_names_what_it_was_for(text: str, name: str) -> None:
    assert name in names_in(text)


def test_a_cut_named_by_where_it_was_made_names_nothing() -> None:
    assert names_in("의회는 상임위 심사에서 3억원을 삭감했다.") == set()
