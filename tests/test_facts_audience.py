"""Audience sentence families, written for these tests: each family in several shapes, with the
near-misses that must stay silent or must not swallow the clause around the audience."""

from __future__ import annotations

import time

import pytest

from govreader.facts import audience
from govreader.facts.sentences import sentences
from govreader.model import FactKind


def found(text: str) -> dict[str, tuple[int | None, int | None]]:
    """Audience texts of `text` with their (age_min, age_max)."""
    facts = list(audience.find(list(sentences(text))))
    for fact in facts:
        assert fact.kind == FactKind.AUDIENCE
        assert text[fact.start : fact.end] == fact.text
    return {f.text: (f.fields.get("age_min"), f.fields.get("age_max")) for f in facts}


def check(text: str, expected: dict[str, tuple[int | None, int | None]]) -> None:
    got = found(text)
    for phrase, ages in expected.items():
        assert got.get(phrase) == ages, got


# --- a relative clause is part of the audience -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "군은 영월에 주민등록을 둔 만 20세 이상 29세 이하 청년에게 교통비를 지원한다.",
            {"영월에 주민등록을 둔 만 20세 이상 29세 이하 청년": (20, 29)},
        ),
        (
            "시는 관내에 사업장을 두고 있는 소상공인에게 임차료를 지원한다.",
            {"관내에 사업장을 두고 있는 소상공인": (None, None)},
        ),
        (
            "새 학기부터 만 10세 이하 자녀를 키우는 한부모 가정에 간식 꾸러미를 보낸다.",
            {"만 10세 이하 자녀를 키우는 한부모 가정": (None, None)},
        ),
        (
            "항암 치료를 받은 환자에게는 교통비를 월 5만 원씩 준다.",
            {"항암 치료를 받은 환자": (None, None)},
        ),
        (
            "혼자 외출하기 어려운 중증장애인에게 동행 서비스를 무료로 제공한다.",
            {"혼자 외출하기 어려운 중증장애인": (None, None)},
        ),
    ],
)
def test_relative_clause_is_kept(text: str, expected: dict) -> None:
    check(text, expected)


# --- a list of distinct groups is one audience per group ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "지원 대상은 관내 사회적협동조합, 마을기업, 자활기업이다.",
            {"관내 사회적협동조합", "마을기업", "자활기업"},
        ),
        (
            "○ 신청 대상 : 기초생활수급자, 차상위계층, 만 70세 이상 홀몸 어르신 등 "
            "돌봄이 필요한 가구",
            {"기초생활수급자", "차상위계층", "만 70세 이상 홀몸 어르신"},
        ),
        (
            # A piece that names no people belongs to the next one.
            "포상 대상은 중소기업 대표, 복지시설 종사자, 학교 및 지역아동센터 교사, 공무원 등이다.",
            {"중소기업 대표", "복지시설 종사자", "학교 및 지역아동센터 교사", "공무원"},
        ),
        (
            "구는 구직단념 청년, 가족돌봄 청년, 고립 청년 등을 대상으로 상담을 한다.",
            {"구직단념 청년", "가족돌봄 청년", "고립 청년"},
        ),
        ("시는 예비 귀농인 및 도시민에게 실습 교육을 지원한다.", {"예비 귀농인", "도시민"}),
    ],
)
def test_a_list_gives_one_audience_per_group(text: str, expected: set[str]) -> None:
    assert set(found(text)) == expected


def test_a_join_too_long_for_one_group_lists_two() -> None:
    text = (
        "지원 대상은 최근 6개월 이상 취업·교육·직업훈련 이력이 없는 18~34세 구직단념 청년과 "
        "자립준비·청소년쉼터 퇴소·북한이탈 청년 등이다."
    )
    assert set(found(text)) == {
        "최근 6개월 이상 취업·교육·직업훈련 이력이 없는 18~34세 구직단념 청년",
        "자립준비·청소년쉼터 퇴소·북한이탈 청년",
    }


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "이번 점검은 중앙부처와 17개 시도, 226개 시군구 등 모두 260여 개 기관을 대상으로 한다.",
            "중앙부처와 17개 시도, 226개 시군구 등 모두 260여 개 기관",
        ),
        (
            "구는 한부모 가구와 조손 가구, 다문화 가구 등 돌봄 공백 가구를 대상으로 상담을 한다.",
            "한부모 가구와 조손 가구, 다문화 가구 등 돌봄 공백 가구",
        ),
        # Pieces that name no people on their own: the list counts as written.
        (
            "참여 대상은 광역 8, 기초 92개 등 총 100개 지자체다.",
            "광역 8, 기초 92개 등 총 100개 지자체",
        ),
        # One head shared by the items before it.
        ("지원 대상은 여성·장애인 창업자다.", "여성·장애인 창업자"),
        ("지원 대상은 홀로 사는 노인, 장애인 가구다.", "홀로 사는 노인, 장애인 가구"),
        # A marked item is one audience as the story set it apart.
        (
            "홍보 대상은 △기숙사에 사는 학생 및 교직원 △관외 출퇴근 직장인 등이다.",
            "기숙사에 사는 학생 및 교직원",
        ),
    ],
)
def test_a_list_that_is_one_group_stays_whole(text: str, phrase: str) -> None:
    assert phrase in found(text)


def test_list_items_with_their_own_clause_stay_apart() -> None:
    text = "만 19세 이상 29세 이하 미취업 청년, 보호시설에서 2년 이상 지낸 청년 등을 대상으로 한다."
    check(
        text,
        {
            "만 19세 이상 29세 이하 미취업 청년": (19, 29),
            "보호시설에서 2년 이상 지낸 청년": (None, None),
        },
    )


def test_a_clause_before_a_join_is_left_out() -> None:
    # `몸이 불편한` may qualify the first people only.
    got = found("몸이 불편한 어르신과 동행인 1명도 함께 이용할 수 있다.")
    assert "몸이 불편한 어르신과 동행인 1명" not in got


# --- slots that define who may apply ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "신청 자격은 공고일 기준 남원시에 주소를 둔 만 18세 이상 39세 이하 청년이며, "
            "선착순이다.",
            {"남원시에 주소를 둔 만 18세 이상 39세 이하 청년": (18, 39)},
        ),
        (
            "참여 조건은 신청일 기준으로 관내에 1년 이상 거주한 65세 이상 어르신이다.",
            {"관내에 1년 이상 거주한 65세 이상 어르신": (65, None)},
        ),
        (
            # 또는 offers another group, as the labels split it.
            "- 모집 자격: 시에 주소를 둔 주민 또는 시 소재 기업 재직자",
            {"시에 주소를 둔 주민": (None, None), "시 소재 기업 재직자": (None, None)},
        ),
    ],
)
def test_defined_slots(text: str, expected: dict) -> None:
    check(text, expected)


# --- 이면/라면 and conditions ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "관내 어린이집에 다니는 만 5세 이하 영유아라면 누구나 체험관을 쓸 수 있다.",
            {"관내 어린이집에 다니는 만 5세 이하 영유아": (None, 5)},
        ),
        (
            "시에 주소를 둔 시민이면 별도 절차 없이 안전보험에 가입된다.",
            {"시에 주소를 둔 시민": (None, None)},
        ),
        (
            "출산한 지 1년이 지나지 않은 산모라면 요금의 절반을 감면받는다.",
            {"출산한 지 1년이 지나지 않은 산모": (None, None)},
        ),
        (
            "연 매출 2억 원 이하 자영업자가 공제에 새로 가입하면 월 3만 원을 보탠다.",
            {"연 매출 2억 원 이하 자영업자": (None, None)},
        ),
        (
            "읍면 지역 어르신과 장애인이 병원을 편하게 다닐 수 있도록 이동을 지원한다.",
            {"읍면 지역 어르신과 장애인": (None, None)},
        ),
    ],
)
def test_conditions_and_eligibility(text: str, expected: dict) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # How to apply, not who may.
        "거동이 불편한 주민은 가까운 행정복지센터를 찾아 방문 신청하면 된다.",
        # A plan that helps no people.
        "시는 도로가 막히지 않도록 신호 체계를 지원한다.",
        # Everyone is no audience.
        "주민들이 편하게 다닐 수 있도록 보도 정비를 지원한다.",
        "사정이 필요하다면 누구나 상담받을 수 있다.",
    ],
)
def test_not_conditions(text: str) -> None:
    assert found(text) == {}


# --- evaluated bodies and income criteria ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "이번 평가는 전국 243개 지방자치단체가 제출한 공시 내용을 놓고 진행됐다.",
            "전국 243개 지방자치단체",
        ),
        ("심사는 전국 기초자치단체 226곳의 실적을 비교해 이뤄졌다.", "전국 기초자치단체 226곳"),
        ("경상북도가 도내 22개 시군을 놓고 벌인 시책 평가에서 1위를 했다.", "도내 22개 시군"),
    ],
)
def test_evaluated_bodies(text: str, phrase: str) -> None:
    assert phrase in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # No evaluation: a count of bodies is not who something is for.
        "전국 17개 시도 가운데 처음으로 조례를 만들었다.",
        # No count: the evaluated set is not stated.
        "이번 평가는 전국 지방자치단체의 공시 실적을 살폈다.",
    ],
)
def test_not_evaluated_bodies(text: str) -> None:
    assert found(text) == {}


def test_income_criterion_in_brackets() -> None:
    text = "- 검사비를 최대 10만 원까지 지원(기준 중위소득 100% 이하)"
    assert "기준 중위소득 100% 이하" in found(text)
    assert found("중위소득 100% 이하 비율은 지난해보다 늘었다.") == {}


# --- vague or pointing phrases stay silent -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "선정된 기업에는 홍보 영상 제작을 지원한다.",
        "참여 기업에 1인당 월 100만 원을 지원한다.",
        "입주한 청년에게는 관리비를 지원한다.",
        "지난해 1,200개 업체에 융자를 연결했다.",
        "비상벨 장비를 900가구에 추가로 보급한다.",
        "미래 세대를 위한 생태 교육도 늘린다.",
        "안내서를 펴내 동 주민센터와 경로당에 배부했다.",
        "지난해부터 둘째 이상 출산 가정에 축하금을 준다.",
    ],
)
def test_vague_or_pointing(text: str) -> None:
    got = found(text)
    assert all(len(phrase.split()) > 2 or "출산" in phrase for phrase in got), got
    assert not [phrase for phrase in got if phrase.startswith(("지난해", "펴내"))], got
    assert not {"선정된 기업", "참여 기업", "입주한 청년", "1,200개 업체", "900가구"} & set(got)
    assert "미래 세대" not in got


