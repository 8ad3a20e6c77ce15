"""What kind of word names a winner: a place or body (`김해시`, `보건소`, `전남도`), a person
with a title (`정하늘 주무관`), or a kind of people or an occasion that names nobody (`공무원`,
`시상식`).

Every reader of recipients asks these questions of the words it found, so they live apart from
the readers.
"""

from __future__ import annotations

import re

from govreader.facts.award_reading import PROVINCE_RE
from govreader.facts.phrases import VAGUE, is_plain_word, word_set

NOT_SUBJECTS = word_set("이번 올해 이날 또 특히 한편 평가 심사 결과 시상식 대회 지난해 작년")
_PLACE_END_RE = re.compile(
    r"(?:시|군|구|도|청|원|관|부|처|동|읍|면|공사|공단|재단|학교|센터|협회|회사|(?<=[가-힣]{2})마을"
    r"|자치회|협의회|위원회|연합회|봉사단|조합|보건소|연구소|연구회|동호회|동아리|클럽|마을회)$"
)
# `㈜행복더하기`, `(주)한빛`: a company, whatever its name ends in.
_COMPANY_RE = re.compile(r"^(?:㈜|\(주\)|주식회사\s?)[가-힣A-Za-z]")


def without_company_mark(word: str) -> str:
    """`word` without a company mark (`㈜`, `(주)`), for the checks that a name is one plain
    word (`㈜가람` → `가람`): the mark's symbol or brackets would make it fail them."""
    return word.replace("㈜", "").replace("(주)", "")


_REGIONS = word_set(
    "서울 부산 대구 인천 광주 대전 울산 세종 경기 강원 충북 충남 전북 전남 경북 경남 제주"
)
_TITLE_WORDS = (
    r"(?:주무관|팀장|과장|계장|국장|실장|소장|센터장|주사|주사보|서기|사무관|반장|조장|교사|위원"
    r"|의원|교수|대표|씨)"
)
# A person with a title after their name (`정하늘 주무관`).
PERSON_RE = re.compile(rf"^[가-힣]{{2,4}}\s{_TITLE_WORDS}(?![가-힣])")
TITLE_RE = re.compile(rf"^{_TITLE_WORDS}$")
_NAME_RE = re.compile(r"^[가-힣]{2,4}$")
# A name, then a word that reads as a title (`김철수 복지관장`, `이영희 주무관`).
_TITLED_RE = re.compile(
    r"^[가-힣]{2,4}\s[가-힣]*(?:장|관|원|사|씨|표|님|군수|담당|교감|대리|전무|상무"
    r"|경위|경감|경장|경정|총경|순경|소방경|소방위|소방교|[대중소]령|[대중소준]위|병장|[상일이]병)$"
)
UNIT_END_RE = re.compile(r"(?:팀|과|실|소|센터|청|시|군|구|동|면|읍|학교|원|부|국|단|관)$")
# Words that end like a body (부, 원, 관) and name people or parts: `신혼부부`, `간부`, `회원`.
_NOT_BODY_RE = re.compile(
    r"부부$|^(?:주부|간부|일부|전부|내부|외부|세부|회원|직원|인원|전원|정원|주관|기관장)$"
)
# Nouns of kinds of people and of occasions (`공무원`, `봉사단원`, `시상식`), never a named winner.
_GROUP_WORDS = (
    *word_set("공무원 직원 유공자 단원 봉사자 주민 구민 시민 군민 도민 학생 관계자 수상자"),
    # `입상자는 …상을 받는다`, `최고 점수를 받은 후보가 …상을 차지한다`: a role in the rules
    # of a contest, no one who has won.
    *word_set("입상자 후보"),
    *word_set("활동 시상식 행사 기념식 수여식"),
    # `사회복무요원에게 … 표창장을`, `… 군무원`: a kind of staff, whoever is named before it.
    *word_set("요원 군무원"),
)


