"""Libraries as earlier schema versions wrote them, built straight from their SQL, so the tests of
each migration step start from the real old layout and not from a current library taken apart."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from govreader.library import schema
from govreader.library.location import DB_NAME
from govreader.library.prepared import display_title, encode_facts
from govreader.model import Article


def version_1_library(folder: Path, articles: Sequence[Article], *, version: int = 1) -> Path:
    """A library of `articles` (stored at /p/0, /p/1, …) as version 1 wrote it: plain text, a
    trigram and a pair index. A later `version` then runs the steps up to it: 2 as the
    development version 2 (the facts table, before the compacted texts) left its libraries, 3
    as the compacted layout with the lines holding their article's date and source, 4 without
    the versions of the rules that read each article, 5 without the facts table's generation."""
    folder.mkdir(parents=True)
    path = folder / DB_NAME
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    conn.execute("INSERT INTO schema_version (version) VALUES (1)")
    schema.run_step(conn, 0)
    columns = ", ".join(schema.FACT_COUNT_COLUMNS.values())
    marks = ", ".join("?" * len(schema.FACT_COUNT_COLUMNS))
    for number, article in enumerate(articles, start=1):
        counts = Counter(fact.kind for fact in article.facts)
        conn.execute(
            f"INSERT INTO articles (id, hash, title, subtitle, reporter, published, source,"
            f" {columns}, imported_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, {marks}, 'now',"
            " 'now')",
            (
                number,
                f"h{number}",
                display_title(article),
                article.subtitle,
                article.reporter,
                article.published,
                article.source,
                *(counts.get(kind, 0) for kind in schema.FACT_COUNT_COLUMNS),
            ),
        )
        texts = (article.title or "", article.subtitle or "", article.text)
        conn.execute(
            "INSERT INTO texts (id, title, subtitle, body, facts) VALUES (?, ?, ?, ?, ?)",
            (number, *texts, encode_facts(article.facts)),
        )
        conn.execute(
            "INSERT INTO text_trigrams (rowid, title, subtitle, body) VALUES (?, ?, ?, ?)",
            (number, *texts),
        )
        conn.execute("INSERT INTO paths VALUES (?, ?, 'now')", (f"/p/{number - 1}", number))
    for step in range(1, version):
        conn.execute("BEGIN")
        schema.run_step(conn, step)
        conn.execute("UPDATE schema_version SET version = ?", (step + 1,))
        conn.execute("COMMIT")
    conn.close()
    return folder
