"""Awards as real pages tell them: the award's name told once (the headline, an earlier sentence)
and the winners later, in lists per grade and per category.

Every sentence here was written for these tests, after the families that regional papers and
ministries' releases use; near-misses stay silent.
"""

from __future__ import annotations

from typing import Any

import pytest

from govreader.model import FactKind
from tests.facts_helpers import kind_fields


def awards(
    text: str, title: str | None = None, published: str | None = "2025-11-20"
) -> list[dict[str, Any]]:
    return kind_fields(text, FactKind.AWARD, title, published)


def named(text: str, title: str | None = None) -> set[tuple[Any, ...]]:
    """(name, prize, recipient, year) of every award."""
    return {
        (a.get("name"), a.get("prize"), a.get("recipient"), a.get("year"))
        for a in awards(text, title)
    }


# --- an award's name told once ---------------------------------------------------------------


def test_the_headline_names_the_award_the_body_gives_the_winner() -> None:
    found = named(
        "시상식에서 평창군이 우수상을 받았다.",
        title="산림청 주최 ‘2025 산림경영 대상’ 시상식 열려",
    )
    assert found == {("2025 산림경영 대상", "우수상", "평창군", 2025)}


def test_an_earlier_sentence_names_the_evaluation() -> None:
    text = (
        "행정안전부는 ‘2024 지방규제혁신 평가’ 결과를 20일 발표했다. "
        "이 평가에서 거창군이 최우수기관으로 선정됐다."
    )
    assert named(text) == {("2024 지방규제혁신 평가", "최우수기관", "거창군", 2024)}


def test_no_name_anywhere_stays_unnamed() -> None:
    assert named("고성군이 우수상을 받았다.") == {(None, "우수상", "고성군", 2025)}


def test_a_past_award_keeps_its_own_year_under_the_events_name_without_this_years() -> None:
    text = "곡성군은 ‘2025 농촌관광 대상’에서 대상을 받았다. 군은 2023년에도 우수상을 받았다."
    found = named(text)
    assert ("2025 농촌관광 대상", "대상", "곡성군", 2025) in found
    assert ("농촌관광 대상", "우수상", "곡성군", 2023) in found


def test_a_short_mention_is_named_as_the_page_names_it_in_full() -> None:
    text = (
        "올해 도시재생 협업 평가에서 남해군이 최우수기관으로 선정됐다. "
        "국토교통부는 ‘2025 도시재생 협업’ 평가 결과를 3일 공개했다."
    )
    assert named(text) == {("2025 도시재생 협업", "최우수기관", "남해군", 2025)}


# --- a prize named first, its winners listed after -------------------------------------------


