"""Line-level judgements shared by both cleaners: what a line is, and the body made of lines."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from govreader.clean.boilerplate import is_chrome, is_end_marker, is_release_header
from govreader.clean.bylines import Byline, byline_alone, outlet_tag, split_byline
from govreader.clean.captions import caption_ahead
from govreader.clean.dates import cued_date, dated_start, iso_date, stamp_date
from govreader.clean.metadata_lines import is_date_line, is_reporter_line
from govreader.clean.reporters import reporter_in, signer_in, writer_in
from govreader.clean.tails import chrome_tail, widget_line

SENTENCE_END = re.compile(r"(?:[다요죠음임함됨][.!?]?|[.!?。])\s*[”\"’'」』)\]]*\s*$")
HANGUL = re.compile(r"[가-힣]")


INNER_SENTENCE = re.compile(r"[가-힣][다요]\.[”\"’']?\s*(?=\S)")

CAPTION_MAX = 160
"""A photo's caption, its alt text or a summary line is one sentence; a lead paragraph runs
longer (`copied` and `restated` tell the one from the other by it)."""


OUTLINE_ITEM = re.compile(
    r"(?:[ㅇ○◦□■◇◆▲△▶▷※❍●\-·∙]|[가-하]\.|\d{1,2}[.)]|\(\d{1,2}\)|[①-⑳])\s*\S.{18,}"
)
"""An item of a press release's or notice's outline (ㅇ 개요 ..., 가. ..., ▲ ...): article text."""


def looks_like_prose(line: str) -> bool:
    """A line that reads as a sentence: long enough and ends the way sentences end."""
    return len(line) >= 25 and bool(SENTENCE_END.search(line[-12:]))


RELATED_LABEL = re.compile(
    r"[^\w]*(?:관련\s*(?:기사|뉴스)(?:\s*목록)?|함께\s*(?:보면|볼\s*만한)\s*(?:좋은\s*)?(?:기사|뉴스)"
    r"|추천\s*기사|related\s+(?:news|stories|articles))[^\w]*(?:더\s*보기)?[^\w]*",
    re.IGNORECASE,
)
"""The label of a related-stories box (관련기사, ▶ 관련 뉴스 ◀, 함께 보면 좋은 기사)."""
RELATED_ITEMS = 12
_RELATED_ITEM = 80


def related_resume(lines: Sequence[str], at: int) -> int | None:
    """Where the story goes on after a related-stories box set inside it: the label, up to a
    dozen short linked headlines (no sentence ending), then the story's next paragraph. A copy
    of the page keeps the box as lines, so the label is no end of the story when prose follows
    it; None when it closes the page (nothing, or more chrome, after its headlines)."""
    if not RELATED_LABEL.fullmatch(lines[at]):
        return None
    end = at + 1
    while end < len(lines) and end - at <= RELATED_ITEMS and _related_item(lines[end]):
        end += 1
    if end >= len(lines) or not looks_like_prose(lines[end]) or is_chrome(lines[end]):
        return None
    after = [line for line in lines[end + 1 : end + 4] if line.strip()]
    if len(after) >= 2 and _related_item(after[0]) and looks_like_prose(after[1]):
        return None  # headline, teaser, headline, teaser: the box's stories, not this one's
    return end


def related_boxes(lines: Sequence[str]) -> set[int]:
    """The lines of each related box set inside a copied story (label and headlines)."""
    boxed: set[int] = set()
    for at, line in enumerate(lines):
        if (
            len(line) <= _RELATED_ITEM
            and is_end_marker(line)
            and (goes_on := related_resume(lines, at))
        ):
            boxed.update(range(at, goes_on))
    return boxed


def _related_item(line: str) -> bool:
    """A linked headline of a related box (or a blank between them): short, no sentence end."""
    return len(line) <= _RELATED_ITEM and not looks_like_prose(line)


def holds_sentences(line: str) -> bool:
    """A long line with sentences inside, though it ends otherwise (a cell glued to a sidebar)."""
    return len(line) >= 60 and bool(INNER_SENTENCE.search(line))


@dataclass
class Body:
    """The body paragraphs gathered, and the metadata met on the way."""

    paragraphs: list[str] = field(default_factory=list)
    published: str | None = None
    updated: str | None = None
    reporter: str | None = None


def gather(lines: Iterable[str], body: Body | None = None, *, copied: bool = False) -> Body:
    """Keep article lines, take dates and bylines as metadata, stop at what follows an article.
    A copy of a page keeps a related box's lines inside its story (`copied`): read past them;
    the markup's reader has dropped that box's links already, so what follows a label there is
    another story."""
    body = body or Body()
    seen: set[str] = set()
    opened = tagged = False
    lines = list(lines)
    resume = 0
    for at, line in enumerate(lines):
        if at < resume:
            continue  # a related-stories box inside the story
        if len(line) >= 60 and (more := _READ_MORE.search(line, len(line) - 40)):
            line = line[: more.start()].rstrip()  # a portal teaser's link to the full story
        line = rights_cut(line)
        if "제공" in line[-60:] and (source := _SOURCE_TAIL.search(line, len(line) - 70)):
            line = line[: source.start()].rstrip()  # … 계획이다. 자료제공 : 해오름과 (123-4567)
        if "@" in line[-60:] and (closing := _DATED_SIGNATURE.search(line, len(line) - 80)):
            body.published = body.published or iso_date(closing["date"])
            line = line[: closing.start()]  # a photo desk's date and address closing the story
        line, signer = chrome_tail(line)
        body.reporter = body.reporter or signer
        if not line:
            continue
        if is_release_header(line) and _masthead(body.paragraphs):
            body.paragraphs.clear()  # agency, 보도자료, slogan: the release's masthead
            seen.clear()
        if (
            copied
            and body.paragraphs
            and is_end_marker(line)
            and (goes_on := related_resume(lines, at))
        ):
            resume = goes_on
            continue
        if (is_end_marker(line) or widget_line(line)) and body.paragraphs:
            body.reporter = body.reporter or (reporter_in(line) if "@" in line else None)
            break
        dated = dated_start(line)
        if dated:
            body.published = body.published or dated[0]
            line = dated[1]
        elif is_date_line(line):
            _take_date(body, line)
            body.reporter = body.reporter or signer_in(line)
            continue
        stamped = stamp_date(line)
        if stamped:
            body.published = body.published or stamped
            body.reporter = body.reporter or reporter_in(line)
            continue
        if is_reporter_line(line) or (alone := byline_alone(line)):
            body.reporter = body.reporter or reporter_in(line) or alone
            continue
        signed, opening = split_byline(line), line
        if glued := caption_ahead(signed.text):
            signed = Byline(signed.text[glued:], signed.reporter, signed.opens)
        if signed.text != line and not is_chrome(signed.text):
            line = signed.text  # judged without its byline (… 말했다. /홍길동 기자 hong@)
        elif is_chrome(line):
            if body.reporter is None:
                body.reporter = writer_in(line) or (reporter_in(line) if "@" in line else None)
            continue
        tag = outlet_tag(opening)
        if tag and tagged:
            break  # another story under the outlet's tag: a listing's, the first is kept
        if tag:
            tagged = True
            if tag.start() > 0:  # what is glued ahead of the tag: a caption or a headline
                signed = Byline(opening[tag.end() :].lstrip(), signed.reporter, signed.opens)
        key = fingerprint(signed.text)
        if key in seen:  # said again: a summary box had it first, the byline rides on the body's
            body.reporter = body.reporter or signed.reporter
            continue
        cut = _cut_off(body.paragraphs) and not _deck(body.paragraphs)
        if signed.opens and (opened or cut):
            break  # another story's byline: a listing runs several stories, the first is kept
        if body.paragraphs and _cut_teaser(body.paragraphs[-1]):
            if not fingerprint(signed.text).startswith(fingerprint(body.paragraphs[-1])[:30]):
                break  # a listing's teasers, each cut at its length: the first story is kept
            body.paragraphs.pop()  # a summary cut at its length, ahead of the story it opens
        if body.paragraphs and _teaser(body.paragraphs[-1]):
            teaser = fingerprint(body.paragraphs[-1])[:30]
            if not fingerprint(signed.text).startswith(teaser):
                break  # a listing's first story, cut short: what follows is other stories
            body.paragraphs.pop()  # a teaser ahead of the story it opens
        opened = opened or signed.opens
        body.reporter = body.reporter or signed.reporter
        seen.add(key)
        body.paragraphs.append(signed.text)
    return body


_FINISHED = re.compile(r"(?:[.!?。]|[다요])\W{0,3}$")


def _deck(paragraphs: list[str]) -> bool:
    """Whether all that is kept is one headline-like line (a deck with no sentence in it, 평가
    지표 세 가지... 목표 113% 달성 높은 점수 받아): the story's own, above its byline'd lead."""
    return len(paragraphs) == 1 and reads_as_headline(paragraphs[0])


def _cut_off(paragraphs: list[str]) -> bool:
    """Whether the last paragraph kept is a long one cut mid-sentence: a listing's teaser."""
    return bool(paragraphs) and len(paragraphs[-1]) >= 60 and not _FINISHED.search(paragraphs[-1])