def test_time_words_do_not_lead_a_phrase() -> None:
    got = found("올해부터 셋째 이상 출산 가정에 축하금 100만 원을 준다.")
    assert got == {"셋째 이상 출산 가정": (None, None)}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("관내 중소기업 재직자 40명에게는 교육을 따로 지원한다.", "관내 중소기업 재직자"),
        ("인사·감사 부서 직원 30명에게는 청렴 교육을 했다.", "인사·감사 부서 직원"),
        ("초등 4~5학년 학생 300명에게 수학 교재를 준다.", "초등 4~5학년 학생"),
    ],
)
def test_counted_people_keep_their_words(text: str, phrase: str) -> None:
    # Every word before the head count is kept; the count itself is no part of who.
    assert phrase in found(text)


# --- a described audience counts beside the stated one -----------------------------------------


@pytest.mark.parametrize(
    ("text", "stated", "described"),
    [
        (
            "혼자 식사하기 어려운 어르신을 위한 ‘행복 도시락’ 배달을 늘린다. "
            "지원 대상은 65세 이상 저소득 어르신으로, 주 3회 배달한다.",
            "65세 이상 저소득 어르신",
            "혼자 식사하기 어려운 어르신",
        ),
        (
            "군은 농사일에 지친 농업인을 위해 ‘농가 도우미’ 사업을 편다. "
            "관내에서 2년 이상 농사를 지은 70세 이하 농업인이라면 누구나 신청할 수 있다.",
            "관내에서 2년 이상 농사를 지은 70세 이하 농업인",
            "농사일에 지친 농업인",
        ),
        (
            "양육 부담이 큰 다둥이 가정을 위한 ‘다둥이 교통비 지원’도 새로 생긴다. "
            "만 12세 이하 자녀를 넷 이상 키우는 가구에게 월 10만 원을 지원한다.",
            "만 12세 이하 자녀를 넷 이상 키우는 가구",
            "양육 부담이 큰 다둥이 가정",
        ),
    ],
)
def test_described_counts_beside_stated(text: str, stated: str, described: str) -> None:
    got = found(text)
    assert stated in got and described in got, got


@pytest.mark.parametrize(
    "text",
    [
        # Nothing stated after it: the description is the only audience.
        "구는 홀로 지내는 중장년 1인 가구를 위해 ‘안부 살핌’ 사업을 시작한다. 예산은 2억 원이다.",
        # The next sentence picks one item of a list, not the described program.
        "시는 몸이 불편한 중증장애인을 위해 ‘보조기기 대여’와 ‘이동 지원’을 잇는다. "
        "이 가운데 이동 지원은 휠체어를 쓰는 장애인에게 차량을 무료로 제공한다.",
    ],
)
def test_described_stays_without_a_definition(text: str) -> None:
    got = found(text)
    assert {"홀로 지내는 중장년 1인 가구", "몸이 불편한 중증장애인"} & set(got), got


def test_a_proposal_has_no_audience() -> None:
    text = "김 의원은 역세권 청년 1인 가구를 위한 ‘주거 상담 센터’ 설치를 제안했다."
    assert found(text) == {}
    assert "역세권 청년 1인 가구" in found(
        "구는 역세권 청년 1인 가구를 위한 ‘주거 상담 센터’를 연다."
    )


# --- whole phrases in harder shapes ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "이 제도는 혼인신고일로부터 5년 이내인 무주택 신혼부부라면 신청할 수 있다.",
            "혼인신고일로부터 5년 이내인 무주택 신혼부부",
        ),
        (
            "청주에 사업자 등록을 하고 실제 영업 중인 소상공인에게 이자를 지원한다.",
            "청주에 사업자 등록을 하고 실제 영업 중인 소상공인",
        ),
        (
            "버스는 걷기 힘든 장애인과 70세 이상 휠체어 이용자, 임산부 등이 이용할 수 있다.",
            "걷기 힘든 장애인과 70세 이상 휠체어 이용자, 임산부",
        ),
        (
            "강릉에 사는 결혼이민자와 유학생이라면 누구나 들을 수 있다.",
            "강릉에 사는 결혼이민자와 유학생",
        ),
        (
            "설립 3년 미만인 관내 협동조합과 마을기업이 직원을 새로 채용하면 인건비를 보탠다.",
            "설립 3년 미만인 관내 협동조합과 마을기업",
        ),
        (
            "▲7급 이상 팀장급 공무원을 대상으로 한 ‘청렴 교육’ ▲민원 응대 교육을 연다.",
            "7급 이상 팀장급 공무원",
        ),
    ],
)
def test_whole_phrase_shapes(text: str, phrase: str) -> None:
    assert phrase in found(text)


def test_a_piece_of_a_longer_audience_is_dropped() -> None:
    text = "만 20세부터 34세까지 관내 제조업체에 새로 취업한 청년에게 정착금을 지원한다."
    assert found(text) == {"만 20세부터 34세까지 관내 제조업체에 새로 취업한 청년": (20, 34)}


def test_a_program_topic_is_not_part_of_the_audience() -> None:
    text = "농촌 살아보기 사업은 귀농 청년이 마을에 머물며 정착하도록 주거를 지원하는 사업이다."
    assert found(text) == {"귀농 청년": (None, None)}


@pytest.mark.parametrize(
    "text",
    [
        "도는 시군에 특별교부세 30억 원을 지원한다.",
        "시 관계자는 앞으로도 더 많은 시민이 혜택을 받을 수 있도록 힘쓰겠다고 밝혔다.",
        "관심 있는 주민이라면 누구나 참여할 수 있다.",
        "시는 올해 전통시장 3곳에 주차장 조성비를 지원한다.",
    ],
)
def test_loose_or_bare_bodies_stay_silent(text: str) -> None:
    assert found(text) == {}


def test_an_evaluated_set_is_not_cut_before_its_noun() -> None:
    got = found("평가는 전국 17개 시도 교육청을 대상으로 진행됐다.")
    assert got == {"전국 17개 시도 교육청": (None, None)}


@pytest.mark.parametrize(
    ("text", "phrase", "ages"),
    [
        (
            "만 7세 미만 아동을 둔 가정에 돌봄을 지원한다.",
            "만 7세 미만 아동을 둔 가정",
            (None, None),
        ),
        (
            "만 70세 이상 어르신이 사는 가구는 누구나 신청할 수 있다.",
            "만 70세 이상 어르신이 사는 가구",
            (None, None),
        ),
        (
            "만 20세 이상 45세 미만으로 어업 경력 5년 이하인 청년 어업인이면 누구나 신청한다.",
            "만 20세 이상 45세 미만으로 어업 경력 5년 이하인 청년 어업인",
            (20, 44),
        ),
    ],
)
def test_ages_are_the_audiences_own(text: str, phrase: str, ages: tuple) -> None:
    assert found(text).get(phrase) == ages


# --- pools people are chosen from, and whose daily life a program helps ------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "감시단은 진주시에 사는 만 30세 이상 시민 중 공모로 뽑는다.",
            "진주시에 사는 만 30세 이상 시민",
        ),
        ("관내 대학에 다니는 대학생 가운데 추첨으로 40명을 선발한다.", "관내 대학에 다니는 대학생"),
        (
            "보행 매트를 깔아 휠체어 이용자와 유아차 동반 가족의 이동을 도왔다.",
            "유아차 동반 가족",
        ),
        ("홀로 사는 청년 1인 가구의 자립을 돕는 교육도 연다.", "홀로 사는 청년 1인 가구"),
    ],
)
def test_pools_and_helped_lives(text: str, phrase: str) -> None:
    assert phrase in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "신청자 중 30명을 추첨으로 뽑는다.",
        "우수기관 가운데 3곳을 선발한다.",
        "시민의 안전을 지키기 위해 순찰을 늘린다.",
        "지역 경제의 회복을 돕는 사업이다.",
    ],
)
def test_not_pools_or_helped_lives(text: str) -> None:
    assert found(text) == {}


def test_a_slot_closed_by_the_copula() -> None:
    text = "사업 대상은 관내에 1년 이상 거주한 가구 중 소득이 기준 중위소득 100% 이하인 가구다."
    assert found(text) == {
        "관내에 1년 이상 거주한 가구 중 소득이 기준 중위소득 100% 이하인 가구": (None, None)
    }
    assert found("지원 대상은 지난해보다 크게 늘었다.") == {}


@pytest.mark.parametrize(
    ("text", "phrase", "ages"),
    [
        (
            "◦ 지원대상자 : 관내 거주 만 60세 이상 어르신 / 선착순 100명",
            "관내 거주 만 60세 이상 어르신",
            (60, None),
        ),
        (
            "체험은 무료로 운영된다(대상: 관내 초등학생 자녀를 둔 가족).",
            "관내 초등학생 자녀를 둔 가족",
            (None, None),
        ),
        (
            "지원 대상자는 도내에 주소를 둔 만 45세 이하 청년 농업인이다.",
            "도내에 주소를 둔 만 45세 이하 청년 농업인",
            (None, 45),
        ),
        ("관내 소상공인이라면 누구든지 신청할 수 있다.", "관내 소상공인", (None, None)),
    ],
)
def test_slot_spellings(text: str, phrase: str, ages: tuple) -> None:
    assert found(text).get(phrase) == ages


def test_a_bracket_after_the_head_is_left_out() -> None:
    text = "올해는 전국 226개 자치단체(광역 9개, 기초 217개)를 대상으로 서면심사를 했다."
    assert found(text) == {"전국 226개 자치단체": (None, None)}


