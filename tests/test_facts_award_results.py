"""A contest's results as a run of (grade, winners) pairs, however each pair is punctuated:
names with titles, names before their work in brackets, works with their maker in brackets.

Every sentence here was written for these tests; near-misses stay silent.
"""

from __future__ import annotations

import pytest

from govreader.model import FactKind
from tests.facts_helpers import award_winners as who
from tests.facts_helpers import kind_fields


def test_grades_with_names_before_their_works_in_brackets() -> None:
    found = who(
        "다온군은 제3회 다온 풍경 사진 공모전의 수상작을 발표했다. 심사 결과 금상은 강변 "
        "노을을 담은 한가람 씨, 은상은 문보라(새벽 안개), 서지훈(들꽃), 동상에는 "
        "마도윤(겨울 숲), 하은별 씨(바람길)가 각각 선정됐다."
    )
    assert found >= {
        ("금상", "한가람 씨"),
        ("은상", "문보라"),
        ("은상", "서지훈"),
        ("동상", "마도윤"),
        ("동상", "하은별 씨"),
    }
    assert not {w for _, w in found} & {"바람길", "들꽃"}


def test_marked_works_with_their_makers_in_brackets() -> None:
    found = who(
        "나래구는 구정 홍보 영상 공모전 심사 결과를 공개했다. 심사 결과 대상은 △함께 걷는 "
        "골목(진하늘 외 2명), 금상은 △강둑의 봄(오세린), 은상은 △노을(육지호) △달빛 시장"
        "(표나래 외 1명)이 차지했다."
    )
    assert found >= {
        ("대상", "진하늘"),
        ("금상", "오세린"),
        ("은상", "육지호"),
        ("은상", "표나래"),
    }
    assert ("은상", "노을") not in found


def test_grades_without_particles_and_people_with_ranks_or_ages() -> None:
    found = who(
        "바람군은 관광 사진 공모전의 입상작을 선정했다. 입상작으로는 금상 구한별(바다 마을), "
        "은상 명서윤(첫눈), 가작 탁도경(갯벌) 등 3점이 선정됐다. "
        "지역분야 대상에 해오름센터에 복무하는 편지안(24세), 교육분야 대상에는 "
        "봄빛중학교에 복무하는 봉수아(26세)가 선정됐다. 창의 부문 대상은 제7여단 "
        "위건우 상사에게 돌아갔다."
    )
    assert found >= {
        ("금상", "구한별"),
        ("은상", "명서윤"),
        ("가작", "탁도경"),
        ("대상", "편지안"),
        ("대상", "봉수아"),
    }
    assert any(p == "대상" and (w or "").endswith("위건우 상사") for p, w in found)


def test_two_sentences_with_one_grade_keep_both_winners() -> None:
    found = who(
        "하늘시는 시민 수기 공모전 수상자를 발표했다. 일반부 금상은 ‘골목의 온기’를 출품한 "
        "채윤서 씨가 수상했다. 청소년부 금상은 ‘작은 정원’을 출품한 엄다온 양이 수상했다."
    )
    assert {("금상", "채윤서 씨"), ("금상", "엄다온 양")} <= found


def test_a_later_line_of_one_grade_keeps_its_bare_named_winners() -> None:
    found = who(
        "누리군 학생 미술대회 결과를 알렸다. 그림부문 대상에 도하람(솔빛초 5년), 우수상 "
        "여다슬(솔빛초 6년). 만화부문은 최우수상 하이든(가온초 4년), 우수상 "
        "육서진(가온초 4년)ㆍ공나래(새봄초 5년)."
    )
    assert {("우수상", "여다슬"), ("우수상", "육서진"), ("우수상", "공나래")} <= found


def test_a_work_retelling_its_body_s_grade_is_no_second_winner() -> None:
    found = who(
        "다온군은 제3회 한빛 관광평가에서 대상을 받았다. 명주실은 올해 대상까지 거머쥐며 "
        "이름을 알렸다. 다온 문화제는 올해 대상까지 거머쥐었다."
    )
    assert ("대상", "다온군") in found
    assert not {w for _, w in found} & {"명주실", "다온 문화제"}