_RIGHTS_TAIL = re.compile(
    r"(?<=[.다”\"’'])\s*[<\[(【]?\s*(?:저작권자|Copyright|ⓒ|©)[^<>\[\]【】]{0,80}?"
    r"(?:금지|reserved)\.?\s*[>\])】]?\s*$",
    re.IGNORECASE,
)
RIGHTS_REACH = 100


def rights_cut(line: str) -> str:
    """`line` without the outlet's copyright notice glued after its last sentence (… 말했다.
    <저작권자 ⓒ 해오름일보 무단전재 및 재배포 금지>), which made the whole paragraph chrome."""
    if len(line) < 60 or not ("금지" in line[-12:] or "reserved" in line[-14:].lower()):
        return line
    rights = _RIGHTS_TAIL.search(line, max(0, len(line) - RIGHTS_REACH))
    return line[: rights.start()] if rights else line


_SOURCE_TAIL = re.compile(r"(?<=[.다])\s+자료\s*제공\s*[:：][^.]{2,60}$")
"""A release's source glued to its last paragraph (… 계획이다. 자료제공 : 복지과 (240-1234))."""
_DATED_SIGNATURE = re.compile(
    r"(?<=[.다])\s+(?P<date>(?:19|20)\d{2}\.\d{1,2}\.\d{1,2})\.?\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$"
)
"""A story closed by its date and an address (… 참석했다. 2024.10.30 hong@example.kr), as photo
desks sign."""
_READ_MORE = re.compile(
    r"(?:read\s+(?:the\s+)?full\s+(?:story|article)|기사\s*더\s*보기)\s*$", re.IGNORECASE
)
_TEASER_END = re.compile(r"[가-힣A-Za-z0-9,)]\s?(?:…|\.{2,3})$")