# --- round 2: families from unseen pages -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "행정안전부는 전국 226개 시·군·구를 대상으로 안전도 평가를 실시했다.",
            "전국 226개 시·군·구",
        ),
        ("이번 평가는 도내 14개 시·군을 대상으로 진행됐다.", "도내 14개 시·군"),
        (
            "심사는 바다를 낀 전국 74개 시·군·구를 대상으로 서면과 현장 평가로 나눠 치렀다.",
            "바다를 낀 전국 74개 시·군·구",
        ),
        ("교육부는 전국 17개 시·도 교육청을 대상으로 종합평가를 벌였다.", "전국 17개 시·도 교육청"),
        ("올해 평가에는 전국 시·군·구 226곳이 참여했다.", "전국 시·군·구 226곳"),
    ],
)
def test_evaluated_bodies_with_middle_dots(text: str, phrase: str) -> None:
    assert phrase in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "도내 시·군 관계자 40명이 참석한 가운데 설명회가 열렸다.",
        "시·군·구별로 인구가 크게 달라 예산도 다르다.",
    ],
)
def test_middle_dot_bodies_without_a_trigger(text: str) -> None:
    assert found(text) == {}


@pytest.mark.parametrize(
    ("text", "phrase", "ages"),
    [
        (
            "지원 대상은 만 65세 이상 어르신과 장애인 가운데 혼자서 거동하기 어렵거나 "
            "병원에서 퇴원한 주민이다.",
            "만 65세 이상 어르신과 장애인 가운데 혼자서 거동하기 어렵거나 병원에서 퇴원한 주민",
            (65, None),
        ),
        (
            "혼인 기간이 5년 이내이고 합산 소득이 8천만 원 이하인 부부라면 누구나 신청할 수 있다.",
            "혼인 기간이 5년 이내이고 합산 소득이 8천만 원 이하인 부부",
            (None, None),
        ),
        (
            "주거비 지원은 양구군에 주소를 둔 만 18세~45세 미취업 청년이면 신청할 수 있다.",
            "양구군에 주소를 둔 만 18세~45세 미취업 청년",
            (18, 45),
        ),
        (
            "관내 65세 이상 구민 중 기초연금을 받는 사람이면 누구나 참여할 수 있다.",
            "관내 65세 이상 구민 중 기초연금을 받는 사람",
            (65, None),
        ),
        (
            "신청 자격은 공고일 기준 6개월 이상 도내에 주소를 둔 개인이다.",
            "공고일 기준 6개월 이상 도내에 주소를 둔 개인",
            (None, None),
        ),
        (
            "보조금은 신청일 기준 90일 이상 시에 거주한 개인과, 시에 본점이 있는 법인이 "
            "받을 수 있다.",
            "신청일 기준 90일 이상 시에 거주한 개인",
            (None, None),
        ),
    ],
)
def test_long_relative_clauses_are_kept_whole(text: str, phrase: str, ages: tuple) -> None:
    assert found(text).get(phrase) == ages


def test_a_clause_of_the_program_does_not_join_the_audience() -> None:
    got = found("시는 일자리 사업을 추진하고 생활이 어려운 주민에게 생계비를 지원한다.")
    assert got and not any("추진하고" in phrase for phrase in got)


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        (
            "지원 대상은 ① 관내 70세 이상 홀몸 어르신 ② 중증 장애인 가구 ③ 한부모 가정이며, "
            "읍면에 신청하면 된다.",
            ["관내 70세 이상 홀몸 어르신", "중증 장애인 가구", "한부모 가정"],
        ),
        (
            "○ 지원대상: ① 만 65세 이상 독거노인 ② 퇴원 후 돌봄이 필요한 환자",
            ["만 65세 이상 독거노인", "퇴원 후 돌봄이 필요한 환자"],
        ),
        (
            "참가 자격은 ▲도내 거주 청년 ▲도내 대학 재학생 ▲도내 기업 재직자다.",
            ["도내 거주 청년", "도내 대학 재학생", "도내 기업 재직자"],
        ),
    ],
)
def test_enumerated_items_in_a_slot(text: str, phrases: list[str]) -> None:
    got = found(text)
    for phrase in phrases:
        assert phrase in got, got


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("소득 기준은 중위소득 120% 이하 가구이며, 재산 기준도 따진다.", "중위소득 120% 이하 가구"),
        ("소득 요건은 기준 중위소득 100% 이하 가구다.", "기준 중위소득 100% 이하 가구"),
        (
            "50세대 이상 공동주택은 관리사무소를 거쳐 신청하면 설치비를 지원받을 수 있다.",
            "50세대 이상 공동주택",
        ),
        (
            "관내에서 셋째 아이를 낳은 가정에 200만 원을 주는 출산장려금도 신설했다.",
            "관내에서 셋째 아이를 낳은 가정",
        ),
        ("홀로 사는 어르신에게 움직임을 감지하는 센서를 달아 안부를 살핀다.", "홀로 사는 어르신"),
    ],
)
def test_criteria_and_benefits(text: str, phrase: str) -> None:
    assert phrase in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "최우수기관에는 2억 원, 우수기관에는 1억 원의 시상금이 지원된다.",
        "최우수 기관에는 포상금이 주어지고 장려기관에도 표창이 전달된다.",
        "청년 창업 지원사업 참여자에게는 월 50만 원이 지급된다.",
        "멘토링 프로그램에 참여하는 기업에는 컨설팅을 제공한다.",
        "공공근로 사업에 참가한 어르신에게 활동비를 지급한다.",
        "노인 일자리 참여자에게는 월 29만 원의 활동비를 준다.",
        "여름 체험 참여자에게 기념품을 무료로 제공한다.",
        "시는 지난달 관내 대학생 500명을 대상으로 벌인 인식 조사에서 이 결과를 얻었다.",
        "구민 300명을 대상으로 진행한 설문 결과 만족도가 높았다.",
        "대출 잔액의 2% 이내에서 한 가구에 최대 300만 원을 지원한다.",
        "한 사람에게 10만 원씩 지급한다.",
    ],
)
def test_grades_participants_samples_and_money_are_not_audiences(text: str) -> None:
    assert found(text) == {}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "신청 대상은 공고일 현재 시에 1년 이상 거주하고 있는 만 65세 이상 어르신이다.",
            "공고일 현재 시에 1년 이상 거주하고 있는 만 65세 이상 어르신",
        ),
        (
            "군은 귀농 후 5년이 지나지 않은 귀농인에게 영농 정착금을 준다.",
            "귀농 후 5년이 지나지 않은 귀농인",
        ),
        (
            "기준 중위소득 100% 이하 가구에는 본인부담금을 전액 면제한다.",
            "기준 중위소득 100% 이하 가구",
        ),
        (
            "홀로 지내거나 몸이 불편한 어르신에게 도시락을 배달한다.",
            "홀로 지내거나 몸이 불편한 어르신",
        ),
    ],
)
def test_auxiliaries_events_and_more_benefit_verbs(text: str, phrase: str) -> None:
    assert phrase in found(text)


def test_a_time_before_a_clause_stays_out() -> None:
    got = found("시는 올해 하반기 이후 입주한 청년에게 이사비를 지원한다.")
    assert got and not any("하반기" in phrase for phrase in got)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "폐업 경험이 있는 청년 창업가에게 재창업 자금을 지원한다.",
            "폐업 경험이 있는 청년 창업가",
        ),
        (
            "창업한 지 3년이 지나지 않은 초기 기업은 사무공간과 컨설팅을 함께 받는다.",
            "창업한 지 3년이 지나지 않은 초기 기업",
        ),
        ("관내 예술가에게 창작 공간을 무료로 빌려준다.", "관내 예술가"),
        ("출생신고를 한 가정이면 누구나 축하금을 받을 수 있다.", "출생신고를 한 가정"),
        ("도내에서 활동하는 청년 예술가는 창작 지원금을 받는다.", "도내에서 활동하는 청년 예술가"),
    ],
)
def test_makers_and_what_they_receive(text: str, phrase: str) -> None:
    assert phrase in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "최우수기관은 특별교부세 3억 원을 받는다.",
        "같은 평가에서 우수기관에 이름을 올린 다른 지자체 6곳은 각각 포상금을 받는다.",
        "장려상을 받은 시군 3곳에는 표창이 전달된다.",
        "참여 기업은 컨설팅을 받는다.",
        "구는 올해 대통령 표창을 받았다.",
    ],
)
def test_winners_and_past_receipts_are_not_audiences(text: str) -> None:
    assert found(text) == {}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("◇ 지원대상 - 도내 중소기업 재직 청년", "도내 중소기업 재직 청년"),
        ("○ 대 상: 관내 저소득 한부모가족", "관내 저소득 한부모가족"),
        ("(대상) 관내 어린이집 재원 아동", "관내 어린이집 재원 아동"),
        ("• 참여대상: 만 50세 이상 신중년 퇴직자", "만 50세 이상 신중년 퇴직자"),
    ],
)
def test_field_lines_in_more_spellings(text: str, phrase: str) -> None:
    assert phrase in found(text)


def test_a_field_like_word_inside_a_sentence_is_no_field() -> None:
    assert found("최대 상금 - 500만 원, 장려상 - 100만 원") == {}


def test_every_item_of_a_list_before_a_trigger() -> None:
    got = found("구는 ▲홀몸 어르신 ▲중증 장애인 가구 ▲조손 가정을 대상으로 안부 전화를 건다.")
    assert {"홀몸 어르신", "중증 장애인 가구", "조손 가정"} <= set(got), got


def test_an_earlier_list_of_programs_is_not_an_audience() -> None:
    got = found("구는 ▲경로당 정비 ▲무료 급식을 추진하고, 저소득 가구에 난방비를 지원한다.")
    assert got == {"저소득 가구": (None, None)}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "지원 대상은 시에 주민등록을 두고 있으면서 소득이 중위소득 100% 이하인 가구다.",
            "시에 주민등록을 두고 있으면서 소득이 중위소득 100% 이하인 가구",
        ),
        (
            "대상은 무주택자이면서 혼인 기간이 7년 이내인 신혼부부다.",
            "무주택자이면서 혼인 기간이 7년 이내인 신혼부부",
        ),
    ],
)
def test_conditions_joined_by_myeonseo(text: str, phrase: str) -> None:
    assert phrase in found(text)


