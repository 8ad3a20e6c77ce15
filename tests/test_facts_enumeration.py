"""The shared reader of Korean enumerations, family by family, with near-misses that stay whole.

Every sentence here was written for these tests, after the shapes that lists of winners, programs,
counted members and audiences take in press releases and regional news.
"""

from __future__ import annotations

import pytest

from govreader.facts import enumeration, enumeration_pairs
from govreader.facts.enumeration import Enumeration


def _exact(text: str, found: Enumeration) -> list[str]:
    for item in found.items:
        assert text[item.start : item.end] == item.text
        if item.count:
            assert text[item.count.start : item.count.end].startswith(str(item.count.value)[:1])
    return found.texts


def items(text: str) -> list[str]:
    return _exact(text, enumeration.split(text))


# --- joints --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("청주시와 충주시", ["청주시", "충주시"]),
        ("보은군과 옥천군", ["보은군", "옥천군"]),
        ("목포시, 여수시, 순천시", ["목포시", "여수시", "순천시"]),
        ("노인 일자리 사업 및 청년 인턴 사업", ["노인 일자리 사업", "청년 인턴 사업"]),
        ("장애인이나 임산부", ["장애인", "임산부"]),
        ("어르신이나 아동", ["어르신", "아동"]),
        ("다자녀 가구나 한부모 가구", ["다자녀 가구", "한부모 가구"]),
        ("서구하고 동구", ["서구", "동구"]),
        ("홍성군、예산군、청양군", ["홍성군", "예산군", "청양군"]),
        ("강릉시/속초시/동해시", ["강릉시", "속초시", "동해시"]),
        ("구미시∙김천시∙상주시", ["구미시", "김천시", "상주시"]),
        ("청년·신혼부부·다자녀 가구", ["청년", "신혼부부", "다자녀 가구"]),
        (
            "인제군∙양구군, 화천군/철원군 및 고성군",
            ["인제군", "양구군", "화천군", "철원군", "고성군"],
        ),
        ("‘청년이음’과 ‘희망날개’", ["‘청년이음’", "‘희망날개’"]),
    ],
)
def test_items_joined_by_particles_marks_and_dots(text: str, expected: list[str]) -> None:
    assert items(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "사업 성과 평가",  # 성과 is a noun, not 성 + 과
        "효과 분석 보고서",
        "평가 결과 발표",
        "시·군·구 합동 평가",  # one-syllable parts make one name
        "전·남 지역 협의체",
        "3·1절 기념 행사",
        "코로나 피해 소상공인",  # 나 is the noun's own syllable
        "65세 이상이거나 소득이 낮은 주민",  # 거나 is a verb ending
        "주민과의 대화",  # 과의 is no joint
        "지원하고 있는 사업",  # 하고 after a verb
        "연구하고 개발한 기술",
        "1,500명 규모 행사",  # a thousands comma
        "2024/25 시즌 계획",
        "‘일과 삶, 균형’ 캠페인",  # a quoted name stays whole
        "보조금(국비, 도비) 지원",
    ],
)
def test_a_single_phrase_stays_whole(text: str) -> None:
    assert items(text) == [text]


def test_a_department_in_gwa_before_a_person_stays_with_them() -> None:
    text = "시민안전과 정하늘 주무관과 도시계획과 한지민 주무관"
    assert items(text) == ["시민안전과 정하늘 주무관", "도시계획과 한지민 주무관"]


def test_a_person_of_three_syllables_takes_gwa_as_a_joint() -> None:
    assert items("박서준과 정하은 주무관") == ["박서준", "정하은 주무관"]


def test_list_marks_open_items() -> None:
    text = "▲어르신 돌봄 사업 ▲아동 급식 지원 ▲청년 월세 지원"
    assert items(text) == ["어르신 돌봄 사업", "아동 급식 지원", "청년 월세 지원"]
    assert items("○ 일자리 박람회\n○ 취업 상담") == ["일자리 박람회", "취업 상담"]
    assert items("- 창업 교육\n- 멘토링") == ["창업 교육", "멘토링"]
    assert items("① 방문 상담 ② 전화 상담") == ["방문 상담", "전화 상담"]


# --- tails, totals and counts --------------------------------------------------------------


