"""Audience families learned from fresh real pages in the fourth round, in sentences written for
these tests: the places a call keeps for some groups, long eligibility slots, recipients counted
after a list, whose need a program answers, and how to apply."""

from __future__ import annotations

import pytest

from tests.facts_helpers import audience_texts

found = audience_texts


# --- a share of the places kept for some groups --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "정원 60명 중 12명은 기초생활수급자, 차상위계층, 한부모가족으로 우선 선발한다.",
            ["기초생활수급자", "차상위계층", "한부모가족"],
        ),
        (
            "전체 40명 중 8명은 국민기초생활수급자 가정의 학생으로 뽑는다.",
            ["국민기초생활수급자 가정의 학생"],
        ),
        ("구는 정원의 10%를 ‘자립준비청년’으로 우선 선발할 예정이다.", ["자립준비청년"]),
        ("참가자의 절반은 다문화가족 자녀로 별도 모집한다.", ["다문화가족 자녀"]),
        # The group ends before `으로` (after a final consonant), not after its `으`.
        ("모집 인원 일부는 저소득층으로 우선 선발한다.", ["저소득층"]),
        ("올해 인원 가운데 일부를 한부모가족으로 우선 뽑는다.", ["한부모가족"]),
        ("정원의 일부를 다자녀가정으로 특별 선발할 계획이다.", ["다자녀가정"]),
    ],
)
def test_places_kept_for_groups(text: str, expected: list[str]) -> None:
    got = found(text)
    assert all(group in got for group in expected), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("교육 대상은 만 7세 이상 어린이로 25명을 선발한다.", "만 7세 이상 어린이"),
        (
            "신청 대상은 19세 이상 39세 이하 청년으로 10명 내외를 모집한다.",
            "19세 이상 39세 이하 청년",
        ),
        ("참여 대상은 시에 사는 60세 이상 주민으로 30명을 모집한다.", "시에 사는 60세 이상 주민"),
    ],
)
def test_an_aged_group_before_its_particle_and_count(text: str, expected: str) -> None:
    """`X으로 25명을 선발`: the group a call recruits ends before 으로/로, not after it."""
    got = found(text)
    assert expected in got and not any(group.endswith("로") for group in got), got


@pytest.mark.parametrize(
    "text",
    [
        "구는 올해 우수 기업으로 선정됐다.",
        "신청자 중 200명을 추첨으로 선발한다.",
        "시는 청년 30명을 공개 모집으로 선발한다.",
        "최종 10명은 면접으로 선발한다.",
    ],
)
def test_a_way_of_choosing_is_no_group(text: str) -> None:
    assert found(text) == []


# --- an eligibility slot of several conditions ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "신청 자격은 공고일 현재 시에 주민등록이 되어 있는 전문대학 또는 대학교의 "
            "재학생·휴학생이다.",
            "시에 주민등록이 되어 있는 전문대학 또는 대학교의 재학생·휴학생",
        ),
        (
            "참가 자격은 모집 공고일 기준 군에 주소를 두고, 대학에 다니는 학생이어야 한다.",
            "군에 주소를 두고, 대학에 다니는 학생",
        ),
        (
            "지원 대상은 연 매출이 3억 원 이하이며, 창업한 지 1년 이상인 관내 소상공인이다.",
            "연 매출이 3억 원 이하이며, 창업한 지 1년 이상인 관내 소상공인",
        ),
        ("지원 대상은 관내 중소기업의 청년 근로자다.", "관내 중소기업의 청년 근로자"),
        ("신청 자격은 관내 거주자여야 한다.", "관내 거주자"),
        ("지원 대상은 관내 기업 소속의 청년 근로자다.", "관내 기업 소속의 청년 근로자"),
        (
            "지원대상 : 다수의 농가가 참여하고 5ha 이상 규모로 콩을 재배하는 농업인 단체",
            "다수의 농가가 참여하고 5ha 이상 규모로 콩을 재배하는 농업인 단체",
        ),
    ],
)
def test_a_slot_keeps_all_its_conditions(text: str, expected: str) -> None:
    assert found(text) == [expected]


def test_a_slot_ends_at_its_own_clause() -> None:
    assert found("지원 대상은 구에 사는 청년이고, 지원 기간은 1년이다.") == ["구에 사는 청년"]


def test_serial_clauses_outside_a_slot_stay_out() -> None:
    got = found("시는 예산을 새로 확보하고, 홀로 사는 어르신에게 반찬을 지원한다.")
    assert got == ["홀로 사는 어르신"]


# --- words for people the head list lacked ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "시는 홀몸 노인, 소년소녀가장 등 3천명에게 성금을 지원한다.",
            ["홀몸 노인", "소년소녀가장"],
        ),
        ("구는 거리 노숙인에게 겨울 외투를 지원한다.", ["거리 노숙인"]),
        ("도는 6·25 참전용사에게 명예수당을 지급한다.", ["6·25 참전용사"]),
    ],
)
def test_more_words_for_people(text: str, expected: list[str]) -> None:
    assert found(text) == expected