def test_a_verb_joined_by_myeonseo_stays_out() -> None:
    got = found("시는 일자리 사업을 추진하면서 형편이 어려운 홀몸 어르신에게 쌀을 전달했다.")
    assert got and not any("추진하면서" in phrase for phrase in got)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("이번 평가는 전국 100여 개 기초지자체를 놓고 이뤄졌다.", "전국 100여 개 기초지자체"),
        ("이번 평가에는 전국 자치단체 240여 곳이 참여했다.", "전국 자치단체 240여 곳"),
        (
            "훈련에 참여한 300개 기관을 대상으로 평가한 결과 10곳이 뽑혔다.",
            "훈련에 참여한 300개 기관",
        ),
    ],
)
def test_evaluated_bodies_counted_roughly(text: str, phrase: str) -> None:
    assert phrase in found(text)


def test_bodies_that_applied_to_a_competition_are_no_audience() -> None:
    assert found("이번 공모에는 전국 100여 개 기초지자체가 응모했다.") == {}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("만 60세 이상 어르신은 누구나 참여 가능하다.", "만 60세 이상 어르신"),
        ("관내 중소기업은 별도 신청 없이 이용 가능하다.", "관내 중소기업"),
        ("올해부터는 맞벌이 가정도 지원 대상에 새로 포함됐다.", "맞벌이 가정"),
        ("시는 지원 대상을 만 45세 이하 청년까지 확대했다.", "만 45세 이하 청년"),
        ("군은 대상을 도내 전입 예정 신혼부부로 넓혔다.", "도내 전입 예정 신혼부부"),
        ("한부모가족과 조손가족이 우선 지원 대상이다.", "조손가족"),
        ("시는 장애인 가족을 위한 휴식 프로그램을 연다.", "장애인 가족"),
    ],
)
def test_possible_included_and_widened(text: str, phrase: str) -> None:
    assert phrase in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "주차장은 24시간 이용 가능하다.",
        "시는 사업 대상을 전 지역으로 확대했다.",
        "입주한 청년에게는 관리비를 지원한다.",
    ],
)
def test_not_possible_included_or_widened(text: str) -> None:
    assert found(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "주민을 대상으로 " + "가" * 990,
        "지원 대상은 " + "① 가나 " * 300 + "다.",
        "대상을 " + "가 " * 400 + "로 확대",
        "청년이고 " * 120 + "어려운 주민에게 지원",
    ],
)
def test_long_runs_after_a_trigger_finish_in_time(text: str) -> None:
    """A guard against catastrophic backtracking (a generous bound, not a speed test)."""
    began = time.perf_counter()
    found(text)
    assert time.perf_counter() - began < 2


# --- round 3: precision on unseen pages --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "시는 저출생 대책의 일환으로 둘째 자녀를 둔 가정에 축하금을 지급한다.",
            "둘째 자녀를 둔 가정",
        ),
        ("군은 돌봄 강화의 하나로 홀로 사는 어르신에게 안부 전화를 드린다.", "홀로 사는 어르신"),
        ("구는 복지 차원에서 거동이 불편한 주민에게 도시락을 배달한다.", "거동이 불편한 주민"),
        ("도는 다음 달 중 몸이 불편한 장애인에게 보조기기를 보급한다.", "몸이 불편한 장애인"),
    ],
)
def test_a_time_or_purpose_before_the_phrase_stays_out(text: str, phrase: str) -> None:
    assert phrase in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "구는 이번 달 중 각 가정에 안내문을 보낸다.",
        "도는 다음 주 각 시군에 지침을 보낸다.",
        "시는 결과 보고서를 다음 달 중 각 시·군에 보낼 예정이다.",
    ],
)
def test_each_body_is_no_audience(text: str) -> None:
    assert found(text) == {}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("지원 대상은 읍 중심지와 떨어진 섬마을 주민이다.", "읍 중심지와 떨어진 섬마을 주민"),
        (
            "신청 자격은 시로 이사할 예정인 만 40세 미만 청년이다.",
            "시로 이사할 예정인 만 40세 미만 청년",
        ),
        ("참여 대상은 창업할 계획이 있는 대학생이다.", "창업할 계획이 있는 대학생"),
        (
            "지원 대상은 퇴원 후 혼자서는 외출이 어려운 장애인이다.",
            "퇴원 후 혼자서는 외출이 어려운 장애인",
        ),
        ("이용 대상은 가족과 다른 지역에 사는 어르신이다.", "가족과 다른 지역에 사는 어르신"),
    ],
)
def test_clauses_with_joins_places_and_plans_are_kept_whole(text: str, phrase: str) -> None:
    assert phrase in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "최우수 시군에 시상금 2천만 원을, 우수 시군에 1천만 원을 지급한다.",
        "장려 시·군에는 500만 원을 지원한다.",
        "평가 점수가 낮은 하위 5개 시군에는 전문가 컨설팅을 지원한다.",
        "상위 10% 기업에는 인센티브를 제공한다.",
        "으뜸 마을에는 마을 가꾸기 사업비를 지원한다.",
    ],
)
def test_grades_and_ranks_of_an_evaluation_are_not_audiences(text: str) -> None:
    assert found(text) == {}


def test_an_evaluated_set_and_a_plain_group_stay() -> None:
    assert "도내 15개 시군" in found("도는 도내 15개 시군을 대상으로 평가를 벌였다.")
    assert "저소득 한부모 가정" in found("시는 저소득 한부모 가정에 양육비를 지원한다.")


@pytest.mark.parametrize(
    "text",
    [
        "구는 입주기업을 대상으로 매달 교육을 연다.",
        "참여기업에는 컨설팅을 무료로 지원한다.",
        "시는 수혜가구에 안내문을 보낸다.",
        "선정기업에 최대 1천만 원을 지원한다.",
    ],
)
def test_a_picked_group_in_one_word_is_not_an_audience(text: str) -> None:
    assert found(text) == {}


def test_a_head_word_alone_still_names_a_group() -> None:
    assert "신혼부부" in found("시는 신혼부부에게 전세자금 이자를 지원한다.")
    assert "예비창업자" in found("구는 예비창업자에게 사무 공간을 무료로 제공한다.")


@pytest.mark.parametrize(
    "text",
    [
        "구는 올해 독거노인 150명에게 도시락을 전달했다.",
        "시는 저소득 가구 320가구에 김장김치를 지원했다.",
        "군은 관내 경로당 40곳에 냉방비를 지원했고 점검도 마쳤다.",
        "복지관은 지난달 홀몸 어르신 1,200명에게 안부 전화를 드렸다.",
    ],
)
def test_people_already_served_and_counted_are_a_result(text: str) -> None:
    assert found(text) == {}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("시는 관내 경로당 1,020곳에 연간 냉난방비를 지원할 수 있게 됐다.", "관내 경로당 1,020곳"),
        ("구는 저소득 한부모 가정에 김장김치를 전달했다.", "저소득 한부모 가정"),
    ],
)
def test_a_benefit_to_come_or_an_uncounted_group_stays(text: str, phrase: str) -> None:
    assert phrase in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "전국에서 추천된 공무원과 사회복지사 가운데 30명이 장관 표창 대상자로 뽑혔다.",
        "각 기관이 추천한 소속 직원 중 5명을 포상 대상자로 선발했다.",
        "도내 시군이 추천한 자원봉사자 가운데 12명을 유공자로 뽑았다.",
    ],
)
def test_nominees_for_an_honour_are_not_a_pool(text: str) -> None:
    assert found(text) == {}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("관내 대학생 가운데 추첨으로 30명을 선발한다.", "관내 대학생"),
        ("도내 청년 농업인 중 20명을 뽑아 해외 연수를 보낸다.", "도내 청년 농업인"),
    ],
)
def test_a_pool_for_a_program_stays(text: str, phrase: str) -> None:
    assert phrase in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "받을 수 있는 사람도 늘었다.",
        "신청할 수 있는 기간은 이달 말까지다.",
        "참여할 수 있는 인원은 30명이다.",
    ],
)
def test_a_sentence_opening_on_the_verb_has_no_subject(text: str) -> None:
    assert found(text) == {}


def test_a_subject_before_the_verb_still_counts() -> None:
    assert "만 65세 이상 어르신" in found("만 65세 이상 어르신은 누구나 신청할 수 있다.")


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        (
            "지원 대상은 만 65세 이상 어르신과 등록 장애인, 그리고 혼자 사는 중장년이다.",
            ["만 65세 이상 어르신", "등록 장애인", "혼자 사는 중장년"],
        ),
        (
            "신청 자격은 관내 한부모 가정, 그리고 소득이 낮은 맞벌이 가정이다.",
            ["관내 한부모 가정", "소득이 낮은 맞벌이 가정"],
        ),
        (
            "참여 대상은 도내 대학생과 휴학생, 그리고 졸업 후 2년이 안 된 청년이다.",
            ["도내 대학생과 휴학생", "졸업 후 2년이 안 된 청년"],
        ),
    ],
)
def test_items_before_geurigo_are_audiences_too(text: str, phrases: list[str]) -> None:
    got = found(text)
    assert all(phrase in got for phrase in phrases), got


def test_geurigo_after_a_non_person_opens_nothing() -> None:
    got = found("지원 대상은 교육비와 교재비, 그리고 생활이 어려운 주민이다.")
    assert "생활이 어려운 주민" in got
    assert not any("교재비" in phrase for phrase in got)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("창업 3년 이내 청년농에게는 농기계 구입비의 절반을 보조한다.", "창업 3년 이내 청년농"),
        (
            "셔틀버스는 만 65세 이상 어르신과 임산부에게 우선 탑승권을 줬다.",
            "만 65세 이상 어르신과 임산부",
        ),
        (
            "어장 정비를 희망하는 어촌계라면 다음 달까지 신청할 수 있다.",
            "어장 정비를 희망하는 어촌계",
        ),
        ("전국 243개 지방정부라면 어디든 신청할 수 있다.", "전국 243개 지방정부"),
        ("시는 관외 관광객에게 입장료 절반을 돌려주는 제도를 운영한다.", "관외 관광객"),
    ],
)
def test_more_heads_and_benefit_verbs(text: str, phrase: str) -> None:
    assert phrase in found(text)


