"""Who won, as fresh real pages tell it: a winner described by what it did (`창업 지원에 힘쓴
A`), a paper or work owned by its author, a grade written with its letter in brackets. Sentences
written for these tests; near-misses stay silent."""

from __future__ import annotations

from typing import Any

import pytest

from govreader.model import FactKind
from tests.facts_helpers import award_winners, kind_fields


def awards(text: str) -> list[dict[str, Any]]:
    return kind_fields(text, FactKind.AWARD, published="2024-10-02")


def who(text: str) -> set[tuple[Any, ...]]:
    return {(a.get("prize"), a.get("recipient")) for a in awards(text)}


def test_what_each_winner_did_is_no_part_of_its_name() -> None:
    text = (
        "이날 청년 고용을 늘린 가나전자, 지역 인재 채용과 장애인 고용 등에 앞장선 다라건설, "
        "창업 지원에 힘쓴 마바상사 등이 대통령 표창을 받았다."
    )
    assert who(text) == {
        ("대통령 표창", "가나전자"),
        ("대통령 표창", "다라건설"),
        ("대통령 표창", "마바상사"),
    }


def test_where_a_winner_served_is_no_second_winner() -> None:
    text = "옥조근정훈장은 고용심의회와 노사위원회에서 활동한 한국대 김민수 교수에게 돌아갔다."
    assert who(text) == {("옥조근정훈장", "김민수 교수")}


def test_a_name_ending_like_a_describing_verb_stays_a_name() -> None:
    assert who("최우수상은 창의 부문에 김수진 씨가 받았다.") == {("최우수상", "김수진 씨")}
    assert who("최우수상은 창의혁신 부문에 인천 남동구가 받았다.") == {("최우수상", "인천 남동구")}


def test_a_paper_wins_for_its_author() -> None:
    text = (
        "가나시 복지과에서 근무 중인 이하늘 주무관의 ‘마을 돌봄 활성화 방안’을 주제로 한 논문이 "
        "영예의 대상(국무총리상)을 차지했다."
    )
    assert who(text) == {("대상", "이하늘 주무관")}
    text = "다라시 항만과 박도윤 팀장의 ‘항만 경쟁력 제고 방안’ 논문은 최우수상을 받았다."
    assert who(text) == {("최우수상", "박도윤 팀장")}


def test_the_honour_of_a_prize_sits_between_winner_and_prize() -> None:
    assert who("마바시가 영예의 대상을 차지했다.") == {("대상", "마바시")}


def test_a_grade_keeps_its_other_scale_written_in_brackets() -> None:
    text = "가나시와 다라군이 공약 평가에서 최우수 등급(SA)을 받았다."
    assert who(text) == {("최우수 등급(SA)", "가나시"), ("최우수 등급(SA)", "다라군")}
    assert who("마바군은 민원 평가에서 우수(나등급)를 받았다.") == {("우수(나등급)", "마바군")}
    # A commendation in brackets is the prize's reward, not its grade.
    assert who("사바구는 같은 평가에서 우수상(장관상)을 받았다.") == {("우수상", "사바구")}


def names(text: str) -> set[Any]:
    return {a.get("name") for a in awards(text)}


def test_an_award_name_may_join_two_fields_with_and() -> None:
    text = "가나클럽이 2021년 노인일자리 및 사회활동지원사업 수행기관 평가에서 S등급을 받았다."
    assert names(text) == {"2021년 노인일자리 및 사회활동지원사업 수행기관 평가"}


def test_what_an_evaluation_follows_is_no_part_of_its_name() -> None:
    text = (
        "10일 마바보건소에 따르면 치매안심센터가 제4차 관리계획에 따른 1주기 운영평가 결과 "
        "A등급 기관으로 선정되면서 장관상을 수상했다."
    )
    assert names(text) == {"1주기 운영평가"}


def test_an_evaluation_ending_like_a_subject_is_no_winner() -> None:
    text = "사바보건소 치매안심센터 운영평가 결과 A등급 기관으로 선정되는 영예를 안았다."
    assert all(a.get("recipient") not in ("운영평", "선정되") for a in awards(text))


