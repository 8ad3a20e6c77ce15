"""The block of lines above a text page's body: headline, deck, byline, date, a release's masthead.

The headline is the line that most looks like one near the body: above its date, byline or tool
row, repeated elsewhere on the page, with headline punctuation, not a menu item, a release's
masthead or header row, or a deck.
"""

from __future__ import annotations

import re
from collections import Counter

from govreader.clean.boilerplate import is_chrome, is_end_marker, is_release_header, is_tool_row
from govreader.clean.bylines import byline_alone, split_byline
from govreader.clean.captions import is_caption
from govreader.clean.copied import ends_mid_sentence, headline_shaped
from govreader.clean.dates import cued_date, date_alone, dated_start, iso_date, stamp_date
from govreader.clean.lines import HANGUL, Body, fingerprint, looks_like_prose
from govreader.clean.metadata_lines import is_date_line, is_reporter_line
from govreader.clean.reporters import person_name, signer_in, writer_in
from govreader.clean.site_names import names_only

TITLE_LABEL = re.compile(r"(?:제\s*목|글\s*제목)\s*[:：]?\s+(?P<title>\S.{6,200})")
BOARD_ROW = re.compile(
    r"(?:담당\s*부서|부서명|작성자|등록자|게시자|글쓴이|조회수?|연락처)\s*[:：]?\s*\S.{0,100}$"
)
"""A board's row under the headline (담당부서 ... 연락처 ..., 작성자 ... 조회 ...): metadata."""
MASTHEAD = re.compile(
    r"(?:\S+\s?){0,3}(?:보도\s*자료|보도\s*참고\s*자료|설명\s*자료|해명\s*자료|소식지|공지\s*사항)"
    r"(?:\s*(?:\([^()]{0,12}\)|(?:[^()가-힣]|[제년월일호]){0,12}))?"
)
"""The masthead of a release or a notice (경상북도 보도자료, 소식지 2025년 3월호): what it is, not
its headline, which goes on in words after it (해오름, 소식지 명예기자단 출범)."""
HEADLINE_MARKS = re.compile(r"[…·‘’“”\"'\[\],]|\.\.")
NEVER_HEADLINE = re.compile(
    r"https?://|www\.|\b[a-z]+_[a-z_]+\b|습니다[.!]?$|[가-힣]니다\.$|[가-힣]다\.\s+\S|,$"
)
"""What a headline never holds: an address, an icon font's ligature name (chevron_right,
phone_iphone) that a breadcrumb or toolbar leaves as text, a broadcast script's polite sentence
end (…선정했습니다; a notice titled …모집합니다 stays), a comma where it stops (a script's line
broken mid-sentence), or a finished sentence with more after it (a caption and its credit:
…기념촬영을 하고 있다. 사진제공)."""


AGENCY = re.compile(
    r"[가-힣·]{2,12}(?:\s[가-힣·]{2,12}){0,2}?(?:부|처|청|원|위원회|시|군|구|도|공단|공사|재단|본부|의회)"
)
_RELEASE_WORD = re.compile(r"\s*(?:보도\s*자료|보도\s*참고\s*자료|설명\s*자료|해명\s*자료)\s*")


def release_agency(head: list[str]) -> str | None:
    """The body a press release comes from, as its masthead names it: `고용노동부 보도자료` on one
    line, or the agency's name on the line above `보도자료`."""
    for i, line in enumerate(head):
        match = _RELEASE_WORD.search(line)
        if match is None or match.end() != len(line):
            continue
        named = line[: match.start()].strip() or (head[i - 1] if i else "")
        if AGENCY.fullmatch(named):
            return named
    return None


_GLUED_DECK = re.compile(r"(?P<title>.{8,}?\S)-\s+(?P<deck>\S.{7,})")
"""A headline with its deck glued on by the deck's dash (헤드라인- 6개 부서, 10개 사업): a dash
right after a word and before a space never joins a headline's own words (해오름점-해오름동)."""


def unglued(title: str, subtitle: str | None) -> tuple[str, str | None]:
    """A headline and its deck when the copy glued the deck on by its dash (헤드라인- 덱)."""
    glued = _GLUED_DECK.fullmatch(title)
    return (glued["title"], subtitle or glued["deck"]) if glued else (title, subtitle)


_TRAIL = re.compile(r"\s*(?:\s[-–—]\s|[|｜ㅣ<>]|::?\s)\s*(?P<tail>[^|｜ㅣ<>–—]{2,40})$")


def unprefixed(title: str, head: list[str]) -> str:
    """The headline without the site's name ahead of it (해오름TV [기획] 헤드라인), when the head
    also states it alone, or after it (헤드라인 - 해오름일보, 헤드라인 < 지역 < 해오름신문), as a
    copied page title has them."""
    for line in head:
        if len(line) >= 8 and title.endswith(" " + line) and len(title) - len(line) <= 16:
            return line
    for _ in range(4):
        trail = _TRAIL.search(title)
        if trail is None or trail.start() < 8 or not names_only(trail["tail"]):
            break
        title = title[: trail.start()]
    return title