def test_bare_visitors_are_everyone() -> None:
    assert found("관광객에게 기념품을 나눠 준다.") == {}
    assert found("방문객에게 안내 책자를 제공한다.") == {}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("지원 대상은 홀로 사는 어르신으로, 모두 120명이다.", "홀로 사는 어르신"),
        (
            "대상은 만 70세 이상 홀로 지내는 어르신과 장애인 가구로, 시는 방문 간호를 한다.",
            "만 70세 이상 홀로 지내는 어르신과 장애인 가구",
        ),
        ("신청 자격은 따로 사는 부모를 모시는 자녀로 한정된다.", "따로 사는 부모를 모시는 자녀"),
    ],
)
def test_an_adverb_in_ro_does_not_close_a_slot(text: str, phrase: str) -> None:
    assert phrase in found(text)


def test_i_bakke_before_a_phrase_stays_out() -> None:
    got = found("이 밖에 시에 주소를 둔 주민이면 누구나 신청할 수 있다.")
    assert "시에 주소를 둔 주민" in got, got


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "귀어를 희망하는 도시 청년이 6개월간 어업인에게 기술을 배우는 ‘인턴십’도 운영한다.",
            "귀어를 희망하는 도시 청년",
        ),
        (
            "구는 홀로 사는 어르신이 스피커와 대화하는 ‘AI 말벗’ 서비스를 운영한다.",
            "홀로 사는 어르신",
        ),
        (
            "군은 농촌에 정착하려는 청년이 1년간 살아 보는 ‘농촌 살아보기’를 시범 운영한다.",
            "농촌에 정착하려는 청년",
        ),
        (
            "관내 중학생이 대학과 기업을 찾아가 진로를 탐색하는 ‘진로체험 버스’를 새로 도입한다.",
            "관내 중학생",
        ),
    ],
)
def test_who_learns_or_tries_what_a_named_program_offers(text: str, phrase: str) -> None:
    assert phrase in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "간호사와 치매 전문인력이 마을로 직접 찾아가는 ‘건강 동행’ 사업을 추진한다.",
        "경력 10년 이상 선배 어업인이 기술을 가르치는 ‘바다 멘토링’을 운영한다.",
        "주민이 직접 뽑은 ‘올해의 시책’을 발표했다.",
        "시민이 만든 ‘우리 동네 지도’를 전시한다.",
    ],
)
def test_who_provides_or_makes_it_is_not_an_audience(text: str) -> None:
    assert found(text) == {}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "두 자녀 이상 가정은 공영주차장 요금을 절반만 내면 되고, 할인 카드도 발급받을 수 있다.",
            "두 자녀 이상 가정",
        ),
        (
            "창업 3년 미만 기업은 창업센터에 입주해 사무공간과 전문가 상담을 받는다.",
            "창업 3년 미만 기업",
        ),
        (
            "만 70세 이상 어르신은 보건소에서 검진을 받고, 운동 처방도 받을 수 있다.",
            "만 70세 이상 어르신",
        ),
        ("저소득 한부모 가정은 서류를 내고, 심사를 거쳐 지원을 받는다.", "저소득 한부모 가정"),
    ],
)
def test_a_people_topic_carries_over_a_serial_verb(text: str, phrase: str) -> None:
    assert phrase in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "구는 예산을 늘리고, 참여 주민은 교육을 받는다.",
        "공익활동 참여자는 월 30시간 활동하고 활동비를 받는다.",
        "봉사활동 참가자는 오전에 모여 교육을 받고, 오후에 현장에 나간다.",
        "시는 상반기 점검을 마치고, 하반기에 결과를 받을 수 있다.",
    ],
)
def test_no_people_topic_or_a_programs_own_participants(text: str) -> None:
    assert found(text) == {}


# --- `X에게 … 지원` stays inside one clause; a counted group split into a result is no pool ------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "시는 관내 만 65세 이상 어르신에게 독감 예방접종을 무료로 지원한다.",
            "만 65세 이상 어르신",
        ),
        ("구는 다자녀 가정에 공영주차장 요금을 50% 감면한다.", "다자녀 가정"),
        (
            "군은 귀농 5년 이내 농업인에게 영농 자재를 보급하고, 교육도 연다.",
            "귀농 5년 이내 농업인",
        ),
        ("시는 저소득 한부모 가정에 매달 생필품 꾸러미를 전달한다.", "저소득 한부모 가정"),
    ],
)
def test_a_benefit_to_people_in_the_same_clause(text: str, phrase: str) -> None:
    assert any(phrase in got for got in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "그 결과 청년 120명이 관내 중소기업과 사회적기업에 채용됐고, 이 가운데 90명은 지원 기간이"
        " 끝난 뒤에도 일하고 있다.",
        "올해 졸업생 40명이 지역 제조업체에 취업했으며, 시는 내년에도 채용 박람회를 지원할"
        " 계획이다.",
        "참여 기업 64곳 중 51곳은 지원이 끝난 뒤에도 청년을 더 뽑겠다고 답했다.",
        "입주 업체 30곳 가운데 12곳은 내년에 직원을 추가로 모집할 예정이다.",
    ],
)
def test_no_audience_across_a_clause_or_from_a_counted_split(text: str) -> None:
    assert found(text) == {}


# --- a program's own trainees, or who already received its benefit, point back ---------------


@pytest.mark.parametrize(
    "text",
    [
        "교육생에게는 1인당 월 20만 원의 훈련수당이 지급된다.",
        "수강생에게는 교재와 실습 재료를 무료로 제공한다.",
        "기기를 받은 가구에는 1년 동안 통신요금을 지원한다.",
        "바우처를 받은 어르신에게 사용 안내 문자를 보낸다.",
        "교육을 받은 청년에게는 수료증을 준다.",
    ],
)
def test_no_audience_from_trainees_or_past_recipients(text: str) -> None:
    assert found(text) == {}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("생계급여를 받는 가구에게 난방비를 지원한다.", "생계급여를 받는 가구"),
        ("장애인연금을 받는 장애인에게 교통비를 지급한다.", "장애인연금을 받는 장애인"),
        ("만 65세 이상 어르신에게는 교재를 무료로 제공한다.", "만 65세 이상 어르신"),
        ("중위소득 50% 이하 교육생 가구에 훈련수당을 지원한다.", "중위소득 50% 이하 교육생 가구"),
    ],
)
def test_a_criterion_of_receipt_still_names_an_audience(text: str, phrase: str) -> None:
    assert phrase in found(text)


# --- `X을 위한 ‘…’`: who a program is for, as written, need and all ----------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("군은 창업을 망설이는 청년을 위해 ‘창업 상담’을 연다.", "창업을 망설이는 청년"),
        (
            "시는 거동이 불편한 어르신을 위한 ‘찾아가는 목욕’ 서비스를 늘린다.",
            "거동이 불편한 어르신",
        ),
        ("구는 경력이 끊긴 여성을 위한 ‘다시 일터로’ 과정을 마련했다.", "경력이 끊긴 여성"),
        ("도는 홀로 지내던 주민들을 위해 ‘마을 사랑방’을 새로 꾸몄다.", "홀로 지내던 주민들"),
    ],
)
def test_a_described_need_names_who_a_program_is_for(text: str, phrase: str) -> None:
    assert phrase in found(text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "시는 혼자 이동하기 어려운 중증장애인을 위해 ‘동행 택시’를 운영한다.",
            "혼자 이동하기 어려운 중증장애인",
        ),
        ("구는 시각·청각 장애인을 위한 ‘점자 안내판’을 늘린다.", "시각·청각 장애인"),
        (
            "군은 일손이 모자란 소규모 농가를 위해 ‘농촌 인력 중개’를 시작한다.",
            "일손이 모자란 소규모 농가",
        ),
        ("시는 치매 환자 가족을 위한 ‘쉼터 모임’을 연다.", "치매 환자 가족"),
    ],
)
def test_a_described_specific_group_stays(text: str, phrase: str) -> None:
    assert phrase in found(text)


# --- a sum per head (`X에 가구당 30만 원`) or a share given first (`X에게 우선 배정`) -----------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "- 겨울철 난방비 : 기준 중위소득 100% 이하 가구에 가구당 20만 원",
            "중위소득 100% 이하 가구",
        ),
        ("구는 창업 5년 이내 기업에 기업당 최대 3억 원까지 투자한다.", "창업 5년 이내 기업"),
        ("태풍 피해를 입은 농가에는 농가당 500만 원씩 돌아간다.", "태풍 피해를 입은 농가"),
        ("군은 만 75세 이상 어르신에게 1인당 월 5만 원의 교통비를 준다.", "만 75세 이상 어르신"),
        ("시는 임대주택의 20%를 신혼부부와 다자녀 가정에 우선 공급한다.", "신혼부부와 다자녀 가정"),
        (
            "구는 창업 공간의 절반을 여성·장애인 창업자에게 우선 배정할 방침이다.",
            "여성·장애인 창업자",
        ),
    ],
)
def test_a_sum_per_head_or_a_first_share_names_who_receives_it(text: str, phrase: str) -> None:
    assert any(phrase in got for got in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "올해 사업에는 1인당 평균 30만 원이 들었다.",
        "지난해에 가구당 전기요금이 8% 올랐다.",
        "이 단지에 세대당 주차 1.2대를 배정했다.",
    ],
)
def test_a_sum_per_head_without_people_is_no_audience(text: str) -> None:
    assert found(text) == {}


# --- a record held for a time (`사업자등록 6개월 이상`) sits inside the phrase -----------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("(지원 대상: 관내 사업자등록 6개월 이상 소상공인)", "관내 사업자등록 6개월 이상 소상공인"),
        ("지원 대상은 관내 주민등록 1년 이상 청년이다.", "관내 주민등록 1년 이상 청년"),
        (
            "시는 사업자등록 1년 이상 소상공인에게 컨설팅을 지원한다.",
            "사업자등록 1년 이상 소상공인",
        ),
        ("신청 자격은 농업경영체 등록 2년 이상 농업인이다.", "농업경영체 등록 2년 이상 농업인"),
    ],
)
def test_a_record_held_for_a_time_is_part_of_the_audience(text: str, phrase: str) -> None:
    assert phrase in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "outside"),
    [
        ("구는 빠짐없이 신청하도록 관내 다자녀 가정에 안내문을 보낸다.", "신청하도록"),
        ("시는 쉽게 참여하도록 저소득 한부모 가정에 교통비를 지원한다.", "참여하도록"),
    ],
)
def test_a_purpose_verb_in_rok_still_ends_the_phrase(text: str, outside: str) -> None:
    got = found(text)
    assert got and not any(outside in phrase for phrase in got), got