def winners(text: str) -> set[tuple[Any, ...]]:
    """(prize, recipient, category) of every award."""
    return {(a.get("prize"), a.get("recipient"), a.get("category")) for a in awards(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "최우수상은 영주시와 봉화군, 경북 예천군 등 3개 지자체가 받았다.",
            {
                ("최우수상", "영주시", None),
                ("최우수상", "봉화군", None),
                ("최우수상", "경북 예천군", None),
            },
        ),
        (
            "우수상은 강원 인제군∙양구군/철원군 등 12곳이 수상했다.",
            {
                ("우수상", "강원 인제군", None),
                ("우수상", "강원 양구군", None),
                ("우수상", "강원 철원군", None),
            },
        ),
        (
            "우수상에는 서귀포시, 제주시가 이름을 올렸다.",
            {("우수상", "서귀포시", None), ("우수상", "제주시", None)},
        ),
        (
            "부문별 대상은 관광부문에 강릉시, 복지부문에 충남 아산시가 수상의 영광을 안았다.",
            {("대상", "강릉시", "관광부문"), ("대상", "충남 아산시", "복지부문")},
        ),
        (
            "우수 기관은 광역단체에서는 부산시와 울산시가, 기초단체에서는 경남 통영시가 선정됐다.",
            {
                ("우수기관", "부산시", "광역단체"),
                ("우수기관", "울산시", "광역단체"),
                ("우수기관", "경남 통영시", "기초단체"),
            },
        ),
        (
            "관광 부문 대상은 전남 구례군, 교육 부문 대상은 충북 옥천군이 수상했다.",
            {("대상", "전남 구례군", "관광 부문"), ("대상", "충북 옥천군", "교육 부문")},
        ),
        (
            "최고경영자상에는 김하늘 강원 정선군수와 박하준 전남 완도군수가 각각 선정됐다.",
            {
                ("최고경영자상", "김하늘 강원 정선군수", None),
                ("최고경영자상", "박하준 전남 완도군수", None),
            },
        ),
    ],
)
def test_winners_listed_after_the_prize(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert winners(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "우수상에는 상금 300만 원과 상패가 주어진다.",
        "최우수상은 심사위원 점수와 주민 투표로 정한다.",
        "대상은 강릉시, 최우수상은 속초시가 받을 예정이다.",
        "부문별 대상은 관광부문에 강릉시, 복지부문에 아산시가 후보에 올랐다고 한다.",
    ],
)
def test_a_prize_named_first_without_a_receiving_verb_stays_silent(text: str) -> None:
    assert awards(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "당진시와 서산시가 ‘2025 지역경영 대상’ 종합대상을 수상했다.",
            {("종합대상", "당진시", None), ("종합대상", "서산시", None)},
        ),
        ("홍성군은 2년 연속 종합대상을 받는 영예를 안았다.", {("종합대상", "홍성군", None)}),
        ("보령시는 최고경영자상을 받았다.", {("최고경영자상", "보령시", None)}),
        ("공주시가 최우수상의 영광을 안았다.", {("최우수상", "공주시", None)}),
    ],
)
def test_prizes_and_verbs_of_real_pages(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert winners(text) == expected


def test_winners_after_a_named_award_belong_to_it() -> None:
    text = (
        "‘제5회 섬관광 대상’과 ‘제2회 해양안전 대상’ 시상식이 열렸다. "
        "통영시와 거제시가 섬관광 대상 종합대상을 받았다. "
        "부문별 대상은 축제부문에 신안군, 체험부문에 완도군이 수상했다."
    )
    found = {(a["name"], a["prize"], a["recipient"]) for a in awards(text)}
    assert found == {
        ("제5회 섬관광 대상", "종합대상", "통영시"),
        ("제5회 섬관광 대상", "종합대상", "거제시"),
        ("제5회 섬관광 대상", "대상", "신안군"),
        ("제5회 섬관광 대상", "대상", "완도군"),
    }


def test_an_event_named_since_the_last_award_takes_the_next_winners() -> None:
    text = (
        "‘2025 녹색도시 대상’에서 춘천시가 대상을 받았다. "
        "한편 ‘2025 안전도시 평가’ 결과도 공개됐다. 최우수기관은 원주시가 차지했다."
    )
    found = {(a["name"], a["recipient"]) for a in awards(text)}
    assert found == {("2025 녹색도시 대상", "춘천시"), ("2025 안전도시 평가", "원주시")}


def test_a_grade_is_no_award_name() -> None:
    text = "사회복지 부문으로는 나주시가 종합대상의 영예를 안았다."
    assert named(text, title="‘2025 지역복지 대상’ 시상식 열려") == {
        ("2025 지역복지 대상", "종합대상", "나주시", 2025)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "도는 시군 평가에서 영천시가 최우수기관, 경산시와 김천시가 각각 우수기관으로 "
            "선정됐다고 밝혔다.",
            {("최우수기관", "영천시"), ("우수기관", "경산시"), ("우수기관", "김천시")},
        ),
        (
            "기초 평가에서는 익산시와 김제시가 각각 우수기관 표창을, 무주군이 장려상을 받았다.",
            {("우수기관", "익산시"), ("우수기관", "김제시"), ("장려상", "무주군")},
        ),
        (
            "평가 결과 최우수기관은 강릉시, 우수기관은 속초시와 삼척시다.",
            {("최우수기관", "강릉시"), ("우수기관", "속초시"), ("우수기관", "삼척시")},
        ),
        (
            "최고대상은 강원도, 광주광역시, 전남 나주시 3개 단체에 돌아갔다.",
            {("최고대상", "강원도"), ("최고대상", "광주광역시"), ("최고대상", "전남 나주시")},
        ),
        (
            "종합대상은 경북 안동시(지역경제부문), 제주 서귀포시 2개 단체다.",
            {("종합대상", "경북 안동시"), ("종합대상", "제주 서귀포시")},
        ),
        (
            "강원 원주시의회는 의회운영부문에서, 제주도의회는 의정성과부문에서 대상을 받았다.",
            {("대상", "강원 원주시의회"), ("대상", "제주도의회")},
        ),
        (
            "중앙 부문에서는 해수부가, 시·도 부문에서는 광주광역시가 최우수기관으로 선정됐다.",
            {("최우수기관", "해수부"), ("최우수기관", "광주광역시")},
        ),
        (
            "경북 상주시와 대전 중구가 종합대상 단체로 선정됐다.",
            {("종합대상", "경북 상주시"), ("종합대상", "대전 중구")},
        ),
    ],
)
def test_bodies_and_grades_told_in_pairs_and_slots(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(a["prize"], a["recipient"]) for a in awards(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "최우수상은 상금 100만원이다.",
        "대상은 관내 거주 청년이다.",
        "우수기관은 다음 달 발표된다.",
    ],
)
def test_a_topic_closing_on_no_body_is_no_award(text: str) -> None:
    assert awards(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "제3회 공예품 공모전에서 김하늘(27)씨의 '한지 조명'이 대상을 차지했다.",
            {("대상", "김하늘 씨")},
        ),
        ("금상은 전통 문양을 살린 박소연씨의 '나전 거울'이 차지했다.", {("금상", "박소연 씨")}),
        (
            "올해는 고용률이 가장 높은 강원 양구군, 돌봄 체계를 새로 갖춘 경북 의성군이 "
            "종합대상을 받았다.",
            {("종합대상", "강원 양구군"), ("종합대상", "경북 의성군")},
        ),
        (
            "함평군은 행정안전부가 지난 3일 발표한 ‘2025년 상반기 재정집행 평가결과’에서 "
            "우수기관으로 선정됐다.",
            {("우수기관", "함평군")},
        ),
    ],
)
def test_who_won_a_work_a_described_body_an_announced_result(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(a["prize"], a["recipient"]) for a in awards(text)} == expected