def test_a_tail_with_a_count_and_its_noun() -> None:
    text = "김해시와 양산시, 거제시 등 3개 지자체"
    found = enumeration.split(text)
    assert _exact(text, found) == ["김해시", "양산시", "거제시"]
    assert found.total is not None
    assert (found.total.value, found.total.unit, found.total.noun) == (3, "개", "지자체")


@pytest.mark.parametrize(
    ("text", "expected", "total"),
    [
        ("영주시, 봉화군 등", ["영주시", "봉화군"], None),
        ("영주시, 봉화군등", ["영주시", "봉화군"], None),
        ("영주시, 봉화군 등 2곳", ["영주시", "봉화군"], (2, "곳")),
        ("영주시, 봉화군, 예천군 총 3곳", ["영주시", "봉화군", "예천군"], (3, "곳")),
        ("영주시와 봉화군 2곳", ["영주시", "봉화군"], (2, "곳")),
        ("서울 중구·부산 동구 등 2개 기관", ["서울 중구", "부산 동구"], (2, "개기관")),
        ("구미시 외 4곳", ["구미시"], (4, "곳")),
    ],
)
def test_tails_are_not_items(text: str, expected: list[str], total: tuple | None) -> None:
    found = enumeration.split(text)
    assert _exact(text, found) == expected
    assert (found.total and (found.total.value, found.total.unit)) == total


def test_a_noun_ending_in_deung_is_no_tail() -> None:
    assert items("가로등과 보안등") == ["가로등", "보안등"]


@pytest.mark.parametrize(
    "text",
    [
        "공무원 3명, 교수 2명, 시민 5명",
        "공무원(3명), 교수(2명), 시민(5명)",
        "공무원 3명과 교수 2명, 시민 5명",
    ],
)
def test_each_item_keeps_its_own_count(text: str) -> None:
    found = enumeration.split(text)
    assert _exact(text, found)[:2] == ["공무원", "교수"]
    assert [(i.count.value, i.count.unit) for i in found.items if i.count][:2] == [
        (3, "명"),
        (2, "명"),
    ]
    assert found.total is None


# --- a shared region prefix ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "prefix", "spelled"),
    [
        ("경기 안산시와 안양시", "경기", ["경기 안산시", "경기 안양시"]),
        ("전남 담양군, 곡성군, 구례군", "전남", ["전남 담양군", "전남 곡성군", "전남 구례군"]),
        ("수원시 팔달구와 장안구", "수원시", ["수원시 팔달구", "수원시 장안구"]),
    ],
)
def test_a_region_written_once_is_reported_as_the_prefix(
    text: str, prefix: str, spelled: list[str]
) -> None:
    found = enumeration.split(text)
    assert found.prefix == prefix
    assert found.prefixed() == spelled


def test_no_prefix_when_every_item_has_its_own_region() -> None:
    found = enumeration.split("경기 안산시와 충남 아산시")
    assert found.prefix is None
    assert found.prefixed() == ["경기 안산시", "충남 아산시"]


# --- finding the list in a sentence --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "particle", "expected"),
    [
        (
            "최우수상은 상주시와 문경시, 영덕군 등 3개 지자체가 받았다",
            "가 받",
            ["상주시", "문경시", "영덕군"],
        ),
        (
            "평가 결과 경기 광명시와 시흥시가 최우수기관에 올랐다",
            "가 최",
            ["경기 광명시", "시흥시"],
        ),
        ("올해는 영동군·옥천군·보은군이 선정됐다", "이 선", ["영동군", "옥천군", "보은군"]),
        ("도는 우수 시군으로 논산시와 공주시를 뽑았다", "를 뽑", ["논산시", "공주시"]),
    ],
)
def test_the_list_before_a_particle(sentence: str, particle: str, expected: list[str]) -> None:
    found = enumeration.before(sentence, sentence.index(particle))
    assert _exact(sentence, found) == expected


def test_the_list_before_keeps_its_region_prefix() -> None:
    sentence = "심사 결과 충북 제천시와 단양군이 우수상을 받았다"
    found = enumeration.before(sentence, sentence.index("이 우수상"))
    assert found.prefixed() == ["충북 제천시", "충북 단양군"]


