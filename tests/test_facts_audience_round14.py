"""Session 14 audience census: groups that say nothing of who (how many a program hopes to
reach, whoever it picks). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.facts_helpers import audience_texts

found = audience_texts


@pytest.mark.parametrize(
    "text",
    [
        # How many a program hopes to reach.
        "군은 최대한 많은 농가가 혜택을 받을 수 있도록 기종을 나눠 심사한다.",
        "군은 더 많은 농가에 농기계를 지원한다.",
        "구는 보다 많은 어르신에게 쌀을 지원한다.",
        # Whoever the program picks, the criterion left unsaid.
        "조성 대상은 한 곳으로, 사업 대상자로 뽑히면 3천만원을 받는다.",
        "군은 접수한 신청자 가운데 지원 대상자를 선정한 뒤 구매비를 지원한다.",
    ],
)
def test_how_many_or_whoever_is_picked_is_no_audience(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A status named by what it receives stays a group.
        (
            "지원 대상은 국가보훈대상자와 주거급여 대상자이다.",
            ["국가보훈대상자", "주거급여 대상자"],
        ),
        ("구는 만 65세 이상 어르신에게 교통비를 지원한다.", ["만 65세 이상 어르신"]),
        # A group with a criterion after a quantity word elsewhere in the sentence.
        (
            "시는 많은 예산을 들여 관내 저소득 가구에 난방비를 지원한다.",
            ["관내 저소득 가구"],
        ),
    ],
)
def test_a_group_beside_them_stays(text: str, expected: list[str]) -> None:
    assert found(text) == expected, found(text)


@pytest.mark.parametrize(
    "text",
    [
        # A verb right after a linking form: its clause runs further back than the phrase read.
        "신청 자격은 시에 등록된 민간단체 중 관련 조례에 근거해 운영하는 단체이다.",
        "자부담할 수 있고 상환 능력이 있다고 판단되는 농가를 우선 지원한다.",
        "분기별 평가를 통해 우수한 성과를 거둔 입주 기업은 개발비를 지원받는다.",
        "분기별 심사를 통해 높은 매출을 올린 입주 업체는 임대료를 감면받는다.",
    ],
)
def test_a_phrase_cut_inside_its_clause_is_dropped(text: str) -> None:
    cut = ("운영하는 단체", "판단되는 농가", "우수한 성과를", "높은 매출을")
    assert not [who for who in found(text) if who.startswith(cut)], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The clause read whole, or a noun before the verb (`올해`, `피해`), stays.
        (
            "구는 관내에 주소를 두고 거주하는 만 19세 이상 청년에게 교통비를 지원한다.",
            ["관내에 주소를 두고 거주하는 만 19세 이상 청년"],
        ),
        ("시는 올해 전입한 청년 부부에게 정착금을 지원한다.", ["전입한 청년 부부"]),
        ("지원 대상은 수해로 피해를 입은 관내 소상공인이다.", ["수해로 피해를 입은 관내 소상공인"]),
    ],
)
def test_a_clause_read_whole_stays(text: str, expected: list[str]) -> None:
    assert found(text) == expected, found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An evaluation as the topic, then whom it covers, even those who took part in something.
        (
            "이번 평가는 지난해 안전훈련에 참여한 215개 기관을 대상으로 실시됐다.",
            ["안전훈련에 참여한 215개 기관"],
        ),
        (
            "올해 심사는 박람회에 참가한 지자체와 공공기관 90곳을 대상으로 진행됐다.",
            ["박람회에 참가한 지자체와 공공기관 90곳"],
        ),
        # The counted bodies an evaluation is about.
        (
            "도는 도내 22개 시·군에 대해 일자리 시책 평가를 실시했다.",
            ["도내 22개 시·군"],
        ),
        (
            "시는 2개 분야 9개의 시 출연 기관에 대해 경영 평가를 한 결과를 발표했다.",
            ["9개의 시 출연 기관"],
        ),
    ],
)
def test_the_bodies_an_evaluation_covers(text: str, expected: list[str]) -> None:
    assert found(text) == expected, found(text)


@pytest.mark.parametrize(
    "text",
    [
        # No evaluation: those who took part, or bodies a program acts on, are no audience.
        "이번 교육은 축제에 참여한 주민 300명을 대상으로 진행됐다.",
        "구는 3개 기관에 대해 보조금 지급을 멈췄다.",
        "도는 시·군에 대해 평가를 실시했다.",
    ],
)
def test_no_evaluation_no_bodies_covered(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Members of a committee or council are people a training is for.
        ("구는 통장과 주민자치위원을 대상으로 환경 교육을 연다.", ["통장", "주민자치위원"]),
        (
            "군은 마을 이장 및 주민자치위원, 지역 주민 등을 대상으로 안전 교육을 한다.",
            ["마을 이장", "주민자치위원", "지역 주민"],
        ),
        (
            "센터는 운영위원회 위원, 동아리 회원을 대상으로 캠프를 연다.",
            ["운영위원회 위원", "동아리 회원"],
        ),
    ],
)
def test_committee_members_are_people(text: str, expected: list[str]) -> None:
    assert found(text) == expected, found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A purpose (`…하고자`) is the sentence's, not part of the group after it.
        (
            "군은 탄소중립을 실현하고자 통장과 주민자치위원을 대상으로 교육을 한다.",
            ["통장", "주민자치위원"],
        ),
        (
            "도서관은 독서 문화를 넓히고자 관내 초등학생을 대상으로 교실을 연다.",
            ["관내 초등학생"],
        ),
        # A first among bodies is how the act was done.
        ("구는 자치구 최초로 보호종료아동에게 자립수당을 지원한다.", ["보호종료아동"]),
        ("시는 전국 최초 고립 청년의 일상 회복을 돕는다.", ["고립 청년"]),
        # A day of the week says when.
        (
            "센터는 매주 토요일 관내 중학생을 대상으로 코딩 교실을 연다.",
            ["관내 중학생"],
        ),
        # `생애 최초` is part of who.
        ("시는 생애 최초 청년 창업자를 대상으로 교육을 연다.", ["생애 최초 청년 창업자"]),
    ],
)
def test_an_adverbial_of_the_verb_starts_no_group(text: str, expected: list[str]) -> None:
    assert found(text) == expected, found(text)