def test_a_past_award_named_in_its_own_sentence_keeps_that_name() -> None:
    text = (
        "보성군은 ‘2025년 상반기 재정집행 평가’에서 우수기관으로 선정됐다. "
        "군은 지난해에도 ‘2024년 상반기 재정집행 최우수기관’에 선정된 바 있다."
    )
    assert {(a["name"], a["prize"], a["year"]) for a in awards(text)} == {
        ("2025년 상반기 재정집행 평가", "우수기관", 2025),
        ("2024년 상반기 재정집행", "최우수기관", 2024),
    }


def test_a_grade_with_euro_takes_the_bodies_selected_after_it() -> None:
    text = "이 밖에도 훈련 우수기관으로 통계청, 울산광역시, 충남 홍성군 등 총 30개 기관이 선정됐다."
    assert winners(text) == {
        ("우수기관", "통계청", None),
        ("우수기관", "울산광역시", None),
        ("우수기관", "충남 홍성군", None),
    }
    assert awards("최우수기관으로 도약하기 위해 시가 노력했다.") == []


def test_an_organizers_list_per_group() -> None:
    text = (
        "행정안전부는 올해 평가에서 광역단체로는 부산시와 경북도, 기초단체로는 경기 남양주시, "
        "강원 횡성군을 최우수기관으로 선정했다고 밝혔다."
    )
    assert {a["recipient"] for a in awards(text)} == {
        "부산시",
        "경북도",
        "경기 남양주시",
        "강원 횡성군",
    }


def test_a_groups_bodies_take_the_grade_of_the_sentence_before() -> None:
    text = (
        "우수 기관은 광역단체에서는 대구시와 대전시가 선정됐다. "
        "기초지자체로는 경기 안산시와 안양시, 경남 창녕군이 뽑혔다."
    )
    assert winners(text) == {
        ("우수기관", "대구시", "광역단체"),
        ("우수기관", "대전시", "광역단체"),
        ("우수기관", "경기 안산시", "기초지자체"),
        ("우수기관", "경기 안양시", "기초지자체"),
        ("우수기관", "경남 창녕군", "기초지자체"),
    }
    # One award before is no list: the group's bodies are not given its grade.
    alone = "김해시가 우수기관으로 선정됐다. 기초지자체로는 양산시와 밀양시가 뽑혔다."
    assert {a["recipient"] for a in awards(alone)} == {"김해시"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "완주군은 ‘2025 귀농귀촌 대상’에서 대상을 수상하면서 3년 연속 수상의 기쁨을 누렸다.",
            {("대상", "완주군")},
        ),
        (
            "영광군은 ‘2025 스마트농업 경진대회’에서 최우수상을 받으며 국비 5억 원을 확보했다.",
            {("최우수상", "영광군")},
        ),
        ("대통령상에는 한옥 조명을 만든 조덕환씨가 선정됐다.", {("대통령상", "조덕환 씨")}),
        ("대상의 영예는 신보람(24)씨의 '행운 카드'에게 돌아갔다.", {("대상", "신보람 씨")}),
    ],
)
def test_verbs_that_go_on_and_contest_winners(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(a["prize"], a["recipient"]) for a in awards(text)} == expected