def test_grade_words_places_and_targets_are_no_winners() -> None:
    found = who(
        "마루시는 전 시민을 대상으로 사진 공모전을 열어 대상 1점, 금상 2점을 선정했다. "
        "우수상 △농산물 유통 평가 최우수 군 △도시재생 평가 장려상을 받았다. "
        "은상은 한옥 마을 풍경(노을 무렵), 동상은 서울 야경(다리 위)이 차지했다."
    )
    recipients = {w for _, w in found}
    assert not recipients & {"최우수 군", "노을", "서울", "시민", "다리"}


def test_a_planned_contest_names_no_winners() -> None:
    assert not who(
        "가온시는 다음 달 사진 공모전을 열어 금상은 김누리(가상 작품) 씨처럼 시민 한 명에게 "
        "수여할 계획이다."
    )


def test_a_kind_of_body_or_role_alone_is_no_winner() -> None:
    found = who(
        "재단은 올해 사회적경제 시상식에서 우수 협동조합을 뽑았다. 대상은 협동조합이, "
        "최우수상은 조합이 받았다. 우수상은 기타 5개 조합이 받았다. 최우수상 수상내역은 "
        "다음과 같다."
    )
    assert not {w for _, w in found} & {"협동조합", "조합", "기타 5개 조합", "수상내역"}


def test_people_with_the_student_title_are_winners_not_a_group() -> None:
    found = who(
        "다솜군은 홍보 포스터 공모전 결과를 발표했다. 포스터 부문 최우수상은 초등부는 "
        "다솜초등학교 고하람 학생(5학년)의 작품이, 중등부는 다솜중학교 남궁별 학생(2학년)의 "
        "작품이 각각 선정됐다."
    )
    assert {("최우수상", "고하람 학생"), ("최우수상", "남궁별 학생")} <= found


def test_the_winners_take_the_contest_named_before_their_grade() -> None:
    found = kind_fields(
        "해오름시는 제2회 해오름시 특산품 디자인 공모전 금상에 박하늘 씨의 작품이 뽑혔다고 "
        "밝혔다. 심사 결과 금상은 박하늘 씨, 은상은 한가람(매듭 접시), 동상에는 오세린 씨가 "
        "선정됐다.",
        FactKind.AWARD,
        published="2025-11-20",
    )
    assert {(a.get("prize"), a.get("name")) for a in found} == {
        ("금상", "제2회 해오름시 특산품 디자인 공모전"),
        ("은상", "제2회 해오름시 특산품 디자인 공모전"),
        ("동상", "제2회 해오름시 특산품 디자인 공모전"),
    }


def test_winners_per_category_take_the_grade_the_named_award_carries() -> None:
    text = (
        "해솔군은 10일 ‘제7회 늘푸른 군인 대상’ 시상식을 열었다. 올해 봉사 부문은 3여단 "
        "소하람(38·학사 40기) 소령이 수상자로 선정됐다. 헌신 부문 수상자는 9사단 나온결 "
        "중령으로, 수해 복구를 이끌었다. 협력부문에 공병단 모하진 상사와 통신단 변지아 원사가 "
        "선발된 것을 비롯해 창의부문에는 정비창 탁유리 군무원이 각각 선발됐다."
    )
    found = kind_fields(text, FactKind.AWARD, published="2025-11-20")
    won = {(a["prize"], a["recipient"], a["category"]) for a in found}
    assert won >= {
        ("대상", "소하람 소령", "봉사 부문"),
        ("대상", "나온결 중령", "헌신 부문"),
        ("대상", "모하진 상사", "협력 부문"),
        ("대상", "변지아 원사", "협력 부문"),
        ("대상", "탁유리 군무원", "창의 부문"),
    }
    assert all(a["name"] == "제7회 늘푸른 군인 대상" for a in found)


def test_winners_per_category_of_an_award_without_a_grade_in_its_name() -> None:
    found = who(
        "다솜시와 한빛일보는 12일 ‘제2회 이웃사랑상’ 시상식을 열었다. 나눔 부문에는 "
        "표다온 씨, 돌봄 부문에는 명가람 씨가 뽑혔다."
    )
    assert found >= {(None, "표다온 씨"), (None, "명가람 씨")}