# The common Korean surnames a bare name opens with (one syllable, or the four of two).
_SURNAMES = set(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지"
    "엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉"
)
COMPOUND_SURNAMES = ("황보", "남궁", "제갈", "선우", "독고")
_GRADE_WORD_RE = re.compile(r"우수|장려|[금은동대관리장]상$|표창")


def is_bare_name(word: str) -> bool:
    """A bare Korean name: a surname, then one or two syllables, and no place (`남구`, `서울`)
    or grade (`우수상`, `최우수`)."""
    surname_length = 2 if word[:2] in COMPOUND_SURNAMES else 1
    return (
        word[:1] in _SURNAMES
        and 2 <= len(word) <= 3 + surname_length - 1
        and not is_place(word)
        and not _GRADE_WORD_RE.search(word)
    )


# `박물관`, `도서관`: a facility whose first syllable reads as a surname.
_FACILITY_END_RE = re.compile(r"[관당터회단제]$")


def opens_with_surname(word: str) -> bool:
    """Whether `word` opens with a Korean surname (one syllable, or one of the four of two)."""
    return word[:2] in COMPOUND_SURNAMES or word[:1] in _SURNAMES


def is_listed_name(word: str) -> bool:
    """A bare three-syllable name as contest rosters list them (`박누리`), no facility."""
    return len(word) == 3 and is_bare_name(word) and not _FACILITY_END_RE.search(word)


# `한빛시`, `남구`: a local government or town, never a person, whatever its first syllable.
_LOCAL_UNIT_END_RE = re.compile(r"[시군구도청읍면]$")


def is_roster_name(word: str) -> bool:
    """A bare name where a roster of people stands, where a name ending like a place (`박성원`,
    `김지동`) is still a name: a surname, then one or two syllables, and no grade."""
    return is_bare_name(word) or (
        word[:1] in _SURNAMES
        and len(word) == 3
        and not _GRADE_WORD_RE.search(word)
        and not _LOCAL_UNIT_END_RE.search(word)
    )


def named_person(words: list[str]) -> str | None:
    """`정해옥 청원보건소 치매안심센터팀 주무관` → 정해옥 주무관: a name up to three words before
    the title that ends `words`, their office between them left out."""
    if not words or not TITLE_RE.match(words[-1]):
        return None
    for index in range(len(words) - 2, max(-1, len(words) - 5), -1):
        word = words[index]
        if UNIT_END_RE.search(word) or is_place(word):
            continue  # an office between the name and the title (`서부보건소 건강증진팀`)
        named = _NAME_RE.match(word) and word not in NOT_SUBJECTS and word not in VAGUE
        return f"{word} {words[-1]}" if named else None
    return None


def is_place(word: str) -> bool:
    """A region, a body's place word (`김해시`, `보건소`), or a province whose 도 reads like the
    particle 도 (`전남도`, `경기도`)."""
    if word in _REGIONS or PROVINCE_RE.fullmatch(word) or _COMPANY_RE.match(word):
        return True
    # `100만원`: a sum is no body, whatever it ends in.
    return bool(
        is_plain_word(word)
        and _PLACE_END_RE.search(word)
        and not word[:1].isdigit()
        and not _NOT_BODY_RE.search(word)
    )


def bare_body(name: str) -> str:
    """A body without the clause before it (`… 시스템’을 선보인 경기 의정부시` → 경기 의정부시,
    `… 운영 중인 서울 성동구` → 서울 성동구): the place words it ends with; a person is kept as
    read."""
    if is_person(name):
        return name
    words = name.split()
    kept = 0
    while kept < len(words) and is_place(words[-1 - kept]):
        kept += 1
    return " ".join(words[-kept:]) if kept else name


