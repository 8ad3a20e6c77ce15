"""Article to facts: awards, programs, targets, audiences, amounts and quotes, with exact spans."""

from __future__ import annotations

from govreader.model import Article, Fact


def extract(article: Article) -> list[Fact]:
    return []