def test_other_bodies_marked_with_do_also_won() -> None:
    text = "이밖에 성동구와 영등포구 등도 2등급을 달성했다."
    assert {(a["prize"], a["recipient"]) for a in awards(text)} == {
        ("2등급", "성동구"),
        ("2등급", "영등포구"),
    }


def test_people_listed_with_their_prize_in_brackets() -> None:
    text = (
        "군은 퇴직 공무원 4명에 대한 정부포상 수여식을 열었다. 이날 포상을 받은 퇴직 공무원은 "
        "▲김하준(홍조근정훈장) ▲이도윤(녹조근정훈장), ▲ 故최지민(옥조근정훈장) "
        "▲ 정민서 (행정안전부장관표창, 청원경찰) 등이다."
    )
    assert {(a["name"], a["prize"], a["recipient"]) for a in awards(text)} == {
        ("정부포상", "홍조근정훈장", "김하준"),
        ("정부포상", "녹조근정훈장", "이도윤"),
        ("정부포상", "옥조근정훈장", "최지민"),
        ("정부포상", "행정안전부장관표창", "정민서"),
    }


def test_a_word_in_brackets_that_is_no_prize_is_no_award() -> None:
    assert awards("행사에는 김하준(35), 이도윤(동장) 등 주민들이 참석했다.") == []


def test_grades_per_category_with_euseo_and_a_present_reward() -> None:
    text = (
        "수원시는 일자리 공시제 부문에서 대상을, 우수사업 부문에서 최우수상을 받아 2관왕에 올랐다."
    )
    assert winners(text) == {
        ("대상", "수원시", "일자리 공시제 부문"),
        ("최우수상", "수원시", "우수사업 부문"),
    }
    selected = (
        "영월군은 일자리 정책을 평가받았다. ‘2025년 안전훈련’ 평가에서 우수기관으로 선정돼 "
        "장관 기관표창을 받는다."
    )
    assert ("우수기관", "영월군", None) in winners(selected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "▲최우수상: 김해시 ▲우수상: 양산시, 밀양시 ▲장려상: 거제시",
            {
                ("최우수상", "김해시"),
                ("우수상", "양산시"),
                ("우수상", "밀양시"),
                ("장려상", "거제시"),
            },
        ),
        (
            "수상 결과는 ▲대상 강릉시 ▲최우수상 속초시·삼척시 ▲우수상 동해시다.",
            {
                ("대상", "강릉시"),
                ("최우수상", "속초시"),
                ("최우수상", "삼척시"),
                ("우수상", "동해시"),
            },
        ),
        ("| 최우수 | 김해시 |", {("최우수", "김해시")}),
        ("▲최우수상 상금 100만원 ▲우수상 상금 50만원", set()),
        ("▲대상 청년 ▲지원 내용 월세", set()),
    ],
)
def test_grades_listed_item_by_item(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(a["prize"], a["recipient"]) for a in awards(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "대상(대통령상)은 광주시가, 최우수상(국무총리상)은 경기 성남시와 전북 군산시가 "
            "수상했다.",
            {("대상", "광주시"), ("최우수상", "경기 성남시"), ("최우수상", "전북 군산시")},
        ),
        (
            "대상에는 광주시, 최우수상에는 성남시와 군산시가 선정됐다.",
            {("대상", "광주시"), ("최우수상", "성남시"), ("최우수상", "군산시")},
        ),
        (
            "시상식에서 대통령상은 광주광역시에, 국무총리상은 경기 성남시에 돌아갔다.",
            {("대통령상", "광주광역시"), ("국무총리상", "경기 성남시")},
        ),
        (
            "고용노동부는 시상식을 열고 대상 수상 지자체로 광주광역시와 전북 군산시를 선정했다.",
            {("대상", "광주광역시"), ("대상", "전북 군산시")},
        ),
        ("지원 대상에는 청년과 신혼부부가 선정됐다.", set()),
        ("올해 지원 대상은 통일부와 국방부가 정했다.", set()),
    ],
)
def test_grand_prizes_and_prizes_in_brackets_named_first(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(a["prize"], a["recipient"]) for a in awards(text)} == expected