def test_categories_without_winners_or_with_grades_add_no_category_winner() -> None:
    # A plan, a count of winners, and a grade the results reader reads: no category winners.
    assert not who("다솜시는 내년 나눔 부문에 표다온 씨 등을 선정할 예정이다.")
    found = kind_fields(
        "다솜시 공모전에서 나눔 부문 대상은 표다온 씨가 받았다.",
        FactKind.AWARD,
        published="2025-11-20",
    )
    assert [(a["prize"], a["recipient"]) for a in found] == [("대상", "표다온 씨")]


def test_quoted_categories_of_a_sentence_about_categories() -> None:
    found = who(
        "가람도는 ‘제3회 가람 국방대상’ 수상자를 선정했다. 부문별로는 ‘충성ㆍ용기’에 "
        "1사단 강도윤 중령, ‘나눔ㆍ봉사’에 2군단 윤새벽 상사가 수상의 영예를 안았다."
    )
    assert found >= {("대상", "강도윤 중령"), ("대상", "윤새벽 상사")}


def test_winners_named_before_the_grade_that_closes_the_sentence() -> None:
    found = who(
        "누리군은 관광 사진 공모전 수상작을 발표했다. 심사 결과 주하람 씨의 ‘새벽 포구’가 "
        "대상의 영예를 안았다. 남도윤 씨의 ‘들녘’, 모가온 씨의 ‘장터’가 장려에 "
        "선정됐으며 나머지 작품 20점이 입선했다."
    )
    assert found >= {("대상", "주하람 씨"), ("장려", "남도윤 씨"), ("장려", "모가온 씨")}


def test_winners_before_a_grade_belong_to_the_grade_word_before_them() -> None:
    found = who(
        "누리군 포스터 공모전에서 초등부 최우수상은 진소율 학생의 작품이 선정됐고 "
        "고등부는 최우수상 없이 하도경 학생의 작품이 우수상에 선정됐다."
    )
    assert ("우수상", "하도경 학생") in found
    assert ("우수상", "진소율 학생") not in found


def test_a_winner_described_by_the_grade_it_won() -> None:
    found = who(
        "누리군은 장병 사연 공모전 수상자를 발표했다. 대상을 받은 한여름 일병은 가족 여행을 "
        "떠난다. 금상을 수상한 ‘새벽지킴이’ 팀은 부대 봉사로 이름났다. 장려상을 받은 "
        "‘작은 습관’은 동료의 사연을 담았다."
    )
    assert found >= {("대상", "한여름 일병"), ("금상", "새벽지킴이 팀")}
    assert not any(w and "습관" in w for _, w in found)


def test_a_roster_of_grades_with_an_aside_and_names_after_their_category() -> None:
    found = who(
        "새봄대학교가 ‘제12회 새봄 글짓기 대회’ 결과를 발표했다. 다음은 수상자 명단.\n"
        "▲대상(총장상) △운문=한가람(솔빛중 1)\n"
        "▲최우수상(총장상) △운문=도하늘(새별고 2) △산문=여름비(푸른여중 1), 서지안(하늘고 1)"
    )
    assert found >= {("대상", "한가람"), ("최우수상", "도하늘"), ("최우수상", "여름비")}
    assert ("최우수상", "서지안") in found
    assert not {w for _, w in found} & {"솔빛중", "새별고", "운문", "산문"}


def test_a_name_before_its_office_in_brackets_after_a_works_title() -> None:
    found = who(
        "나래구는 구청 예능작품전에서 직원 4명이 입상했다. 입상 내역은 산문부문 ▲금상 바람의 "
        "언덕 류하늘(세무과) ▲동상 엄마의 편지 현다온(복지과) ▲입선 너를 믿어 김소라"
        "(새빛동주민센터)이다."
    )
    assert found >= {("금상", "류하늘"), ("동상", "현다온"), ("입선", "김소라")}
    assert not {w for _, w in found} & {"세무과", "복지과", "언덕"}


def test_a_bracket_of_other_words_after_a_name_in_mid_run_makes_no_winner() -> None:
    found = who("금상은 ‘봄의 노래’를 낸 동아리 하늘빛 모임(회원 12명)이 차지했다.")
    assert not {w for _, w in found} & {"모임", "하늘빛"}


