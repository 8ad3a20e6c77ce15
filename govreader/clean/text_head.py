"""The block of lines above a text page's body: headline, deck, byline, date, a release's masthead.

The headline is the line that most looks like one near the body: above its date, byline or tool
row, repeated elsewhere on the page, with headline punctuation, not a menu item, a release's
masthead or header row, or a deck.
"""

from __future__ import annotations

import re
from collections import Counter

from govreader.clean.boilerplate import is_chrome, is_release_header, is_tool_row
from govreader.clean.bylines import byline_alone, split_byline
from govreader.clean.captions import is_caption
from govreader.clean.dates import cued_date, date_alone, dated_start, iso_date, stamp_date
from govreader.clean.head_decks import (
    above_dash_decks,
    deck_below_headline,
    headline_atop,
    headline_over_deck_blocks,
    names_leads_subject,
    stacked_deck,
    subject_over_decks,
    subtitle_of,
    top_of_deck_stack,
)
from govreader.clean.headline_form import HEADLINE_MARKS, MASTHEAD, candidate, headline_form
from govreader.clean.lines import HANGUL, Body, fingerprint, looks_like_prose
from govreader.clean.metadata_lines import is_date_line, is_reporter_line
from govreader.clean.reporters import person_name, signer_in
from govreader.clean.site_names import names_only

TITLE_LABEL = re.compile(r"(?:제\s*목|글\s*제목)\s*[:：|｜]?\s+(?P<title>\S.{6,200})")
BOARD_ROW = re.compile(
    r"(?:담당\s*부서|부서명|작성자|등록자|게시자|글쓴이|조회수?|연락처)\s*[:：]?\s*\S.{0,100}$"
)
"""A board's row under the headline (담당부서 ... 연락처 ..., 작성자 ... 조회 ...): metadata."""


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
_ARTICLE_VIEW = re.compile(r"(?:\s<\s[^<>|]{1,20}){1,4}\s<\s기사\s?본문(?:\s[-|｜]\s.{1,40})?$")
"""The trail a news CMS gives every story's page title: its sections and 기사본문, then the
site's name (헤드라인 < 사회 < 기사본문 - 해오름일보), copied as the first line."""


_SEPARATED = re.compile(r"\s*(?:[|｜ㅣ:<>]|\s[-–—]\s)")


def unprefixed(title: str, head: list[str]) -> str:
    """The headline without the site's name ahead of it (해오름TV [기획] 헤드라인) or after a
    separator (헤드라인 | 해오름), when the head also states it alone, or else a site's name or
    board after it (헤드라인 - 해오름일보, 헤드라인 < 지역 < 해오름신문), as a copied page title has
    them."""
    for line in head:
        if len(line) < 8 or len(title) - len(line) > 16:
            continue
        if title.endswith(" " + line) or (
            title.startswith(line) and _SEPARATED.match(title, len(line))
        ):
            return line
    viewed = _ARTICLE_VIEW.search(title)
    title = title[: viewed.start()] if viewed and viewed.start() >= 8 else title
    for _ in range(4):
        trail = _TRAIL.search(title)
        if trail is None or trail.start() < 8 or not names_only(trail["tail"]):
            break
        title = title[: trail.start()]
    return title


def head_block(
    head: list[str],
    bulleted: list[bool],
    page: list[str],
    lead: str = "",
    opens: list[bool] | None = None,
    story: str = "",
) -> tuple[str | None, str | None, Body]:
    """Headline, subtitle and metadata from the lines above the body, whose first line is `lead`;
    `opens` tells, for each head line and the lead, whether a blank line comes before it.

    The headline is the line that most looks like one: followed by a date, a byline or the
    article's tool row (share, print, listen; a list item above it is a deck), repeated
    elsewhere on the page (headers and share bars repeat it), with headline punctuation, close
    to the body, and not a menu item (a lone list item right above the body is the headline a
    dump bulleted), nor a section's label that the lead opens with (위원회 above 위원회는 …)
    when a likelier line is there. A deck picked so gives way to the headline stacked right
    above it that names the subject the story's text (`story`) is about.
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
    stamped = {i: rest for i, line in enumerate(head) if (rest := _stamped_rest(line, lead))}
    head = [stamped.get(i, line) for i, line in enumerate(head)]
    counts = Counter(fingerprint(line) for line in page)

    def vouched(line: str) -> bool:
        """A headline the page vouches for by layout where a chrome word inside it (발행인,
        소식지) would veto it: printed again elsewhere on the page, right above a date or byline
        row, in a headline's form."""
        return counts[fingerprint(line)] > 1 and headline_form(line) and bool(HANGUL.search(line))

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
        if not candidate(line) and not (vouched(line) and above_meta) and i not in stamped:
            continue
        if is_caption(line):
            continue  # a photo's caption above the story: what a picture shows, not the headline
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
    top = headline_atop(head, bulleted, best, meta_at, lead)
    if top is not None:
        return head[top], head[best], body
    top = above_dash_decks(head, best, meta_at)
    if top is not None:
        return head[top], head[top + 1], body
    top = headline_over_deck_blocks(head, bulleted, best, meta_at, opens or [])
    if top is not None:
        return head[top], "\n".join(head[top + 1 : best + 1]), body
    top = top_of_deck_stack(head, bulleted, best, meta_at, lead)
    if top is not None:
        return head[top], subtitle_of(head, top, meta_at), body
    printed_once = counts[fingerprint(head[best])] == 1  # a line printed twice is the headline
    top = subject_over_decks(head, bulleted, best, meta_at, story) if printed_once else None
    if top is not None:
        decks = "\n".join(head[top + 1 : best + 1]) if any(m > top for m in meta_at) else None
        return head[top], decks or subtitle_of(head, top, meta_at), body
    if deck_below_headline(head, bulleted, best, meta_at) or stacked_deck(
        head, bulleted, best, meta_at
    ):
        return head[best - 1], head[best], body
    return head[best], subtitle_of(head, best, meta_at), body


def _stamped_rest(line: str, lead: str) -> str | None:
    """The headline a copy's date stamp runs into (date 2025-10-01 해오름시 소식지 만족도 조사
    실시): words in a headline's form that name the body the lead is about, where a deck after
    the stamp (date 2025-10-01 내달 3일까지 신청) goes on about it unnamed. The stamp vouches for
    the line as the story's own, so a chrome word inside (만족도 조사) does not veto it."""
    dated = dated_start(line)
    rest = dated[1] if dated else ""
    if not (rest and headline_form(rest) and HANGUL.search(rest)):
        return None
    return rest if names_leads_subject(rest, lead) else None


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
    if any(candidate(line) for line in head[rows[-1] + 1 :]):
        return set(range(rows[-1]))
    return {i for i in range(rows[-1]) if len(head[i]) <= 25}


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
