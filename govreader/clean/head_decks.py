"""Which line of a stack of headline-like lines above a story is its headline and which are its
decks: a release's dash decks, a deck right above the date row, decks set apart by blank lines,
and the lines between the headline and the lead that make its subtitle."""

from __future__ import annotations

import re

from govreader.clean.captions import is_caption
from govreader.clean.copied import ends_mid_sentence, headline_shaped
from govreader.clean.headline_form import HEADLINE_MARKS, candidate
from govreader.clean.lines import HANGUL, fingerprint
from govreader.clean.reporters import signer_in

DASH_DECK = re.compile(r"[-–ㅡ―]\s*\S.{6,}")
"""A release's deck line under its headline (- 올해 12억 원 투입…어르신 300명 채용)."""


def above_dash_decks(head: list[str], at: int, meta_at: list[int]) -> int | None:
    """The headline above a block of dash decks, when the line picked is one of them: decks
    sit between a release's headline and its date row, and never are the headline."""
    if not DASH_DECK.fullmatch(head[at]):
        return None
    top = at
    while top > 0 and DASH_DECK.fullmatch(head[top - 1]):
        top -= 1
    above = top - 1
    if above < 0 or above in meta_at or not candidate(head[above]):
        return None
    return above


def deck_below_headline(head: list[str], bulleted: list[bool], at: int, meta_at: list[int]) -> bool:
    """Whether the line picked is a deck: right above the date or byline, under another
    headline-like line that does not continue a menu (headline, deck, then the meta rows). A
    line with headline marks under one without is the headline under a slogan or menu line."""
    above = at - 1
    if above < 0 or at + 1 not in meta_at or above in meta_at or bulleted[above]:
        return False
    if not candidate(head[above]) or len(head[above]) < 12:
        return False
    if HEADLINE_MARKS.search(head[at]) and not HEADLINE_MARKS.search(head[above]):
        return False
    return above == 0 or not candidate(head[above - 1]) or head[above - 1] in head[above + 1 :]


def stacked_deck(head: list[str], bulleted: list[bool], at: int, meta_at: list[int]) -> bool:
    """Whether the line picked is the deck of the line above it: two headline-like lines stacked
    right above the lead, with no date or byline row anywhere above (headline, deck, lead), the
    upper one alone after menus and in a headline's shape (해오름군, 돌봄 일자리 두 배로); a copy
    may print the deck first, which reads as a clause (… 등은 2등급)."""
    above = at - 1
    if meta_at or at != len(head) - 1 or above < 0 or bulleted[above] or bulleted[at]:
        return False
    if not candidate(head[above]) or (above and candidate(head[above - 1])):
        return False
    return headline_shaped(head[above]) and _deck(head[at], head[above], 10)


def headline_over_deck_blocks(
    head: list[str], bulleted: list[bool], at: int, meta_at: list[int], opens: list[bool]
) -> int | None:
    """The headline of a copy that sets its headline apart from its decks by a blank line and
    its decks from the lead by another (headline, blank, deck lines, blank, lead), with no date or
    byline row between, when the line picked is the last deck (a photo's caption may follow it):
    the headline is the line alone in its block at the top of the stack, under nothing that reads
    as a headline nor a date row (whose stamp may run into the headline itself)."""
    if len(opens) != len(head) + 1 or not opens[at + 1]:
        return None
    if not all(is_caption(line) for line in head[at + 1 :]):
        return None
    for top in range(at - 1, max(at - DECK_LINES, 0) - 1, -1):
        stack = range(top, at + 1)
        if any(m >= top - 1 for m in meta_at) or any(bulleted[i] for i in stack):
            continue
        if not (opens[top] and opens[top + 1]) or (top and candidate(head[top - 1])):
            continue
        headline = head[top]
        if not candidate(headline) or ends_mid_sentence(headline):
            continue
        if all(_deck(head[i], headline, 8) for i in stack[1:]):
            return top
    return None


def headline_atop(
    head: list[str], bulleted: list[bool], at: int, meta_at: list[int], lead: str
) -> int | None:
    """The page's first line as the headline when the line picked further down is its deck:
    the copy opens on a line in a headline's form that tells what the lead tells, and nothing
    between it and the pick reads as a headline (a portal's summary box, its notes, a photo's
    caption may stand there), nor a date or byline row (headline, deck, date row, lead). A deck
    is what a long headline's distance and marks favour (계룡 축제 35만명 다녀가 / 주말엔 대회,
    불꽃놀이 등 볼거리), and it does not name the lead's subject where the first line does not."""
    if at == 0 or bulleted[0] or any(m <= at for m in meta_at):
        return None
    top = head[0]
    if not candidate(top) or is_caption(top) or not _told_in(top, lead):
        return None
    if any(candidate(line) for line in head[1:at]):
        return None
    if names_leads_subject(head[at], lead) and not names_leads_subject(top, lead):
        return None
    return 0 if _deck(head[at], top, 8) else None


DECK_LINES = 3
"""How many deck lines a headline may carry straight above the lead."""


