"""Who wrote a story, from loose page strings: bylines (홍길동 기자), board writers (작성자 …),
names signing a date row or an e-mail address; never a desk or an outlet."""

from __future__ import annotations

import re
from collections.abc import Iterable

from govreader.clean.person_names import plausible_name

_ROLE_WORD = r"(?:선임|수석|(?:[가-힣]{1,4}?)?전문|객원|인턴|시민|명예|수습|주재|취재|사진|영상)"
"""What a byline may say of the reporter before 기자 (홍길동 선임기자, 홍길동 시민기자), a field
the reporter covers as a specialist among them (홍길동 의학전문기자, 홍길동 군사전문기자)."""
_REPORTER = re.compile(
    rf"(?<![가-힣])(?P<name>[가-힣]{{2,4}})\s*{_ROLE_WORD}?\s*"
    r"(?:기자|특파원|통신원|대기자|논설위원|편집위원)(?![가-힣])"
)
"""A name and its reporter's word standing as a word of their own, whatever mark or letter a copy
glued on either side ([해오름뉴스ㅣ홍길동 기자], /hong@example.kr홍길동기자, 홍길동 기자(hong@…),
홍길동 기자.팀장); a longer word that holds them (기자재, 기자회견) is none."""
_NOT_NAMES = frozenset(
    {"취재", "사진", "영상", "편집", "담당", "전문", "객원", "인턴", "선임", "수석", "이메일"}
    | {"시민", "명예", "수습", "주재"}
)


_DESK = re.compile(
    r"(?:사회|경제|정치|문화|체육|스포츠|국제|산업|금융|편집|사진|영상|디지털|전국|지역|온라인|뉴스|취재"
    r"|기획|과학|생활|연예|증권|부동산|보도|행정|자치|교육|산업|외신|사건)(?:부|팀|국|센터)$|(?:팀|센터|본부|데스크)$"
)
"""A newsroom desk that signs as 기자 (경제부 기자, 디지털뉴스팀 기자): not a person."""


_NAME_THEN_OUTLET = re.compile(
    r"[\W_]*(?P<name>[가-힣]{2,4})\s+(?P<outlet>[^\s@]{2,24}?)\s*기자"
    r"(?:\s*[(<]?[\w.+-]+@[\w.-]*[)>]?)?[\W_]*"
)
"""A byline that names the reporter, then the outlet or desk before 기자 (홍길동 해오름신문 기자
hong@example.kr, 홍길동 해오름(haeorum) 기자): the name is the first word, not the one before
기자."""
_BYLINE_CHARS = 80
"""That shape is a byline on a line of its own, which is short; a longer text is not tried."""


def reporter_in(text: str) -> str | None:
    """The reporter's name in a byline (김미경 기자, [서울=뉴시스]이현주 기자 = ...), sans 기자;
    never a desk (사회부 기자)."""
    if len(text) <= _BYLINE_CHARS:
        named = _NAME_THEN_OUTLET.fullmatch(text)
        if named and _names_a_person(named["name"]) and not _person_word(named["outlet"]):
            return named["name"]
    for match in _REPORTER.finditer(text):
        name = match["name"]
        if name not in _NOT_NAMES and not _DESK.search(name):
            return name
    return None


def _names_a_person(word: str) -> bool:
    """Whether a byline's first word may be the reporter's name: not what a credit opens with
    (사진, 취재, 영상), which a name never is."""
    return word not in _NOT_NAMES and plausible_name(word)


def _person_word(word: str) -> bool:
    """Whether the word before 기자 may be the reporter's own name or a role (선임, 객원), as in
    `세종 홍길동 기자`; an outlet (해오름신문, 해오름(haeorum)) or a desk (사회부) is neither."""
    if _DESK.search(word):
        return False
    return word in _NOT_NAMES or plausible_name(word)


_WRITER = re.compile(
    r"(?:작성자|글쓴이|기고자|작성|기자명)\s*[:：]?\s*(?P<name>[가-힣]{2,4})(?:\s*기자)?"
)
_NOT_PERSON = re.compile(
    r"(?:과|팀|실|청|처|담당관|센터|사업소|본부|관리자|운영자|담당자|편집자|작성자|편집부|편집국|기자단"
    r"|제보|문의|신청|접수)$"
)


def writer_in(label: str, value: str = "") -> str | None:
    """A board's writer (작성자 이륭, or the label and the name in two cells); not a department."""
    match = _WRITER.fullmatch(f"{label} {value}".strip() if value else label)
    if not match or _NOT_PERSON.search(match["name"]):
        return None
    return match["name"]


_PERSON = re.compile(r"[가-힣]{2,4}")
_NOT_OUTLET = re.compile(r"일보|뉴스|뉴시스|신문|방송|닷컴|타임즈|미디어|통신")