def _teaser(paragraph: str) -> bool:
    """A long paragraph of sentences cut short with an ellipsis right after a word (…밝혔다. 군은
    이를 위해 집…): a listing's teaser of a story, or a summary box ahead of the story itself; a
    board's headline said again and again (제목..제목..) is none."""
    return (
        len(paragraph) >= 60
        and bool(_TEASER_END.search(paragraph[-6:]))
        and bool(INNER_SENTENCE.search(paragraph))
    )


PROMO_AHEAD = 3
"""How many whole lines under a promo tell a story of its own (a listing may tell one or two)."""
PROMOS = 2
"""A page shows one or two other stories' promos above its own."""


def past_promo(lines: Sequence[str], start: int, end: int) -> int:
    """Where the page's own story opens when the run `start`..`end` opens on other stories'
    promos: one or two teasers cut with an ellipsis (…밝혔다. 군은 집…), each perhaps under its
    headline, then, perhaps under its own headline, three lines or more of whole sentences,
    none cut with an ellipsis. A listing's teasers follow one another, each cut (or one or two
    told in full), and a summary of the story itself opens it (`gather` drops that one): either
    way the run starts where it did."""
    at = start
    for _ in range(PROMOS):
        teaser = at + 1 if at + 1 < end and reads_as_headline(lines[at]) else at
        if teaser >= end or not _teaser(split_byline(lines[teaser]).text):
            break
        at = teaser + 1
    if at == start:
        return start
    lead = at + 1 if at < end and reads_as_headline(lines[at]) else at
    ahead = lines[lead : lead + PROMO_AHEAD]
    whole = all(looks_like_prose(line) and not _TEASER_END.search(line[-6:]) for line in ahead)
    return lead if len(ahead) == PROMO_AHEAD and lead + PROMO_AHEAD <= end and whole else start


