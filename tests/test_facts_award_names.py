"""Award names as real pages write them: the event an award was won in, never its category, a
contest's theme, a guest of its ceremony or a grade.

Every sentence here was written for these tests, after the families of regional papers and
ministries' releases.
"""

from __future__ import annotations

import pytest

from govreader.facts.award_naming import event_name
from govreader.model import FactKind
from tests.facts_helpers import kind_fields
from tests.test_facts_award_lists import named


def test_a_category_is_no_name_the_event_before_it_is() -> None:
    text = (
        "남구보건소는 ‘제9회 지역 건강증진사업 성과대회’에서 종합부문 최우수를 받았다. "
        "이번 평가에서 남구보건소가 종합부문 최우수 지자체로 선정돼 포상금을 받았다."
    )
    assert {name for name, *_ in named(text)} == {"제9회 지역 건강증진사업 성과대회"}


def test_a_category_written_after_the_name_is_cut_off() -> None:
    text = "북구는 행정안전부 주관 ‘2025 지역문화 콘텐츠 대상-청년 부문’에서 우수상을 받았다."
    assert {name for name, *_ in named(text)} == {"2025 지역문화 콘텐츠 대상"}


def test_an_overall_grade_is_no_name() -> None:
    text = (
        "문화체육관광부는 ‘2025 도시경관 대상’의 종합 대상 수상작으로 여수시의 ‘바다정원’을 "
        "선정했다. 최우수상으로는 김천시의 ‘물빛거리’가 뽑혔다."
    )
    assert ("2025 도시경관 대상", "최우수상", "김천시", 2025) in named(text)
    assert all(name != "종합 대상" for name, *_ in named(text))


def test_a_quoted_field_the_page_calls_a_category_is_no_event() -> None:
    text = (
        "보건복지부는 ‘2025년 복지행정상’ 시상식을 열었다. "
        "이는 찾아가는 돌봄서비스 제공, 희망복지 운영 등 6개 부문에서 "
        "성과가 좋은 곳을 뽑은 것이다. "
        "서울 강서구는 ‘찾아가는 돌봄서비스 제공’ 최우수상을 받았다."
    )
    assert {name for name, *_ in named(text)} == {"2025년 복지행정상"}


def test_a_list_mark_glued_to_the_name_opens_it() -> None:
    text = (
        "나래군은 지난해 여러 평가에서 상을 받았다. 군은 안심식당 전시회를 열어 "
        "△식품·위생관리사업 종합평가에서 대상을 받기도 했다. 보건 시책을 넓혀 "
        "△보건시책사업 평가에서 최우수기관으로 선정됐다."
    )
    names = {(name, prize) for name, prize, *_ in named(text)}
    assert names == {("식품·위생관리사업 종합평가", "대상"), ("보건시책사업 평가", "최우수기관")}


def test_an_ordinal_opens_a_name_told_anywhere() -> None:
    text = (
        "도서관이 독서 문화를 넓히려 만든 제2회 책벗상의 영예는 열람과 정하늘 주무관에게 "
        "돌아갔다. 우수상은 민서준 주무관이 받았다."
    )
    assert {name for name, *_ in named(text)} == {"제2회 책벗상"}


def test_an_ordinal_name_stops_before_a_word_with_a_particle() -> None:
    text = "제4회 바다마을 축제한마당 시상식에서 한빛시와 다솔군은 나란히 대상을 받았다."
    assert all("한빛시" not in (name or "") for name, *_ in named(text))


def test_a_grand_prize_glued_to_its_name_in_the_headline_names_the_award() -> None:
    text = "다솔군이 지역 발전에 이바지한 공로를 인정받아 대상을 받았다."
    found = named(text, title="다솔군, 대한민국우수행정평판대상 수상 ‘쾌거’")
    assert {name for name, *_ in found} == {"대한민국우수행정평판대상"}


def test_a_division_after_a_connective_is_no_name_the_contest_is() -> None:
    text = (
        "가나문화재단은 ‘제3회 가나사랑 영상 공모전’ 시상식을 가졌다. 또 초등부 최우수상 "
        "수상자인 다라초교 이서윤-박하람 학생(지도자 김하나)에게는 상장과 50만원의 상금이 각각 "
        "주어졌다. 고등부 최우수상은 마바여고 정다온 학생(지도자 한가람)의 ‘우리 마을’이 "
        "차지했다."
    )
    assert {name for name, *_ in named(text)} == {"제3회 가나사랑 영상 공모전"}