def _candidate(line: str) -> bool:
    return _headline_form(line) and not MASTHEAD.fullmatch(line) and not is_chrome(line)


def _headline_form(line: str) -> bool:
    """A line a headline could be, whatever words it holds: not a sentence, a date, a byline."""
    return (
        8 <= len(line) <= 100
        and not NEVER_HEADLINE.search(line)
        and not line.endswith(("다.", "요.", "까?", "죠.", "다.…", "다…", "다...", "다.."))
        and not is_end_marker(line)
        and not is_date_line(line)
        and date_alone(line) is None
        and stamp_date(line) is None
        and not is_reporter_line(line)
        and not byline_alone(line)
        and writer_in(line) is None
    )


def head_block(
    head: list[str],
    bulleted: list[bool],
    page: list[str],
    lead: str = "",
    opens: list[bool] | None = None,
) -> tuple[str | None, str | None, Body]:
    """Headline, subtitle and metadata from the lines above the body, whose first line is `lead`;
    `opens` tells, for each head line and the lead, whether a blank line comes before it.

    The headline is the line that most looks like one: followed by a date, a byline or the
    article's tool row (share, print, listen; a list item above it is a deck), repeated
    elsewhere on the page (headers and share bars repeat it), with headline punctuation, close
    to the body, and not a menu item (a lone list item right above the body is the headline a
    dump bulleted), nor a section's label that the lead opens with (위원회 above 위원회는 …)
    when a likelier line is there.
    """
    body = Body()
    stamps = [stamp_date(line) for line in head]
    meta_at = [
        i
        for i, line in enumerate(head)
        if is_date_line(line)
        or is_reporter_line(line)
        or BOARD_ROW.match(line)
        or stamps[i]
        or byline_alone(line)
    ]
    tools = {i for i, line in enumerate(head) if is_tool_row(line)}
    meta_at = sorted({*meta_at, *tools})
    for i in meta_at:
        line = head[i]
        date, is_update = cued_date(line) or (stamps[i], False)
        if date and not is_update:
            body.published = body.published or date
        elif date:
            body.updated = body.updated or date
            stamp = stamps[i]
            if stamp and stamp[:10] != date[:10]:
                body.published = body.published or stamp  # filed, then 최종수정 …
        if is_reporter_line(line) or stamps[i] or is_date_line(line):
            body.reporter = body.reporter or signer_in(line) or _name_above(head, i)
        body.reporter = body.reporter or byline_alone(line)
    for line in head:
        labelled = TITLE_LABEL.fullmatch(line)
        if labelled:
            return labelled["title"], None, body
    counts = Counter(fingerprint(line) for line in page)

    def vouched(line: str) -> bool:
        """A headline the page vouches for by layout where a chrome word inside it (발행인,
        소식지) would veto it: printed again elsewhere on the page, right above a date or byline
        row, in a headline's form."""
        return counts[fingerprint(line)] > 1 and _headline_form(line) and bool(HANGUL.search(line))

    rows = [i for i, line in enumerate(head) if is_release_header(line)]
    masthead = _release_masthead(head, rows)
    best, best_score = None, 0.0
    lead_key = fingerprint(lead)
    for i, line in enumerate(head):
        above_meta = i + 1 in meta_at
        lone = i == len(head) - 1 and not (i and bulleted[i - 1])
        if (bulleted[i] and not lone and (not above_meta or i + 1 in tools)) or (
            above_meta and i - 1 in meta_at and iso_date(line)
        ):
            continue  # a menu item, or a dated row inside a block of metadata rows
        if i in masthead and (not above_meta or i + 1 in rows):
            continue  # unless a board's headline, above its own 작성자/등록일 row
        if not _candidate(line) and not (vouched(line) and above_meta):
            continue
        distance = min([len(head) - i, *(m - i for m in meta_at if m > i)])
        score = min(len(line), 60) / 30 - distance / 15
        if any(i < m <= i + 6 for m in meta_at):
            score += 5 if above_meta else 3
        if counts[fingerprint(line)] > 1:
            score += 2
        if HEADLINE_MARKS.search(line):
            score += 1
        key = fingerprint(line)
        if key != lead_key and lead_key.startswith(key):
            score -= 2  # a section's label the lead opens with, unless nothing likelier is there
        if score > best_score:
            best, best_score = i, score
    if best is None:
        return None, None, body
    body.published = body.published or _bare_date(head[best + 1 : best + 5])
    top = _above_dash_decks(head, best, meta_at)
    if top is not None:
        return head[top], head[top + 1], body
    top = _headline_over_deck_blocks(head, bulleted, best, meta_at, opens or [])
    if top is not None:
        return head[top], "\n".join(head[top + 1 : best + 1]), body
    if _deck_below_headline(head, bulleted, best, meta_at) or _stacked_deck(
        head, bulleted, best, meta_at
    ):
        return head[best - 1], head[best], body
    return head[best], _subtitle(head, best, meta_at), body


