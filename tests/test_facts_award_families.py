"""Award families learned from a second, fresh sample of real pages (round two of issue 10).

Every sentence here was written for these tests, after the shapes those pages use; near-misses
stay silent.
"""

from __future__ import annotations

from typing import Any

from tests.test_facts_award_lists import awards, named


def who(text: str, title: str | None = None) -> set[tuple[Any, ...]]:
    """(prize, recipient) of every award."""
    return {(a.get("prize"), a.get("recipient")) for a in awards(text, title)}


# --- verbs: any past syllable, polite endings ------------------------------------------------


def test_a_subjectless_clause_ending_in_any_past_verb_is_the_bodys() -> None:
    text = (
        "보령시는 올해 여러 평가에서 좋은 성적을 거뒀다. "
        "또 해양수산부로부터 어촌활력 평가 우수상을 받으며 저력을 보여줬다."
    )
    assert who(text) == {("우수상", "보령시")}


def test_a_polite_past_ending_tells_a_done_award() -> None:
    text = "고성군은 어촌 살리기에 힘써 왔습니다. 해양수산부 어촌활력 평가에서 우수상을 받았습니다."
    assert who(text) == {("우수상", "고성군")}


# --- grades and names as pages write them ----------------------------------------------------


def test_a_two_letter_grade_is_one_grade() -> None:
    text = "당진시는 한국매니페스토실천본부의 공약이행 평가에서 SA등급을 받았다."
    assert who(text) == {("SA등급", "당진시")}


def test_a_bare_top_grade_with_its_own_verb() -> None:
    text = "동작구는 서울시 인센티브 사업 평가에서 최우수를 수상했다."
    assert who(text) == {("최우수", "동작구")}
    assert who("동작구는 서울시 인센티브 사업 평가에서 최우수 성적을 냈다.") == set()


def test_an_everyday_word_in_sang_is_no_prize_name() -> None:
    found = awards("이번 경진대회에서 최우수상은 거제시의 ‘우리아이 건강밥상’이 선정됐다.")
    assert [(a.get("name"), a.get("prize"), a.get("recipient")) for a in found] == [
        (None, "최우수상", "거제시")
    ]  # `이번 경진대회`: the kind of event alone refers to one; it names none


def test_a_word_of_time_opens_no_name() -> None:
    assert named("양산시는 6월 말 종합평가에서 최우수기관으로 뽑혔다.") == {
        ("종합평가", "최우수기관", "양산시", 2025)
    }


# --- lists of winners --------------------------------------------------------------------------


def test_the_bodies_named_before_the_whole_group() -> None:
    text = "우수 기관에는 대전광역시와 강원도를 비롯한 16개 단체가 뽑혔다."
    assert who(text) == {("우수기관", "대전광역시"), ("우수기관", "강원도")}


def test_a_count_of_winners_is_no_winner() -> None:
    text = "행정안전부는 민원 평가 결과 상위 32개 기관을 우수기관으로 선정했다고 밝혔다."
    assert who(text) == set()


# --- names written without quotes ------------------------------------------------------------


def test_words_right_before_a_selected_grade_name_the_evaluation() -> None:
    text = "경상북도와 구미시가 지방행정혁신 최우수기관으로 선정됐다."
    assert named(text) == {
        ("지방행정혁신", "최우수기관", "경상북도", 2025),
        ("지방행정혁신", "최우수기관", "구미시", 2025),
    }
    dated = named("함안군은 2023년 하반기 재정집행 평가 우수기관으로 선정됐다.")
    assert dated == {("2023년 하반기 재정집행 평가", "우수기관", "함안군", 2023)}


def test_a_streak_or_a_body_before_the_grade_is_no_name() -> None:
    assert named("서울 성동구가 2년 연속 우수기관으로 선정됐다.") == {
        (None, "우수기관", "서울 성동구", 2025)
    }


def test_a_noun_of_degree_stays_in_the_name_and_its_owner_does_not() -> None:
    text = "달성군은 국민권익위원회의 공공기관 종합청렴도 평가에서 1등급을 받았다."
    assert named(text) == {("공공기관 종합청렴도 평가", "1등급", "달성군", 2025)}


