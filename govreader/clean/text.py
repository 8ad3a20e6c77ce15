"""Text pages (copied or dumped out of a browser) cleaned line by line.

The article is the densest run of prose lines; the lines just above it hold the headline, the
byline, the date and a subtitle. Menus, sidebars and footers are short or known chrome lines,
which pull a run's score down, so they fall outside it.
"""

from __future__ import annotations

import re

from govreader.clean.boilerplate import is_chrome, is_end_marker, squash
from govreader.clean.broken_sentences import joined_sentences
from govreader.clean.bylines import byline_alone, split_byline
from govreader.clean.captions import caption_ahead, is_caption, lone_captions
from govreader.clean.copied import (
    cut_short,
    doubled_lines,
    marked_captions,
    photo_story,
    repeated,
    summary_box,
    without_script_end,
    wrapped_groups,
)
from govreader.clean.dates import (
    cued_date,
    date_alone,
    dated_start,
    labelled_date,
    signature_date,
    split_date,
    stamp_date,
)
from govreader.clean.fields import field_rows, is_marked_label, is_marked_row, labels_over_rows
from govreader.clean.glued_heads import unglued_heads
from govreader.clean.lines import (
    OUTLINE_ITEM,
    fingerprint,
    gather,
    holds_sentences,
    looks_like_prose,
    past_promo,
    reads_as_headline,
    related_boxes,
    rights_cut,
    title_repeats,
)
from govreader.clean.list_sections import section_labels
from govreader.clean.metadata_lines import (
    copyright_name,
    is_date_line,
    is_registration,
    is_reporter_line,
    own_meta_line,
)
from govreader.clean.register import polite_sentences, reader_notices, rules_lists
from govreader.clean.reporters import byline_reporter, dateline_reporter, named_reporter
from govreader.clean.restated import without_restated
from govreader.clean.tails import chrome_tail, widget_line
from govreader.clean.text_head import (
    TITLE_LABEL,
    dated_deck,
    head_block,
    release_agency,
    unglued,
    unprefixed,
)
from govreader.clean.text_markup import unboxed, unmarked
from govreader.clean.translation import translated_lines
from govreader.model import Article, Page

LOOK_BACK = 150
"""How many non-blank lines above the body may hold its headline, byline, date and subtitle."""
STORY = 12.0
"""A best run scoring less holds no story: a line or two, perhaps a notice's stray long row."""
FIELD_ROW = 0.4
"""A notice's labelled row on a page with no story, or a label over a row of the article:
article text, as a notice field is."""
CHROME = -1.5
"""The score of the page's own rows (chrome, dates, bylines): they end a notice's field."""
POLITE_SENTENCE = 0.5
"""A short polite sentence of a page told politely scores as a short plain one does."""
WORD = re.compile(r"\w")
NOISE = re.compile(r"[\d\s\[\]().,:/•·-]{1,20}")
SHORT_SENTENCE = re.compile(r"[가-힣](?<!니)다\.[”\"’']?$")
"""A story's sentence ends in 다. (했다., 이다.); a widget's notice in 니다. (로그인이
필요합니다.)."""
NOTICE_FIELD = re.compile(
    r"(?:[ㅇ○◦□■❍●\-·∙]\s?)?[가-힣][가-힣\s]{0,10}[가-힣](?:\([^()]{1,20}\))?\s?[:：]\s?\S.{0,100}"
)
"""A notice's field, perhaps an outline's item (신청기간: 3월 4일까지, ○ 대상 : 만 19세 이상,
- 이행률(임기내) : 83.5%): what the notice says, unless it is one of the page's own rows
(담당부서 :, 연락처 :), which are chrome."""


def line_score(line: str) -> float:
    """How much a line pulls toward being inside the article (negative: away from it)."""
    if not line:
        return 0.0
    dated = dated_start(line)
    if dated:
        line = dated[1]  # a date stamped ahead of the lead: the lead counts
    line = split_byline(rights_cut(line)).text  # a paragraph counts without a byline or notice
    line = chrome_tail(line)[0]  # or the page's row glued after its last sentence
    line = line[caption_ahead(line) :]  # or a photo's caption glued ahead of it
    sample = line[:2000]
    if len(WORD.findall(sample)) * 3 < len(sample):  # rules, bars, bullets, bracketed numbers
        return -0.3
    if is_end_marker(line) or widget_line(line):
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
    if NOTICE_FIELD.fullmatch(line):
        return 0.4
    if len(line) >= 12 and SHORT_SENTENCE.search(line[-6:]):
        return 0.5  # a short sentence of the story (해오름군이 새 농업인 19명을 배출했다.)
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