def test_subjects_paired_with_grades_after_a_phrase_of_their_own() -> None:
    text = "영천시가 도시재생 부문에서 종합대상을, 경산시·김천시가 부문별 대상을 수상했다."
    assert {(a["prize"], a["recipient"]) for a in awards(text)} == {
        ("종합대상", "영천시"),
        ("대상", "경산시"),
        ("대상", "김천시"),
    }


def test_categories_and_grades_paired_over_respectively() -> None:
    text = (
        "서울 강서구는 ‘2025 일자리 대상’ 시상식에서 우수사업 부문과 공시제 부문에 각각 "
        "‘최우수상’과 ‘특별상’을 수상했다."
    )
    assert winners(text) == {
        ("최우수상", "서울 강서구", "우수사업 부문"),
        ("특별상", "서울 강서구", "공시제 부문"),
    }


def test_a_year_of_what_was_done_is_not_the_prizes() -> None:
    text = (
        "강서구는 ‘2025 일자리 대상’에서 우수상을 받았다. 공시제 부문에서는 2024년 일자리 목표 "
        "대비 120%를 달성해 특별상을 수상했다."
    )
    assert {(a["prize"], a["year"]) for a in awards(text)} == {("우수상", 2025), ("특별상", 2025)}


def test_a_quoted_grade_is_no_award_name() -> None:
    text = "시상식에서 강서구가 ‘최우수상’ 및 ‘특별상’을 수상했다."
    assert all(a.get("name") is None for a in awards(text))


def test_another_bodys_streak_after_a_clause_break() -> None:
    text = (
        "포천시는 2024년과 2025년에 이어 3년 연속 최우수기관에 오르는 기록을 세웠고, "
        "동두천시도 지난해에 이어 2년 연속 우수기관에 이름을 올렸다."
    )
    found = {(a["recipient"], a["prize"], a["year"]) for a in awards(text)}
    assert ("동두천시", "우수기관", 2024) in found
    assert ("포천시", "최우수기관", 2024) in found
    assert not any(r == "포천시" and p == "우수기관" for r, p, _ in found)