def test_a_short_mention_and_the_full_name_are_one_award_with_its_year() -> None:
    text = (
        "남구는 종합청렴도 평가에서 1등급을 받았다. "
        "남구는 권익위가 발표한 ‘2022년 공공기관 종합청렴도 평가’에서 1등급을 받았다."
    )
    assert named(text) == {("2022년 공공기관 종합청렴도 평가", "1등급", "남구", 2022)}


# --- awards told once more, and before --------------------------------------------------------


def test_n_years_after_a_year_is_that_years_award_too() -> None:
    text = (
        "달성군은 2025년도 공공기관 종합청렴도 평가에서 1등급을 받았다. "
        "달성군이 1등급을 받은 것은 2014년 이후 11년 만이다."
    )
    assert named(text) == {
        ("2025년도 공공기관 종합청렴도 평가", "1등급", "달성군", 2025),
        ("공공기관 종합청렴도 평가", "1등급", "달성군", 2014),
    }


def test_n_years_again_counts_back_from_the_articles_year() -> None:
    text = "남원시는 지방재정 평가에서 3년 만에 다시 최우수상을 받았다."
    years = {a.get("year") for a in awards(text)}
    assert years == {2025, 2022}


def test_n_years_of_something_else_is_no_award() -> None:
    assert awards("남원시는 10년 만에 인구가 늘었다.") == []


def test_an_ungraded_mention_before_the_grades_is_no_award_of_its_own() -> None:
    text = (
        "대전시는 ‘2025 전국 지방자치단체 일자리대상’에서 4년 연속 상을 받았다. "
        "시는 공시제 부문 최우수상을 받았다."
    )
    assert who(text) == {("최우수상", "대전시")}


# --- ceremonies: prizes handed, received now, quoted bodies -----------------------------------


def test_a_prize_set_before_the_body_that_receives_it_now() -> None:
    text = "대통령상을 받는 김천시는 정주 여건이 높은 평가를 받았다."
    assert who(text) == {("대통령상", "김천시")}
    text = "국무총리상을 수상하는 전남 여수시는 관광 정책이 돋보였다."
    assert who(text) == {("국무총리상", "전남 여수시")}


def test_topics_chained_with_batgo_and_a_prize_handed_to_bodies() -> None:
    text = (
        "장관상은 경북 영천시와 칠곡군, 전남 나주시 등이 받고 "
        "한국도시설계학회장상은 충북 제천시와 강원 홍천군에 수여됩니다."
    )
    assert who(text) == {
        ("장관상", "경북 영천시"),
        ("장관상", "경북 칠곡군"),
        ("장관상", "전남 나주시"),
        ("한국도시설계학회장상", "충북 제천시"),
        ("한국도시설계학회장상", "강원 홍천군"),
    }


def test_bodies_the_prize_was_handed_to_before_the_prize() -> None:
    text = "경남 밀양시와 전북 남원시 등 9개 지자체에는 국토교통부장관상이 수여됐다."
    assert who(text) == {("국토교통부장관상", "경남 밀양시"), ("국토교통부장관상", "전북 남원시")}


def test_groups_paired_with_their_prizes_under_each() -> None:
    text = "경기 광명시 등 3곳은 학회장상, 충남 아산시 등 4곳은 연구원장상을 각각 받았다."
    assert who(text) == {("학회장상", "경기 광명시"), ("연구원장상", "충남 아산시")}


def test_a_body_in_quotes_is_the_winner_and_a_festival_in_quotes_is_its_work() -> None:
    text = "행정안전부는 ‘전남 강진군’이 대통령상을 받는다고 밝혔다."
    assert who(text) == {("대통령상", "전남 강진군")}
    assert who("보령시는 ‘보령 머드축제’가 축제 대상을 받았다고 밝혔다.") == {("대상", "보령시")}


def test_a_list_subject_receives_a_prize_now() -> None:
    text = "전라남도와 경상남도, 경기도 화성·오산시 등 20개 지자체는 장관상을 받는다."
    assert who(text) == {
        ("장관상", "전라남도"),
        ("장관상", "경상남도"),
        ("장관상", "경기도 화성시"),
        ("장관상", "경기도 오산시"),
    }


