"""Award wordings of round three: grand prizes told with 올랐다 or 영예, a grade named with 도시,
a guest at the ceremony who is no recipient, an award's name before its grand prize. Sentences
written for these tests; near-misses stay silent."""

from __future__ import annotations

from typing import Any

from govreader.model import FactKind
from tests.facts_helpers import kind_fields


def awards(text: str) -> list[dict[str, Any]]:
    return kind_fields(text, FactKind.AWARD, published="2024-10-02")


def who(text: str) -> set[tuple[Any, ...]]:
    return {(a.get("prize"), a.get("recipient")) for a in awards(text)}


def test_a_grand_prize_one_climbed_to_is_won() -> None:
    text = "영암군이 ‘2024 남도 음식문화 큰잔치’에서 향토음식 부문 대상에 올랐다."
    assert who(text) == {("대상", "영암군")}


def test_the_honour_of_a_grand_prize_is_the_grand_prize() -> None:
    text = "정읍시가 ‘2024 대한민국 관광 브랜드 대상’ 시상식에서 축제 부문 대상의 영예를 안았다."
    assert who(text) == {("대상", "정읍시")}


def test_a_grand_prize_alone_as_a_topic_is_not_won() -> None:
    text = "대상에 오를 작품은 다음 달 발표된다."
    assert awards(text) == []


def test_the_best_city_of_an_evaluation_is_its_grade() -> None:
    text = "오산시가 교육부의 ‘평생학습 평가’에서 최우수 도시로 선정됐다."
    assert who(text) == {("최우수 도시", "오산시")}


def test_a_guest_at_the_ceremony_is_no_recipient() -> None:
    text = (
        "태안군은 3일 군청에서 한국행정학회 회장이 참석한 가운데 "
        "‘2024 지방행정 혁신 평가’ 우수상을 받았다고 밝혔다."
    )
    assert who(text) == {("우수상", "태안군")}


def test_an_award_named_right_before_its_grand_prize() -> None:
    text = "공주시는 제12회 대한민국 지방경영대상 종합대상을 수상했다고 밝혔다."
    found = awards(text)
    assert [(a.get("name"), a["prize"]) for a in found] == [
        ("제12회 대한민국 지방경영대상", "종합대상")
    ]


def test_a_quoted_prize_received_is_an_award() -> None:
    text = "당진시는 ‘2024 대한민국 녹색도시 대상’을 받았다고 밝혔다."
    assert [(a.get("name"), a.get("recipient")) for a in awards(text)] == [
        ("2024 대한민국 녹색도시 대상", "당진시")
    ]


def test_bodies_within_a_grade_are_its_winners() -> None:
    text = (
        "권익위는 평가 결과를 공개했다. "
        "시군구 중에서는 충북 옥천군, 경남 고성군 등이 1등급에 포함됐다."
    )
    assert who(text) == {("1등급", "충북 옥천군"), ("1등급", "경남 고성군")}


def test_what_the_grade_is_stands_between_its_winners_and_it() -> None:
    text = (
        "권익위는 평가 결과를 공개했다. "
        "공기업 중에서는 한국도로공사와 한국수자원공사 등이 최고 등급인 1등급을 받았다."
    )
    assert who(text) == {("1등급", "한국도로공사"), ("1등급", "한국수자원공사")}


def test_a_grand_prize_with_its_own_verb_before_other_slots() -> None:
    text = (
        "고용노동부는 수상 기관을 발표했다. 대상은 전라남도가 차지했으며, 최우수상에는 "
        "경기 이천시, 특별상에는 경북 영주시가 선정됐다."
    )
    assert who(text) == {
        ("대상", "전라남도"),
        ("최우수상", "경기 이천시"),
        ("특별상", "경북 영주시"),
    }


def test_the_places_that_received_a_grade_closing_with_the_copula() -> None:
    text = (
        "고용노동부는 결과를 공개했다. 우수상을 받은 곳은 강원 춘천시와 충남 보령시, 전북 남원시다."
    )
    assert who(text) == {
        ("우수상", "강원 춘천시"),
        ("우수상", "충남 보령시"),
        ("우수상", "전북 남원시"),
    }


def test_the_winning_bodies_of_a_grade_listed_with_등이다() -> None:
    text = "행안부는 결과를 공개했다. 장려상 수상 기관은 인천 연수구, 경기 군포시 등이다."
    assert who(text) == {("장려상", "인천 연수구"), ("장려상", "경기 군포시")}


def test_a_bodys_quoted_entry_wins_for_the_body() -> None:
    text = (
        "행안부는 경진대회 결과를 공개했다. 충남 홍성군의 ‘마을 돌봄’ 사업이 대상을, "
        "경북 의성군의 ‘청년 농부’가 최우수상을 받았다."
    )
    assert who(text) == {("대상", "충남 홍성군"), ("최우수상", "경북 의성군")}