def test_one_person_told_bare_and_with_a_title_is_one_winner() -> None:
    found = kind_fields(
        "입상 내역은 ▲금상 바람의 언덕 류하늘(세무과)이다. 금상을 받은 류하늘 주무관은 "
        "소감을 밝혔다.",
        FactKind.AWARD,
        published="2025-05-01",
    )
    assert len([f for f in found if f.get("prize") == "금상"]) == 1


def test_winners_paired_with_their_grades_in_one_run() -> None:
    assert who(
        "친절도 조사에서는 한빛정보원이 최우수상, 새솔사령부가 우수상, 다온사령부가 장려상으로 "
        "선정돼 장관 표창을 받는다."
    ) >= {("최우수상", "한빛정보원"), ("우수상", "새솔사령부"), ("장려상", "다온사령부")}


def test_paired_bodies_need_not_be_known_kinds_of_body() -> None:
    found = who(
        "평가 결과 나래훈련소가 최우수 기관, 해군 다솔경리단과 육본 민원실이 우수기관 등 3개 "
        "기관을 선발하였다."
    )
    assert found == {
        ("최우수기관", "나래훈련소"),
        ("우수기관", "해군 다솔경리단"),
        ("우수기관", "육본 민원실"),
    }


def test_a_pairs_subject_drops_the_clause_that_describes_it() -> None:
    found = who(
        "또 경진대회에 참가한 창녕군 한빛작목반이 최우수상을, 사천시 새솔연구회에서 우수상을 "
        "수상해 각각 청장상을 받았다."
    )
    assert {("최우수상", "창녕군 한빛작목반"), ("우수상", "사천시 새솔연구회")} <= found
    assert ("우수상", "창녕군 한빛작목반") not in found


def test_an_events_word_before_a_grade_is_no_paired_subject() -> None:
    found = who(
        "구로구는 올해 고충민원 처리실태 확인조사 평가 최우수상, 일자리 목표공시제 종합평가 "
        "특별상을 받았다."
    )
    assert not {w for _, w in found} & {"고충민원 처리실태 확인조사 평", "일자리 목표공시제 종합평"}


def test_people_with_their_home_in_brackets_before_the_title() -> None:
    found = who(
        "새봄시는 시민 수기 공모전 수상작을 발표했다. 금상 수상작은 ▲표다인(새봄시) 씨의 "
        "‘골목 햇살’ ▲하윤슬(누리군) 씨의 ‘강가의 집’ 등 2작품이다. 수필 부문에서는 "
        "‘들꽃 편지’를 낸 구해솔(다온시 북구)씨가 대상을 차지했다."
    )
    assert {("금상", "표다인 씨"), ("금상", "하윤슬 씨"), ("대상", "구해솔 씨")} <= found


def test_a_place_in_brackets_before_a_title_is_no_person() -> None:
    found = who(
        "새봄시는 관광 사진 공모전 수상작을 발표했다. 금상 수상작은 ▲동구(새봄시) 주무관의 "
        "‘바다’ ▲표하람(누리군) 씨의 ‘갯벌’ 등 2작품이다."
    )
    assert ("금상", "표하람 씨") in found
    assert not {w for _, w in found} & {"동구 주무관", "동구"}


def test_a_grade_keeps_only_the_winners_of_its_own_clause() -> None:
    found = who(
        "누리시는 시민 사진 공모전 시상식을 열었다. 일반부 최우수상은 ‘강변 노을’을 낸 "
        "윤하람 씨가 받았으며, 차소리 씨와 편가온 씨가 우수상을 받았다."
    )
    assert ("최우수상", "윤하람 씨") in found
    assert not {("최우수상", "차소리 씨"), ("최우수상", "편가온 씨")} & found


def test_a_grade_said_not_given_opens_no_winners() -> None:
    found = who(
        "다온군은 홍보 포스터 공모전 결과를 발표했다. 포스터 부문 최우수상은 초등부는 "
        "다온초등학교 변하늘 학생(5학년)의 작품이, 중등부는 다온중학교 석바다 학생(2학년)의 "
        "작품이 각각 선정됐고 고등부는 최우수상 선정 없이 다온고등학교 하구름 학생(1학년)의 "
        "작품이 우수상으로 선정됐다."
    )
    assert {("최우수상", "변하늘 학생"), ("최우수상", "석바다 학생")} <= found
    assert ("최우수상", "하구름 학생") not in found