def test_a_grade_one_came_to_obtain_is_won() -> None:
    assert who("다라구는 공약 평가에서 SA등급을 획득하게 됐다.") == {("SA등급", "다라구")}
    text = "다라구는 지난 2019년, 2021년, 2022년에 이어 올해까지 최고 등급을 총 4회 획득하게 됐다."
    years = {(a["prize"], a["recipient"], a["year"]) for a in awards(text)}
    assert {("최고 등급", "다라구", year) for year in (2019, 2021, 2022)} <= years


def test_a_tower_medal_may_be_written_with_a_blank() -> None:
    text = (
        "동탑산업훈장은 우주 분야에 투자한 미래시스템에, "
        "철탑 산업훈장은 교대제를 개편한 새봄반도체에 수여됐다."
    )
    assert who(text) == {("동탑산업훈장", "미래시스템"), ("철탑 산업훈장", "새봄반도체")}


def test_works_parted_by_commas_win_for_the_teams_in_their_brackets() -> None:
    text = (
        "이어 ▲장려상은 '농촌 빈집 정비 방안' (하늘 팀), '도자 산업의 부활' (새봄 팀), "
        "'팜 어드벤처 조성' (들판 팀)이 각각 선정됐다."
    )
    assert who(text) == {("장려상", "하늘 팀"), ("장려상", "새봄 팀"), ("장려상", "들판 팀")}


def test_a_marked_list_of_bodies_is_the_subject_of_its_grade() -> None:
    text = "충북은 ▲가람시 ▲누리시 ▲마루군은 지난해보다 1등급 상승해 2등급에 이름을 올렸다."
    assert who(text) == {("2등급", "가람시"), ("2등급", "누리시"), ("2등급", "마루군")}
    text = "▲사랑시 ▲아람군 ▲초록군도 2등급을 차지했다."
    assert who(text) == {("2등급", "사랑시"), ("2등급", "아람군"), ("2등급", "초록군")}


def test_the_best_centre_of_its_kind_is_a_grade() -> None:
    text = "가람군은 농촌진흥사업 기관평가에서 최우수농업기술센터로 선정되어 청장상을 받았다."
    assert ("최우수농업기술센터", "가람군") in who(text)
    assert who("누리군은 우수 치매안심센터로 선정됐다.") == {("우수 치매안심센터", "누리군")}


def test_the_ceremony_names_the_award() -> None:
    text = "가람군은 국회에서 열린 제3회 내고향꽃축제 시상식에서 가람꽃축제가 대상을 수상했다."
    assert names(text) == {"제3회 내고향꽃축제"}
    assert names("마루군이 서울에서 열린 시상식에서 대상을 받았다.") == {None}
    # A category's ceremony names no award.
    text = "한편 이날 해외 축제부문 시상식에서 가람 축제와 누리 축제가 특별상을 함께 받았다."
    assert names(text) == {None}


def test_a_list_closing_with_etc_is_the_subject_however_far_its_prize() -> None:
    text = "가람시와 누리군 등이 지역 활력화에 기여한 공으로 장관 표창을 받았다."
    assert who(text) == {("장관 표창", "가람시"), ("장관 표창", "누리군")}
    text = (
        "지난 3일 열린 시상에서 가람연합회 김하나 회장과, 센터 이두리 주무관 등이 "
        "지역 활력화에 기여한 공으로 장관 표창을 받았다."
    )
    assert who(text) == {("장관 표창", "김하나 회장"), ("장관 표창", "이두리 주무관")}


def test_a_department_before_a_comma_keeps_its_name() -> None:
    assert who("우수상은 복지정책과, 세무과가 받았다.") == {
        ("우수상", "복지정책과"),
        ("우수상", "세무과"),
    }


def test_a_verb_describing_the_venue_is_no_winner() -> None:
    assert who("가람센터는 누리청에서 열리는 평가회에서 최우수상을 받았다.") == {
        ("최우수상", "가람센터")
    }
    assert all(
        a.get("recipient") != "열리"
        for a in awards("누리청에서 열리는 평가회에서 최우수상을 받았다.")
    )


