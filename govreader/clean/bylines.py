"""Bylines glued to a story's first or last paragraph, in the shapes Korean outlets print them.

Wire services and regional papers open the lead with a dateline and a byline
(`(서울=뉴스1) 홍길동 기자 =`, `【청주=뉴시스】홍길동 기자 =`, `[해오름일보=홍길동 기자]`,
`해오름뉴스 홍길동 기자 |`, `[해오름일보]`) and many close the last paragraph with one
(`… 밝혔다. /홍길동 기자`, `(부산=연합뉴스) 홍길동기자 hong@…`). The byline is the reporter, not
article text: it is cut off and its name kept. A byline that opens a paragraph also opens a
story, which is how listing pages that run several stories one after the other are split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govreader.clean.reporters import CELL_BARS, person_name, reporter_in

_NAME = r"[가-힣]{2,4}"
_ROLE = (
    r"(?:선임|수석|(?:[가-힣]{1,4}?)?전문|객원|인턴|시민|명예|수습|주재|취재|사진|영상)?\s*"
    r"(?:기자|특파원|통신원)"
)
_BRACKET_ROLE = rf"(?:{_ROLE}|본부장|대기자|논설위원|편집위원|부장)"
"""Inside a byline's brackets a desk head may sign too ([해오름신문/홍길동 본부장])."""
_OUTLET_WORD = (
    r"(?:신문|뉴스|일보|타임즈|타임스|매거진|저널|방송|투데이|데일리|통신|닷컴|포스트|헤럴드|뉴시스"
    r"|뉴스1|뉴스핌|프레스|미디어|신보|TV|tv|넷)"
)
_NOT_DATELINE = r"(?!\s*(?:사진|자료|그래픽|영상|출처|이미지|제공|편집|글|표|단위|주|참고))"
"""`[사진=해오름군]`, `(단위=원)`: a bracket with `=` that is a credit or a note, not a dateline."""
_OPEN, _CLOSE = r"[【\[(〔<]", r"[】\])〕>]"
_DATELINE_PLACE = r"(?:[^\]】)〕>=/\n(]|\([^()=\n]{1,6}\)){1,15}"
"""A dateline's outlet or place, a bureau perhaps in parentheses ([해오름경제(북부)=…])."""
_LEAD = re.compile(
    rf"(?:{_OPEN}{_NOT_DATELINE}{_DATELINE_PLACE}[=/]\s*[^\]】)〕>\n]{{1,20}}{_CLOSE}"
    rf"(?:\s*{_NAME}\s*{_ROLE})?\s*=?"
    rf"|[\[【]\s*(?:[^\]】\s]{{1,15}}\s(?:[-–|/]\s)?){{0,2}}{_NAME}\s*{_BRACKET_ROLE}\s*[\]】]\s*=?"
    rf"|\({_NOT_DATELINE}\s*[^()\s=]{{1,15}}\s(?:[^()\s=]{{1,15}}\s)?{_NAME}\s*{_ROLE}\s*\)"
    rf"|[\[【(]{_NOT_DATELINE}\s*[^\]】)\s=/]{{0,8}}{_OUTLET_WORD}[^\]】)\s=/]{{0,6}}\s*[\]】)]"
    rf"|[^\s{CELL_BARS}]{{2,15}}(?:\s[^\s{CELL_BARS}]{{1,15}})?\s+{_NAME}\s*{_ROLE}\s*[{CELL_BARS}/=]"
    rf"|{_NAME}\s*{_ROLE}\s*[=/]"
    rf"|{_NAME}\s*{_ROLE}\s+구독(?:\s+구독중)?(?:\s+이전\s+다음)?(?=\s))\s*"
)
"""A byline opening a paragraph: dateline and name (`(서울=뉴스1) 홍길동 기자 =`), a bracketed
byline (`[해오름일보=홍길동 기자]`, `[홍길동 기자]`, `[ 해오름일보 - 홍길동 기자 ]`,
`[해오름경제 남부취재본부 홍길동 기자]`, `(해오름경제 홍길동 기자)`, `[해오름일보]`,
`(해오름뉴스)`), an outlet and a name before a bar (`해오름뉴스 홍길동 기자 |`), a name before
`=` or `/`, or a name and the wire's follow buttons (`홍길동기자 구독 구독중 이전 다음`)."""
_DESK_LEAD = re.compile(
    rf"[^\s{CELL_BARS}]{{2,15}}(?:\s[^\s{CELL_BARS}]{{1,15}})?"
    rf"\s(?:[가-힣]{{1,8}}(?:팀|부|국|본부)|기자)\s*[{CELL_BARS}]\s*"
)
"""A byline that names no one opening a paragraph, the outlet and its desk before a bar
(해오름뉴스 사회팀 |, 해오름일보 지역취재본부 |, 해오름일보 서울포커스 기자 |): not article text,
and, as a named byline does, it opens a story."""
DESK_LEAD_REACH = 30
"""How long a desk's byline runs at most."""
_ALONE = re.compile(
    rf"[-–·•/]\s*{_NAME}\s*{_ROLE}|[가-힣]{{2,6}}\s{_NAME}\s?{_ROLE}|[^\s\d]{{1,12}}{_OUTLET_WORD}\s+{_NAME}\s*{_ROLE}"
)
"""A byline on a line of its own in the shapes `_LEAD` does not cover (- 홍길동 기자,
/홍길동 기자, 해오름일보 홍길동 기자)."""
_EMAIL_PART = r"[\w.+-]+@[\w.-]*"
_TAIL = re.compile(
    rf"(?<=[.!?”\"’')\]다])\s*(?:(?:/\s*(?:[가-힣]{{2,8}}\s*=\s*)?|\([^()\n]{{1,20}}=[^()\n]{{1,20}}\)\s*"
    rf"|[\[【][^\]】\n]{{0,20}}[=/]\s*){_NAME}\s*{_BRACKET_ROLE}\s*[\]】]?"
    rf"(?:\s*\(?{_EMAIL_PART}\)?)?|(?:[가-힣]{{2,8}}\s*=\s*)?{_NAME}\s*{_ROLE}\s*\(?{_EMAIL_PART}\)?"
    rf"|(?<=[가-힣]다\.){_NAME}\s*{_ROLE})\s*$"
)
"""A byline closing a paragraph after its last sentence (`… 밝혔다. /홍길동 기자 hong@`,
`… 말했다./해오름=홍길동기자 hong@`,
`… 했다. [해오름일보=홍길동기자]`, `… 했다. (부산=연합뉴스) 홍길동기자 hong@example.kr`,
`… 했다. 홍길동 기자 hong@example.kr`, `… 말했다.홍길동 기자` glued on where the copy lost its
line break); a bare `… 있다. 홍길동 기자`, a space apart, is a photo's credit."""
_SIGN_OFF = re.compile(
    rf"(?<=[가-힣]\.)(?<!있다\.)(?<!모습\.)\s+(?:[가-힣]{{2,6}}\s)?{_NAME}\s?{_ROLE}$"
)
"""A reporter signing off after the story's last sentence, a space apart, perhaps after the
bureau's place (… 말했다. 홍길동 기자, … 받았다. 해오름 홍길동 기자): a photo's credit follows
what the photo shows (… 하고 있다. 홍길동 기자, … 모습.), never a story's closing sentence."""
SIGN_OFF_AFTER = 30
"""How long the story's text before a sign-off runs at least: a caption is a short line."""
_DESK_HEAD = re.compile(
    rf"(?P<name>{_NAME})\s*(?:본부장|대기자|논설위원|편집위원|부장)|=\s*(?P<after>{_NAME})\s"
    rf"|/\s*(?P<slashed>{_NAME})\s*[\]】]"
)
"""A desk head signing (홍길동 본부장), the name right after a dateline's `=`
([해오름TV=홍길동 지역1본부장]), or a bare name after the outlet's slash ([해오름일보/홍길동])."""