def test_a_body_after_a_prize_it_receives_ahead_of_its_own_clause() -> None:
    text = "대통령상을 받는 김천시는 대기업이 이전하는 가운데 도시전략이 높은 평가를 받았다."
    assert who(text) == {("대통령상", "김천시")}


def test_a_group_taken_as_the_target_of_an_evaluation_is_no_grand_prize() -> None:
    text = "이번 대회는 52건을 대상으로 국민평가와 전문가 심사를 거쳐 11건을 선정했다."
    assert who(text) == set()


def test_a_grade_told_again_in_full_keeps_the_fuller_name() -> None:
    text = (
        "단양군은 올해 재난관리 평가 등에서 최우수, 우수기관 상을 연이어 수상했다. "
        "군은 지난 4월 ‘2025년 재난관리 평가’에서 최우수기관에 선정됐다."
    )
    assert ("최우수기관", "단양군") in who(text)


def test_winning_told_as_a_record() -> None:
    text = "동작구는 서울시 인센티브 평가 5개 사업에서 최우수를 수상하는 실적을 거뒀다."
    assert who(text) == {("최우수", "동작구")}


# --- people: a name, their office, their title ------------------------------------------------


def test_a_name_then_an_office_then_a_title_is_the_person() -> None:
    text = (
        "이날 김하은 서부보건소 건강증진팀 주무관은 보건복지부 장관상을, "
        "같은 팀 박서준 주무관은 도지사상을 받았다."
    )
    assert who(text) == {("보건복지부 장관상", "김하은 주무관"), ("도지사상", "박서준 주무관")}


def test_a_staff_members_title_is_no_place() -> None:
    text = "징수 분야 최우수상을 수상한 이도윤 주무관은 전국대회에 나간다."
    assert who(text) == {("최우수상", "이도윤 주무관")}


# --- works listed item by item with their bodies in brackets ---------------------------------


def test_works_listed_after_a_prize_with_their_bodies_in_brackets() -> None:
    text = (
        "예선에서 순위가 정해진 우수상에는 ▲모바일 민원 발급(행정안전부) "
        "▲하천 정화 장치 개발(양산시설관리공단) ▲보행 안전 경고체계(시스템) 설치(경기 군포시) "
        "등이 선정됐다."
    )
    assert who(text) == {
        ("우수상", "행정안전부"),
        ("우수상", "양산시설관리공단"),
        ("우수상", "경기 군포시"),
    }


def test_offices_in_brackets_after_an_internal_contests_works() -> None:
    text = (
        "동상은 △체납 관리 개선(세무1과) △나눔 장터 운영(복지정책과) "
        "△제설기 개량(월곡2동주민센터)이 차지했다."
    )
    expected = {("동상", "세무1과"), ("동상", "복지정책과"), ("동상", "월곡2동주민센터")}
    assert who(text) == expected


def test_a_category_in_brackets_is_no_body() -> None:
    text = "종합대상은 경북 영주시(지역경제부문), 전남 순천시 2개 단체다."
    assert who(text) == {("종합대상", "경북 영주시"), ("종합대상", "전남 순천시")}


# --- decorations of retiring officials ---------------------------------------------------------


def test_decorations_named_first_with_names_written_one_after_another() -> None:
    text = (
        "이 가운데 녹조근정훈장은 김민수 박정호 이서연, 옥조근정훈장은 최유진 한지훈, "
        "근정포장은 오세영 씨가 받았다."
    )
    assert who(text) == {
        ("녹조근정훈장", "김민수"),
        ("녹조근정훈장", "박정호"),
        ("녹조근정훈장", "이서연"),
        ("옥조근정훈장", "최유진"),
        ("옥조근정훈장", "한지훈"),
        ("근정포장", "오세영 씨"),
    }


def test_a_roads_paving_is_no_decoration() -> None:
    assert who("도로 포장은 시공사가 맡았다.") == set()


# --- names and subjects around quotes ---------------------------------------------------------