def test_the_prize_the_head_receives_at_the_ceremony_is_the_bodys() -> None:
    text = (
        "누리시가 일자리 대상에서 종합대상을 받았다. "
        "박두리 시장은 이날 시상식에서 대통령상과 함께 시상금 4억 원을 받았다."
    )
    assert who(text) == {("종합대상", "누리시")}
    # A head's own prize, told with no award of the body before it, stays theirs.
    assert who("박두리 시장은 이날 시상식에서 대통령상과 함께 시상금을 받았다.") == {
        ("대통령상", "박두리 시장")
    }


@pytest.mark.parametrize(
    ("sentence", "winners"),
    [
        (
            "최우수상에는 도시정책연구회가, 우수상에는 ㈜한결이 각각 선정됐다.",
            {("최우수상", "도시정책연구회"), ("우수상", "㈜한결")},
        ),
        (
            "대상은 동부보건소가, 최우수상은 새빛시니어클럽이 차지했다.",
            {("대상", "동부보건소"), ("최우수상", "새빛시니어클럽")},
        ),
        (
            "우수상에는 도시재생연구소가, 장려상에는 솔빛마을회가 선정됐다.",
            {("우수상", "도시재생연구소"), ("장려상", "솔빛마을회")},
        ),
    ],
)
def test_clubs_centres_and_companies_are_winners(sentence: str, winners: set[Any]) -> None:
    found = {
        (a["prize"], a["recipient"]) for a in awards(f"시는 올해 연구발표대회를 열었다. {sentence}")
    }
    assert winners <= found


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("은탑산업훈장은 한빛정밀 김도윤 대표이사가 받았다.", "김도윤 대표이사"),
        ("장관 표창은 새마을부녀회 박순자 회장이 받았다.", "박순자 회장"),
        ("금상은 기획예산과 이서준 주무관이 차지했다.", "이서준 주무관"),
        ("대상은 해군본부 인사실 정하늘 중령이 받았다.", "정하늘 중령"),
        ("장려상은 정보통신학처 남윤 소령이 받았다.", "남윤 소령"),
        ("최우수상은 도시디자인연구소 한소라 씨가 차지했다.", "한소라 씨"),
    ],
)
def test_a_person_is_named_without_the_body_written_before_them(sentence: str, person: str) -> None:
    found = awards(f"시는 올해 유공자 시상식을 열었다. {sentence}")
    assert person in {a["recipient"] for a in found}


def test_a_person_told_before_their_firm_and_role_is_named_by_the_name() -> None:
    text = (
        "시는 올해 유공자 시상식을 열었다. 은탑산업훈장은 정해솔 가온전자 대표이사와 "
        "문가람 나래항공 본부장이 받았다."
    )
    assert {"정해솔", "문가람"} <= {a["recipient"] for a in awards(text)}


def test_a_firm_of_two_syllables_after_a_person_is_no_name() -> None:
    text = "시는 올해 유공자 시상식을 열었다. 동탑산업훈장은 정해솔 가온 대표이사가 받았다."
    found = awards(text)
    assert "가온 대표이사" not in {a["recipient"] for a in found}
    assert "정해솔" in {a["recipient"] for a in found}


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        (
            "옥조근정훈장은 한서준 가람경찰서 경위, 오하린 누리소방서 소방경 등이 받았다.",
            {"한서준 가람경찰서 경위", "오하린 누리소방서 소방경"},
        ),
        ("근정포장에는 민도현 가온대학 산학연구소장이 선정됐다.", {"민도현 가온대학 산학연구소장"}),
        ("군수 표창은 배수아 새봄 노인회 부회장, 진하람 취업지원센터장에게 수여됐다.", {"배수아"}),
        ("동탑산업훈장은 윤지호 다솜당 대표, 진하람 나래마트 대표가 받았다.", {"윤지호", "진하람"}),
        ("최우수상은 마도윤 백마부대 육군 중령이 받았다.", {"마도윤"}),
        ("최고경영자상에는 임채원 부산 해운대구청장이 선정됐다.", {"임채원 부산 해운대구청장"}),
    ],
)
def test_a_person_told_before_their_office_is_no_title_alone(
    sentence: str, people: set[str]
) -> None:
    found = {a["recipient"] for a in awards(f"시는 올해 유공자 시상식을 열었다. {sentence}")}
    assert people <= found
    assert not found & {"경위", "소방경", "다솜당 대표", "노인회 부회장", "나래마트 대표"}


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        # which word is the person's name is unclear: as the office-first reading has it
        ("은탑산업훈장은 이솔당 김태오 대표가 받았다.", "김태오 대표"),
        # an office before the name is no part of it
        ("대통령 표창은 총무과 박서윤 주무관이 받았다.", "박서윤 주무관"),
    ],
)
def test_an_office_before_the_name_stays_out(sentence: str, person: str) -> None:
    found = awards(f"시는 올해 유공자 시상식을 열었다. {sentence}")
    assert person in {a["recipient"] for a in found}