@pytest.mark.parametrize(
    ("sentence", "start_word", "expected"),
    [
        (
            "우수상에는 남원시, 고창군, 부안군이 이름을 올렸다",
            "남원시",
            ["남원시", "고창군", "부안군"],
        ),
        (
            "지원 대상은 청년이나 신혼부부, 다자녀 가구다",
            "청년",
            ["청년", "신혼부부", "다자녀 가구"],
        ),
        ("위원회는 공무원 3명, 교수 2명으로 구성된다", "공무원", ["공무원", "교수"]),
        ("각각 ‘으뜸상’과 ‘버금상’을 받았다", "‘으뜸상’", ["‘으뜸상’", "‘버금상’"]),
    ],
)
def test_the_list_after_a_start(sentence: str, start_word: str, expected: list[str]) -> None:
    found = enumeration.after(sentence, sentence.index(start_word))
    assert _exact(sentence, found) == expected


def test_a_list_after_ends_at_a_verb() -> None:
    sentence = "대상은 청년 창업가로 정했다"
    assert enumeration.after(sentence, sentence.index("청년")).texts == ["청년 창업가"]


# --- 각각 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "태안군과 서산시가 각각 최우수상과 우수상을 받았다",
            [("태안군", "최우수상"), ("서산시", "우수상")],
        ),
        (
            "시는 관광 부문과 축제 부문에 각각 ‘으뜸상’과 ‘버금상’을 수상했다",
            [("관광 부문", "‘으뜸상’"), ("축제 부문", "‘버금상’")],
        ),
        (
            "홍천군과 횡성군은 ‘2025 산림 평가’에서 각각 장려상을 받았다",
            [("홍천군", "장려상"), ("횡성군", "장려상")],
        ),
    ],
)
def test_items_paired_over_respectively(sentence: str, expected: list[tuple[str, str]]) -> None:
    pairs = enumeration_pairs.respective(sentence)
    for left, right in pairs:
        assert sentence[left.start : left.end] == left.text
        assert sentence[right.start : right.end] == right.text
    assert [(a.text, b.text) for a, b in pairs] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "태안군과 서산시가 각각 최우수상과 우수상, 장려상을 받았다",  # three grades for two bodies
        "태안군은 각각의 부문에서 상을 받았다",
        "두 기관이 함께 우수상을 받았다",
    ],
)
def test_no_pairs_when_the_lists_do_not_match(sentence: str) -> None:
    assert enumeration_pairs.respective(sentence) == []


def test_long_hostile_input_is_read_quickly() -> None:
    text = "가, " * 5000 + "나와 " * 5000 + "‘" * 3000
    found = enumeration.split(text)
    assert len(found.items) > 5000
    assert enumeration.before(text, len(text)).end == len(text)


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        (
            "인천 남동구/연수구∙전북 익산시, 군산시",
            ["인천 남동구", "인천 연수구", "전북 익산시", "전북 군산시"],
        ),
        ("서울 중구, 부산시, 대구시", ["서울 중구", "부산시", "대구시"]),
        ("경기 화성시, 해양수산부, 오산시", ["경기 화성시", "해양수산부", "오산시"]),
        ("수원시 팔달구와 성남시", ["수원시 팔달구", "성남시"]),
    ],
)
def test_a_region_holds_for_the_local_bodies_after_it(text: str, spelled: list[str]) -> None:
    assert enumeration.split(text).prefixed() == spelled


def test_a_metropolis_holds_districts_and_a_province_cities() -> None:
    assert enumeration.split("대전 대덕구와 전주시").prefixed() == ["대전 대덕구", "전주시"]
    assert enumeration.split("대구 수성구, 달성군").prefixed() == ["대구 수성구", "대구 달성군"]
    assert enumeration.split("충북 제천시, 수성구").prefixed() == ["충북 제천시", "수성구"]


def test_a_titled_person_before_a_department_in_gwa() -> None:
    text = "안전과 오세훈 주무관과 민원과 한지민 팀장"
    assert items(text) == ["안전과 오세훈 주무관", "민원과 한지민 팀장"]


def test_a_noun_ending_like_a_particle_is_an_item_word() -> None:
    sentence = "도는 시군 평가 결과를 발표했다"
    found = enumeration.before(sentence, sentence.index(" 결과"))
    assert found.texts == ["시군 평가"]