def test_a_subject_inside_a_quoted_name_is_none_and_a_township_is_a_body() -> None:
    text = "장수군 번암면이 ‘2025 살기좋은 마을 만들기’ 경연에서 대상을 차지했다."
    assert named(text) == {("2025 살기좋은 마을 만들기 경연", "대상", "장수군 번암면", 2025)}


def test_a_projects_inner_subject_is_no_winner() -> None:
    text = "김해시가 추진한 ‘청년의 꿈이 있는 김해 프로젝트’가 우수사례로 선정됐다."
    assert who(text) == {("우수사례", "김해시")}


def test_two_grades_joined_by_gwa_are_two_awards() -> None:
    text = "창원시는 ‘2025 공공디자인 대상’에서 대상과 우수상을 동시에 수상했다."
    assert who(text) == {("대상", "창원시"), ("우수상", "창원시")}


def test_the_same_prize_won_in_years_told_after() -> None:
    text = (
        "예산군은 ‘2025 농촌관광 대상’에서 대상을 받았다. "
        "군은 지난 2019년과 2021년에도 같은 상을 받은 바 있다."
    )
    assert named(text) == {
        ("2025 농촌관광 대상", "대상", "예산군", 2025),
        ("농촌관광 대상", "대상", "예산군", 2019),
        ("농촌관광 대상", "대상", "예산군", 2021),
    }


# --- the headline -----------------------------------------------------------------------------


def test_an_award_told_only_in_the_headline_is_placed_on_the_bodys_mention() -> None:
    text = "영광군은 행정안전부가 주관한 2025년 지방규제혁신 평가 결과 교부세를 받는다."
    title = "영광군, 지방규제혁신 평가 우수기관 선정"
    found = awards(text, title)
    assert [(a["name"], a["prize"], a["recipient"], a["year"]) for a in found] == [
        ("2025년 지방규제혁신 평가", "우수기관", "영광군", 2025)
    ]


def test_a_headline_award_the_body_tells_is_told_once() -> None:
    text = "영광군이 지방규제혁신 평가에서 우수기관으로 선정됐다."
    assert len(awards(text, "영광군, 지방규제혁신 평가 우수기관 선정")) == 1


def test_a_headline_with_no_award_adds_none() -> None:
    assert awards("영광군은 규제 개선에 힘쓴다.", "영광군, 지방규제혁신 평가 대비") == []


# --- rosters and bodies of residents -----------------------------------------------------------


def test_a_roster_of_bodies_grade_by_grade() -> None:
    text = (
        "수상 기관은 대상에 서울 마포구, 최우수상에 부산 남구와 대구 동구, "
        "우수상에 인천 중구 등이다."
    )
    assert who(text) == {
        ("대상", "서울 마포구"),
        ("최우수상", "부산 남구"),
        ("최우수상", "대구 동구"),
        ("우수상", "인천 중구"),
    }


def test_a_roster_of_people_written_by_their_names() -> None:
    text = "수상자는 대상 정다은(서울), 금상 한지민(부산), 은상 오세훈(대구) 씨 등이다."
    assert who(text) == {("대상", "정다은"), ("금상", "한지민"), ("은상", "오세훈")}


def test_a_residents_council_is_a_body() -> None:
    text = "영예의 대상은 ‘우리 동네 지도’를 출품한 강릉시 옥천동 주민자치회가 차지했다."
    assert who(text) == {("대상", "강릉시 옥천동 주민자치회")}


def test_a_quoted_part_opens_a_name_and_the_host_word_does_not() -> None:
    text = "울진군은 해양수산부 ‘어촌뉴딜300’ 사업 평가에서 우수 등급을 받았다."
    assert named(text) == {("어촌뉴딜300 사업 평가", "우수 등급", "울진군", 2025)}
    text = "아산시 보건소가 충남도 주관 통합건강증진사업 평가에서 최우수기관으로 선정됐다."
    assert named(text) == {("통합건강증진사업 평가", "최우수기관", "아산시 보건소", 2025)}


def test_awards_of_past_years_are_named_without_this_years_year() -> None:
    text = (
        "광명시는 ‘2025 전국 지방자치단체 일자리대상’에서 우수상을 받았다. "
        "시는 2021년 최우수상에 이어 5년 연속 수상했다."
    )
    assert ("전국 지방자치단체 일자리대상", "최우수상", "광명시", 2021) in named(text)