@dataclass(frozen=True, slots=True)
class Byline:
    """A paragraph with its byline cut off: what remains, and the name the byline gave."""

    text: str
    reporter: str | None
    opens: bool
    """Whether a byline with a name, or a desk's, opened the paragraph (a story starts there)."""


def _signed_name(byline: str) -> str | None:
    desk_head = _DESK_HEAD.search(byline)
    if reporter_in(byline) or desk_head is None:
        return reporter_in(byline)
    slashed = desk_head["slashed"]  # [해오름일보/홍길동], not [해오름=뉴시스]
    return desk_head["name"] or desk_head["after"] or (person_name(slashed) if slashed else None)


def byline_alone(line: str) -> str | None:
    """The reporter a line names when the line is a byline and nothing else (【해오름=뉴시스】
    홍길동 기자 =, 해오름뉴스 홍길동 기자 |, - 홍길동 기자), else None."""
    if len(line) > 60 or ("기자" not in line and "특파원" not in line and "통신원" not in line):
        return None
    lead = _LEAD.match(line)
    if (lead and lead.end() == len(line)) or _ALONE.fullmatch(line):
        return _signed_name(line)
    return None


def split_byline(paragraph: str) -> Byline:
    """`paragraph` without the byline that opens or closes it, and the reporter it names."""
    reporter, opens = None, False
    bracketed = paragraph[:1] in "【[(〔<"
    lead = _LEAD.match(paragraph) if bracketed or "기자" in paragraph[:40] else None
    if lead and lead.end() < len(paragraph):
        reporter = _signed_name(lead.group())
        opens = reporter is not None
        paragraph = paragraph[lead.end() :]
    elif (desk := _DESK_LEAD.match(paragraph, 0, DESK_LEAD_REACH + 1)) and _prose_after(
        paragraph, desk.end()
    ):
        opens = True
        paragraph = paragraph[desk.end() :]
    if ("기자" in paragraph[-60:] or "@" in paragraph[-60:]) and (tail := _TAIL.search(paragraph)):
        reporter = reporter or _signed_name(tail.group())
        paragraph = paragraph[: tail.start()].rstrip()
    elif (
        "기자" in paragraph[-30:]
        and (sign_off := _SIGN_OFF.search(paragraph))
        and sign_off.start() >= SIGN_OFF_AFTER
    ):
        reporter = reporter or _signed_name(sign_off.group())
        paragraph = paragraph[: sign_off.start()].rstrip()
    return Byline(paragraph, reporter, opens)


def _prose_after(paragraph: str, at: int) -> bool:
    """Whether a story goes on after a byline's bar, not a table row's next cell (… | 담당 | …)."""
    rest = paragraph[at : at + 80]
    return len(paragraph) - at >= 20 and not any(bar in rest for bar in CELL_BARS)


_OUTLET_TAG = re.compile(rf"[\[【]{_NOT_DATELINE}\s*[^\]】\s=/]{{1,12}}{_OUTLET_WORD}\s*[\]】]")
TAG_REACH = 60
"""How far into a paragraph an outlet's tag may stand and still open it: a caption or a
listing's headline glued ahead of it is short."""


def outlet_tag(paragraph: str) -> re.Match[str] | None:
    """The outlet's tag that opens a story, at the start of a paragraph or after a short caption
    or headline glued ahead of it (… 전경(사진=해오름군) [해오름저널] 해오름군은 …)."""
    if "[" not in paragraph[: TAG_REACH + 1] and "【" not in paragraph[: TAG_REACH + 1]:
        return None
    tag = _OUTLET_TAG.search(paragraph, 0, TAG_REACH + 20)
    return tag if tag and tag.start() <= TAG_REACH and tag.end() < len(paragraph) else None