def test_no_other_subject_between_a_subject_and_its_grade() -> None:
    text = (
        "인구 50만 명 이상 대도시가 속한 가 그룹은 화성시가 최우수기관, 고양시가 우수기관에 올랐다."
    )
    assert {(a["recipient"], a["prize"]) for a in awards(text)} == {
        ("화성시", "최우수기관"),
        ("고양시", "우수기관"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "토지 분야에서는 서울 금천구의 '경계정보 확인 시스템'이 우수작으로 뽑혔다.",
            {("우수작", "서울 금천구")},
        ),
        (
            "안전 분야에서는 울산 남구의 '재난 지도'와 경기 이천시의 '도로번호 도입'이 각각 "
            "우수작으로 이름을 올렸다.",
            {("우수작", "울산 남구"), ("우수작", "경기 이천시")},
        ),
        ("일반행정 분야에서는 고양특례시의 '성명 표기 개선'이 선정됐다.", {(None, "고양특례시")}),
        ("충북 제천시의 '납세지 개선'은 주민 호응이 컸다.", set()),
    ],
)
def test_works_of_bodies_selected_in_a_contest(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert {(a.get("prize"), a["recipient"]) for a in awards(text)} == expected


def test_names_before_result_and_names_opened_by_a_year() -> None:
    assert named(
        "부안군이 재난관리평가 결과 우수기관으로 선정되어 장관 표창을 받는다고 밝혔다."
    ) == {("재난관리평가", "우수기관", "부안군", 2025)}
    assert named("부안군은 2018년 재난관리평가에서 최우수 기관으로 선정됐다.") == {
        ("2018년 재난관리평가", "최우수기관", "부안군", 2018)
    }
    history = "상주시는 2024년 복지사업 평가에서 장려상, 2025년 같은 평가에서 우수상을 받았다."
    assert {(a["prize"], a["year"]) for a in awards(history)} == {
        ("장려상", 2024),
        ("우수상", 2025),
    }


def test_praise_is_no_award_a_selected_practice_is_its_bodys() -> None:
    assert awards("영암군의 청년 정책은 우수사례로 높은 평가를 받았다.") == []
    selected = "전남 영암군의 청년 정책이 우수사례로 선정됐다."
    assert {(a["prize"], a["recipient"]) for a in awards(selected)} == {("우수사례", "전남 영암군")}


@pytest.mark.parametrize(
    "text",
    [
        "영암군은 ‘2025 스마트도시 챌린지’ 사업에 선정돼 국비 20억원을 확보했다.",
        "영암군은 행정안전부 공모에 선정돼 국비 10억원을 확보했다.",
        "행정안전부는 다음 달 우수기관을 선정해 시상할 계획이다.",
        "영암군은 ‘2025 청년마을 만들기’ 공모사업에 최종 선정됐다.",
    ],
)
def test_grants_and_plans_are_no_awards(text: str) -> None:
    assert awards(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("영월군, 전국 지자체 일자리 공시제 특별상 수상", {("특별상", "영월군")}),
        ("구로구, 청렴도 평가 최우수기관 선정", {("최우수기관", "구로구")}),
        ("아산시, ‘2025 도시재생 평가’ 우수상 수상 쾌거", {("우수상", "아산시")}),
        ("보령시 청년마을 공모사업 선정", set()),
        ("우수상 수상작 전시회 개최", set()),
    ],
)
def test_a_headline_line_in_the_body(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(a["prize"], a["recipient"]) for a in awards(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '최우수상은 기획팀 이하은 사무관의 "먼저 하는 적극행정"이 뽑혔다.',
            {("최우수상", "이하은 사무관")},
        ),
        (
            '우수상에는 도시팀 강지호 사무관의 "해 봅시다", 총무과 박서윤 주무관의 "함께 해요"가 '
            "각각 선정됐다.",
            {("우수상", "강지호 사무관"), ("우수상", "박서윤 주무관")},
        ),
    ],
)
def test_works_of_staff_named_after_a_prize(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(a["prize"], a["recipient"]) for a in awards(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "- 대통령 표창 : 김도현 씨(황산면, 배추 재배) - 공동 브랜드를 만든 공로",
            {("대통령 표창", "김도현 씨")},
        ),
        (
            "- 농촌진흥청장 표창 : 윤하린 팀장(농업기술센터) - 농촌지도 유공",
            {("농촌진흥청장 표창", "윤하린 팀장")},
        ),
        (
            "철원군은 2024년과 2025년에 이어 3년 연속 최우수기관에 오르는 기록을 세웠다.",
            {("최우수기관", "철원군")},
        ),
    ],
)
def test_dashed_prize_items_and_a_record_streak(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(a["prize"], a["recipient"]) for a in awards(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "평택시는 ‘2025 공공데이터 평가’에서 대상을, ‘2025 정보공개 평가’에서 최우수상을 "
            "받았다.",
            {("2025 공공데이터 평가", "대상"), ("2025 정보공개 평가", "최우수상")},
        ),
        (
            "도는 시군 평가 결과를 발표하고 최우수 시군으로 영주시를 선정했다.",
            {("시군 평가", "최우수 시군")},
        ),
        ("서구는 올해 3개 평가에서 우수기관에 선정되는 성과를 거뒀다.", {(None, "우수기관")}),
        ("지원 대상을, 청년과 노인으로 넓혔다.", set()),
    ],
)
def test_grand_prize_listed_first_a_grade_an_organizer_picked_a_result(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert {(a.get("name"), a["prize"]) for a in awards(text)} == expected


def test_a_grade_recorded() -> None:
    text = "곡성군과 담양군이 종합청렴도 2등급을 기록했다."
    assert {(a["prize"], a["recipient"]) for a in awards(text)} == {
        ("2등급", "곡성군"),
        ("2등급", "담양군"),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "심사를 거쳐 은상에 김하늘 씨의 ‘강변 머그컵’, 동상에 박서연 씨의 ‘산성 열쇠고리’가 "
            "선정됐다.",
            {("은상", "김하늘 씨"), ("동상", "박서연 씨")},
        ),
        (
            "발표 결과 ▲최우수상은 ‘새바람’팀의 ‘골목 살리기 방안’이 ▲장려상은 ‘늘봄’, ‘한울’ "
            "등 2개팀이 차지했다.",
            {("최우수상", "새바람 팀"), ("장려상", "늘봄 팀"), ("장려상", "한울 팀")},
        ),
        (
            "대상은 황보람 씨의 ‘모퉁이 쉼터’가, 금상은 이가온·최다온 씨가 출품한 ‘빛의 길’이 "
            "차지했다.",
            {("대상", "황보람 씨"), ("금상", "이가온 씨"), ("금상", "최다온 씨")},
        ),
    ],
)
def test_prizes_then_the_entrants_of_the_winning_works(sentence: str, expected: set[Any]) -> None:
    found = awards(f"시는 올해 공모전 수상작을 발표했다. {sentence}")
    assert {(a["prize"], a["recipient"]) for a in found} == expected