# --- `X에게 … 주는 ‘…’` describes a named program, as `X을 위한 ‘…’` does ------------------


@pytest.mark.parametrize(
    ("text", "stated", "described"),
    [
        (
            "군은 혼자 사는 중증장애인에게 식사를 배달하는 ‘든든 밥상’을 시작한다. "
            "지원 대상은 만 65세 이상 중증장애인이다.",
            "만 65세 이상 중증장애인",
            "혼자 사는 중증장애인",
        ),
        (
            "구는 다자녀 가정에 교통비를 주는 ‘다둥이 카드’를 새로 만든다. "
            "신청 자격은 세 자녀 이상 가정이다.",
            "세 자녀 이상 가정",
            "다자녀 가정",
        ),
        (
            "시는 퇴원 후 돌봄이 필요한 어르신에게 방문 간호를 제공하는 ‘안심 귀가’를 시작한다. "
            "지원 대상은 관내 병원에서 퇴원하는 만 65세 이상 어르신이다.",
            "관내 병원에서 퇴원하는 만 65세 이상 어르신",
            "퇴원 후 돌봄이 필요한 어르신",
        ),
    ],
)
def test_a_program_described_by_its_benefit_counts_too(
    text: str, stated: str, described: str
) -> None:
    got = found(text)
    assert stated in got and described in got, got


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "시는 관내 기업에 취업한 청년에게 장려금을 주는 「근속 통장」을 신설한다.",
            "관내 기업에 취업한 청년",
        ),
        (
            "군은 귀농 3년 이내 농업인에게 농기계를 빌려주는 ‘농기계 나눔’을 운영한다. "
            "예산은 2억 원이다.",
            "귀농 3년 이내 농업인",
        ),
        (
            "시는 다자녀 가정에 교통비를 지원한다. 신청 자격은 세 자녀 이상 가정이다.",
            "다자녀 가정",
        ),
    ],
)
def test_a_described_criterion_or_a_plain_benefit_stays(text: str, phrase: str) -> None:
    assert phrase in found(text)


def test_a_criterion_or_a_need_before_a_general_head_is_kept() -> None:
    text = "시는 관내 기업에 취업한 청년을 위한 ‘근속 통장’을 새로 만든다."
    assert "관내 기업에 취업한 청년" in found(text)
    assert "일자리가 없는 청년" in found("시는 일자리가 없는 청년을 위한 ‘일 경험’을 새로 만든다.")


# --- `X이 … 하면 … 지원한다`: a benefit on a condition names who meets it ----------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "연 매출 5억 원 이하 소상공인이 무인 주문기를 들이면 대당 최대 300만 원을 지원한다.",
            "연 매출 5억 원 이하 소상공인",
        ),
        (
            "상시근로자 10인 미만 중소기업이 청년을 정규직으로 뽑으면 인건비를 지원하며, 기간은"
            " 2년이다.",
            "상시근로자 10인 미만 중소기업",
        ),
        ("만 65세 이상 어르신이 보청기를 맞추면 구입비를 지원한다.", "만 65세 이상 어르신"),
        (
            "관내 농업인이 친환경 인증을 받으면 인증 비용 전액이 지원된다.",
            "관내 농업인",
        ),
    ],
)
def test_a_benefit_on_a_condition_names_who_meets_it(text: str, phrase: str) -> None:
    assert phrase in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "시가 내년 예산을 늘리면 더 많은 사업을 지원한다.",
        "날씨가 풀리면 구는 공원 정비를 지원한다.",
        "사업이 끝나면 결과 보고서를 시에 낸다.",
    ],
)
def test_a_condition_without_people_names_no_audience(text: str) -> None:
    assert found(text) == {}


# --- the group a welfare search screens (`X 가운데 … 찾아내`, `X 중 … 발굴`) -----------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "시는 만 50세 이상 64세 이하 1인 가구 가운데 고립된 주민 200명을 찾아내 안부를 묻는다.",
            "만 50세 이상 64세 이하 1인 가구",
        ),
        (
            "구는 기초연금 수급 어르신 중 위기 가구를 발굴해 긴급복지와 연결한다.",
            "기초연금 수급 어르신",
        ),
        (
            "군은 관내 한부모 가정 가운데 돌봄 공백이 큰 곳을 찾아냈다.",
            "관내 한부모 가정",
        ),
        (
            "복지관은 홀로 사는 중장년 가운데 도움이 필요한 이웃을 새로 발굴하고 있다.",
            "홀로 사는 중장년",
        ),
    ],
)
def test_the_group_a_welfare_search_screens_is_an_audience(text: str, phrase: str) -> None:
    assert phrase in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "조사 대상 300가구 가운데 12가구를 새로 발굴했다.",
        "추천받은 공무원 가운데 숨은 유공자를 발굴해 표창했다.",
    ],
)
def test_a_counted_or_honoured_pool_is_no_audience(text: str) -> None:
    assert found(text) == {}


# --- heads for people and bodies, and how many of everyone ------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("시는 25개 자치구를 대상으로 생활 지원 사업을 공모한다.", "25개 자치구"),
        ("교실은 치매 고위험군을 대상으로 열린다.", "치매 고위험군"),
        ("치매환자 군을 대상으로 하는 교실도 연다.", "치매환자 군"),
        ("교육 대상은 관내 소상공인 대표다.", "관내 소상공인 대표"),
    ],
)
def test_more_heads(text: str, phrase: str) -> None:
    assert phrase in found(text)


def test_a_count_of_people_in_general_is_no_audience() -> None:
    got = found("올해는 청년 220명을 대상으로 사업을 편다.")
    assert got == {}
    assert "미취업 청년" in found("올해는 미취업 청년 220명을 대상으로 사업을 편다.")


# --- winners, honours and applicants are no audience -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "도는 최우수로 선정된 시군에는 5억 원씩의 특별교부세를 지원하기로 했다.",
        "최우수 기초단체에는 3억 원을 지급한다.",
        "이들 기관에는 장관 표창과 함께 인천 등 2개 기초단체에 각각 1억원의 지원금이 지급된다.",
        "수원·용인시 등 20개 지자체는 장관상을 받는다.",
        "군수가 퇴직 공무원들에게 정부 포상을 전달했다.",
        "구는 접수 마감 후 신청자를 대상으로 현장 확인을 거친다.",
        "사업 참여를 희망하는 기업은 2월부터 지원을 받을 수 있다.",
    ],
)
def test_winners_honours_and_applicants(text: str) -> None:
    assert found(text) == {}


# --- more shapes that say who may take part ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "사업은 군에 주소를 둔 어업인, 어업법인, 어촌계 등 누구나 신청할 수 있다.",
            {"군에 주소를 둔 어업인", "어업법인", "어촌계"},
        ),
        (
            "운동에 관심이 있는 경로당 회원 등 누구나 참여가 가능하다.",
            {"운동에 관심이 있는 경로당 회원"},
        ),
        (
            "공시제에는 광역 10, 기초 120개 등 총 130개 지자체가 참여키로 했다.",
            {"광역 10, 기초 120개 등 총 130개 지자체"},
        ),
        ("평가는 226개 전(全) 기초자치단체를 대상으로 했다.", {"226개 전(全) 기초자치단체"}),
        (
            "가족돌봄청년, 고립청년, 은둔청년 등이 해당한다.",
            {"가족돌봄청년", "고립청년", "은둔청년"},
        ),
        ("공동체사업단은 60세 이상 신청 가능하다.", {"60세 이상"}),
        ("70세 이상 어르신 또한 별도 신청 없이 요금이 감면된다.", {"70세 이상 어르신"}),
        (
            "쉼터 이용자는 관내에 사는 65세 이상 홀몸 어르신으로 한정된다.",
            {"관내에 사는 65세 이상 홀몸 어르신"},
        ),
        ("이 사업은 고립 청년 등의 일상 회복과 사회 진출을 지원한다.", {"고립 청년"}),
        ("구는 홀몸 어르신의 안전한 귀가를 도와 왔다.", {"홀몸 어르신"}),
        ("관내 65세 이상 어르신은 무료 접종 대상이다.", {"관내 65세 이상 어르신"}),
        (
            "고위험군인 80세 이상 노인은 우선 접종 대상이며, 나머지는 다음 달에 맞는다.",
            {"고위험군인 80세 이상 노인"},
        ),
        ("이번 사업은 국비 지원 대상이다.", set()),
        ("신청 자격은 관내에 1년 이상 거주한 자로 한다.", {"관내에 1년 이상 거주한 자"}),
        ("대상은 동에 사는 홀몸 어르신 등 1만여 가구이다.", {"동에 사는 홀몸 어르신"}),
        (
            "지원 대상은 관내에서 개업한 지 3년 이내의 20세~39세 청년 상인이다.",
            {"관내에서 개업한 지 3년 이내의 20세~39세 청년 상인"},
        ),
        (
            "지원 대상은 군에 거주하며 농사를 짓는 만 30세 이상~만 70세 미만"
            "(1955.1.1.~1995.12.31.)의 여성농업인이다.",
            {
                "군에 거주하며 농사를 짓는 만 30세 이상~만 70세 미만"
                "(1955.1.1.~1995.12.31.)의 여성농업인"
            },
        ),
        (
            "경작 면적이 3만㎡ 미만인 농가가 지원 대상이다.",
            {"경작 면적이 3만㎡ 미만인 농가"},
        ),
        ("구는 자가 또는 전세 가구를 대상으로 집수리를 돕는다.", {"자가 또는 전세 가구"}),
        (
            "지원 대상은 읍면에 2년 이상 살면서 최근 3년 안에 창업하지 않은 주민이다.",
            {"읍면에 2년 이상 살면서 최근 3년 안에 창업하지 않은 주민"},
        ),
        (
            "시범 운행은 유동 인구가 많은 역에서 버스를 타는 시민들을 대상으로 했다.",
            {"유동 인구가 많은 역에서 버스를 타는 시민들"},
        ),
        (
            "지원 대상은 만 60세 이하 세대주로 관내에서 3년 이상 농사를 지은 농업인이다.",
            {"만 60세 이하 세대주", "관내에서 3년 이상 농사를 지은 농업인"},
        ),
        (
            "이용자는 만 19세~34세 정규직으로 채용된 청년 근로자로 한정한다.",
            {"만 19세~34세 정규직으로 채용된 청년 근로자"},
        ),
        (
            "지원 대상은 사업자등록 후 6개월이 지나지 않은 자로 한다.",
            {"사업자등록 후 6개월이 지나지 않은 자"},
        ),
        ("모든 시민은 지원 대상이다.", set()),
        ("구는 저시력 어르신의 편안한 이동을 돕는 안내 서비스를 연다.", {"저시력 어르신"}),
        (
            "도는 이주여성과 중도입국 청소년의 원만한 지역 적응을 위한 교실을 연다.",
            {"중도입국 청소년", "이주여성"},
        ),
        ("군은 귀농 가구의 빠른 정착을 위해 빈집을 고쳐 준다.", {"귀농 가구"}),
        ("다문화 자녀의 바른 우리말 습득을 돕기 위한 수업이 열린다.", {"다문화 자녀"}),
        ("구는 경력이 끊긴 여성의 재취업을 위한 직업훈련을 늘린다.", {"경력이 끊긴 여성"}),
        (
            "이 사업은 교통이 불편한 산간 마을 어르신의 병원 이용과 장보기 지원을 위해 마련됐다.",
            {"교통이 불편한 산간 마을 어르신"},
        ),
        ("구는 주민의 생활 편의 지원을 위해 창구를 늘린다.", set()),
        (
            "구는 장애인·노인 등 취약계층의 일자리 창출을 위한 사업을 편다.",
            {"장애인·노인 등 취약계층"},
        ),
        ("시는 시민의 안정적인 생활을 위해 물가를 살핀다.", set()),
        (
            "교육은 마을 이장과 부녀회장 등 마을 리더를 대상으로 한다.",
            {"마을 이장", "부녀회장"},
        ),
        ("관내 한부모 600세대에 세대 당 5만원을 준다.", {"관내 한부모"}),
        ("구는 저소득층에 대한 난방 지원을 늘린다.", {"저소득층"}),
        (
            "주민 또는 관내 기업 직원 5명 이상이 모임을 꾸려 신청할 수 있다.",
            {"주민", "관내 기업 직원"},
        ),
        ("구는 다문화가족 대상 한국어 교육을 연다.", {"다문화가족"}),
        ("65세 이상 어르신 대상 건강 강좌를 운영한다.", {"65세 이상 어르신"}),
        ("3년 이상 관내 거주자만 신청할 수 있다.", {"3년 이상 관내 거주자"}),
        ("도는 청년 취업자들의 생활비 부담을 덜어주기 위해 월세를 준다.", {"청년 취업자들"}),
        ("구는 전입하는 구민에게 △1인당 5만원 △학생 10만원을 준다.", {"전입하는 구민"}),
    ],
)
def test_more_shapes(text: str, expected: set[str]) -> None:
    assert set(found(text)) == expected


