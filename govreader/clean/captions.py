"""Photo captions: the lines under a picture that a page or a copy of it puts among the story.

A caption ends in a credit (`(사진=해오름시 제공)`, `./해오름군`, `… 하고 있다. 해오름군`,
`ⓒ해오름일보 2018.12.20`), is a credit alone (`해오름군 제공`), names what the photo shows
(`▲ 발대식 모습`) or who (`홍길동 해오름군수.`); body sentences that mention 사진 or 제공 end like
sentences, not with a credit. HTML marks captions with class names as well.
"""

from __future__ import annotations

import re

_CREDIT_SUFFIX = (
    r"(?:시|군|구|도|청|부|처|원|회|단|관|센터|재단|공단|공사|학교|대|뉴스|일보|신문|뉴시스|DB)"
)
_CREDIT_NAME = rf"(?:[가-힣]{{2,4}}\s)?[가-힣A-Za-z·]{{0,18}}{_CREDIT_SUFFIX}"
"""Who gives a photo: an agency, a school or an outlet (해오름시, 해오름군청, 해오름일보), perhaps
after its province or city (해오름 북구, 경북 해오름군의회)."""
_CREDIT_BRACKET = rf"[(\[<][^()\[\]<>]{{0,30}}{_CREDIT_SUFFIX}\s*제공\s*[)\]>]"
"""(해오름시 제공), [사진 해오름군청 제공]: one bounded run, so a line is read one way only."""
_PHOTO_CREDIT = (
    r"(?:[(\[<]\s*(?:사진|자료\s*사진|사진\s*(?:제공|출처)|그래픽|이미지|제공|출처)\s*[=:：-]\s*"
    r"[^()\[\]<>]{1,30}[)\]>]"
    r"|(?<!다)[(\[<]\s*자료\s*[=:：]\s*[^()\[\]<>]{1,30}[)\]>]"
    rf"|(?<!다){_CREDIT_BRACKET}"
    r"|(?<=[가-힣A-Za-z0-9)])/\s*(?:사진\s*)?(?:제공|출처)\s*[=:：]\s*[가-힣A-Za-z]{2,20}"
    r"|(?<=[.다])\s*/\s*(?:사진\s*(?:제공|출처)?\s*[=:：]\s*)?"
    r"(?:[가-힣A-Za-z]{2,20}(?:\s*제공)?|[가-힣A-Za-z]{2,20}(?:\s[가-힣A-Za-z]{1,20}){1,2}\s*제공)"
    rf"|(?<=\.)\s*{_CREDIT_NAME}\s+제공|(?<=다\.)\s*{_CREDIT_NAME}|\s+[©ⓒ]\s*\S{{2,20}})"
    r"(?:\s*[©ⓒ]\s*\S{2,20})?(?:\s*(?:19|20)\d{2}[.-]\d{1,2}[.-]\d{1,2}\.?)?(?:\s*[\w.+-]+@[\w.-]*)?"
)
"""Who gave a photo, at a caption's end: (사진=해오름시 제공), [사진=해오름군], [자료=해오름군],
설명회/제공=해오름시, ./해오름군,
… 했다. / 해오름군 농업기술센터 제공,
… 하고 있다. 해오름군, © 해오름군, maybe with the photo's date and the photographer's e-mail;
never a bracket right after a sentence's 다 (…나눠준다(교재 및 교구 제공).)."""
_FROM_LEFT = (
    r"[▲△]?\s*[(\[<]?\s*(?:사진\s*)?(?:왼쪽|좌측|오른쪽|우측)\s*(?:에서\s*)?부터\s*(?:차례로|순서대로)?\s*"
    r"[)\]>]?\s*(?![^.!?]*[가-힣][다요]\.?$)[^.!?]{2,160}\.?"
)
"""Who a photo shows, named from one side ((왼쪽부터) 홍길동 해오름군수, 김영희 의장): a list of
names and titles, never a sentence (왼쪽부터 차례로 놓인 작품은 … 것이다.)."""
_CAPTION = re.compile(
    rf".{{4,200}}?\s*{_PHOTO_CREDIT}\.?"
    r"|(?:사진\s*(?:제공|출처)?|자료\s*사진)\s*[=:：]\s*.{1,40}"
    rf"|/\s*{_CREDIT_NAME}\s*제공|{_CREDIT_BRACKET}|[▲△]?\s*{_CREDIT_NAME}\s*제공\.?|{_PHOTO_CREDIT}"
    rf"|.{{2,40}}\s/\s*{_CREDIT_NAME}\s*제공"
    r"|[(\[<]\s*사진\s*[)\]>].{0,80}"
    rf"|[▲△]\s*[^.:：]{{4,80}}(?:모습|전경|장면|현장|기념\s*촬영)(?:\.?|\s*{_FROM_LEFT})"
    r"|[^.:：!?▲△\[\]()]{2,40}\s(?:모습|전경)\.?"
    rf"|[↑▲△]\s*{_PHOTO_CREDIT}"
    r"|[가-힣]{2,4}\s+[가-힣]{1,10}(?:군수|시장|구청장|도지사|지사|의장|의원|위원장|이사장|원장|청장)\.?"
    rf"|{_FROM_LEFT}"
)
"""A photo caption that is a paragraph of its own: a sentence or phrase ending in a photo credit,
a credit alone (해오름군 제공), perhaps under an arrow (↑ [사진제공 = 해오름시]), a name over a
credit (해오름군청 / 해오름군 제공), or a line naming what the photo shows (▲ 발대식 모습,
해오름군청 전경, 지난해 축제 모습): a phrase of words ending in 모습 or 전경, which no headline or
sentence does, perhaps with who it shows from one side (▲ 협약식 모습(사진 왼쪽부터) 홍길동 과장,
김영희 국장); body sentences that mention 사진 or 제공 end like sentences, not with a credit."""
CAPTION_LIMIT = 220
"""Captions of wire photos run long (a sentence, a credit, the date, an e-mail address)."""
_CAPTION_STARTS = ("▲", "△", "사진", "자료", "(사진", "[사진", "<사진", "왼쪽", "(왼쪽", "좌측")
_CAPTION_ENDS = (
    "모습",
    "모습.",
    "전경",
    "전경.",
    ")",
    "]",
    ">",
    "제공",
    ").",
    "].",
    ">.",
    "제공.",
    "장",
    "장.",
    "수",
    "수.",
    "원",
    "원.",
)