# --- a ministry's release: headline, attendees with their prizes -------------------------------


def test_heads_of_bodies_with_their_prizes_in_brackets_stand_for_their_bodies() -> None:
    text = (
        "이날 시상에는 장관을 비롯하여 경남 김해시장(대통령상), 전북 정읍시장(총리상), "
        "대구 수성구청장(녹색도시 장관상)이 참석하였다."
    )
    found = {(a["prize"], a["recipient"], a.get("category")) for a in awards(text)}
    assert found == {
        ("대통령상", "경남 김해시", None),
        ("국무총리상", "전북 정읍시", None),
        ("장관상", "대구 수성구", "녹색도시"),
    }


def test_the_headlines_award_names_the_bodys_prizes() -> None:
    text = (
        "국토교통부는 26일 ‘도시 지속가능성 평가’ 결과를 토대로 시상했다. "
        "대통령상을 수상한 경남 김해시는 전 분야에서 고르게 높은 점수를 얻었다."
    )
    title = "2025 대한민국 도시대상 대통령상, “경남 김해시”"
    assert named(text, title) == {("2025 대한민국 도시대상", "대통령상", "경남 김해시", 2025)}


# --- contests of people and works; bare grades ------------------------------------------------


def test_bare_grades_open_their_winners() -> None:
    text = "우수는 홍천군과 횡성군, 장려는 인제군, 고성군이 선정됐다."
    assert who(text) == {
        ("우수", "홍천군"),
        ("우수", "횡성군"),
        ("장려", "인제군"),
        ("장려", "고성군"),
    }


def test_works_of_people_after_a_prize_and_words_inside_a_title_close_nothing() -> None:
    text = (
        "일반부 최우수상에는 정민호(52)씨의 ‘골목 풍경’과 "
        "유하나(38)씨의 ‘아이가 웃는 축제’가 뽑혔다."
    )
    assert who(text) == {("최우수상", "정민호 씨"), ("최우수상", "유하나 씨")}


def test_a_prize_received_by_a_person_whose_work_follows() -> None:
    text = "종합대상을 받은 서미래씨의 ‘빛나는 항구’를 비롯해 28점이 전시된다."
    assert who(text) == {("종합대상", "서미래 씨")}


def test_the_host_opening_a_sentence_is_no_part_of_the_events_name() -> None:
    text = "강원도는 자치단체 합동평가 결과 정선군이 최우수 시군으로 선정됐다고 밝혔다."
    assert named(text) == {("자치단체 합동평가", "최우수 시군", "정선군", 2025)}


# --- histories and special prizes -------------------------------------------------------------


def test_years_of_a_streak_are_kept_apart_from_this_years_award() -> None:
    text = (
        "다 그룹에서는 연천군이 최우수기관을 차지했다. "
        "연천군은 이번 수상으로 2024년과 2025년에 이어 3년 연속 최우수기관에 오르는 기록을 세웠다."
    )
    years = {a["year"] for a in awards(text, published="2026-11-20")}
    assert years == {2024, 2025, 2026}


def test_a_special_prize_keeps_the_merit_it_is_named_for() -> None:
    text = "구리시는 협업 과제가 높은 평을 받아 도정협력 특별상을 받았다."
    assert who(text) == {("도정협력 특별상", "구리시")}
    text = "영월군은 일자리 공시제 특별상을 받았다."
    assert who(text) == {("특별상", "영월군")}


def test_a_headline_award_the_body_never_mentions_is_not_kept() -> None:
    text = "군은 올해 예산을 늘렸다."
    assert awards(text, "영광군, 지방규제혁신 평가 우수기관 선정") == []


def test_four_digits_a_number_unit_follows_are_no_year() -> None:
    text = "해오름군은 지방재정 평가에서 최우수상을 받아 특별교부세 7억 1900만원을 확보했다."
    assert {a.get("year") for a in awards(text)} == {2025}  # the article's year, not 1900
    told = "해오름군은 2019, 2020년 지방재정 평가에서 최우수상을 받았다."
    assert {a.get("year") for a in awards(told)} >= {2019}