# A kind of body, a role or a word of the award itself standing alone where a winner's name
# belongs (`조합`, `대표`, `작품`, `수상내역`), or a rest counted (`기타 14개 조합`).
_GENERIC_WINNERS = word_set(
    "조합 협동조합 견주 대표 작품 공모전 수상 수상내역 자치단체 지자체 시군구 우수기관 기관 단체"
    " 가운데"  # `이 가운데 32개 기관이`: the whole the counted ones are of
    " 시·도 시·군·구 시도 시군 시·군 시ㆍ군 구군 구·군 군구"  # `도내 3개 시군이`: a count's noun
)
_COUNTED_REST_RE = re.compile(r"^(?:기타|나머지)\s?\d+\s?(?:개|곳|명)")


def is_group_word(name: str) -> bool:
    """`공무원`, `자원봉사 유공자`, `대상 기관들`, `시상식`, `조합`: a kind of people or bodies,
    or an occasion, no named winner."""
    words = name.split()
    if name in _GENERIC_WINNERS or _COUNTED_REST_RE.match(name):
        return True
    return len(words) <= 2 and (words[-1].endswith(_GROUP_WORDS) or words[-1].endswith("들"))


def is_person(name: str) -> bool:
    """A person with a title or role (`김민준 씨`, `김영숙 사회복지사`, `정만수 회장`), also
    when their office stands between (`최하나 한빛경찰서 경위`)."""
    last_two = " ".join(name.split()[-2:])
    if PERSON_RE.search(last_two) or is_person_told_first(name):
        return True
    # A role word that is no place (`복지관`) after a word that is no time (`올해`).
    titled = _TITLED_RE.match(last_two)
    return bool(
        titled and not is_place(last_two.split()[-1]) and last_two.split()[0] not in NOT_SUBJECTS
    )


def is_person_or_body(name: str) -> bool:
    """A person with a title or role, or a body (`장유동 행정복지센터`, `김해지사`, `가람전자`)."""
    return is_person(name) or is_place(name.split()[-1]) or is_firm(name)


# A company or foundation mark, wherever the name writes it (`대정화학공업㈜`, `노무법인 재일`).
_FIRM_MARK_RE = re.compile(r"㈜|\(주\)|주식회사|㈔|\(재\)|\(사\)|(?<=[가-힣])법인(?=\s|$)")
# The words firms' names end in (`가람전자`, `누리생명`, `다온정밀`), as place words end bodies'.
_FIRM_END_RE = re.compile(
    r"(?:전자|화학|은행|보험|생명|화재|카드|증권|금융|캐피탈|홈쇼핑|산업|공업|건설|제약|그룹|정밀"
    r"|해운|조선|제철|철강|시스템즈?|테크|텍|푸드|식품|물산|상사|통신|에너지|바이오|소프트|홀딩스"
    r"|코리아|컴퍼니|네트웍스|유통|마트|백화점|면세점|병원|대학교|대학|발전|거래소|보증"
    r"|엔지니어링|케미칼|모터스)$"
)
# A name in Latin capitals, alone or before Korean (`KT`, `LG전자`, `SK C&C`): a firm's brand.
_LATIN_NAME_RE = re.compile(r"^[A-Z][A-Z0-9&+\-]*[가-힣]{0,8}$")


def is_firm(name: str) -> bool:
    """A firm, foundation or other organisation by how its name is written: a company mark, a
    Latin brand, or a firm's word at its end (`가람전자`, `누리은행`); never a person with a
    title."""
    words = name.split()
    plain = (
        is_plain_word(without_company_mark(w)) or _FIRM_MARK_RE.search(w) or _LATIN_NAME_RE.match(w)
        for w in words
    )
    if not words or len(words) > 4 or not all(plain):
        return False
    if _FIRM_MARK_RE.search(name):
        return True
    if len(words) == 1 and _FIRM_END_RE.search(name) and len(name) > 2:
        return True  # `가람전자`; `체계적인 관리 시스템` is a thing, not a firm
    return all(_LATIN_NAME_RE.match(word) for word in words)