def test_a_person_told_again_by_surname_and_title_is_named_in_full() -> None:
    text = (
        "한빛시의회 문해솔(가람동, 나래동) 부의장과 강도윤(새봄동) 운영위원장이 의정봉사상을 "
        "받았다. 이날 시의회에 따르면 문 부의장과 강 위원장은 한빛체육관에서 열린 "
        "‘제5회 한빛시군의회 한마음대회’에서 상을 수상했다."
    )
    assert "강도윤 운영위원장" in {a["recipient"] for a in awards(text)}


@pytest.mark.parametrize(
    "text",
    [
        # two people of the surname were told: which one is unclear
        "김하나 주무관과 김두리 주무관이 발표했다. 김 주무관은 최우수상을 받았다.",
        # no one of the surname was told
        "시는 올해 시상식을 열었다. 박 주무관은 최우수상을 받았다.",
    ],
)
def test_a_surname_and_title_with_no_one_person_told_names_no_one(text: str) -> None:
    assert all(a["recipient"] != "주무관" for a in awards(text))
    assert not any(a["recipient"] and a["recipient"].startswith("김하나") for a in awards(text))


@pytest.mark.parametrize(
    "text",
    [
        "새봄고 역사 동아리가 ‘2025 청소년 문화재 지킴이’ 공모에서 장관상을 받았다. 대상을 "
        "받은 동아리는 상금을 받는다.",
        "대상과 금상 수상자를 지도한 교사에게는 지도교사상이 주어졌다.",
        "이날 기념식에서는 장기근속 직원 두 명이 기념품을, 모범 직원이 시장 표창을 받았다.",
    ],
)
def test_words_that_name_no_one_are_no_winners(text: str) -> None:
    winners = {who for _, who in award_winners(text)}
    assert not winners & {"동아리", "지도한 교사", "기념품을"}