@pytest.mark.parametrize(
    ("read", "name"),
    [
        (", 비대면 교육 콘텐츠 경진대회", "비대면 교육 콘텐츠 경진대회"),
        ("△지역물가 안정관리 평가", "지역물가 안정관리 평가"),
        ("최근 2025년 교통문화 평가", "2025년 교통문화 평가"),
        ("3.14(금) 가나봉사상", "가나봉사상"),
        ("받은데 이어 제3회 매니페스토 경진대회", "제3회 매니페스토 경진대회"),
        ("뿐 아니라 가나청에서 개최한 농사비법 경진대회", "농사비법 경진대회"),
        ("주관한 청년정책 경진대회", "청년정책 경진대회"),
        ("또 초등부", None),
        ("나머지 대상", None),
        ("무려 6년동안", None),
        ("수상은 성과를 인정받은", None),
        ("PR 대상", "PR 대상"),
    ],
)
def test_what_a_reading_took_in_before_a_name_is_left_out(read: str, name: str | None) -> None:
    assert event_name(read) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "한빛시는 8일 열린 제3회 푸른행정대상 시상식에서 가람청과 나래공사 등 12개 기관을 "
            "뽑아 시상했다. 공공부문 대상을 받은 가람청은 민원 서비스를 새로 만든 점이 "
            "인정받았다. 민간부문 대상 수상기관인 나래공사는 자료 개방이 호평을 받았다. 이밖에 "
            "다온시와 미소군이 최우수상을 받았다.",
            "제3회 푸른행정대상",
        ),
        (
            "도가 연 공무원 경진대회에서 가람시가 '영상부문 최우수상', 나래군이 '수어 부문 "
            "최우수상'을 각각 수상했다.",
            "공무원 경진대회",
        ),
    ],
)
def test_a_category_with_its_grade_names_no_event(text: str, name: str) -> None:
    names = {f.get("name") for f in kind_fields(text, FactKind.AWARD)}
    assert names == {name}


@pytest.mark.parametrize(
    "said",
    [
        '다온군수는 "별빛 봉사상 수상을 마음 깊이 축하드리며 이웃을 위해 애써 주신 수상자 '
        '모든 분께 고마움을 전한다"며 "군도 힘껏 돕겠다"고 말했다.',
        "구청 관계자는 “별빛 봉사상은 주민 모두가 아끼는 뜻깊은 상”이라며 “숨은 이웃을 "
        "계속 찾겠다”고 밝혔다.",
        "그는 “올해 평가에서 받은 최우수상은 직원들이 함께 일군 결과”라고 강조했다.",
    ],
)
def test_a_quote_someone_said_names_no_award(said: str) -> None:
    text = (
        "다온군은 지난 2일 이웃을 도운 주민 5명에게 ‘별빛 봉사상’을 수여했다. "
        "올해 수상자는 강하늘(가람면)·윤나래(미소읍) 등 총 5명이다. " + said
    )
    names = {f.get("name") for f in kind_fields(text, FactKind.AWARD)}
    assert names == {"별빛 봉사상"}


@pytest.mark.parametrize(
    ("text", "name", "prize"),
    [
        ("누리군은 ‘2024 마을복지 우수사례 공모’에서 최우수상을 수상했다.",
         "2024 마을복지 우수사례 공모", "최우수상"),
        ("한빛전자 박하늘 대표가 지난달 열린 '국제 생활발명품전시회'에서 금상을 받았다.",
         "국제 생활발명품전시회", "금상"),
        ("다온시는 ‘제5회 청년정책 박람회’에서 영예의 대상을 차지했다.",
         "제5회 청년정책 박람회", "대상"),
        ("새솔구는 ‘2023 탄소중립 실천 한마당’에서는 우수기관으로 선정됐다.",
         "2023 탄소중립 실천 한마당", "우수기관"),
        ("가람고 김하나 학생이 ‘전국 청소년 과학탐구 축전’에서 금상을 받았다.",
         "전국 청소년 과학탐구 축전", "금상"),
    ],
)  # fmt: skip
def test_a_quoted_name_where_a_prize_was_won_is_its_event(text: str, name: str, prize: str) -> None:
    assert (name, prize) in {(n, p) for n, p, *_ in named(text)}