def test_a_sentence_going_on_with_the_list() -> None:
    text = "모집 대상은 만 18~34세 청년이다. 장기 미취업 청년, 자립준비 청년 등이다."
    assert set(found(text)) == {"만 18~34세 청년", "장기 미취업 청년", "자립준비 청년"}
    assert found("행사는 오후에 열린다. 장기 미취업 청년, 자립준비 청년 등이다.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "청년 30명을 다음 달까지 모집한다.",
        "시민 누구나 참여할 수 있다.",
        "행사에는 전국 9개 지자체가 응모했다.",
        "만 65세 이상 어르신이라면 누구나 참여할 수 있다.",
        "도는 10개 시군을 우수기관으로 선정해 시상했다.",
        "사업에 대한 만족도 조사를 진행했다.",
        "어르신 대상 건강 강좌를 운영한다.",
        "시는 시민의 교통비 부담을 줄이기 위해 요금을 낮춘다.",
        "단, 생계급여 수급자와 건강보험 직장가입자 등은 선발에서 제외된다.",
    ],
)
def test_shapes_that_name_no_new_group(text: str) -> None:
    got = found(text)
    named = {
        "청년",
        "시민",
        "전국 9개 지자체",
        "만 65세 이상 어르신이라면",
        "10개 시군",
        "사업",
        "어르신",
    }
    assert not named & set(got), got


def test_what_an_official_says_names_no_audience() -> None:
    text = "군 관계자는 “누구나 쉽게 누리집을 이용할 수 있도록 하겠다”고 말했다."
    assert found(text) == {}


# --- round 2: precision families from unseen pages ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A statement of several sentences, cut by the sentence reader: its end and its start.
        "센터장은 “도와주신 분들께 감사드린다. 앞으로도 저소득 어르신을 위한 사업을 늘리겠다”라고 "
        "말했다.",
        "구청장은 “홀로 사는 어르신에게 도시락을 보내겠다. 많은 관심 바란다”고 말했다.",
        # Where a body is, and 지원 as part of its name, say nothing of who is helped.
        "읍내 경로당에 있는 복지관 부설 노인지원센터가 주관한 강좌가 끝났다.",
        "시는 산업단지에 위치한 청년지원센터 분소를 새로 열었다.",
    ],
)
def test_speech_across_sentences_and_places_name_no_audience(text: str) -> None:
    assert found(text) == {}


def test_mulron_does_not_lead_a_phrase() -> None:
    got = found("청소년 진로 지원은 물론 학부모와 지역주민이 함께 참여할 수 있도록 행사를 연다.")
    assert got
    assert not any("물론" in phrase for phrase in got), got


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # A list of places joined by a middle dot, or a body ending in ㄴ, is a noun, not a verb
        # taking the place before it as its argument.
        (
            "구는 다음 달 5일 구청 대강당에서 성서·달성산단 입주기업을 대상으로 컨설팅을 연다.",
            "성서·달성산단 입주기업",
        ),
        (
            "시는 오는 9일 시청 회의실에서 테크노공단 입주기업을 대상으로 교육을 연다.",
            "테크노공단 입주기업",
        ),
    ],
)
def test_a_place_before_a_body_list_stays_out(text: str, phrase: str) -> None:
    assert phrase in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One word naming people, joined to other people by 과/와: two groups.
        ("한부모가족과 조손가족이 우선 지원 대상이다.", {"한부모가족", "조손가족"}),
        (
            "시는 임산부와 만 2세 미만 영아가 있는 가정에 간호사가 찾아가는 서비스를 제공한다.",
            {"임산부", "만 2세 미만 영아가 있는 가정"},
        ),
        # A count after 등 sums the groups before it up.
        ("교육은 결혼이민자와 외국인 등 30명을 대상으로 진행된다.", {"결혼이민자", "외국인"}),
    ],
)
def test_one_word_joined_to_other_people_is_two_groups(text: str, expected: set[str]) -> None:
    assert set(found(text)) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # A head shared, a companion, or a clause before the first word: one group as written.
        ("군은 어르신과 장애인 가구에 쌀을 보낸다.", "어르신과 장애인 가구"),
        ("거동이 불편한 장애인과 보호자 1명에게 이동을 지원한다.", "장애인과 보호자"),
        ("홀로 사는 노인과 장애인에게 도시락을 보낸다.", "홀로 사는 노인과 장애인"),
    ],
)
def test_a_join_that_stays_one_group(text: str, phrase: str) -> None:
    assert phrase in found(text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # `X이 참여 가능한 Y`: who may take part in a kind of work.
        ("시장형은 만60세 이상의 어르신이 참여 가능한 일자리다.", "만60세 이상의 어르신"),
        # Whom a program sets out to help: `X을 돕기 위해`, `X 지원을 위해`.
        (
            "구는 경제적 어려움을 겪는 소상공인을 돕기 위해 경영안정자금을 준다.",
            "경제적 어려움을 겪는 소상공인",
        ),
        ("동은 저소득 노인가구 지원을 위해 상품권을 나눈다.", "저소득 노인가구"),
        # `X이 … 신청하면`: who may apply.
        ("관내 사업체 근로자가 모임을 꾸려 강좌를 신청하면 강사가 찾아간다.", "관내 사업체 근로자"),
        # A count in myriads after the head is dropped; the words before it stay.
        (
            "구는 매출이 줄어든 소상공인 3만여명에게 신청을 받아 100만원을 지원해왔다.",
            "매출이 줄어든 소상공인",
        ),
    ],
)
def test_round_two_recall_families(text: str, phrase: str) -> None:
    assert phrase in found(text)


def test_a_long_pool_list_gives_its_groups_and_who_is_picked() -> None:
    text = (
        "지원 대상은 구직단념 청년, 자립준비 청년, 보호시설 퇴소 청년, 북한이탈 청년 중 "
        "만 18~34세 미취업 청년이다."
    )
    check(
        text,
        {
            "구직단념 청년": (None, None),
            "자립준비 청년": (None, None),
            "보호시설 퇴소 청년": (None, None),
            "북한이탈 청년": (None, None),
            "만 18~34세 미취업 청년": (18, 34),
        },
    )
    # A short pool stays one group as written.
    assert "기초생활수급자와 차상위계층 가운데 65세 이상 어르신" in found(
        "지원 대상은 기초생활수급자와 차상위계층 가운데 65세 이상 어르신이다."
    )