def _caption_hint(line: str) -> bool:
    """Whether a line starts or ends the way every caption shape does: the caption table is
    slow on the many lines that do neither."""
    return (
        line.startswith(_CAPTION_STARTS)
        or line.endswith(_CAPTION_ENDS)
        or "/" in line[-24:]
        or "사진" in line[-60:]
        or "©" in line[-24:]
        or "다." in line[-16:-2]
    )


_CAPTION_AHEAD = re.compile(
    r"[^.!?。()\[\]]{2,40}?[(\[]\s*(?:사진|제공|출처|사진\s*(?:제공|출처))\s*[=:：]\s*"
    r"[^()\[\]=]{1,20}[)\]]\s+(?=\S)"
)


def caption_ahead(line: str) -> int:
    """Where the story starts in a line that a photo's caption and credit open, as a portal's
    summary runs them together (… 강조의 달(제공=해오름군) 해오름소방서는 …); 0 when none does.
    A sentence with a credit inside has no space after the bracket (해오름군수(사진=왼쪽)는 …)."""
    glued = _CAPTION_AHEAD.match(line)
    return glued.end() if glued and len(line) - glued.end() >= 20 else 0


def is_caption(line: str) -> bool:
    """A paragraph that is a photo's caption."""
    return len(line) <= CAPTION_LIMIT and _caption_hint(line) and bool(_CAPTION.fullmatch(line))


