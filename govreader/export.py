"""Serialising articles and their facts: the facts contract as JSON, JSON Lines or CSV.

It depends on the model alone, so the CLI and the TUI's export share one writer.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from enum import StrEnum

from govreader.model import FACT_FIELDS, Article


class ExportFormat(StrEnum):
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"


CSV_COLUMNS: tuple[str, ...] = (
    "path",
    "title",
    "kind",
    "start",
    "end",
    "text",
    *dict.fromkeys(name for names in FACT_FIELDS.values() for name in names),
)


def export(articles: Iterable[Article], fmt: ExportFormat) -> str:
    """The articles in `fmt`; CSV starts with a BOM so spreadsheets read it as UTF-8."""
    if fmt is ExportFormat.JSON:
        return json.dumps([a.to_dict() for a in articles], ensure_ascii=False, indent=2) + "\n"
    if fmt is ExportFormat.JSONL:
        return "".join(json.dumps(a.to_dict(), ensure_ascii=False) + "\n" for a in articles)
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for article in articles:
        for fact in article.facts:
            writer.writerow({"path": article.path, "title": article.title, **fact.to_dict()})
    return buffer.getvalue()
