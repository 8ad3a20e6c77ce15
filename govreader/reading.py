"""The pipeline, written once: a saved page's path to a cleaned article with its facts.

Facts are a firewall: a bug in one kind's reader (an `IndexError` on a page nobody foresaw) costs
that kind's facts for that page, not the page. The failure is never hidden: it goes to the
caller's `problems` list as one line naming the kind and the exception, which the commands print
beside their other per-file lines; a caller that keeps no list gets the exception. With
`GOVREADER_STRICT` set (the test suite sets it), failures are raised, so tests keep catching
reader bugs.

`reader_versions` names the rules an article was read by, so the library can tell an article read
by older rules (or one that lost a kind's facts) from one that is up to date.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import NamedTuple

from govreader.clean import clean_page
from govreader.ingest import load_page
from govreader.model import Article, Fact, PageError

STRICT_ENV = "GOVREADER_STRICT"
NO_TEXT = "no article text found in it"
"""Why a page that reads as nothing at all is refused: a page of nothing but markup, scripts or
data (a million attributes, empty elements, an app saved before it drew its story) was an empty
article that `clean` printed, `facts` found nothing in and `add` stored, each as a success."""


class ReaderVersions(NamedTuple):
    """Which rules read an article: `cleaning` (ingest and clean), `facts` (the facts readers)."""

    cleaning: str
    facts: str


@cache
def reader_versions() -> ReaderVersions:
    """A digest of the source of the modules each step runs. Derived, not a number bumped by
    hand (easily forgotten): any release, or any local edit, that changes a rule changes it;
    a change that alters no rule (a comment) costs one needless re-reading, never a stale one."""
    from govreader import clean, facts, hangul_forms, ingest

    return ReaderVersions(_source_digest(ingest, clean, hangul_forms), _source_digest(facts))


def _source_digest(*packages: object) -> str:
    """The digest of each package's modules, or of a module's own file (`hangul_forms`, which
    ingest runs but which lies outside it, below the layers that show file names)."""
    digest = hashlib.sha256()
    for package in packages:
        folders = getattr(package, "__path__", None)
        if folders is None:
            sources = [Path(str(getattr(package, "__file__", "")))]
        else:
            sources = [s for folder in map(Path, folders) for s in sorted(folder.glob("*.py"))]
        for source in sources:
            digest.update(source.name.encode())
            digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def read_page(path: Path, data: bytes | None = None, problems: list[str] | None = None) -> Article:
    """Load, clean and extract facts from one page (from `data`, its bytes, when given); raises
    `PageError` for unreadable input. A facts reader that fails adds a line to `problems`
    (when given and not strict) and contributes no facts."""
    return read_facts(read_article(path, data), problems)


def read_article(path: Path, data: bytes | None = None) -> Article:
    """The cleaned article of one page; raises `PageError` for unreadable input, and for a page
    in which neither a title nor any text is found (`NO_TEXT`): a headline alone (a note, a
    photo's page) is still something to read."""
    article = clean_page(load_page(path, data))
    if not article.text.strip() and not (article.title or "").strip():
        raise PageError(path, NO_TEXT)
    return article


def read_facts(article: Article, problems: list[str] | None = None) -> Article:
    """`article` with its facts read again (its own facts dropped), through the same firewall as
    `read_page`: what an article stored by older facts rules needs, without cleaning it again."""
    from govreader.facts import extract  # here: `clean` reads pages without the facts readers

    if problems is None or os.environ.get(STRICT_ENV):
        return replace(article, facts=tuple(extract(article)))

    def guard(kind: str, read: Callable[[], Iterable[Fact]]) -> list[Fact]:
        try:
            return list(read())
        except Exception as error:  # the firewall: one kind's bug costs that kind only
            problems.append(_lost(kind, error))
            return []

    try:
        facts = extract(article, guard)
    except Exception as error:  # a bug in what every kind shares (sentences, context)
        problems.append(_lost("", error))
        facts = []
    return replace(article, facts=tuple(facts))


def _lost(kind: str, error: Exception) -> str:
    what = f"its {kind} facts" if kind else "its facts"
    return (
        f"{what} could not be read ({type(error).__name__}: {error}), "
        "a bug in govreader; the article is kept without them"
    )