def test_a_teacher_named_is_still_a_winner() -> None:
    found = award_winners("새봄중 박하늘 교사가 올해 지도교사상을 받았다.")
    assert any(who and "박하늘" in who for _, who in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "한가람 씨는 20년 동안 마을 어르신을 돌본 공로로 보건복지부장관 표창을 받았다.",
            {("보건복지부장관 표창", "한가람 씨")},
        ),
        (
            "마을 이장 진보람 씨가 주민 화합에 힘쓴 공로를 인정받아 군수 표창을 받았다.",
            {("군수 표창", "진보람 씨")},
        ),
        (
            "누리동 주민 오세린씨는 헌혈 100회를 달성해 도지사 표창을 받았다.",
            {("도지사 표창", "오세린 씨")},
        ),
        (
            "김다솜씨는 지역 아동을 위한 독서 모임을 10년째 이끌어 대통령표창을 받았다.",
            {("대통령표창", "김다솜 씨")},
        ),
        # Near-misses: a person who only speaks or hands out, before the body that won.
        ("시상식에서 축사를 한 박하늘 씨는 수상자들에게 꽃다발을 건넸다.", set()),
        ("수상자 명단은 김하나 씨가 발표했고 누리군이 대상을 받았다.", {("대상", "누리군")}),
    ],
)
def test_a_person_called_씨_is_the_subject_however_far_their_prize(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "국민포장을 받은 누리시 노인회 한결희 부회장은 30년간 경로당을 돌봤다.",
            {("국민포장", "한결희 부회장")},
        ),
        (
            "대통령 표창을 받은 다온구 치매안심센터 봉사자 문하늘 씨는 8년간 봉사했다.",
            {("대통령 표창", "문하늘 씨")},
        ),
        (
            "장관 표창을 받은 한빛대학교 사회복지학과 서이준 교수는 소감을 밝혔다.",
            {("장관 표창", "서이준 교수")},
        ),
        (
            "도지사 표창을 받은 가람면 복지팀 윤슬기 주무관을 비롯해 직원 4명이 상을 받았다.",
            {("도지사 표창", "윤슬기 주무관")},
        ),
        # Near-misses: an office or a group with no one named in it.
        ("우수상을 받은 누리시 복지정책과 담당 직원은 소감을 밝혔다.", set()),
        ("최우수상을 받은 한빛마을 주민 대표 모임은 상금을 기부했다.", set()),
    ],
)
def test_a_prize_received_before_a_person_told_after_their_office(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "옥조근정훈장은 한가람 전 복지국장과 오세린 전 세무과장에게 각각 수여됐다.",
            {("옥조근정훈장", "한가람 전 복지국장"), ("옥조근정훈장", "오세린 전 세무과장")},
        ),
        (
            "행정안전부는 김하나 주무관에게 대통령 표창을, 박두리 사무관에게 장관 표창을 각각 "
            "수여했다.",
            {("대통령 표창", "김하나 주무관"), ("장관 표창", "박두리 사무관")},
        ),
        (
            "누리시는 진보람 회장과 문하늘 대표에게 시장 표창을 수여하는 등 유공자 20명을 "
            "포상했다.",
            {("시장 표창", "진보람 회장"), ("시장 표창", "문하늘 대표")},
        ),
        (
            "경기도 소속 박두리 사무관에게 옥조 근정훈장을 수여했다.",
            {("옥조 근정훈장", "박두리 사무관")},
        ),
        # Near-misses: a handing planned, or money handed.
        ("구는 이날 주민 10명에게 구청장 표창을 수여하고 격려할 예정이다.", set()),
        ("군은 다음 달 모범 군민에게 군수 표창을 수여할 계획이다.", set()),
        ("시는 수상자에게 상금을 전달하는 등 시상식을 마쳤다.", set()),
    ],
)
def test_prizes_handed_to_people_named_with_에게(text: str, expected: set[tuple[str, str]]) -> None:
    assert who(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "도내 3개 시군이 ‘2025 농촌돌봄 평가’에서 우수기관으로 선정됐다.",
        "전남 5개 시·군이 올해 ‘청년정책 평가’에서 우수상을 받았다.",
    ],
)
def test_the_noun_of_a_count_of_bodies_is_no_winner(text: str) -> None:
    """`도내 3개 시군이`: how many bodies of a kind, none of them named."""
    assert not any(r in {"시군", "시·군"} for _, r in who(text))


def test_a_work_of_an_official_named_by_rank_is_the_officials_under_its_own_grade() -> None:
    """`우수상은 김하나 주무관의 ‘…’`: a rank ending like a place word (주무관, 사무관) names
    a person, whose work won the grade of its own slot, not the first slot's."""
    text = (
        "최우수상은 한빛동장의 ‘청렴은 우리의 약속’, 우수상은 김하나 주무관의 ‘바른 행정’과 "
        "박두리 사무관의 ‘함께 지키는 청렴’이 각각 뽑혔다."
    )
    found = who(text)
    assert ("최우수상", "김하나 주무관") not in found
    assert ("최우수상", "박두리 사무관") not in found
    assert ("우수상", "김하나 주무관") in found
