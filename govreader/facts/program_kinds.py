"""Kinds of work as opposed to named programs: `청년 사업`, `하반기 사업`.

A phrase headed by a program word names a kind of work, not one program, when every word in
front of the head only sorts the work: by whom it is for, its field, its time or stage, who
funds it and how, which level of government runs it, where, how much, or which of several
(`이번 사업`). One word that says which program it is (`청년도전 지원사업`, a place's brand,
a coined name) makes it a name. The words are grouped below by what they sort by, so a new
word goes to its family and the rule stays one rule.
"""

from __future__ import annotations

import re

from govreader.facts.phrases import word_set
from govreader.facts.program_places import is_place

VAGUE_HEADS = word_set(
    "사업 주요사업 핵심사업 주력사업 협력사업 지원사업 시범사업 공모사업 국비사업 "
    "신규사업 역점사업 중점사업 관련사업 본사업 전체사업 세부사업 단위사업 프로그램 "
    "캠페인 프로젝트 박람회 아카데미 지원정책 정책 제도 과정 교육과정 주요정책 "
    "우수사업 대표사업 후속사업 연계사업 해당사업 교육 "
    "서비스 지원센터 일자리사업 강좌 교실 종합계획 종합대책 운동 컨설팅 멘토링 코칭 상담"
)
"""Head words that name no program on their own (`사업`, `주요사업`, `프로그램`)."""

# Who it is for: `청년 사업` is a kind of work, `▲소상공인 지원정책` in a list names one.
AUDIENCE_PARTS = word_set(
    "청년 노인 여성 아동 청소년 장애인 신중년 중장년 교통약자 저소득층 취약계층 소상공인 "
    "농업인 어업인 농가 어가 가족 가정 다문화 근로자 구직자 학생 직원 공무원 임직원 종사자 "
    "청년층 장년층 중장년층 노년층 서민"
)
_FIELDS = word_set(
    "일자리 돌봄 안전 복지 고용 안전망 건강 경제 환경 문화 관광 교육 보건 의료 주거 생활 "
    "체육 농업 산업 사회 교통 금융 기술 인력 행정 민생 현안 생활밀착 SOC "
    "취미 역량강화 역량 문화예술 인문 귀농 귀촌 도시재생 "
    # work named by its field alone: `직업 재활 사업`, `탄소중립 사업`, `수해복구사업`
    "직업 재활 탄소중립 건강관리 건강증진 수해복구 투어"
)
# Time and stage: `하반기 사업`, `단기 프로그램`, `후속 사업`, `시범 사업`, `사전 교육`,
# `주말 프로그램`, `기초 과정`, `정기 교육`, `최종 사업`, `모집 프로그램`.
_TIMES = word_set(
    "상반기 하반기 봄 여름 가을 겨울 겨울철 여름철 단기 중기 장기 초급 중급 고급 후속 계속 신규 "
    "민선 시범 첫 사전 사후 야간 주간 주말 평일 방학 정기 수시 상시 연중 기초 입문 심화 최종 모집"
)
# Who funds it, how, and where a budget stands: `국비 사업`, `중앙부처 공모사업`, `총액배분
# 사업`, `국비확보 쟁점사업`, `세출예산 주요사업`.
_FUNDING = word_set(
    "국 국비 국고 시비 도비 구비 군비 예산 재정 자체 회계 자금 재원 공모 보조 지원 선정 결정 "
    "중앙 중앙부처 부처 정부 국가 민간 총액배분 국고보조 균특 확보 쟁점 반영 증액 삭감 감액 "
    "공약 구청장 시장 군수 도지사 세출 세입"
)
# What a budget line pays for: `운영비 지원`, `시설 보강`, `기업 투자`.
_BUDGET_LINES = word_set("시설 장비 운영 운영비 인건비 사업비 시설비 경상비 보조금 기업 투자")
# A level of government, and where: `시·군 공모사업`, `섬 주민 지원 사업`, `마을 사업`.
_WHERE = word_set(
    "시 군 구 시군 시군구 지자체 자치단체 지방자치단체 섬 농촌 어촌 산촌 도시 마을 읍면동 지역 "
    # the work of a level of government: `도정 역점사업`, `군정 주요사업`
    "도정 시정 군정 구정"
)
# Which, how many and how, and who takes part: `새 사업`, `이번 사업`, `맞춤형 프로그램`, `구민
# 참여 캠페인`, `특별 프로그램`, `온라인 교육`, `법정 교육`, `특수시책 사업`, `대표 강좌`,
# `나머지 사업`, where it is held (`야외 프로그램`) and what it touches (`생활 밀접 사업`).
_WHICH = word_set(
    "새 두 세 네 이 그 이번 해당 각 모든 여러 다른 같은 양 주요 핵심 역점 중점 관련 각종 "
    "다양한 일반 기타 단위 연계 협력 공동 추진 추가 별도 집중 전폭 적극 필요 맞춤 맞춤형 "
    "체계적 종합 종합적 실질적 전방위 촘촘한 무료 유료 평생 대상 직접 대응 특화 제안 참여 "
    "어르신 주민 구민 시민 군민 도민 숙원 특별 특색 시책 중심 체감 체감형 "
    "집합 온라인 비대면 대면 의무 법정 "
    "소규모 대규모 미달 인기 잔여 개별 정규 기존 "
    "신설 대단위 대부분 발굴 실제 세부 금번 특수 대표 나머지 야외 밀접"
)
_GENERIC_PARTS = AUDIENCE_PARTS | _FIELDS | _TIMES | _FUNDING | _BUDGET_LINES | _WHERE | _WHICH
# The fields a list of courses is sorted into (`어학, 예술 등 10개 강좌`), not courses.
_COURSE_FIELDS = word_set("어학 예술 음악 미술 교양 인문 공예 무용 운동 외국어 스포츠 디지털")