def test_winners_paired_with_grades_closed_by_commas() -> None:
    found = who(
        "한빛구는 관광 콘텐츠 공모전 당선작을 발표했다. 영상 부문에서는 맹다솜(누리시)씨가 "
        "‘골목 산책’으로 최우수상, 탁보람(한빛구)씨가 ‘시장 풍경’으로 우수상, 국새롬(다온군)씨가 "
        "‘강둑’으로 장려상에 각각 뽑혔다."
    )
    spaced = {(p, (w or "").replace("씨", " 씨").replace("  ", " ")) for p, w in found}
    assert {("최우수상", "맹다솜 씨"), ("우수상", "탁보람 씨"), ("장려상", "국새롬 씨")} <= spaced
    assert ("우수상", "국새롬 씨") not in spaced


def test_the_same_grade_again_keeps_the_winners_between() -> None:
    found = who(
        "가람군은 청소년 골든벨 시상식을 열었다. 가람고 편하늘 학생과 누리고 표바다 학생은 "
        "군수상(우수상, 장학금 각 20만 원)을 받았으며 다솜고 석누리 학생과 하람고 구다온 학생은 "
        "교육장상(우수상, 각 20만 원)을 받았다."
    )
    assert {("우수상", "석누리 학생"), ("우수상", "구다온 학생")} <= found


def test_roster_lines_with_a_colon_or_an_equals_sign() -> None:
    found = who(
        "한솔구는 어린이 글짓기 대회 수상자를 발표했다.\n"
        "최우수 : 도하람(우리 동네 숲), 탁은솔(할머니의 텃밭)\n"
        "우수 : 편가을(바다 소리)\n"
        "장려 : 봉누리(종이비행기), 위서진(눈 오는 날)\n\n"
        "◇금상(2명)=△석다온(누리 가람중3) △연하늘(한빛여고2)\n\n"
        "◇은상(1명)=△구새봄(다솜초 6)"
    )
    assert found >= {
        ("최우수", "도하람"),
        ("최우수", "탁은솔"),
        ("우수", "편가을"),
        ("장려", "봉누리"),
        ("장려", "위서진"),
        ("금상", "석다온"),
        ("금상", "연하늘"),
        ("은상", "구새봄"),
    }
    assert not {w for _, w in found} & {"우리 동네 숲", "바다 소리", "종이비행기"}


def test_a_writing_contests_roster_lines_with_장원_and_가작() -> None:
    found = who(
        "누리문화원은 구민 백일장 수상작을 발표했다.\n"
        "장원 : 편가온(골목길 저녁)\n"
        "가작 : 석다솜(바다가 부른다), 위서율(첫눈)"
    )
    assert found >= {("장원", "편가온"), ("가작", "석다솜"), ("가작", "위서율")}
    assert not who("장원 교수가 백일장 심사평을 했다. 장원은 올해 나오지 않았다.")


def test_a_bare_grade_without_a_roster_mark_opens_no_winners() -> None:
    found = who(
        "누리시는 우수 사례 발표회를 열었다. 최우수 기관 담당자 탁다온 주무관이 발표했다. "
        "우수 공무원 편하람 주무관도 참석했다."
    )
    assert not {p for p, _ in found} & {"최우수", "우수"}


def test_a_school_and_year_in_brackets_before_the_title() -> None:
    found = who(
        "대상은 ‘푸른 하늘’을 낸 남다솜(한빛 누리여상3)양에게 돌아갔다. 최우수상은 "
        "‘강가에서’를 응모한 석가람(다온 가람중1)군이 차지했다. 우수상에는 "
        "탁보미(6학년)학생이 뽑혔다."
    )
    unspaced = {(p, (w or "").replace(" ", "")) for p, w in found}
    assert unspaced >= {("대상", "남다솜양"), ("최우수상", "석가람군"), ("우수상", "탁보미학생")}


def test_bare_names_listed_before_a_title_share_it() -> None:
    found = who(
        "누리시는 청소년 백일장 시상식을 열었다. 운문 부분에서 편가온, 석다솜, 도하린 학생이, "
        "산문 부분에서 탁보람, 위서율 학생이 각각 금상을 수상했다. 유치부 은상은 연다온 "
        "남하늘 양이 받았다."
    )
    names = {(p, (w or "").split()[0]) for p, w in found}
    assert names >= {
        ("금상", "편가온"),
        ("금상", "석다솜"),
        ("금상", "도하린"),
        ("금상", "탁보람"),
        ("금상", "위서율"),
        ("은상", "연다온"),
        ("은상", "남하늘"),
    }
    assert ("금상", "편가온 학생") in found