def clean_text(page: Page) -> Article:
    every, heads = unglued_heads(unboxed(unmarked(page.text)))
    raw = [line for line in every if line.strip()]
    opens = [i == 0 or not every[i - 1].strip() for i, line in enumerate(every) if line.strip()]
    squashed = [squash(line) for line in raw]  # once: a page may be one line of megabytes
    lines = [without_script_end(line) for line in squashed]
    bulleted = [line != whole.strip() for line, whole in zip(squashed, raw, strict=True)]
    groups = wrapped_groups(lines, opens)
    if len(groups) < len(lines):
        lines = [" ".join(lines[i] for i in group) for group in groups]
        bulleted = [bulleted[group[0]] and len(group) == 1 for group in groups]
        opens = [opens[group[0]] for group in groups]
    if not lines:
        return Article(text="", path=str(page.path))
    earlier, captions = repeated(lines)
    captions |= marked_captions(lines) | doubled_lines(lines)
    captions |= lone_captions(lines)
    scores = _scores(lines)
    for i in section_labels(lines, scores):
        scores[i] = 0.0
    labels = labels_over_rows(lines, scores)
    for i in labels:
        scores[i] = FIELD_ROW
    for i in polite_sentences(lines):
        scores[i] = max(scores[i], POLITE_SENTENCE)
    for i in earlier | summary_box(lines) | related_boxes(lines):
        scores[i] = 0.0
    for i in captions:
        scores[i] = -1.5
    for i in (i for i, line in enumerate(lines) if line in heads):
        scores[i] = CHROME
    for i in translated_lines(lines):
        scores[i] = CHROME
    notices = reader_notices(lines) | rules_lists(lines)
    for i in notices:
        scores[i] = CHROME
    start, end = best_run(scores)
    fields = _storyless_fields(lines, scores, start, end)
    if fields:
        start, end = best_run(scores)
    after = end
    while after + 1 < len(lines) and (after in captions or is_caption(lines[after])):
        after += 1  # captions between the body and its last paragraph (dropped below)
    if cut_short(lines, end, after):
        end = after + 1
    run_start, start = start, past_promo(lines, start, end)
    head_start = max(0, start - LOOK_BACK, _promos_end(lines, run_start, start))
    lead = lines[start] if start < len(lines) else ""
    head = lines[head_start:start]
    title, subtitle, body = head_block(
        head,
        bulleted[head_start:start],
        lines,
        lead,
        opens[head_start : start + 1],
        " ".join(lines[start:end]),
    )
    subtitle = subtitle or dated_deck(head)
    title = unprefixed(title, head) if title else title
    labelled = next((m for m in map(TITLE_LABEL.fullmatch, lines[start : start + 3]) if m), None)
    if labelled:
        title, start = labelled["title"], lines.index(labelled.string, start) + 1
    dropped = earlier | captions | notices | {i for i in fields if NOISE.fullmatch(lines[i])}
    body = gather((lines[i] for i in range(start, end) if i not in dropped), body, copied=True)
    body.paragraphs = joined_sentences(without_restated(body.paragraphs))
    if not body.paragraphs:
        body.paragraphs = photo_story(lines)
    if body.published is None:
        body.published = (
            _any_date(lines, start, end)
            or signature_date(body.paragraphs)
            or next(filter(None, map(date_alone, lines[max(0, start - 3) : start])), None)
            or next(filter(None, map(_row_date, lines[end : end + 3])), None)
        )
    if body.reporter is None or _posted_by(head, body.reporter):
        body.reporter = dateline_reporter(lines[max(0, start - 3) : start + 2]) or body.reporter
    if body.reporter is None:
        body.reporter = (
            byline_reporter(body.paragraphs)
            or named_reporter(_past(lines, end, notices)[:10])
            or named_reporter(reversed(_uncaptioned(head, head_start, captions)[-3:]))
        )
    own = next(filter(None, map(own_meta_line, head)), None)  # `govreader clean` saved
    if own is not None and body.reporter is None:
        body.reporter = own[1]
    if subtitle and fingerprint(subtitle) in {fingerprint(p) for p in body.paragraphs}:
        subtitle = None  # a line of the body printed twice on the page, not a deck
    if (
        title is None
        and body.paragraphs
        and reads_as_headline(body.paragraphs[0])
        and not ((fields or labels) and is_marked_label(body.paragraphs[0]))
        and not is_marked_row(body.paragraphs[0])
    ):
        title = body.paragraphs.pop(0)
    if not body.paragraphs and title:
        body.paragraphs = _decks_alone(lines, title)
        subtitle = None if body.paragraphs else subtitle
    if title:
        title, subtitle = unglued(title, subtitle)
        if subtitle and fingerprint(subtitle) == fingerprint(title):
            subtitle = None  # the headline printed twice (header and share bar), not a deck
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
            or release_agency(head)
            or (own[0] if own else None)
        ),
        path=str(page.path),
    )