def test_a_place_word_written_once_after_bare_names_is_theirs() -> None:
    assert enumeration.split("경기도 화성·오산시").prefixed() == ["경기도 화성시", "경기도 오산시"]
    assert enumeration.split("대구·경북").prefixed() == ["대구", "경북"]
    assert enumeration.split("서구·동구·남구").prefixed() == ["서구", "동구", "남구"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("가나 팀과 바다 팀", ["가나 팀", "바다 팀"]),
        ("하나 팀, 누리 팀", ["하나 팀", "누리 팀"]),
        ("김하나 주무관과 박서준 팀장", ["김하나 주무관", "박서준 팀장"]),
        ("이유나 씨", ["이유나 씨"]),
        ("교사나 학부모", ["교사", "학부모"]),
        ("서울시나 부산시", ["서울시", "부산시"]),
    ],
)
def test_na_ending_a_name_is_no_joint(text: str, expected: list[str]) -> None:
    assert items(text) == expected


@pytest.mark.parametrize(
    ("sentence", "particle", "expected"),
    [
        (
            "우수사례로 구인구직 만남의 날과 시민의 숲 조성사업이 뽑혔다.",
            "이 뽑혔다",
            ["숲 조성사업"],
        ),
        (
            "올해는 청년 취업 박람회, 구인구직 만남의 날, 동네 나눔의 장터를 연다.",
            "를 연다",
            ["청년 취업 박람회", "구인구직 만남의 날", "동네 나눔의 장터"],
        ),
        ("이번에 구청의 청년센터와 복지관이 뽑혔다.", "이 뽑혔다", ["청년센터", "복지관"]),
        ("심사 결과 중구와 동구의 청년센터가 뽑혔다.", "가 뽑혔다", ["청년센터"]),
        ("우수사례로 시민의 숲 조성사업이 뽑혔다.", "이 뽑혔다", ["숲 조성사업"]),
        ("구는 어르신과 장애인의 돌봄 사업을 늘린다.", "을 늘린다", ["돌봄 사업"]),
        ("구는 창업 등의 과정을 연다.", "을 연다", ["과정"]),
    ],
)
def test_a_word_in_ui_inside_a_listed_name(
    sentence: str, particle: str, expected: list[str]
) -> None:
    assert _exact(sentence, enumeration.before(sentence, sentence.index(particle))) == expected


# --- words ending like a particle before a joint (opt-in: `tails`) ---------------------------


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        (
            "구는 쉼터인 햇살마루, 봄나들이, 꿈다락에 운영비를 준다.",
            "쉼터인 ",
            ["햇살마루", "봄나들이", "꿈다락"],
        ),
        ("과정은 요가, 진로, 목공에 걸쳐 열린다.", "과정은 ", ["요가", "진로", "목공"]),
    ],
)
def test_a_word_ending_like_a_particle_before_a_joint_is_an_item_when_asked(
    text: str, start: str, expected: list[str]
) -> None:
    at = text.index(start) + len(start)
    assert _exact(text, enumeration.after(text, at, tails=True)) == expected
    assert len(enumeration.after(text, at).items) < len(expected)


def test_reading_back_a_word_ending_like_a_particle_before_a_joint_is_an_item_when_asked() -> None:
    text = "센터는 바리스타, 요가, 목공 등을 운영한다."
    end = text.index(" 등")
    assert _exact(text, enumeration.before(text, end, tails=True)) == ["바리스타", "요가", "목공"]
    assert _exact(text, enumeration.before(text, end)) == ["목공"]


def test_a_particle_with_no_joint_after_it_still_ends_the_list() -> None:
    text = "시상식에서 청주시가 충주시와 대상을 받았다."
    at = text.index("에서 ") + 3
    assert enumeration.after(text, at, tails=True).texts == ["청주시"]


# --- a date written with a middle dot is one word of a name ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10·29참사 유가족과 세월호 유가족", ["10·29참사 유가족", "세월호 유가족"]),
        ("국가유공자·6·25참전유공자·보훈가족", ["국가유공자", "6·25참전유공자", "보훈가족"]),
        ("무공수훈자, 5·18민주유공자", ["무공수훈자", "5·18민주유공자"]),
        ("12·12사태 피해자·유족", ["12·12사태 피해자", "유족"]),
    ],
)
def test_a_date_in_middle_dots_stays_inside_its_item(text: str, expected: list[str]) -> None:
    assert items(text) == expected


def test_a_list_read_back_keeps_a_name_dated_with_a_middle_dot() -> None:
    sentence = "시는 독립유공자와 10·29참사 유가족을 초청했다"
    found = enumeration.before(sentence, sentence.index("을 초청"))
    assert _exact(sentence, found) == ["독립유공자", "10·29참사 유가족"]