# A person told after their body or office (`생활개선회 성정숙 회장`, `총무과 박서윤 주무관`).
_ROLE_WORDS = (
    r"(?:대표이사|대표|전무이사|상무이사|이사장|이사|전무|상무|사장|부회장|회장|본부장|센터장"
    r"|소장|원장|관장|국장|과장|팀장|부장|실장|계장|주무관|사무관|주사|주사보|교수|총장|사무총장"
    r"|위원장|의장|부의장|교사|신부|목사|씨|[가-힣]{1,6}(?:담당|지도사|연구사|연구관)"
    r"|이병|일병|상병|병장|하사|중사|상사|원사|준위|소위|중위|대위|소령|중령|대령)"
)
_ROLE_RE = re.compile(_ROLE_WORDS)
_NAME_LAST_RE = re.compile(rf"^(?:\S+\s){{1,3}}(?P<name>[가-힣]{{2,3}})\s(?P<role>{_ROLE_WORDS})$")


# A title or rank closing a person told before their office (`한빛경찰서 경위`, `한빛대학
# 연구소장`, `특허법인 변리사`): a role word, or a word ending as posts, ranks and callings end.
_CLOSING_TITLE_RE = re.compile(
    rf"{_ROLE_WORDS}|[가-힣]{{0,8}}(?:장|사무관|서기관|연구관|주사|주사보|사|교감|대리|이사|전무"
    r"|상무|부장|위원|군무원|경위|경감|경사|경장|경정|총경|순경|소방위|소방경|소방교|담당)"
)


# `총무과`, `홍보실`: a department, never the name that opens a person.
_DEPARTMENT_END_RE = re.compile(r"[과팀실국]$")
# `회사`, `공사`, `농장`: a body that ends as a title may.
_BODY_NOT_TITLE_RE = re.compile(r"(?:회사|공사|본사|공장|농장|시장|마장)$")


_PART_OF_TITLE = frozenset({"전", "현", "육군", "해군", "공군", "해병", "해병대"})


def is_person_told_first(name: str) -> bool:
    """`최순신 한빛경찰서 경위`, `박하나 한빛전자 대표이사`, `마하늘 육군 중령`: a person named
    first, their office or firm (if any) after the name and their title last; the whole is who
    won, as written (`경위` alone names no one, `한빛경찰서 경위` is no one's name). Not when
    another word between could be the name (`이마트 김철수 대표`: which is the person?)."""
    words = name.split()
    if not 2 <= len(words) <= 6:
        return False
    first, middle, last = words[0], words[1:-1], words[-1]
    # `맹하늘 육군 중령`, `허하늘 전 문화원장`: a service or `전` (former) belongs to the title.
    while middle and middle[-1] in _PART_OF_TITLE:
        middle.pop()
    if not is_roster_name(first) or _DEPARTMENT_END_RE.search(first) or first in NOT_SUBJECTS:
        return False
    if not _CLOSING_TITLE_RE.fullmatch(last) or _BODY_NOT_TITLE_RE.search(last):
        return False
    return not any(is_listed_name(word) or TITLE_RE.match(word) for word in middle)


def person_without_affiliation(name: str) -> str:
    """`생활개선회 성정숙 회장` → 성정숙 회장, `육군본부 감찰실 윤하늘 중령` → 윤하늘 중령,
    `디자인연구센터 김하나 씨` → 김하나 씨: a person is named by name and role (a rank, 씨, a
    post such as 농촌지도사), as labels write them; the body written before them is left out,
    a person told before their firm and role is named by the name (`송하늘 한빛정밀 대표` →
    송하늘), anything else as read."""
    words = name.split()
    if len(words) >= 3 and is_person_told_first(name):
        # `추봉세 씨엔에프 대표이사`, `김하나 이솔당 대표`: a role after the firm, the name alone
        # (labels write the name alone or all of it); a rank or post as written.
        return words[0] if _ROLE_RE.fullmatch(words[-1]) else name
    # `김영실 한빛정밀 대표`: a name ending like a department (실, 국, 과), which the test above
    # turns away, told before the firm and role is named by the name too.
    firm = words[1:-1]
    if (
        firm
        and is_bare_name(words[0])
        and _ROLE_RE.fullmatch(words[-1])
        and not any(is_bare_name(w) or _ROLE_RE.fullmatch(w) for w in firm)
    ):
        return words[0]
    person = _NAME_LAST_RE.match(name)
    word = person.group("name") if person else ""
    # `경리학처 허경 중령`: a name of two syllables only right after an office (`박하늘 명일
    # 대표이사` names a firm of two syllables after the person).
    if len(word) == 2 and not is_place(name.split()[-3]):
        return name
    # `홍보실 홍성후 주무관`: the name is the word before the role, never an office.
    if person and word not in NOT_SUBJECTS and not UNIT_END_RE.search(word):
        return f"{word} {person.group('role')}"
    return name


