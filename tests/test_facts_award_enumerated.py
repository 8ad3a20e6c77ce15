"""Awards listed item by item in a body's record: each item an event and its grade, or one grade
and the events it was won in. Sentences written for these tests; near-misses stay silent."""

from __future__ import annotations

from typing import Any

from govreader.model import FactKind
from tests.facts_helpers import kind_fields


def awards(text: str, published: str = "2024-12-10") -> list[dict[str, Any]]:
    return kind_fields(text, FactKind.AWARD, published=published)


def named(text: str) -> set[tuple[Any, ...]]:
    return {(a.get("name"), a.get("prize"), a.get("recipient")) for a in awards(text)}


def test_events_with_their_grades_in_a_comma_list_are_each_an_award() -> None:
    text = (
        "영천시가 올해 대외 평가에서 좋은 성적을 냈다. 시는 행정안전부 주관 재난관리 평가 "
        "최우수기관, 보건복지부 주관 건강도시 평가 우수상, 지역혁신 경진대회 장려상 등을 받았다."
    )
    assert named(text) == {
        ("재난관리 평가", "최우수기관", "영천시"),
        ("건강도시 평가", "우수상", "영천시"),
        ("지역혁신 경진대회", "장려상", "영천시"),
    }


def test_the_host_written_before_an_item_is_its_organizer() -> None:
    text = (
        "마포구는 올해 산림청 주관 도시숲 평가 대상, 환경부 주관 기후대응 평가 우수상 등을 받았다."
    )
    found = {(a.get("name"), a.get("organizer")) for a in awards(text)}
    assert found == {("도시숲 평가", "산림청"), ("기후대응 평가", "환경부")}


def test_marked_items_ending_in_grades_are_each_an_award() -> None:
    text = (
        "거제시가 올해 상복이 터졌다. 시는 외부 평가에서 ▲해양수산부 어촌활력 평가 최우수상 "
        "▲국토교통부 도시재생 평가 우수기관 ▲문화체육관광부 관광도시 평가 S등급 등에 선정됐다."
    )
    assert {(a["prize"], a["recipient"]) for a in awards(text)} == {
        ("최우수상", "거제시"),
        ("우수기관", "거제시"),
        ("S등급", "거제시"),
    }


def test_a_dated_item_is_an_award_of_its_own_year() -> None:
    text = "서구는 2023년 청렴도 평가 최우수상, 2024년 적극행정 평가 우수상 등을 받았다."
    years = {a["prize"]: a["year"] for a in awards(text)}
    assert years == {"최우수상": 2023, "우수상": 2024}


def test_a_grade_then_the_events_it_was_won_in() -> None:
    text = (
        "횡성군이 올해 여러 평가에서 성과를 거뒀다. 대상의 경우 ▲강원 귀농귀촌 박람회 "
        "▲산림 경영 평가 ▲전국 한우 축제 경연에서 수상했다."
    )
    assert named(text) == {
        ("강원 귀농귀촌 박람회", "대상", "횡성군"),
        ("산림 경영 평가", "대상", "횡성군"),
        ("전국 한우 축제 경연", "대상", "횡성군"),
    }


def test_winners_paired_with_grades_are_not_events() -> None:
    text = (
        "강원도는 올해 시군 평가에서 춘천시가 최우수기관, 원주시가 우수기관으로 선정됐다고 밝혔다."
    )
    found = {(a["prize"], a["recipient"]) for a in awards(text)}
    assert ("최우수기관", "춘천시") in found
    assert all("춘천시" not in (a.get("name") or "") for a in awards(text))


def test_categories_of_one_award_are_not_events() -> None:
    text = "경산시는 일자리대상 시상식에서 공시제 부문 최우수상, 우수사업 부문 우수상을 받았다."
    names = {a.get("name") for a in awards(text)}
    assert not any(n and n.endswith("부문") for n in names)


def test_a_list_of_plans_is_no_award() -> None:
    text = "시는 내년 재난관리 평가 최우수기관, 건강도시 평가 우수상 등을 받을 계획이다."
    assert awards(text) == []


def test_a_grade_then_winning_bodies_is_not_read_as_events() -> None:
    text = "최우수상은 ▲광명시 ▲군포시가 받았다."
    assert {(a.get("name"), a["recipient"]) for a in awards(text)} == {
        (None, "광명시"),
        (None, "군포시"),
    }


def test_grades_then_their_winners_item_by_item() -> None:
    text = (
        "충북도는 시군 평가 결과를 공개했다. 최우수 충주시, 우수 제천시·진천군, "
        "장려 괴산군이 각각 선정됐다."
    )
    found = {(a["prize"], a["recipient"]) for a in awards(text)}
    assert found == {
        ("최우수", "충주시"),
        ("우수", "제천시"),
        ("우수", "진천군"),
        ("장려", "괴산군"),
    }