def test_a_count_of_teams_after_a_prize_names_no_team() -> None:
    text = "시는 발표대회를 열었다. 금상과 은상은 각 1팀, 동상은 3개 팀이 받았다."
    assert not any("개 팀" in (a.get("recipient") or "") for a in awards(text))


def test_winners_listed_as_what_a_graded_group_is() -> None:
    text = (
        "권익위는 민원서비스 평가 결과를 공개했다. ‘가’ 등급을 받은 중앙행정기관은 국토교통부, "
        "기상청, 산림청 등이었다."
    )
    found = {(a["prize"], a["recipient"]) for a in awards(text)}
    assert found == {("가등급", "국토교통부"), ("가등급", "기상청"), ("가등급", "산림청")}


def test_a_roster_of_winners_takes_the_prize_told_the_sentence_before() -> None:
    text = (
        "협회는 올해 사회적기업 어워드 시상식을 열었다. 우수 사회적기업상은 모두 3곳이 받았다. "
        "수상기업은 △대구 새봄협동조합 △부산 푸른나래 △울산 다온기업 등이다."
    )
    found = {(a["prize"], a["recipient"]) for a in awards(text)}
    assert found == {
        ("우수 사회적기업상", "대구 새봄협동조합"),
        ("우수 사회적기업상", "부산 푸른나래"),
        ("우수 사회적기업상", "울산 다온기업"),
    }


def test_a_roster_with_no_prize_before_it_stays_silent() -> None:
    text = "시는 올해 박람회를 열었다. 참가기업은 △한빛상사 △누리식품 △다온기업 등이다."
    assert awards(text) == []


def test_the_prizes_a_page_names_are_no_event_of_their_winners() -> None:
    text = (
        "협회는 1일 ‘2024 사회적기업 어워드’ 시상식을 열었다. 시상 부문은 ‘우수 사회적기업상’과 "
        "‘지역상생 공로상’으로 마련됐다. 우수 사회적기업상은 모두 2곳이 받았다. 수상기업은 "
        "△대구 새봄협동조합 △부산 푸른나래 등이다."
    )
    names = {a.get("name") for a in awards(text) if a["prize"] == "우수 사회적기업상"}
    assert names == {"2024 사회적기업 어워드"}


def _winners(text: str) -> set[tuple[Any, ...]]:
    """(prize, recipient) of every award."""
    return {(a.get("prize"), a.get("recipient")) for a in awards(text)}


def test_each_prize_of_a_list_of_decorations_opens_its_own_winners() -> None:
    """`녹조근정훈장에 A, B △옥조근정훈장 C`, `…, 근정포장 전 보건소 D씨가`: in a list of prizes
    and their winners, a later prize opens its own item with or without its particle and list
    mark, and a name after the rank or post it held is the person's."""
    text = (
        "수상자 명단에는 △녹조근정훈장에 김하나, 박두리 △옥조근정훈장 정다온, 최보라 "
        "△근정포장 한가람이 이름을 올렸다."
    )
    assert _winners(text) == {
        ("녹조근정훈장", "김하나"), ("녹조근정훈장", "박두리"), ("옥조근정훈장", "정다온"),
        ("옥조근정훈장", "최보라"), ("근정포장", "한가람"),
    }  # fmt: skip
    text = (
        "홍조근정훈장에는 전 기획국장 김하나, 녹조근정훈장 전 복지과장 박두리, 전 가람동장 "
        "이세나, 근정포장 전 보건소 정다온씨가 훈포장을 전수 받았다."
    )
    assert _winners(text) == {
        ("홍조근정훈장", "김하나"), ("녹조근정훈장", "박두리"), ("녹조근정훈장", "이세나"),
        ("근정포장", "정다온 씨"),
    }  # fmt: skip
    text = (
        "수상자로는 홍조근정훈장에 부이사관 김하나·박두리, 녹조근정훈장에 서기관 이세나, "
        "행정사무관 정다온 등이 수상했다."
    )
    assert _winners(text) == {
        ("홍조근정훈장", "김하나"), ("홍조근정훈장", "박두리"), ("녹조근정훈장", "이세나"),
        ("녹조근정훈장", "정다온"),
    }  # fmt: skip
    # A prize after a comma with no winners after it opens nothing.
    assert _winners("가람시는 올해 대상, 최우수상 등을 받았다.") == set()