# A kind of member standing alone (`동아리`, `기업`), or a role after the clause that describes
# it (`지도한 교사`): no one named.
_BARE_KINDS = word_set("기업 업체 동아리")
_SERVICES = word_set("육군 해군 공군 해병 해병대")
_ROLES = word_set("교사 학생 위원장 회장 대표 소장 원장 주무관 팀장 직원 공무원")
# `기념품을`, `처장상을`: what was handed over, read as who got it; `선정되는`, `확립`, `인정받`,
# `병행실시`: a verb's form or a deed; `80점 이상`: a score; `영예`: the honour itself; `서면`,
# `현장실사`: how the judges judged.
_NO_NAME_RE = re.compile(
    r"(?:상|품|금|패|장)(?:을|를)$|(?:되는|하는|받는|받|실시)$|^\d|^(?:확립|추진|운영|달성|개선)$"
    r"|^(?:영예|영광|서면|현장실사|서류심사|현장평가|인터뷰|면접)$"
    r"|^(?:누구|누군가)$"  # `누구나 부를 수 있는 노래를 만든 …씨가`: a pronoun
)
# `지도한`, `추천된`, `참여하는`: a clause's verb, never the end of a person's name.
_DESCRIBING_RE = re.compile(
    r"(?:지도|추천|참여|참가|출품|근무|재직|소속|선정|선발)(?:한|된|하는|해\s?온)$"
)


def is_kind_of_work(name: str) -> bool:
    """`건강증진사업이 … 표창을 받는다`, `장애인복지사업은 최우수상`: a kind of work the body did,
    told where its winner belongs; a project named by its place (`가람동 … 조성사업`) is a
    winner of its own."""
    return " " not in name and name.endswith("사업")


def names_nobody(name: str) -> bool:
    """`동아리`, `지도한 교사`, `기념품을`, `선정되는`, `80점 이상`, `대표`: words where a
    winner's name belongs that name no one."""
    words = name.split()
    if not words or name in _BARE_KINDS or _NO_NAME_RE.search(name):
        return True
    if TITLE_RE.match(name) or _ROLE_RE.fullmatch(name):
        return True  # `주무관`, `대표`: a title with no one's name
    if len(words) == 2 and words[0] in _SERVICES and _ROLE_RE.fullmatch(words[1]):
        return True  # `육군 대령`: a rank and its service, the name left out
    described = len(words) > 1 and all(_DESCRIBING_RE.search(w) for w in words[:-1])
    return described and words[-1] in _ROLES


# `중앙정부 평가에서는 ▲…`, `외부기관 평가에서도 수상했다`: the kind of body that judged, a
# heading over the awards told with it.
_JUDGES_KIND_RE = re.compile(
    r"^(?:중앙정부|중앙부처|정부|외부기관|대외기관|외부|상급기관|각종|여러)\s?평가$"
)


def names_judges_only(name: str | None, prize: str | None) -> bool:
    """An award with no grade whose name is only the kind of body that judged it (`외부기관
    평가`): a heading over a round-up's awards, no award of its own. Dropped at the end, so the
    sentence still hands the round-up to its body."""
    return prize is None and name is not None and bool(_JUDGES_KIND_RE.match(name))