def test_graded_winners_take_the_event_of_the_ceremony_named_before() -> None:
    text = (
        "도는 도청에서 2024 하천 관리 종합평가 우수 시군 시상식을 열었다. "
        "최우수 공주시, 우수 보령시, 장려 서천군이 선정됐다."
    )
    assert {a.get("name") for a in awards(text)} == {"2024 하천 관리 종합평가"}


def test_a_graded_list_of_things_that_are_no_bodies_is_no_award() -> None:
    text = "최우수 사례, 우수 아이디어, 장려 제안이 선정됐다."
    assert awards(text) == []


def test_bodies_as_topics_each_with_its_category() -> None:
    text = (
        "‘2024 지역혁신 대상’ 시상식이 열렸다. 이번 시상식에서 천안시는 청년 정착 분야, "
        "아산시는 관광 분야, 서산시는 탄소중립 분야에서 각각 수상했다."
    )
    found = {(a["recipient"], a.get("category"), a.get("name")) for a in awards(text)}
    assert found == {
        ("천안시", "청년 정착 분야", "2024 지역혁신 대상"),
        ("아산시", "관광 분야", "2024 지역혁신 대상"),
        ("서산시", "탄소중립 분야", "2024 지역혁신 대상"),
    }


def test_bodies_as_topics_each_with_a_theme_in_a_longer_chain() -> None:
    text = (
        "‘2024 노사상생 대상’ 시상식이 열렸다. 국토교통부는 좋은 일자리, 해양수산부는 "
        "일자리 창출, 한국전력공사는 현장 혁신으로 상을 받았다."
    )
    assert {a["recipient"] for a in awards(text)} == {"국토교통부", "해양수산부", "한국전력공사"}


def test_two_bodies_with_bare_themes_are_too_few_to_tell_awards() -> None:
    text = "국토교통부는 좋은 일자리, 해양수산부는 일자리 창출로 좋은 평가를 받았다."
    assert awards(text) == []


def test_a_chain_closing_on_a_connective_receiving_verb() -> None:
    text = (
        "‘2024 공공혁신 대상’ 시상식이 열렸다. 국세청은 납세 서비스, 관세청은 통관 혁신, "
        "특허청은 올해 처음으로 심사 혁신 분야에서 상을 받아 눈길을 끌었다."
    )
    found = {(a["recipient"], a.get("category")) for a in awards(text)}
    assert found == {("국세청", None), ("관세청", None), ("특허청", "심사 혁신 분야")}


def test_a_record_told_as_what_it_is_names_the_body_of_the_article() -> None:
    text = (
        "한빛군이 올해 각종 평가에서 상을 휩쓸었다. 주요 수상 내역은 △행정안전부 주관 지방재정 "
        "신속집행 평가 우수기관 △도 농정시책 평가 2년 연속 최우수상 △지역복지사업 평가 장려상 "
        "등이다."
    )
    assert named(text) == {
        ("지방재정 신속집행 평가", "우수기관", "한빛군"),
        ("도 농정시책 평가", "최우수상", "한빛군"),
        ("지역복지사업 평가", "장려상", "한빛군"),
    }


def test_record_items_told_with_their_deed_and_year() -> None:
    text = (
        "새빛시니어클럽은 2015년 도 특화사업 평가 최우수기관 선정을 비롯해 2018년 노인일자리 "
        "박람회 우수상 수상, 2020년 사회공헌 인정제 우수기관 선정 등 여러 차례 상을 받았다."
    )
    found = {(a["prize"], a["year"], a["recipient"]) for a in awards(text)}
    assert found == {
        ("최우수기관", 2015, "새빛시니어클럽"),
        ("우수상", 2018, "새빛시니어클럽"),
        ("우수기관", 2020, "새빛시니어클럽"),
    }


def test_a_long_record_cut_after_its_last_item_is_read() -> None:
    text = (
        "새빛시니어클럽은 2016년 도 특화사업 우수기관 선정, 2019년 일자리 박람회 최우수상 수상, "
        "2021년 수행기관 평가 대상 수상 등 꾸준한 성과로"
    )
    assert {a["year"] for a in awards(text)} == {2016, 2019, 2021}


def test_two_graded_items_closed_by_a_bare_list_end_stay_silent() -> None:
    text = "도 농정시책 평가 최우수상, 지역복지사업 평가 우수상 등 수상 기관에는 포상금이 지급된다."
    assert awards(text) == []


def test_an_item_ending_in_its_category_names_the_event_before_it() -> None:
    text = (
        "하늘군은 올해 여러 기관에서 상을 받았다. 이외에 도로명주소 추진실적 최우수, "
        "도 구강보건 평가 최우수, 지자체 합동평가 산림 분야 최우수상 등을 받았다."
    )
    found = {(a.get("name"), a.get("prize"), a.get("category")) for a in awards(text)}
    assert ("지자체 합동평가", "최우수상", "산림 분야") in found
    assert ("도로명주소 추진실적", "최우수", None) in found
    assert ("도 구강보건 평가", "최우수", None) in found


