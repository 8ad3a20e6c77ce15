"""Text pages (copied or dumped out of a browser) cleaned line by line.

The article is the densest run of prose lines; the lines just above it hold the headline, the
byline, the date and a subtitle. Menus, sidebars and footers are short or known chrome lines,
which pull a run's score down, so they fall outside it.
"""

from __future__ import annotations

from govreader.clean.boilerplate import (
    is_chrome,
    is_date_line,
    is_end_marker,
    is_reporter_line,
    squash,
)
from govreader.clean.lines import Body, gather, looks_like_prose
from govreader.clean.meta import byline_reporter, cued_date, iso_date, reporter_in
from govreader.model import Article, Page

LOOK_BACK = 12
"""How many non-blank lines above the body may hold its headline, byline, date and subtitle."""


def line_score(line: str) -> float:
    """How much a line pulls toward being inside the article (negative: away from it)."""
    if not line:
        return 0.0
    if is_end_marker(line):
        return -6.0
    if is_chrome(line) or is_date_line(line) or is_reporter_line(line):
        return -1.5
    if looks_like_prose(line):
        return 2.0 + min(len(line), 400) / 40
    if len(line) >= 60:
        return 0.5 + len(line) / 100
    return -0.6


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
    lines = [squash(line) for line in page.text.split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        return Article(text="", path=str(page.path))
    start, end = best_run([line_score(line) for line in lines])
    head = lines[max(0, start - LOOK_BACK) : start]
    title, subtitle, body = _head(head)
    body = gather(lines[start:end], body)
    if body.published is None:
        body.published = _any_date(lines, start)
    if body.reporter is None:
        body.reporter = byline_reporter(body.paragraphs)
    if title is None and body.paragraphs and len(body.paragraphs[0]) <= 100:
        title = body.paragraphs.pop(0)
    return Article(
        text="\n\n".join(body.paragraphs),
        title=title,
        subtitle=subtitle,
        reporter=body.reporter,
        published=body.published or body.updated,
        source=None,
        path=str(page.path),
    )


def _head(head: list[str]) -> tuple[str | None, str | None, Body]:
    """Headline, subtitle and metadata from the lines just above the body."""
    body = Body()
    meta_at = [i for i, line in enumerate(head) if is_date_line(line) or is_reporter_line(line)]
    for i in meta_at:
        line = head[i]
        found = cued_date(line)
        if found and not found[1]:
            body.published = body.published or found[0]
        elif found:
            body.updated = body.updated or found[0]
        if is_reporter_line(line):
            body.reporter = body.reporter or reporter_in(line)

    def candidate(line: str) -> bool:
        return (
            6 <= len(line) <= 160
            and not is_chrome(line)
            and not is_end_marker(line)
            and not is_date_line(line)
            and not is_reporter_line(line)
        )

    if meta_at:
        before = [line for line in head[: meta_at[0]] if candidate(line)]
        after = [line for line in head[meta_at[-1] + 1 :] if candidate(line)]
        title = before[-1] if before else None
        subtitle = after[0] if after and not looks_like_prose(after[0]) else None
        return title, subtitle, body
    candidates = [line for line in head if candidate(line) and not looks_like_prose(line)]
    return (candidates[-1] if candidates else None), None, body


def _any_date(lines: list[str], start: int) -> str | None:
    for line in lines:
        found = cued_date(line)
        if found and not found[1]:
            return found[0]
    for line in lines[max(0, start - LOOK_BACK) : start + 3]:
        if is_date_line(line) or len(line) < 40:
            iso = iso_date(line)
            if iso:
                return iso
    return None