def person_name(value: str) -> str | None:
    """`value` when it can be a Korean person's name (2-4 syllables), not a body or an outlet."""
    if _PERSON.fullmatch(value) and not _NOT_PERSON.search(value) and not _NOT_OUTLET.search(value):
        return value
    return None


_DATELINE_BYLINE = re.compile(
    r"[\[【(〔]\s*[가-힣A-Za-z0-9·\s]{1,12}=\s*[^\]】)〕=\n]{1,15}[\]】)〕]\s*(?P<after>[가-힣]{2,4})"
    rf"\s*{_ROLE_WORD}?\s*(?:기자|특파원)\s*="
    r"|[\[【]\s*[^\]】=/\n]{1,15}(?:[=/]\s*|\s)(?P<inside>[가-힣]{2,4})"
    rf"\s*{_ROLE_WORD}?\s*(?:기자|특파원)\s*[\]】]"
)
"""A wire-style dateline byline, wherever a copy left it in a line ((해오름=연합뉴스) 홍길동 기자 =,
[해오름뉴스=홍길동 기자], [해오름경제 홍길동 기자]): glued after a deck or a caption, it still
names the reporter."""


def dateline_reporter(lines: Iterable[str]) -> str | None:
    """The reporter of the first wire-style dateline byline in `lines`, anywhere in a line."""
    for line in lines:
        for match in _DATELINE_BYLINE.finditer(line):
            name = match["after"] or match["inside"]
            if name not in _NOT_NAMES and not _DESK.search(name):
                return name
    return None


def byline_reporter(paragraphs: list[str]) -> str | None:
    """A reporter named where bylines sit: the start of the first or the end of the last lines."""
    return named_reporter((*(p[:24] for p in paragraphs[:4]), *(p[-60:] for p in paragraphs[-2:])))


def named_reporter(lines: Iterable[str]) -> str | None:
    """The reporter of the first short line that signs the story: a byline with 기자 or 특파원,
    a name signing a date row (홍길동 승인 2024.03.14), or a name before an e-mail address."""
    for line in lines:
        if len(line) <= 80:
            name = signer_in(line)
            if name:
                return name
    return None


CELL_BARS = "|│ㅣ"
"""The bars a news CMS parts a byline row's cells with (홍길동 | 입력 …, 해오름뉴스ㅣ홍길동
기자): one set, so every byline reading splits a row where the others do."""
_SIGNED_ROW = re.compile(
    r"(?:(?:작성자|글쓴이|기고자)\s*[:：]?\s*)?(?P<name>[가-힣]{2,4})"
    rf"(?:\s+|\s*[{CELL_BARS}]\s*)"
    r"(?:승인|입력|등록|기사\s*입력|작성일|등록일|송고)\s*[:：]?\s*\d"
)
"""A name heading a byline row before its date (홍길동 승인 2024.03.14 10:21, 작성자홍길동 작성일
24-03-14, 홍길동 | 기사입력 2024/03/14 [10:21]): the row a news CMS prints under the headline,
its cells perhaps parted by a bar."""
_EMAIL_SIGNED = re.compile(
    r"(?:^|[\s·|]|^[\[(<]\s*)(?P<name>[가-힣]{2,4})\s*(?:기자|특파원)?"
    rf"\s*(?:[/{CELL_BARS}]\s*)?"
    r"[(<\[]?\s*[\w.+-]+@[\w-]+\.[\w.-]+\s*[)>\]]?\s*[)>\]]?\s*$"
)
"""A name before the e-mail address closing a story (해오름TV 홍길동 (hong@example.kr), 홍길동
[hong@example.kr]), or the pair in a bracket of their own ([ 홍길동 / hong@example.kr ]), the
address perhaps bracketed inside it ([홍길동 (hong@example.kr)]): two brackets may close it."""
_NOT_SIGNERS = _NOT_NAMES | {
    "기자",
    "특파원",
    "기사",
    "최종",
    "최초",
    "문의",
    "제보",
    "메일",
    "연락처",
    "담당자",
    "대표",
    "데스크",
}


def signer_in(line: str) -> str | None:
    """Who signs a byline or stamp line: `reporter_in`, else a name heading a date row or
    closing the line before an e-mail address, or a short writer's row (기자명 홍길동)."""
    if "기자" in line or "특파원" in line or "통신원" in line:
        name = reporter_in(line)
        if name:
            return name
    found = _SIGNED_ROW.match(line) or (_EMAIL_SIGNED.search(line) if "@" in line else None)
    if found is None or found["name"] in _NOT_SIGNERS:
        return writer_in(line) if len(line) <= 20 else None
    return person_name(found["name"])  # not an outlet signing (◎공감언론 뉴시스 hong@…)