TEASER_CUT = 200
"""A listing's teaser is cut at a fixed length, mid-word; a story's paragraph this long ends a
sentence (a copy's last one may stop anywhere, but nothing follows it)."""
_WORD_END = re.compile(r"[가-힣A-Za-z0-9,]$")


def _cut_teaser(paragraph: str) -> bool:
    """A long paragraph of sentences that stops mid-word (…밝혔다. 군은 이를 위해 집): a
    listing's teaser of one story, with the next story's teaser after it."""
    return (
        len(paragraph) >= TEASER_CUT
        and bool(_WORD_END.search(paragraph))
        and not _FINISHED.search(paragraph)
        and bool(INNER_SENTENCE.search(paragraph))
    )


def _masthead(paragraphs: list[str]) -> bool:
    """A few short lines, none a sentence, above a release's header rows."""
    return 0 < len(paragraphs) <= 4 and all(
        len(p) <= 40 and not looks_like_prose(p) and not OUTLINE_ITEM.fullmatch(p)
        for p in paragraphs
    )


def _take_date(body: Body, line: str) -> None:
    found = cued_date(line)
    if not found:
        return
    iso, is_update = found
    if is_update:
        body.updated = body.updated or iso
        stamped = stamp_date(line)  # 2024-03-05 10:21 | 최종수정 2024-03-06: the first is filed
        if stamped and stamped[:10] != iso[:10]:
            body.published = body.published or stamped
    else:
        body.published = body.published or iso


_FINGERPRINT_DROP = re.compile(r"[\s\"'`‘’“”「」『』]")


def fingerprint(text: str) -> str:
    """`text` without white space and quote marks: two lines that differ only there are one."""
    return _FINGERPRINT_DROP.sub("", text)


_SENTENCE_CLOSE = re.compile(
    r"[가-힣a-z0-9)\]][.。][”\"’'」』)\]]*$|[다요][.!](?:\s+\S|…|\.\.)|다!$"
)
_DECK_MARK = tuple("-–ㅡ―▶▷▲△•·※")


def reads_as_headline(line: str) -> bool:
    """A line that can be a story's headline: short, not a sentence (…했다., …밝혔다.), not a
    lead opening with a byline, not a deck under a headline (- …, ▲ …). Text copied from the
    middle of an article starts with body lines, which are none of these."""
    if not 6 <= len(line) <= 100 or line.startswith(_DECK_MARK) or _SENTENCE_CLOSE.search(line):
        return False
    return split_byline(line).text == line


_NOT_WORD = re.compile(r"\W")


def repeats_title(paragraph: str, title: str) -> bool:
    """A paragraph that only says the headline again: the headline itself, the headline cut short
    (제목…), or one piece of the headline said over and over (제목..제목..제목..), as board pages
    print it above the text."""
    return title_repeats(title)(paragraph)


def title_repeats(title: str) -> Callable[[str], bool]:
    """`repeats_title` for one headline, its key made once (pages with 100,000 paragraphs)."""
    headline = _NOT_WORD.sub("", title)

    def says_it_again(paragraph: str) -> bool:
        if len(paragraph) > 4 * len(title) + 8 or not headline:
            return False
        said = _NOT_WORD.sub("", paragraph)
        if not said:
            return False
        if said == headline or (headline.startswith(said) and len(said) * 5 >= len(headline) * 3):
            return True
        period = (said + said).find(said, 1)
        piece = said[:period]
        return period < len(said) and len(piece) >= 12 and headline.startswith(piece)

    return says_it_again