def test_groups_in_brackets_after_bodies_are_no_owners_of_works() -> None:
    text = (
        "행안부는 훈련 평가 결과를 공개했다. 최우수 기관은 국토교통부(중앙), 대전광역시(시도), "
        "경북 예천군(시군구) 등이 선정됐다."
    )
    assert who(text) == {
        ("최우수기관", "국토교통부"),
        ("최우수기관", "대전광역시"),
        ("최우수기관", "경북 예천군"),
    }


def test_departments_graded_in_an_internal_evaluation() -> None:
    text = (
        "군은 올해 부서 평가 결과를 발표했다. 최우수 부서는 재무과, "
        "우수 부서는 관광과와 복지과가 차지했다."
    )
    assert who(text) == {
        ("최우수 부서", "재무과"),
        ("우수 부서", "관광과"),
        ("우수 부서", "복지과"),
    }


def test_grades_and_winners_joined_by_an_equals_sign() -> None:
    text = "▲대상=충남 서천군 ▲최우수상=경북 울진군, 전남 신안군"
    assert who(text) == {
        ("대상", "충남 서천군"),
        ("최우수상", "경북 울진군"),
        ("최우수상", "전남 신안군"),
    }


def test_a_decoration_received_by_a_person() -> None:
    text = "시는 유공자 포상식을 열었다. 이날 박지훈 복지과장은 녹조근정훈장을 받았다."
    assert who(text) == {("녹조근정훈장", "박지훈 복지과장")}


def test_people_as_the_topic_of_their_own_commendation() -> None:
    text = (
        "군은 포상식을 열었다. 김나래 씨와 이한결 씨는 장관 표창을, "
        "한여름 씨는 도지사 표창을 받았다."
    )
    assert who(text) == {
        ("장관 표창", "김나래 씨"),
        ("장관 표창", "이한결 씨"),
        ("도지사 표창", "한여름 씨"),
    }


def test_marked_bare_grades_open_departments() -> None:
    text = (
        "군은 부서 평가를 마쳤다. 행정 분야 ▷최우수는 민원과 ▷우수 세무과 ▷장려 재무과가 차지했다."
    )
    assert who(text) == {("최우수", "민원과"), ("우수", "세무과"), ("장려", "재무과")}


def test_a_grade_with_에_opens_its_listed_winners() -> None:
    text = "군은 부서 평가를 마쳤다. 최우수상에 건설과, 우수상에 교통과와 환경과가 선정됐다."
    assert who(text) == {("최우수상", "건설과"), ("우수상", "교통과"), ("우수상", "환경과")}


def test_an_award_whose_winners_are_announced_names_the_event() -> None:
    text = (
        "한국행정연구소가 주최한 제9회 지역경영대상 수상자가 결정됐다. "
        "종합대상은 전북 고창군과 경남 함양군이 받는다."
    )
    assert {a.get("name") for a in awards(text)} == {"제9회 지역경영대상"}


def test_a_body_whose_entry_title_was_lost_is_the_winner() -> None:
    text = (
        "행안부는 경진대회 결과를 공개했다. 우수상은 강원 춘천시의 , 충남 논산시의 , "
        "경북 김천시의 등이 수상했다."
    )
    assert who(text) == {
        ("우수상", "강원 춘천시"),
        ("우수상", "충남 논산시"),
        ("우수상", "경북 김천시"),
    }


def test_handing_out_prizes_is_no_event_name() -> None:
    text = (
        "행안부는 ‘2024 지역혁신 경진대회’ 결과를 발표했다. "
        "이날 혁신 사례 시상에서 경기 광명시가 대상을 받았다."
    )
    assert {a.get("name") for a in awards(text)} == {"2024 지역혁신 경진대회"}


def test_a_body_listed_with_its_quoted_entry_is_the_winner() -> None:
    text = (
        "행안부는 경진대회 결과를 공개했다. 우수상에는 △대구 수성구 '골목 상권 살리기' "
        "△전남 곡성군 '기차마을 축제' 등이 선정됐다."
    )
    assert who(text) == {("우수상", "대구 수성구"), ("우수상", "전남 곡성군")}


def test_a_council_member_keeps_their_title() -> None:
    text = "도의회는 시상식을 열었다. 한지우 의원이 ‘2024 지방의정 봉사대상’을 수상했다."
    assert [a.get("recipient") for a in awards(text)] == ["한지우 의원"]


def test_an_unquoted_award_received_is_named() -> None:
    text = "강릉시가 2024 대한민국 해양레저대상을 수상했다."
    assert [(a.get("name"), a.get("recipient")) for a in awards(text)] == [
        ("2024 대한민국 해양레저대상", "강릉시")
    ]