def test_a_category_alone_in_a_record_is_left_out_the_other_items_kept() -> None:
    text = (
        "하늘군은 올해 상을 받았다. 이외에 도로명주소 추진실적 최우수, 마을 돌봄 서비스 부문 "
        "최우수, 도 구강보건 평가 최우수 등을 받았다."
    )
    names = {a.get("name") for a in awards(text)}
    assert {"도로명주소 추진실적", "도 구강보건 평가"} <= names
    assert not any(n and n.endswith("부문") for n in names)


def test_a_record_led_by_the_kind_of_evaluation_in_short_form() -> None:
    text = (
        "달빛구는 지난해 대외 평가에서 20개 부문을 수상했다. 정부기관 평가에선 치매 관리 "
        "우수사례 공모 분야 대상, 노인복지사업 평가 최우수상, 청소년정책 평가 최우수상 등 "
        "9개 분야에서 1500만원을 받았다."
    )
    assert {("치매 관리 우수사례 공모", "대상"), ("노인복지사업 평가", "최우수상"),
            ("청소년정책 평가", "최우수상")} <= {(n, p) for n, p, _ in named(text)}  # fmt: skip


def test_a_modifier_inside_an_event_name_is_no_subject() -> None:
    text = (
        "달빛구는 상을 받았다. 서울시 평가에선 청년 일자리 만들기 우수구, 걷기 좋은 거리 "
        "만들기 우수구, 푸른 하천 가꾸기 우수구 등 8개 전 분야에서 3억원을 받았다."
    )
    names = {n for n, _, _ in named(text)}
    assert {"청년 일자리 만들기", "걷기 좋은 거리 만들기", "푸른 하천 가꾸기"} <= names


def test_grand_prize_first_in_a_list_of_grades_and_winners() -> None:
    text = (
        "가람도는 올해 시군 정책평가 결과 대상은 누리시, 최우수상은 다온군, "
        "우수상은 하늘구가 받았다고 3일 밝혔다."
    )
    found = {(a["prize"], a["recipient"]) for a in awards(text)}
    assert found == {("대상", "누리시"), ("최우수상", "다온군"), ("우수상", "하늘구")}


def test_category_grand_prizes_each_to_a_body_sharing_the_honour() -> None:
    text = (
        "심사 결과 종합대상은 가온도시공사, 안전경영 대상은 나래시설관리공단, "
        "녹색경영대상은 다솜교통공사가 각각 수상의 영예를 안았다."
    )
    found = {(a["prize"], a["recipient"]) for a in awards(text)}
    assert found == {
        ("종합대상", "가온도시공사"),
        ("대상", "나래시설관리공단"),
        ("녹색경영대상", "다솜교통공사"),
    }


def test_bare_bodies_after_a_graded_item_share_its_grade() -> None:
    text = (
        "이외 우수읍면은 가람읍과 누리면, 우수동은 다온1동과 하늘동, 바다2동, 솔빛동이 "
        "각각 차지했다."
    )
    found = {(a["prize"], a["recipient"]) for a in awards(text)}
    assert found == {
        ("우수읍면", "가람읍"),
        ("우수읍면", "누리면"),
        ("우수동", "다온1동"),
        ("우수동", "하늘동"),
        ("우수동", "바다2동"),
        ("우수동", "솔빛동"),
    }


def test_a_graded_list_after_a_clause_of_its_own_leaves_that_clause_its_award() -> None:
    text = (
        "청년부문에는 경기 가람시와 충남 누리군이 대상을 받았고 환경부문 대상은 전남 다온군, "
        "복지부문 대상은 경북 하늘군이 수상했다."
    )
    recipients = {a["recipient"] for a in awards(text)}
    assert {"경기 가람시", "충남 누리군"} <= recipients


def test_a_list_of_targets_is_no_list_of_winners() -> None:
    text = "지원 대상은 청년 농업인, 우수상은 없음, 장려상은 심사 중이 받았다."
    assert awards(text) == []


def test_townships_listed_before_a_topic_share_its_prize() -> None:
    text = (
        "가람군은 읍면 종합평가 결과를 발표했다. 누리면과 다온면은 우수상, "
        "하늘읍과 바다면, 솔빛면은 장려상을 각각 수상했다."
    )
    found = {(a["prize"], a["recipient"]) for a in awards(text)}
    assert found == {
        ("우수상", "누리면"),
        ("우수상", "다온면"),
        ("장려상", "하늘읍"),
        ("장려상", "바다면"),
        ("장려상", "솔빛면"),
    }


def test_winners_after_an_event_named_before_them_take_its_name() -> None:
    text = (
        "한빛경영연구원은 2024 대한민국의 품질경영대상 수상기업 5곳을 선정했다. "
        "종합대상에는 가온전자, 최우수상에는 나래식품이 뽑혔다."
    )
    assert named(text) == {
        ("2024 대한민국의 품질경영대상", "종합대상", "가온전자"),
        ("2024 대한민국의 품질경영대상", "최우수상", "나래식품"),
    }