_LONE_CAPTION_MAX = 170
"""A lone caption is one sentence; a paragraph of the story saying the same runs longer."""
CREDIT_TAIL = re.compile(r"(?<=[.다])\s*/\s*[^/.]{2,20}$")
"""A photo desk's credit after a slash (… 하고 있다. /해오름일보 DB): not a second sentence, so
a caption is read without it."""
_DOING = re.compile(r"고\s*있다\.?[”\"’']?$")
_SCENE = re.compile(r"(?:고\s*있는|하는)\s*모습\.?$")
_IN_PHOTO = re.compile(
    r"[가-힣]\s?\((?:가운데|왼쪽|오른쪽|앞줄|뒷줄|맨\s*앞|맨\s*뒤|좌|우|앞|뒤)[^()]{0,12}\)"
)
"""Where someone stands in the photo (홍길동(가운데) 해오름군수, 김영희(맨 앞쪽) 부지사)."""
_TITLED = (
    r"(?:구청장|시장|군수|도지사|부지사|지사|의장|위원장|청장|장관|원장|이사장|대표|교육감|총장"
    r"|센터장|회장|국장|과장)"
)
_TITLED_SUBJECT = re.compile(
    r"(?:(?:지난\s*)?\d{1,2}일\s+)?(?:[가-힣]{2,4}(?:\s?\([^()]{1,12}\))?\s+)?"
    rf"(?:[가-힣A-Za-z·]{{1,12}}\s+){{0,3}}[가-힣]{{0,10}}{_TITLED}(?:이|가|과|와)\s"
)
"""A caption's subject: a titled person, perhaps after the day (15일 홍길동 해오름군수가 …)."""
_DAY = re.compile(r"\d{1,2}일(?!\s*(?:부터|까지|이후|동안|간|째|만에))")
"""One day (지난 15일), not a span (15일부터, 15일간): the moment a photo was taken."""
_ONGOING = re.compile(r"이후|부터|이래|동안|째|만에|매주|매일|매달|매년|계속|꾸준히")
"""What a story says someone keeps doing (… 취임 이후 매주 현장을 찾고 있다): no one moment."""
_SENTENCE_INSIDE = re.compile(r"[가-힣][다요]\.[”\"’']?\s+\S")
_WHO_SHOT = r"[가-힣A-Za-z0-9·]{2,20}"
"""A word of who gave or took a photo (해오름3복지관, 해오름일보, 홍길동): any word, not only
`_CREDIT_NAME`'s bodies, since the sentence before it must read as a caption as well."""
_SIGNED = re.compile(
    rf"(?<=다\.)\s*(?:[(<\[]\s*사진\s*(?:제공|출처)?\s*[)>\]]"
    rf"|사진\s*(?:제공|출처)\s*[:=/]?\s*{_WHO_SHOT}"
    rf"|{_WHO_SHOT}(?:\s{_WHO_SHOT})?\s(?:제공|기자)|{_WHO_SHOT}제공)\.?$"
)
"""Who gave or took the photo, signing a caption's sentence (… 하고 있다. 해오름군 제공, … 있다.
해오름일보 홍길동 기자, … 있다. (사진제공)): no story's paragraph ends so."""


def lone_caption(line: str) -> bool:
    """A photo's caption standing alone among the story's paragraphs: what is going on in the
    photo, signed by who gave or took it (… 기념촬영을 하고 있다. 해오름군 제공), or with no
    credit to mark it, what someone is doing at the moment the photo was taken (홍길동
    해오름군수가 지난 15일 … 인사말을 하고 있다., 김영희(가운데) 의장이 … 기념촬영을 하고
    있다.) or the scene it shows (… 주민을 만나고 있는 모습.). A story tells a past event in the
    past tense; its 하고 있다 is what a body keeps doing (구는 … 지원하고 있다), told of no titled
    person on one day."""
    line = line.removeprefix("이미지 확대").removeprefix("사진 확대").strip()
    if line[:1] == "<" and line[-1:] == ">":
        line = line[1:-1].strip()  # a caption a copy set in angle brackets
    line = CREDIT_TAIL.sub("", line)
    signed = _SIGNED.search(line) if "다." in line else None
    if signed:
        said = line[: signed.start()]
        return (
            20 <= len(said) <= _LONE_CAPTION_MAX
            and _DOING.search(said) is not None
            and not _SENTENCE_INSIDE.search(said)
        )
    if not 20 <= len(line) <= _LONE_CAPTION_MAX or _SENTENCE_INSIDE.search(line):
        return False
    if _SCENE.search(line):
        return True
    if not _DOING.search(line):
        return False
    return bool(_IN_PHOTO.search(line)) or (
        bool(_DAY.search(line)) and bool(_TITLED_SUBJECT.match(line)) and not _ONGOING.search(line)
    )


def lone_captions(lines: list[str]) -> set[int]:
    """The lines of `lines` that are lone captions (`lone_caption`), except one that the next
    line goes on telling (이날 행사에는 …): a photo story's lead, which reads as its caption."""
    return {
        i
        for i, line in enumerate(lines)
        if lone_caption(line) and not (i + 1 < len(lines) and lines[i + 1].startswith("이날"))
    }


CAPTION_ATTR = re.compile(
    r"(?<![a-z])(?:(?:photo|img|image|pic|thumb)[_-]?(?:caption|cap|txt|text|desc|info|exp|explain)"
    r"|(?:fig|txt|text)?[_-]?caption|cap[_-]?(?:txt|text)|desc[_-]?(?:photo|img))(?![a-z])",
    re.IGNORECASE,
)
"""class/id words of a photo's caption (photo_txt, img_cap, imgCaption, caption_txt): never
body, even when the words also look like content (photo_text)."""