def test_a_grade_received_is_no_award_name() -> None:
    text = "강릉시가 최우수상을 수상했다."
    assert [a.get("name") for a in awards(text)] == [None]


def test_a_bare_commendation_handed_to_named_people() -> None:
    text = (
        "시는 시청에서 ‘2024 청소년 선도 유공 표창 수여식’을 열고 "
        "강다온 씨 등 8명에게 표창을 수여했다."
    )
    assert who(text) == {("표창", "강다온 씨")}


def test_a_kind_of_people_is_no_named_winner() -> None:
    text = "도는 재난 대응에 힘쓴 공무원 5명에게 도지사 표창을 수여했다."
    assert awards(text) == []


def test_bodies_per_unit_share_a_qualified_grade() -> None:
    text = (
        "행안부는 훈련 평가 결과를 공개했다. 중앙부처 단위에서는 국방부, "
        "시·군·구 단위에서는 충남 당진시가 최우수 훈련기관으로 선정됐다."
    )
    assert who(text) == {("최우수 훈련기관", "국방부"), ("최우수 훈련기관", "충남 당진시")}


def test_a_measurement_is_an_evaluation_name() -> None:
    text = "조달청은 국민권익위원회의 2023년 공공기관 청렴도 측정에서 종합 2등급을 받았다."
    assert [(a.get("name"), a.get("prize")) for a in awards(text)] == [
        ("2023년 공공기관 청렴도 측정", "2등급")
    ]


def test_a_bracket_glued_inside_a_name_is_part_of_it() -> None:
    found = awards("고성군이 ‘2024 주민참여(마을계획 부문) 우수사례’ 평가에서 최우수상을 받았다.")
    assert {a.get("name") for a in found} == {"2024 주민참여(마을계획 부문) 우수사례 평가"}
    found = awards("화순군은 올해 주민참여예산(온라인 투표) 운영 평가에서 우수기관으로 뽑혔다.")
    assert {a.get("name") for a in found} == {"주민참여예산(온라인 투표) 운영 평가"}


def test_an_aside_after_a_blank_or_after_the_name_is_not_part_of_it() -> None:
    found = awards("보은군(군수 최재형)이 농촌 체험마을 평가에서 대상(농식품부 장관상)을 받았다.")
    assert {a.get("name") for a in found} == {"농촌 체험마을 평가"}


def test_a_verb_that_goes_on_opens_no_name() -> None:
    found = awards("영동군보건소는 방문건강관리 유공을 인정받아 우수기관으로 선정됐다.")
    assert all(a.get("name") != "인정받아" for a in found)
    assert {a.get("prize") for a in found} == {"우수기관"}


def test_a_prize_named_for_its_givers_head_is_the_prize() -> None:
    """`…처장상`, `…센터장 표창`, `사회부총리 표창`: a prize named for the head who gives it,
    whatever the head's title, is the whole prize; the giver's head alone is no prize."""
    assert who("이날 한가람 씨가 보훈처장상을, 정다온 씨가 현충원장상을 수상했다.") == {
        ("보훈처장상", "한가람 씨"),
        ("현충원장상", "정다온 씨"),
    }
    assert who("돌봄 유공으로 복지과 나하늘 주무관이 사회부총리 표창을 받았다.") == {
        ("사회부총리 표창", "나하늘 주무관")
    }
    assert who("이어 두보라 씨가 봉사센터장 표창을 받았다.") == {("봉사센터장 표창", "두보라 씨")}
    assert awards("이날 시상식에는 봉사센터장과 소방서장이 참석했다.") == []


def test_a_grade_named_before_the_prize_it_is_given_as_is_the_awards_grade() -> None:
    """`대상인 대통령 표창은 A와 B가`, `최우수상인 장관상을 받았다`: the grade is the award; the
    commendation written after 인 is the form it takes."""
    assert who("올해 평가에서 대상인 대통령 표창은 한빛시와 누리군이 각각 차지했다.") == {
        ("대상", "한빛시"), ("대상", "누리군"),
    }  # fmt: skip
    assert who("가람구가 ‘2025 복지계획 평가’에서 최우수상인 보건복지부장관상을 받았다.") == {
        ("최우수상", "가람구"),
    }  # fmt: skip
    assert who("다온군은 ‘생활체육 대회’에서 금상인 도지사상을 받았다.") == {("금상", "다온군")}


def test_a_commendation_after_a_word_ending_in_in_keeps_its_own_name() -> None:
    """Near-misses: `인` that closes no grade (`군민인`, a verb's `-인`) leaves the prize as
    written."""
    assert who("새솔군은 올해 처음인 도지사 표창을 받았다.") == {("도지사 표창", "새솔군")}
    assert who("한빛시가 ‘2025 안전 평가’에서 국무총리 표창을 받았다.") == {
        ("국무총리 표창", "한빛시"),
    }  # fmt: skip