def is_field_word(word: str) -> bool:
    """A word that sorts work or courses by field, time, funding or who takes part."""
    return word in _GENERIC_PARTS or word in _COURSE_FIELDS


_GENERIC_HEAD_RE = re.compile(
    r"(?:사업|정책|시책|지원|프로그램|캠페인|강좌|교육|조성|구축|설치|건립|확충|보강|유치|정비"
    r"|축제|문화제|페스티벌)$"
)
_DOT_RE = re.compile(r"[·‧]")

# `일자리·돌봄 분야 복지사업`, `예산 확보 대상 사업`: the field or the selection it belongs to.
_AREA_WORDS = word_set("분야 부문 영역 대상")

# An act alone, written apart (`단계적 조성사업`), says what is done, not to what; in a compound
# it has its object (`지역환경개선사업`).
_BARE_ACTS = word_set("조성 구축 설치 건립 정비 개선 강화")

# A ministry, agency or office that funds a kind of work: `행정안전부`, `산림청`, `국가보훈처`.
_FUNDER_RE = re.compile(r"[가-힣]{2,8}(?<![지우])(?:부|처|청)")

# A manner or a breakdown: `단계적 조성사업`, `부문별 사업`, `생애주기별 맞춤형 프로그램`.
_MANNER_RE = re.compile(r"[가-힣]{2,}(?:적|별)")

# A kind of work named by its form alone, a verb noun and 형: `체류형 프로그램`, `참여형 사업`.
_FORM_RE = re.compile(r"[가-힣]{2}형")


# The fields a local budget is split into, after the national functional classification
# (`일반공공행정`, `공공질서 및 안전`, `국토 및 지역개발`, `수송 및 교통`, `예비비 및 기타` …).
_BUDGET_FIELDS = word_set(
    "일반공공행정 공공질서 안전 교육 문화 관광 문화관광 환경 환경보호 사회복지 복지 보건 "
    "농림해양수산 농림 해양수산 산업 중소기업 에너지 수송 교통 국토 지역개발 과학기술 예비비 기타"
)


_FIELD_JOINT_RE = re.compile(r"[·‧ㆍ・,]")