def test_a_ranking_pool_is_not_what_an_evaluation_covers() -> None:
    text = "기초 지자체 평가에서 도는 전국 17개 시도 중 가장 많은 표창을 받았다."
    assert found(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A dotted pair inside a comma list is one of its groups; a bracketed note is no part.
        (
            "지원대상은 관내 주소를 둔 개인, 기업·법인 및 재외국민, 국내영주권자(F5비자) 등이다.",
            {"관내 주소를 둔 개인", "기업·법인", "재외국민", "국내영주권자"},
        ),
        # Plain nouns before other people with words of their own: two groups. A modifier
        # before the first of two may be both's when the second is one word.
        ("구는 한부모 가구와 조손 가구에 상담을 한다.", {"한부모 가구", "조손 가구"}),
        ("참여 대상은 도내 대학생과 휴학생이다.", {"도내 대학생과 휴학생"}),
    ],
)
def test_units_of_a_list_and_pairs_in_them(text: str, expected: set[str]) -> None:
    assert set(found(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The subject of a serial clause before `… 신청하면`.
        (
            "시민 또는 관내 사업체 근로자 7명 이상이 모임을 구성해 신청하면 강사가 간다.",
            {"관내 사업체 근로자"},
        ),
        # `X이 해당됩니다`, in a release's polite form.
        ("시장형은 만 60세 이상이 해당됩니다.", {"만 60세 이상"}),
    ],
)
def test_serial_subjects_and_polite_forms(text: str, expected: set[str]) -> None:
    assert expected <= set(found(text))


def test_a_programs_own_students_are_no_audience() -> None:
    assert found("구는 2학기 평생학습관 교육문화강좌 수강생 1200여 명을 모집한다.") == {}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # Who is served first.
        (
            "보건소는 체질량지수(BMI)가 25 이상인 시민을 우선해서 뽑는다.",
            "체질량지수(BMI)가 25 이상인 시민",
        ),
        (
            "올해는 다자녀가구, 생애 최초 차량 구매자 등에 우선순위가 부여된다.",
            "생애 최초 차량 구매자",
        ),
        # Holders of a right or a benefit, and more words for people.
        ("지원 대상은 국내영주권자와 재외국민이다.", "국내영주권자"),
        ("대상자는 국가공익직불금 수령자다.", "국가공익직불금 수령자"),
        ("신청 대상은 시에 사는 성인 남녀다.", "시에 사는 성인 남녀"),
        ("교실은 관내 직장인, 프리랜서, 자영업자를 대상으로 열린다.", "프리랜서"),
        # A criterion's own 기준 is no date reference (`신청일 기준`).
        (
            "신청 대상은 직장인 중 비만 진단기준 1개 이상에 해당하는 사람이다.",
            "직장인 중 비만 진단기준 1개 이상에 해당하는 사람",
        ),
    ],
)
def test_priorities_holders_and_criteria(text: str, phrase: str) -> None:
    assert phrase in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "참석 기업 관계자에게는 지원 사업을 정리한 책자를 배부한다.",
        "구는 탄소중립 만들기에 직접 참여한 구민들에게 화분을 나눠줬다.",
    ],
)
def test_people_at_an_event_are_no_audience(text: str) -> None:
    assert found(text) == {}
    assert "관내 중소기업 관계자" in found("구는 관내 중소기업 관계자에게 컨설팅을 지원한다.")


@pytest.mark.parametrize(
    "text",
    [
        "다만 다른 일을 겸하고 있는 자, 소득이 기준을 넘는 자는 지원받을 수 없다.",
        "휴·폐업 사업자와 대기업 가맹점은 신청할 수 없다.",
        "관내 대학에 다니는 자, 다른 제도의 지원대상자인 자는 이번 모집에서 빠진다.",
    ],
)
def test_who_is_left_out_is_no_audience(text: str) -> None:
    assert found(text) == {}
    assert "관내 65세 이상 어르신" in found("관내 65세 이상 어르신은 지원받을 수 있다.")


# --- where a phrase read back from its head stops -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "시는 새 공원의 이름을 전 국민을 대상으로 공모한다.",
        "구는 관내 전 시민을 대상으로 안전 교육을 한다.",
        "구는 관내 전 세대에 소식지를 배부한다.",
    ],
)
def test_everyone_within_bounds_is_no_audience(text: str) -> None:
    assert found(text) == {}
    assert "관내 주민" in found("참여 대상은 관내 주민 및 직장인이다.")
    assert "관내 1인 가구" in found("구는 관내 1인 가구에게 안부 전화를 제공한다.")


@pytest.mark.parametrize(
    "text",
    [
        "이 이름은 마을 축제의 상징성과 방문객에게 즐거움을 준다.",
        "이 행사는 지역의 정체성과 청소년에게 자긍심을 심어준다.",
    ],
)
def test_a_thing_joined_to_people_stays_out(text: str) -> None:
    assert found(text) == {}
    assert {"저소득층", "장애인"} <= set(found("군은 저소득층과 장애인에게 난방비를 지원한다."))
    got = found("센터는 돌봄의 공백과 맞벌이 가정에 도움을 준다.")
    assert "돌봄의 공백과 맞벌이 가정" not in got


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "지원 대상은 5ha이상 규모로 콩,보리, 토종곡물을 재배하는 농업인 단체다.",
            "5ha이상 규모로 콩,보리, 토종곡물을 재배하는 농업인 단체",
        ),
        (
            "군은 시설면적 1천㎡ 이상에서 딸기,토마토, 오이를 기르는 농가에 농자재를 지원한다.",
            "딸기,토마토, 오이를 기르는 농가",
        ),
    ],
)
def test_a_list_written_without_spaces_stays_in_the_clause(text: str, phrase: str) -> None:
    assert any(phrase in key for key in found(text)), found(text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("만 19세 이상 39세 이하 청년 25명, 다음 달 8일까지 모집", "만 19세 이상 39세 이하 청년"),
        ("군은 만 65세 이상 어르신 40명을 선발해 건강 강좌를 연다.", "만 65세 이상 어르신"),
    ],
)
def test_an_aged_group_a_call_recruits(text: str, phrase: str) -> None:
    assert phrase in found(text)
    assert found("시는 자원봉사자 20명을 모집한다.") == {}
    assert found("구는 지난달 모집한 청년 서포터즈 15명을 격려했다.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "시는 축제장을 찾은 관광객과 주변 상인을 대상으로 홍보 부스를 운영했다.",
        "구는 역 앞에서 출근하는 직장인들을 대상으로 금연 캠페인을 벌였다.",
        "군은 공사장 인근 운전자를 대상으로 안전 계도 활동을 펼쳤다.",
    ],
)
def test_whom_a_campaign_reaches_is_no_audience(text: str) -> None:
    assert found(text) == {}
    assert "저소득 가정 아동" in found("구는 저소득 가정 아동을 대상으로 독서 교실을 운영한다.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "올해는 초등학생·중학생·고등학생으로 교육 대상을 세분화하고, 과정도 늘린다.",
            {"초등학생", "중학생", "고등학생"},
        ),
        ("구는 청년과 신혼부부로 대상을 나눠 임대주택을 공급한다.", {"청년", "신혼부부"}),
    ],
)
def test_groups_named_before_the_audience_is_divided(text: str, expected: set[str]) -> None:
    assert expected <= set(found(text)), found(text)
    assert found("군은 사업 규모를 3억 원으로 대상을 정했다.") == {}


def test_a_trailing_umbrella_count_spends_none_of_a_long_phrase() -> None:
    text = (
        "지원 대상은 시내에 살고 있는 만 50세에서 64세 사이 1인 가구와 "
        "기초생활수급자나 차상위계층 등 경제적, 정서적 어려움을 겪는 청년 등 3천여 가구다."
    )
    got = found(text)
    assert "시내에 살고 있는 만 50세에서 64세 사이 1인 가구" in got, got
    assert "기초생활수급자나 차상위계층 등 경제적, 정서적 어려움을 겪는 청년" in got, got


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "소득하위 70% 이하 만 65세 이상 노인은 기초연금을 받을 수 있다.",
            "소득하위 70% 이하 만 65세 이상 노인",
        ),
        ("군은 소득 하위 50% 가구에 난방비를 지원한다.", "소득 하위 50% 가구"),
    ],
)
def test_an_income_bound_is_no_rank(text: str, phrase: str) -> None:
    assert phrase in found(text)
    assert found("도는 평가 하위 3개 시군에 컨설팅을 지원한다.") == {}


def test_who_gets_the_sums_a_list_sets_out() -> None:
    text = (
        "한편 시는 전입하는 시민들에게 △1인당 5만원 △초·중·고학생 10만원 △대학생 30만원 "
        "△기업체 직원 10만원 △국적취득자 20만원 △다자녀 가정 30만원을 준다."
    )
    assert "전입하는 시민들" in found(text)
    assert found("구는 근속 30년 직원에게 △상금 100만원 △상패를 전했다.") == {}


def test_a_phrase_does_not_begin_with_the_cut_end_of_an_age_range() -> None:
    got = found("참가 자격은 만 20세 이상~34세 이하, 예비 또는 2년 이내 초기 창업자다.")
    assert got, got
    assert not any(key.startswith("이하,") for key in got), got


# --- a program's kinds, each with its own group --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "모집 분야 가운데 돌봄형은 관내에 거주하는 만 65세 이상 기초연금 수급자, "
            "취업형은 만 60세 이상이 해당한다.",
            {"관내에 거주하는 만 65세 이상 기초연금 수급자", "만 60세 이상"},
        ),
        (
            "참여 자격은 공공형은 70세 이상 노인, 민간형은 60세 이상 퇴직자, 협동사업단은 "
            "누구나 가능하다.",
            {"70세 이상 노인", "60세 이상 퇴직자"},
        ),
    ],
)
def test_each_kind_names_its_own_group(text: str, expected: set[str]) -> None:
    assert expected <= set(found(text))


def test_kinds_with_counts_are_no_groups() -> None:
    assert found("올해 시설은 공공형은 12곳, 민간형은 30곳으로 늘었다.") == {}


# --- an age before a thing waits for the head after it --------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "65세 이상 국민연금 및 공무원연금 수급자",
        "만 19세 이상 청년도약계좌 또는 청년내일저축 가입자",
    ],
)
def test_an_age_before_things_shares_the_head(phrase: str) -> None:
    assert set(found(f"올해 지원 대상은 {phrase}이다.")) == {phrase}


def test_ages_alone_are_groups_of_their_own() -> None:
    got = set(found("신청 대상은 만 65세 이상 또는 장애인 등록을 한 주민이다."))
    assert "만 65세 이상" in got


def test_award_categories_are_no_kinds_of_a_program() -> None:
    text = "시상 결과 최우수부문은 복지정책과 직원들, 우수부문은 민원실 근무자들이 차지했다."
    assert "복지정책과 직원들" not in found(text)