@pytest.mark.parametrize(
    "text",
    [
        "누리군은 ‘마을복지 공모’에서 최종 탈락했지만 우수상을 노린다.",  # no prize received
        "박하늘 대표는 '생활발명품전시회'에서 신제품을 선보였다.",  # no prize at all
        "다온시는 ‘청년정책 박람회’를 열고 우수상 수상자를 발표했다.",  # the host, not a winner
    ],
)
def test_a_quoted_name_without_a_prize_won_in_it_is_no_event(text: str) -> None:
    events = {"마을복지 공모", "생활발명품전시회", "청년정책 박람회"}
    assert not any(name in events for name, *_ in named(text))


@pytest.mark.parametrize(
    "name", ["대면평가", "서면 심사", "현장실사", "2024년", "2019년도", "’23년"]
)  # fmt: skip
def test_a_way_of_judging_or_a_year_alone_names_no_event(name: str) -> None:
    """`서면 및 대면평가를 실시하고`, `2023년 우수기관, 2024년 최우수기관`: how an evaluation
    judged, or the year a grade was won, is no event's name."""
    assert event_name(name) is None


@pytest.mark.parametrize("name", ["2024년 지역복지 평가", "현장 행정 평가", "서면평가대회"])
def test_an_event_named_with_a_year_or_a_judging_word_keeps_its_name(name: str) -> None:
    assert event_name(name) == name


def test_grades_listed_by_year_take_the_event_the_page_names() -> None:
    """`2023년 우수기관, 2024년 최우수기관에 선정된 바 있다`: each grade is the page's event's,
    of its year; this year's is the award told before, not a second one named `2024년`."""
    text = (
        "한빛군은 보건복지부 주관 ‘2024년 지역복지 성과대회’에서 최우수기관으로 선정됐다. "
        "한빛군은 2023년 우수기관, 2024년 최우수기관에 선정된 바 있다."
    )
    found = named(text)
    assert all(name and not name.endswith("년") for name, *_ in found)
    assert {(prize, year) for _, prize, _, year in found} == {
        ("최우수기관", 2024), ("우수기관", 2023),
    }  # fmt: skip


def test_how_the_evaluation_judged_is_not_the_awards_name() -> None:
    """An excerpt that starts at the winners: the evaluation named after them, not the way it
    judged (`서면 및 대면평가`), is their award's name."""
    text = (
        "최우수상은 한빛시와 누리군이 받았다. 이번 평가는 서면 및 대면평가를 실시하고 결과를 "
        "공유하기 위함이다. 올해 ‘지역돌봄계획 시행결과 평가’에서 최우수상을 받은 한빛시는 "
        "돌봄 사업을 넓혔다."
    )
    assert {name for name, *_ in named(text)} == {"지역돌봄계획 시행결과 평가"}


@pytest.mark.parametrize(
    ("text", "name", "prize", "recipient"),
    [
        (
            "2024 오사카 관광엑스포에서 한국관이 최고 전시관으로 꼽혔다. "
            "한국관은 심사단으로부터 금상을 받았다.",
            "2024 오사카 관광엑스포",
            "금상",
            "한국관",
        ),
        (
            "주최 측은 박람회 마지막 날 우수 부스를 시상했다. 나래시와 다솜군은 최우수상을 받았다. "
            "다솜군은 체험 행사로 제8회 남도 먹거리박람회의 흥행에 기여했다는 평을 받았다.",
            "제8회 남도 먹거리박람회",
            "최우수상",
            "나래시",
        ),
        (
            "한빛시는 다음 주 시청 로비에서 ‘2023년 직원 사진 전시회’를 연다고 밝혔다. "
            "대상에는 세무과 김가람 주무관의 ‘새벽 강’이 뽑혔다.",
            "2023년 직원 사진 전시회",
            "대상",
            "김가람 주무관",
        ),
        (
            "올해 처음 열린 청년 창업 아이디어 경진대회 결선에서 최우수상은 나래대학교가 받았다.",
            "청년 창업 아이디어 경진대회",
            "최우수상",
            "나래대학교",
        ),
    ],
)
def test_a_fair_an_expo_or_an_exhibition_names_the_prize_won_at_it(
    text: str, name: str, prize: str, recipient: str
) -> None:
    found = {(n, p, r) for n, p, r, _ in named(text)}
    assert (name, prize, recipient) in found


@pytest.mark.parametrize(
    "text",
    [
        "나래군은 서울 코엑스에서 열린 2024 귀농귀촌 박람회에 홍보관을 운영했다.",
        "다솜시는 오는 5월 ‘2025 다솜 정원 엑스포’를 열고 관람객 50만 명을 맞을 계획이다.",
    ],
)
def test_a_fair_without_a_prize_is_no_award(text: str) -> None:
    assert named(text) == set()