def test_a_verb_or_a_school_before_a_titled_name_is_no_name() -> None:
    found = who(
        "대상 수상작은 골목 시장을 소개한 편가온 씨의 ‘장날’이 수상했다. 초등부는 한솔초 "
        "석다솜 학생이 금상을 받았다."
    )
    assert ("대상", "편가온 씨") in found
    assert any(p == "금상" and (w or "").endswith("석다솜 학생") for p, w in found)
    assert not {w for _, w in found} & {"소개한 씨", "한솔초 학생"}


def test_the_winners_after_대상_외에도_won_the_next_grade() -> None:
    found = who(
        "이번 시상식에서는 대상 외에도 누리대학교 편가온, 석다솜 씨의 ‘새벽 길’이 최우수상을 "
        "받는 등 12개 작품이 상을 받는다."
    )
    assert not {p for p, _ in found} & {"대상"}


def test_a_winners_name_ending_in_원_is_a_name() -> None:
    found = who(
        "고등부에선 대상 권다원(누리여고 1학년)과 우수상 석하늘(가람고 2학년)이 각각 선정됐다. "
        "수필 부문 장원 : 양보원(겨울 바다). 동상은 편지원 씨가 받았다."
    )
    assert found >= {("대상", "권다원"), ("장원", "양보원"), ("동상", "편지원 씨")}
    # A body ending in 원 whose first syllable is no surname stays no person.
    listed = who("우수기관 시상 결과를 알렸다.\n최우수 : 감사원(세종), 편가온(숲길)")
    assert ("최우수", "편가온") in listed
    assert ("최우수", "감사원") not in listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("이날 시상식에서 대상은 한가람 씨, 신인상은 오다솜 씨가 차지했다.",
         {("대상", "한가람 씨"), ("신인상", "오다솜 씨")}),
        ("국회의장상은 문보라씨 (누리), 국무총리상은 서지훈씨 (다온)로 각각 결정됐다.",
         {("국회의장상", "문보라씨"), ("국무총리상", "서지훈씨")}),
        ("공로상은 마도윤 씨, 봉사상은 하은별 씨, 효행상은 정하나 씨가 받았다.",
         {("공로상", "마도윤 씨"), ("봉사상", "하은별 씨"), ("효행상", "정하나 씨")}),
        ("누리대총장 인재상은 한가람 씨, 다온시장 특별상은 서지훈 씨가 수상했다.",
         {("누리대총장 인재상", "한가람 씨"), ("다온시장 특별상", "서지훈 씨")}),
    ],
)  # fmt: skip
def test_prizes_outside_the_grades_open_slots_in_a_run(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert who(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "홍보영상은 한가람 씨, 안내책자는 오다솜 씨가 만들었다.",  # a video, no prize
        "이 세상은 한가람 씨의 말처럼 넓다.",  # an everyday word in 상, no run
        "신인상은 한가람 씨에게 어울리는 상이라는 평이다.",  # one topic, no run of grades
    ],
)
def test_words_in_상_outside_a_run_of_grades_open_no_slot(text: str) -> None:
    assert who(text) == set()


def test_a_winner_of_one_grade_in_the_run_holds_no_other() -> None:
    found = who("이날 시상식에서 대상은 한가람 씨,신인상은 오다솜 씨가 차지했다.")
    assert ("대상", "오다솜 씨") not in found
    assert ("신인상", "오다솜 씨") in found


def test_a_grade_told_with_its_givers_title_keeps_the_winners_read() -> None:
    found = who(
        "누리시 창업경진대회 대상은 '바람공방(대표 한가람)'이 차지했다. 또한 누리대총장 "
        "인재상은 '들꽃상회(오다솜)', 누리시장 특별상에는 '새벽농원(서지훈)'와 "
        "'노을식품(문보라)'이 수상했다."
    )
    assert ("누리시장 특별상", "새벽농원") in found
    assert ("누리시장 특별상", "노을식품") in found
    assert ("특별상", "새벽농원") not in found