def test_people_of_a_list_of_decorations_are_named_alone_and_close_on_the_copula() -> None:
    """A list holding decorations names its people alone, under a commendation too (`△대통령표창
    A, B`); a prize's people may close on the copula (`… B이며 옥조근정훈장은 C, D이다`), never
    on a verb nor a clause about the decoration."""
    text = "명단에는 △녹조근정훈장에 김하나, 박두리 △대통령표창 이세나, 정다온이 이름을 올렸다."
    assert ("대통령표창", "이세나") in _winners(text)
    text = (
        "이번 수상자 가운데 녹조근정훈장에는 김하나, 박두리이며 옥조근정훈장은 정다온, 최보라이다."
    )
    assert _winners(text) == {
        ("녹조근정훈장", "김하나"), ("녹조근정훈장", "박두리"), ("옥조근정훈장", "정다온"),
        ("옥조근정훈장", "최보라"),
    }  # fmt: skip
    assert (
        _winners("근정훈장은 공적이 뚜렷한 공무원에게 주는 훈장으로 다섯 등급으로 나뉜다.") == set()
    )


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("장려상은 한빛시와 누리군 등 6개 지자체가 장려기관으로 선정됐다.", "장려상"),
        ("우수상은 가람구, 다온구가 우수기관으로 뽑혔다.", "우수상"),
        ("최우수상은 새솔시와 바른군이 최우수 기관으로 선정되었다.", "최우수상"),
        ("올해 평가에서 우수상은 한빛시, 누리군 등 11곳이 우수 지자체로 선정됐다.", "우수상"),
        ("장려상은 가람구를 포함해 다온구 등 4곳이 장려 기관으로 선정됐다.", "장려상"),
    ],
)
def test_a_grade_restated_as_what_a_topics_winners_were_selected_as_is_one_award(
    text: str, grade: str
) -> None:
    """`우수상은 A, B가 우수기관으로 선정됐다`: the winners of the topic's grade, selected as
    what the grade makes them; no second award of the grade written again."""
    found = _winners(text)
    assert found and {prize for prize, _ in found} == {grade}


def test_a_grade_with_its_particle_after_no_subject_still_opens_its_winners() -> None:
    """Near-misses: a grade with 으로 that opens the sentence, or follows a place, still names
    the winners after it."""
    assert _winners("우수기관으로 한빛시와 누리군이 선정됐다.") == {
        ("우수기관", "한빛시"), ("우수기관", "누리군"),
    }  # fmt: skip
    assert ("최우수기관", "가람구") in _winners("가람구가 최우수기관으로 선정됐다.")


@pytest.mark.parametrize(
    ("text", "winners"),
    [
        (
            "최우수상은 한빛시를 포함해 누리군, 가람구 등 5개 지자체가 받았다.",
            {"한빛시", "누리군", "가람구"},
        ),
        (
            "우수상은 새솔시를 포함하여 바른군과 다온구가 차지했다.",
            {"새솔시", "바른군", "다온구"},
        ),
        (
            "장려상은 가람군을 비롯해 누리시, 한빛구 등 7곳에 돌아갔다.",
            {"가람군", "누리시", "한빛구"},
        ),
        # Near-misses: the rest is only a count or kinds with head counts.
        ("최우수상은 한빛시를 비롯해 16개 단체가 받았다.", {"한빛시"}),
        ("대상은 다온시를 포함한 3개 시군이 차지했다.", {"다온시"}),
    ],
)
def test_the_one_named_first_and_the_rest_after_it_are_all_winners(
    text: str, winners: set[str]
) -> None:
    """`A를 포함해 B, C 등`, `A를 비롯해 B와 C`: A is named first, the rest after it; a count
    alone after it adds no one."""
    assert {who for _, who in _winners(text)} == winners