# --- whose business a program steadies, whose support reaches further ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "구는 골목상권 소상공인들의 경영안정을 위해 특별자금을 지원한다.",
            ["골목상권 소상공인들"],
        ),
        ("군은 고령 농업인의 소득 안정을 돕기 위해 수매가를 올린다.", ["고령 농업인"]),
        ("도는 희귀질환 아동 지원 대상을 소득 기준 120% 이하로 확대한다.", ["희귀질환 아동"]),
    ],
)
def test_need_reach_and_search(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "시는 지역 경제의 안정을 위해 예산을 조기 집행한다.",
        "시는 사업 지원 대상을 내년부터 확대한다.",
        "구는 일자리 100개를 발굴했다.",
        "구는 우수 사례를 발굴했다.",
        # Who a search or a scheme already found is a result, not whom a program is for.
        "시는 위기가구 120가구를 새로 발굴해 긴급 생계비를 지원했다.",
        "구는 청년 창업기업 150곳을 발굴·육성한다.",
        "신청 희망자는 이달 말까지 주민센터에 신청하면 된다.",
    ],
)
def test_no_people_no_audience(text: str) -> None:
    assert found(text) == []


# --- a note in brackets inside an audience ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "신청 자격은 ▲전세(대출금 1억원 이상) 또는 월세(50만원 이하) 주택 거주자 "
            "▲군에 사는 청년이다.",
            ["전세(대출금 1억원 이상) 또는 월세(50만원 이하) 주택 거주자", "군에 사는 청년"],
        ),
        (
            "지원대상 : 재배면적 1ha(단일 품목 기준) 이상 농가",
            ["재배면적 1ha(단일 품목 기준) 이상 농가"],
        ),
        ("○ 지원대상: 관내 거주 청년(소득 무관) ○ 기간: 1년", ["관내 거주 청년"]),
        (
            "지원 대상은 영농경력이 3년 이하(예정자 포함)인 만 18세 이상 청년농업인이다.",
            ["영농경력이 3년 이하(예정자 포함)인 만 18세 이상 청년농업인"],
        ),
    ],
)
def test_a_bracketed_note_stays_inside(text: str, expected: list[str]) -> None:
    assert found(text) == expected


# --- whom a program helps, in a few more words -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("시는 자립준비청년을 돕는 멘토링을 운영한다.", ["자립준비청년"]),
        ("혜택은 관내 전통시장 상인들에게 돌아간다.", ["관내 전통시장 상인들"]),
        ("군은 다문화가족 자녀들의 학습을 지원하는 방문교육을 운영한다.", ["다문화가족 자녀들"]),
        ("시는 취약계층 아동의 급식비를 지원한다.", ["취약계층 아동"]),
    ],
)
def test_whom_a_program_helps(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "주민들은 이웃을 돕는 나눔 장터를 열었다.",
        "시는 산불 피해를 예방하기 위해 감시원을 늘린다.",
        "주무관 2명은 적극행정 우수공무원으로 뽑혔다.",
        "구는 지역 축제의 안전을 지원한다.",
        "방문 신청이 어려운 경우 가족이 위임장을 지참해 대리 신청할 수 있다.",
    ],
)
def test_helping_no_group_names_no_audience(text: str) -> None:
    assert found(text) == []


# --- who may apply, and a slot that runs past a noun ending in 로 ------------------------------


def test_who_may_apply() -> None:
    text = (
        "만 50세 이상 70세 미만의 상담사 자격증 소지자나 관련 경력 3년 이상인 자가 지원할 수 있다."
    )
    assert found(text) == [
        "만 50세 이상 70세 미만의 상담사 자격증 소지자나 관련 경력 3년 이상인 자"
    ]


def test_a_body_that_may_support_is_no_audience() -> None:
    assert found("시는 기업이 청년을 채용하면 인건비를 지원할 수 있다.") == []


def test_a_noun_ending_in_ro_does_not_close_a_slot() -> None:
    text = "지원 대상은 근로 능력이 있는 만 18~64세 저소득층이다."
    assert found(text) == ["근로 능력이 있는 만 18~64세 저소득층"]


# --- whose support a program is, and people before the activity a program is for ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("시는 50∼64세 신중년층의 일자리 지원 사업을 본격 추진한다.", ["50∼64세 신중년층"]),
        ("구는 올해 관내 소상공인의 경영 지원 정책을 발표했다.", ["관내 소상공인"]),
        ("도가 40~64세 중장년 시민 취업을 위한 교육과정을 연다.", ["40~64세 중장년 시민"]),
    ],
)
def test_whose_support_or_activity(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text", ["시는 정부의 일자리 지원 사업을 안내했다.", "시는 청년 창업을 위한 공간을 연다."]
)
def test_no_group_before_support_or_activity(text: str) -> None:
    assert found(text) == []


def test_a_benefit_ending_like_a_verb_is_a_noun() -> None:
    text = "지원 대상은 자기 소유의 집에 사는 주거급여 수급자로, 가구당 최대 950만 원을 지원한다."
    assert found(text) == ["자기 소유의 집에 사는 주거급여 수급자"]


def test_one_household_after_a_subject_is_a_count() -> None:
    text = "시는 장애인 2명 이상이 한 가구에 사는 경우 돌봄 서비스를 연계해 지원한다."
    assert found(text) == []