def _promos_end(lines: list[str], run_start: int, start: int) -> int:
    """Where the head of a story that other stories' promos stand above begins: right after the
    last promo's teaser, so that its own headline, not a promo's, is the one read; no bound (0)
    when `past_promo` left the run's start where it was."""
    if start == run_start:
        return 0
    return start - 1 if reads_as_headline(lines[start - 1]) else start


def _uncaptioned(head: list[str], at: int, captions: set[int]) -> list[str]:
    """The head's lines (the first at index `at` of the page) but photo captions, for a byline in
    a shape the head did not read: a caption's credit (… 있다. 해오름일보 홍길동 기자) names who
    took the photo, not who wrote the story."""
    return [line for i, line in enumerate(head, at) if i not in captions]


def _past(lines: list[str], end: int, notices: set[int]) -> list[str]:
    """The lines after the story, the site's notices left out: a comment box's or a board's rules
    between a story and its byline do not put the byline out of reach."""
    after = enumerate(lines[end : end + 10 + len(notices)], end)
    return [line for i, line in after if i not in notices]


def _posted_by(head: list[str], name: str) -> bool:
    """Whether the head names `name` only where a board names who posted (작성자 홍길동, a name
    over a date row), never as a reporter (홍길동 기자): a story's own byline then names its
    writer better."""
    return not any(name in line and ("기자" in line or "특파원" in line) for line in head)


def _storyless_fields(lines: list[str], scores: list[float], start: int, end: int) -> set[int]:
    """The rows of a notice's fields (`fields.field_rows`) when the best run holds no story,
    scored as article text in `scores` (separators between cells, `-`, as nothing)."""
    if sum(scores[start:end]) >= STORY:
        return set()
    pairs = zip(lines, scores, strict=True)
    chrome = [score <= CHROME and bool(WORD.search(line)) for line, score in pairs]
    rows = field_rows(lines, chrome, (start, end))
    for i in rows:
        scores[i] = 0.0 if NOISE.fullmatch(lines[i]) else max(scores[i], FIELD_ROW)
    return rows


def _decks_alone(lines: list[str], title: str) -> list[str]:
    """The decks under a headline on a page that holds nothing else (a release copied without its
    body): they are all the story there is, so they are its text, not lost. They run from the
    headline to the first row that is not one (a date, a byline, chrome, a footer)."""
    decks: list[str] = []
    for line in lines[lines.index(title) + 1 :] if title in lines else []:
        if len(line) < 10 or fingerprint(line) == fingerprint(title):
            break
        if is_chrome(line) or is_date_line(line) or is_reporter_line(line):
            break
        if is_end_marker(line) or byline_alone(line) or _row_date(line):
            break
        decks.append(line)
    return decks


def _row_date(line: str) -> str | None:
    """The date of a row that is a date, perhaps with its time, byline or one more field (a
    portal card's `- 2024-03-14 10:21` under its teaser); never the outlet's registration row."""
    return None if is_registration(line) else date_alone(line) or stamp_date(line)


def _any_date(lines: list[str], start: int, end: int) -> str | None:
    """A cued date near the article first, then anywhere that is not a footer; a page that
    states only when it was last edited (최종편집일 …) is dated so."""
    near = range(max(0, start - LOOK_BACK), min(len(lines), end + 10))
    edited = None
    # each line once: a page of one endless line is read once, not twice
    for i in (*near, *range(near.start), *range(near.stop, len(lines))):
        line = lines[i]
        if i + 1 < len(lines) and len(line) <= 12:  # a label, its value on the next line
            labelled = labelled_date(line, lines[i + 1]) or split_date(line, lines[i + 1])
            if labelled:
                return labelled
            edited = edited or labelled_date(line, lines[i + 1], edited=True)
        if (is_chrome(line) and not is_date_line(line)) or is_registration(line):
            continue
        found = cued_date(line)
        if found and not found[1]:
            return found[0]
        signed = stamp_date(line) if "기자" in line else None
        if signed:
            return signed  # a byline row with its date (2024-03-14 홍길동 기자)
        edited = edited or (found[0] if found else None)
    return edited
