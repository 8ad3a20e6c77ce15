"""Text pages (copied or dumped out of a browser) cleaned line by line.

The article is the densest run of prose lines; the lines just above it hold the headline, the
byline, the date and a subtitle. Menus, sidebars and footers are short or known chrome lines,
which pull a run's score down, so they fall outside it.
"""

from __future__ import annotations

import re
from collections import Counter

from govreader.clean.boilerplate import (
    copyright_name,
    is_chrome,
    is_date_line,
    is_end_marker,
    is_release_header,
    is_reporter_line,
    is_tool_row,
    squash,
)
from govreader.clean.bylines import byline_alone, split_byline
from govreader.clean.copied import cut_short, marked_captions, repeated, wrapped_groups
from govreader.clean.lines import (
    HANGUL,
    OUTLINE_ITEM,
    Body,
    fingerprint,
    gather,
    holds_sentences,
    looks_like_prose,
    reads_as_headline,
    title_repeats,
)
from govreader.clean.meta import (
    byline_reporter,
    cued_date,
    dated_start,
    iso_date,
    labelled_date,
    named_reporter,
    names_only,
    signature_date,
    signer_in,
    stamp_date,
)
from govreader.model import Article, Page

LOOK_BACK = 150
"""How many non-blank lines above the body may hold its headline, byline, date and subtitle."""
TITLE_LABEL = re.compile(r"(?:제\s*목|글\s*제목)\s*[:：]?\s+(?P<title>\S.{6,200})")
WORD = re.compile(r"\w")
NOISE = re.compile(r"[\d\s\[\]().,:/•·-]{1,20}")
BOARD_ROW = re.compile(
    r"(?:담당\s*부서|부서명|작성자|등록자|게시자|글쓴이|조회수?|연락처)\s*[:：]?\s*\S.{0,100}$"
)
"""A board's row under the headline (담당부서 ... 연락처 ..., 작성자 ... 조회 ...): metadata."""
MASTHEAD = re.compile(
    r"(?:\S+\s?){0,3}(?:보도\s*자료|보도\s*참고\s*자료|설명\s*자료|해명\s*자료|소식지|공지\s*사항)"
    r"(?:\s*\(?[^()]{0,12}\)?)?"
)
"""The masthead of a release or a notice (경상북도 보도자료): what it is, not its headline."""
HEADLINE_MARKS = re.compile(r"[…·‘’“”\"'\[\],]|\.\.")


def line_score(line: str) -> float:
    """How much a line pulls toward being inside the article (negative: away from it)."""
    if not line:
        return 0.0
    dated = dated_start(line)
    if dated:
        line = dated[1]  # a date stamped ahead of the lead: the lead counts
    line = split_byline(line).text  # and a paragraph counts without the byline it carries
    sample = line[:2000]
    if len(WORD.findall(sample)) * 3 < len(sample):  # rules, bars, bullets, bracketed numbers
        return -0.3
    if is_end_marker(line):
        return -6.0
    if is_chrome(line) or is_date_line(line) or is_reporter_line(line) or byline_alone(line):
        return -1.5
    if looks_like_prose(line):
        return 2.0 + min(len(line), 400) / 40
    if holds_sentences(line):
        return 0.6 + min(len(line), 400) / 200
    if OUTLINE_ITEM.fullmatch(line):
        return 0.8 + min(len(line), 400) / 100
    if NOISE.fullmatch(line):
        return -0.3
    if len(line) >= 60:  # a long line that does not end a sentence: a caption or a teaser
        return 0.2 if line.endswith(("…", "..")) else 0.2 + len(line) / 300
    return -0.6


def _scores(lines: list[str]) -> list[float]:
    """Line scores in context.

    A long line with sentences inside counts as article text (a table cell glued to a sidebar)
    unless it is a listing item: a short headline line right above it, itself after a bullet
    or another item, as in "related" and "most read" lists of other stories.
    """
    scores = [line_score(line) for line in lines]
    item = [False] * len(lines)
    for i, line in enumerate(lines):
        above = lines[i - 1] if i else ""
        headed = 8 <= len(above) <= 80 and scores[i - 1] < 0 and not NOISE.fullmatch(above)
        if headed and i >= 2 and scores[i] > 0:
            before = lines[i - 2]
            item[i] = bool(NOISE.fullmatch(before)) or item[i - 2]
        if item[i]:
            scores[i] = min(scores[i], 0.3)
        elif holds_sentences(line) and not looks_like_prose(line) and not headed:
            scores[i] = 1.5 + min(len(line), 400) / 80
    return scores


def best_run(scores: list[float]) -> tuple[int, int]:
    """The span [start, end) whose scores sum highest (Kadane)."""
    best, best_span = float("-inf"), (0, 0)
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