def is_budget_field(name: str) -> bool:
    """`국토 및 지역개발`, `산업·중소기업 및 에너지`: a field of a budget's breakdown, which a
    list giving each item its sum names beside its works, not a work."""
    parts = [part for word in name.split() if word != "및" for part in _FIELD_JOINT_RE.split(word)]
    return all(part in _BUDGET_FIELDS for part in parts if part) and any(parts)


# A year or a count before a bare head: `2025 신규사업`, `2024년 주요사업`, `3개 사업`.
_NUMBER_RE = re.compile(r"\d[\d,.]*(?:년도?|개|건|대|종)?")


def is_category(name: str) -> bool:
    """`돌봄·안전·일자리 사업`, `하반기 사업`, `일자리·돌봄 분야 복지사업`: a kind of work named
    by its field, time or funding, not one program."""
    words = name.split()
    if len(words) == 2 and _FORM_RE.fullmatch(words[0]) and words[1] in VAGUE_HEADS:
        return True  # `체류형 프로그램`, not `섬 체류형 관광 프로그램`
    if words[-1] in VAGUE_HEADS and all(_NUMBER_RE.fullmatch(word) for word in words[:-1]):
        return True  # `2025 신규사업`; a year before a title names it (`2026년 장애인 일자리 사업`)
    if len(words) >= 3 and words[-1] == "지원사업":
        return False  # a formal title: `노인 일자리 지원사업`, `장애인 일자리 지원사업`
    head = _GENERIC_HEAD_RE.search(words[-1])
    if not head:
        return False
    prefix = words[-1][: head.start()]
    if len(words) == 1 and _TITLE_COMPOUND_RE.fullmatch(words[0]) and _for_whom(prefix):
        return False  # a title in one compound: `노인일자리사업`, `장애인가족지원사업`
    modifiers = [word for word in [*words[:-1], prefix] if word != "및"]
    parts = [part for word in modifiers for part in _DOT_RE.split(word) if part]
    if len(words) >= 2 and words[-2] in _AREA_WORDS and (not prefix or generic(prefix)):
        return True  # `일자리·돌봄 분야 복지사업`, not `계절근로자 어업 분야 도입 지원`
    return all(generic(part) or part in _AREA_WORDS or part in _BARE_ACTS for part in parts)


# A title run together in one word, its head a program's: `노인일자리사업`.
_TITLE_COMPOUND_RE = re.compile(r"[가-힣]{4,}(?:사업|지원)")


def _for_whom(compound: str) -> bool:
    """Whether `compound` is made of generic words, two or more besides its funding, one of
    them saying whom the work is for (`노인일자리`, `장애인가족지원`; not `청년지원`,
    `지자체공모`, `보건의료`)."""
    parts = [part for part in _split_generic(compound) if part not in _FUNDING]
    return len(parts) >= 2 and any(part in AUDIENCE_PARTS for part in parts)


def _split_generic(compound: str) -> list[str]:
    """`compound` cut into generic words, longest first (empty when it is not made of them)."""
    for cut in range(len(compound), 0, -1):
        if compound[:cut] in _GENERIC_PARTS:
            rest = _split_generic(compound[cut:]) if compound[cut:] else []
            if rest or cut == len(compound):
                return [compound[:cut], *rest]
    return []


def generic(part: str) -> bool:
    """`part` is made of generic words only, written apart or in one compound (`지역복지`);
    a place or a funder says whose work it is (`충청북도 공모사업`), not which."""
    if not part or is_place(part) or _FUNDER_RE.fullmatch(part) or _MANNER_RE.fullmatch(part):
        return True
    return any(
        part[:cut] in _GENERIC_PARTS and generic(part[cut:]) for cut in range(len(part), 0, -1)
    )


# `인구정책`, `청년 주거정책을 추진`: a policy named by its field is a field of policy; a support
# policy (`소상공인 지원정책`) or one branded by its place (`관악형 청년정책`) is a program.
_POLICY_RE = re.compile(r"(?<!지원)정책$")
_BRANDED_RE = re.compile(r"[가-힣]{2,4}형\s")


def is_policy_field(name: str) -> bool:
    """`인구정책`, `주거 정책`: a field of policy, not a program."""
    return bool(_POLICY_RE.search(name)) and not _BRANDED_RE.search(name)