def top_of_deck_stack(
    head: list[str], bulleted: list[bool], at: int, meta_at: list[int], lead: str
) -> int | None:
    """The headline at the top of a stack of two to four headline-form lines that runs down to
    the lead (a photo's captions aside), when the line picked is one of its decks: a longer deck
    outscores a short headline (해오름군, 추경 512억 제출 / 본예산보다 40억 늘어 / 20일 의회서
    확정). The top sits under nothing that reads as a headline (the page's top, a menu or section
    word), carries no date or byline row below it, and tells what the lead tells (a word of it is
    in the lead), which a site's slogan above a headline does not."""
    end = len(head)
    while end > at + 1 and is_caption(head[end - 1]):
        end -= 1
    stack = range(at, end)
    if any(i in meta_at or bulleted[i] or not candidate(head[i]) for i in stack):
        return None
    for top in range(at - 1, max(end - 1 - DECK_LINES, 0) - 1, -1):
        if top in meta_at or bulleted[top] or not candidate(head[top]):
            return None
        if top and candidate(head[top - 1]) and not bulleted[top - 1] and top - 1 not in meta_at:
            continue
        headline = head[top]
        if ends_mid_sentence(headline) or _CLAUSE.search(headline) or not _told_in(headline, lead):
            return None
        return top if all(_deck(head[i], headline, 12) for i in range(top + 1, end)) else None
    return None


_WORD = re.compile(r"[가-힣]{2,}")
_CLAUSE = re.compile(r"[가-힣][은는]\s")
"""A word with 은/는 inside the line (… 등은 2등급, 주민이 만드는 축제): a deck printed first reads
as a clause so; a headline seldom does, and one that does is left to the other readings."""


def _told_in(headline: str, lead: str) -> bool:
    """Whether a word of the headline (two syllables or more) is in the lead."""
    return any(word in lead for word in _WORD.findall(headline))


def subtitle_of(head: list[str], title_at: int, meta_at: list[int]) -> str | None:
    """A deck: the line after the byline and date that follow the headline, right above the
    body; with no byline or date there, the lines between headline and lead when each reads as a
    deck (one per line, as the page prints them), past a photo's caption under them."""
    title = head[title_at]
    after_meta = [m for m in meta_at if m > title_at]
    if not after_meta:
        decks = [line for line in head[title_at + 1 :] if not is_caption(line)]
        if 0 < len(decks) <= DECK_LINES and all(_deck(line, title, 10) for line in decks):
            return "\n".join(decks)
        return None
    near = range(max(after_meta[-1] + 1, len(head) - 3), len(head))
    return next((head[i] for i in near if _deck(head[i], title, 12)), None)


def _deck(line: str, title: str, shortest: int) -> bool:
    """Whether `line` reads as a headline's deck: words that are not a sentence, the headline
    again, chrome or a byline row (기자명 홍길동 기자)."""
    deck_like = not line.endswith((".", "]")) and (HANGUL.search(line) or len(line) >= 20)
    other = fingerprint(line) != fingerprint(title)
    return (
        deck_like
        and other
        and len(line) >= shortest
        and candidate(line)
        and signer_in(line) is None
        and not _FIELD_ROW.fullmatch(line)
    )


_FIELD_ROW = re.compile(r"(?:\d{1,2}\.\s*|[-–•·○□]\s*)?[가-힣][가-힣 ]{0,8}\s*[:：]\s*\S.*")
"""A row of a notice or a board, perhaps an outline's item (1. 사업명 : …, - 조회수 : 38): a
field and its value, never a deck."""


_BODY_NAME = re.compile(
    r"[가-힣·]{1,12}(?:특별자치시|특별자치도|광역시|시|군|구|도|청|부|처|위원회|공단|공사|재단|의회"
    r"|센터|보건소|협회|학교|대학교?)"
)
"""The name of a body a story can be about (해오름군, 해오름 중구, 해오름시 보건소)."""
_OPENING = re.compile(r"(?P<one>[^\s,]+)(?:,|\s+(?P<two>[^\s,]+)(?=,|\s))")
_SUBJECT_PARTICLE = "[은는이가의와과도에(]"


def names_subject(line: str, story: str) -> bool:
    """Whether `line` opens with the body the story is about (해오름군, …; 해오름 중구 …) as the
    story's own text names it, with a particle after it (해오름군은, 해오름 중구가, 해오름군(군수
    …)): a headline names its subject; its decks go on about it without naming it again."""
    opening = _OPENING.match(line)
    if opening is None:
        return False
    said = story.replace(" ", "")
    names = (opening["one"], opening["one"] + (opening["two"] or ""))
    return any(
        _BODY_NAME.fullmatch(name) and re.search(re.escape(name) + _SUBJECT_PARTICLE, said)
        for name in names
    )


_LEAD_SUBJECT = re.compile(_BODY_NAME.pattern + _SUBJECT_PARTICLE)


def names_leads_subject(line: str, lead: str) -> bool:
    """Whether `line` names the body the lead is about: the first body the lead names with a
    subject's particle (경기 해오름시는 …, 해오름도가 …), whole or without its 시/군/구/도
    (해오름 소식지 만족도 조사 실시): a headline names its subject; a deck goes on about it
    unnamed (내달 3일까지 신청)."""
    subject = _LEAD_SUBJECT.search(lead)
    if subject is None:
        return False
    name = subject.group()[:-1]
    stem = name[:-1] if name[-1] in "시군구도" and len(name) >= 3 else name
    return stem in line


def subject_over_decks(
    head: list[str], bulleted: list[bool], at: int, meta_at: list[int], story: str
) -> int | None:
    """The headline above the line picked when that line is one of its decks: the nearest line
    of the unbroken stack of headline-form lines above it (no date or byline row, list item or
    caption between, at most `DECK_LINES` up) that names the story's subject, where the line
    picked does not (해오름군, 기관 표창 64건 수상 / 대통령상 2건, 장관상 12건 등)."""
    if names_subject(head[at], story):
        return None
    for top in range(at - 1, max(at - DECK_LINES, 0) - 1, -1):
        line = head[top]
        if top in meta_at or bulleted[top] or not candidate(line) or is_caption(line):
            return None
        if names_subject(line, story) and not ends_mid_sentence(line):
            return top
    return None