_BOX_RULE = re.compile(r"[\s─━┄┈═┌┐└┘├┤┬┴┼╋┏┓┗┛┣┫┳┻╔╗╚╝╠╣╦╩╬]+")
_BOX_WALLS = str.maketrans(dict.fromkeys("│┃║┆┊", " "))


_PIPE_ROW = re.compile(r"\s*\|.*|.*\|\s*")
_PIPE_RULE = re.compile(r"[\s|:-]+")
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")


def _unboxed(text: str) -> list[str]:
    """Lines of a page whose tables a terminal browser drew with box characters
    (`│ 제목 │ headline │`) or a copy wrote as Markdown (`| 작성일 | 2024-03-14 |`, `![](…)`):
    rules and images dropped, walls made spaces, so the cells read as text."""
    boxed = any(wall in text for wall in "│┃║")
    piped = "|" in text
    if not boxed and not piped and "![" not in text:
        return text.split("\n")
    lines = []
    for line in _MARKDOWN_IMAGE.sub("", text).split("\n"):
        if boxed:
            line = "" if _BOX_RULE.fullmatch(line) else line.translate(_BOX_WALLS)
        if piped and _PIPE_ROW.fullmatch(line):
            line = "" if _PIPE_RULE.fullmatch(line) else line.replace("|", " ")
        lines.append(line)
    return lines


def clean_text(page: Page) -> Article:
    raw = [line for line in _unboxed(page.text) if line.strip()]
    lines = [squash(line) for line in raw]
    bulleted = [squash(line) != line.strip() for line in raw]
    groups = wrapped_groups(lines)
    if len(groups) < len(lines):
        lines = [" ".join(lines[i] for i in group) for group in groups]
        bulleted = [bulleted[group[0]] and len(group) == 1 for group in groups]
    if not lines:
        return Article(text="", path=str(page.path))
    earlier, captions = repeated(lines)
    captions |= marked_captions(lines)
    scores = _scores(lines)
    for i in earlier:
        scores[i] = 0.0
    for i in captions:
        scores[i] = -1.5
    start, end = best_run(scores)
    if cut_short(lines, end):
        end += 1
    head_start = max(0, start - LOOK_BACK)
    title, subtitle, body = _head(lines[head_start:start], bulleted[head_start:start], lines)
    title = _unprefixed(title, lines[head_start:start]) if title else title
    labelled = next((m for m in map(TITLE_LABEL.fullmatch, lines[start : start + 3]) if m), None)
    if labelled:
        title, start = labelled["title"], lines.index(labelled.string, start) + 1
    dropped = earlier | captions
    body = gather((lines[i] for i in range(start, end) if i not in dropped), body)
    if body.published is None:
        body.published = _any_date(lines, start, end) or signature_date(body.paragraphs)
    if body.reporter is None:
        body.reporter = byline_reporter(body.paragraphs) or named_reporter(lines[end : end + 10])
    if title is None and body.paragraphs and reads_as_headline(body.paragraphs[0]):
        title = body.paragraphs.pop(0)
    glued = _GLUED_DECK.fullmatch(title) if title else None
    if glued:  # a deck copied onto the end of its headline (헤드라인- 덱)
        title, subtitle = glued["title"], subtitle or glued["deck"]
    if title:
        said_again = title_repeats(title)
        body.paragraphs = [p for p in body.paragraphs if not said_again(p)]
    return Article(
        text="\n\n".join(body.paragraphs),
        title=title,
        subtitle=subtitle,
        reporter=body.reporter,
        published=body.published or body.updated,
        source=(
            next(filter(None, map(copyright_name, lines[end : end + 80])), None)
            or _release_agency(lines[head_start:start])
        ),
        path=str(page.path),
    )


AGENCY = re.compile(
    r"[가-힣·]{2,12}(?:\s[가-힣·]{2,12}){0,2}?(?:부|처|청|원|위원회|시|군|구|도|공단|공사|재단|본부|의회)"
)
_RELEASE_WORD = re.compile(r"\s*(?:보도\s*자료|보도\s*참고\s*자료|설명\s*자료|해명\s*자료)\s*")


def _release_agency(head: list[str]) -> str | None:
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
_TRAIL = re.compile(r"\s*(?:\s[-–—]\s|[|｜ㅣ<>]|::?\s)\s*(?P<tail>[^|｜ㅣ<>–—]{2,40})$")


def _unprefixed(title: str, head: list[str]) -> str:
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
    return (
        8 <= len(line) <= 100
        and not MASTHEAD.fullmatch(line)
        and not line.endswith(("다.", "요.", "까?", "죠."))
        and not is_chrome(line)
        and not is_end_marker(line)
        and not is_date_line(line)
        and not is_reporter_line(line)
        and not byline_alone(line)
    )