def _name_above(head: list[str], at: int) -> str | None:
    """A name alone on the line above a date row (홍길동 / 등록 2024-03-14 10:21): the byline a
    CMS lists as bare items; three syllables, as most names are and few section names. Never
    above a release's 보도일시 row, where the agency stands."""
    above = head[at - 1] if at and not is_release_header(head[at]) else ""
    return above if len(above) == 3 and person_name(above) else None


def _bare_date(lines: list[str]) -> str | None:
    """A date alone on a line just under the headline (2024.03.14, 2024년 3월 14일 (목), a board's
    `- 2024-03-14` row): the story's, where a site's header shows today's date far above it."""
    return next(filter(None, map(date_alone, lines)), None)


def _release_masthead(head: list[str], rows: list[int]) -> set[int]:
    """Lines of a release's masthead (agency, 보도자료, slogan) down to its header rows (보도일시,
    총 4쪽), when a 보도자료 line precedes those rows. With no headline after the rows, a long
    line among them may still be the headline; short ones are the agency and its slogan."""
    if not rows or not any(MASTHEAD.fullmatch(line.replace(" ", "")) for line in head[: rows[0]]):
        return set()
    if any(_candidate(line) for line in head[rows[-1] + 1 :]):
        return set(range(rows[-1]))
    return {i for i in range(rows[-1]) if len(head[i]) <= 25}


DASH_DECK = re.compile(r"[-–ㅡ―]\s*\S.{6,}")
"""A release's deck line under its headline (- 올해 12억 원 투입…어르신 300명 채용)."""


def _above_dash_decks(head: list[str], at: int, meta_at: list[int]) -> int | None:
    """The headline above a block of dash decks, when the line picked is one of them: decks
    sit between a release's headline and its date row, and never are the headline."""
    if not DASH_DECK.fullmatch(head[at]):
        return None
    top = at
    while top > 0 and DASH_DECK.fullmatch(head[top - 1]):
        top -= 1
    above = top - 1
    if above < 0 or above in meta_at or not _candidate(head[above]):
        return None
    return above


def _deck_below_headline(
    head: list[str], bulleted: list[bool], at: int, meta_at: list[int]
) -> bool:
    """Whether the line picked is a deck: right above the date or byline, under another
    headline-like line that does not continue a menu (headline, deck, then the meta rows). A
    line with headline marks under one without is the headline under a slogan or menu line."""
    above = at - 1
    if above < 0 or at + 1 not in meta_at or above in meta_at or bulleted[above]:
        return False
    if not _candidate(head[above]) or len(head[above]) < 12:
        return False
    if HEADLINE_MARKS.search(head[at]) and not HEADLINE_MARKS.search(head[above]):
        return False
    return above == 0 or not _candidate(head[above - 1]) or head[above - 1] in head[above + 1 :]


def _stacked_deck(head: list[str], bulleted: list[bool], at: int, meta_at: list[int]) -> bool:
    """Whether the line picked is the deck of the line above it: two headline-like lines stacked
    right above the lead, with no date or byline row anywhere above (headline, deck, lead), the
    upper one alone after menus and in a headline's shape (해오름군, 돌봄 일자리 두 배로); a copy
    may print the deck first, which reads as a clause (… 등은 2등급)."""
    above = at - 1
    if meta_at or at != len(head) - 1 or above < 0 or bulleted[above] or bulleted[at]:
        return False
    if not _candidate(head[above]) or (above and _candidate(head[above - 1])):
        return False
    return headline_shaped(head[above]) and _deck(head[at], head[above], 10)


def _headline_over_deck_blocks(
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
        if not (opens[top] and opens[top + 1]) or (top and _candidate(head[top - 1])):
            continue
        headline = head[top]
        if not _candidate(headline) or ends_mid_sentence(headline):
            continue
        if all(_deck(head[i], headline, 8) for i in stack[1:]):
            return top
    return None


def dated_deck(head: list[str]) -> str | None:
    """The deck a copy's date stamp runs into where the headline was left out (date 2025-12-31
    보도자료 1,050건 분석…생활 정책 알려): the rest of the stamped line, when it is neither a
    sentence nor a byline nor chrome."""
    for line in head:
        dated = dated_start(line)
        rest = dated[1] if dated else ""
        if not rest or not HANGUL.search(rest) or split_byline(rest).text != rest:
            continue
        if not (looks_like_prose(rest) or is_chrome(rest) or is_date_line(rest)):
            return rest
    return None


DECK_LINES = 3
"""How many deck lines a headline may carry straight above the lead."""


def _subtitle(head: list[str], title_at: int, meta_at: list[int]) -> str | None:
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
        and _candidate(line)
        and signer_in(line) is None
        and not _FIELD_ROW.fullmatch(line)
    )


_FIELD_ROW = re.compile(r"(?:\d{1,2}\.\s*|[-–•·○□]\s*)?[가-힣][가-힣 ]{0,8}\s*[:：]\s*\S.*")
"""A row of a notice or a board, perhaps an outline's item (1. 사업명 : …, - 조회수 : 38): a
field and its value, never a deck."""