def _head(
    head: list[str], bulleted: list[bool], page: list[str]
) -> tuple[str | None, str | None, Body]:
    """Headline, subtitle and metadata from the lines above the body.

    The headline is the line that most looks like one: followed by a date, a byline or the
    article's tool row (share, print, listen; a list item above it is a deck), repeated
    elsewhere on the page (headers and share bars repeat it), with headline punctuation, close
    to the body, and not a menu item.
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
        if is_reporter_line(line) or stamps[i] or is_date_line(line):
            body.reporter = body.reporter or signer_in(line)
        body.reporter = body.reporter or byline_alone(line)
    for line in head:
        labelled = TITLE_LABEL.fullmatch(line)
        if labelled:
            return labelled["title"], None, body
    counts = Counter(fingerprint(line) for line in page)
    rows = [i for i, line in enumerate(head) if is_release_header(line)]
    masthead = _release_masthead(head, rows)
    best, best_score = None, 0.0
    for i, line in enumerate(head):
        above_meta = i + 1 in meta_at
        if (bulleted[i] and (not above_meta or i + 1 in tools)) or (
            above_meta and i - 1 in meta_at and iso_date(line)
        ):
            continue  # a menu item, or a dated row inside a block of metadata rows
        if i in masthead and (not above_meta or i + 1 in rows):
            continue  # unless a board's headline, above its own 작성자/등록일 row
        if not _candidate(line):
            continue
        distance = min([len(head) - i, *(m - i for m in meta_at if m > i)])
        score = min(len(line), 60) / 30 - distance / 15
        if any(i < m <= i + 6 for m in meta_at):
            score += 5 if above_meta else 3
        if counts[fingerprint(line)] > 1:
            score += 2
        if HEADLINE_MARKS.search(line):
            score += 1
        if score > best_score:
            best, best_score = i, score
    if best is None:
        return None, None, body
    body.published = body.published or _bare_date(head[best + 1 : best + 5])
    top = _above_dash_decks(head, best, meta_at)
    if top is not None:
        return head[top], head[top + 1], body
    if _deck_below_headline(head, bulleted, best, meta_at):
        return head[best - 1], head[best], body
    return head[best], _subtitle(head, best, meta_at), body


def _bare_date(lines: list[str]) -> str | None:
    """A date alone on a line just under the headline (2024.03.14, 2024년 3월 14일 (목)): the
    story's, where a site's header shows today's date far above it."""
    for line in lines:
        if len(line) <= 24 and (found := signature_date([line])):
            return found
    return None


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
    headline-like line that does not continue a menu (headline, deck, then the meta rows)."""
    above = at - 1
    if above < 0 or at + 1 not in meta_at or above in meta_at or bulleted[above]:
        return False
    if not _candidate(head[above]) or len(head[above]) < 12:
        return False
    return above == 0 or not _candidate(head[above - 1]) or head[above - 1] in head[above + 1 :]


def _subtitle(head: list[str], title_at: int, meta_at: list[int]) -> str | None:
    """A deck line: after the byline and date that follow the headline, right above the body."""
    after_meta = [m for m in meta_at if m > title_at]
    if not after_meta:
        return None
    near = range(max(after_meta[-1] + 1, len(head) - 3), len(head))
    for i in near:
        line = head[i]
        deck_like = not line.endswith((".", "]")) and (HANGUL.search(line) or len(line) >= 20)
        other = fingerprint(line) != fingerprint(head[title_at])
        if deck_like and other and _candidate(line) and len(line) >= 12:
            return line
    return None


def _any_date(lines: list[str], start: int, end: int) -> str | None:
    """A cued date near the article first, then anywhere that is not a footer; a page that
    states only when it was last edited (최종편집일 …) is dated so."""
    near = range(max(0, start - LOOK_BACK), min(len(lines), end + 10))
    edited = None
    for i in (*near, *range(len(lines))):
        line = lines[i]
        if i + 1 < len(lines) and len(line) <= 12:  # a label, its value on the next line
            labelled = labelled_date(line, lines[i + 1])
            if labelled:
                return labelled
            edited = edited or labelled_date(line, lines[i + 1], edited=True)
        if is_chrome(line) and not is_date_line(line):
            continue
        found = cued_date(line)
        if found and not found[1]:
            return found[0]
        signed = stamp_date(line) if "기자" in line else None
        if signed:
            return signed  # a byline row with its date (2024-03-14 홍길동 기자)
        edited = edited or (found[0] if found else None)
    return edited
