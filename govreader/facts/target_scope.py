"""Sentences whose numbers belong to an upper body (정부는, 경기도는) in a city's story.

Kept apart: it decides which sentences the target rules read, not how a count is typed.
"""

from __future__ import annotations

import re

from govreader.facts.sentences import Piece

# `정부는 …`, `경기도는 …` in a city's story: the upper body's numbers are context, not the
# story's targets. A story whose lead is such a body keeps them.
_UPPER_BODY = (
    r"(?:정부|국회|[가-힣]{2,8}부|(?:경기|강원|충북|충남|전북|전남|경북|경남|제주|충청북|충청남|전라북"
    r"|전라남|경상북|경상남)도)"
)
_UPPER_TOPIC = re.compile(
    rf"^(?:한편\s|또\s|앞서\s|특히\s|이와 별도로\s)?{_UPPER_BODY}(?:는|은|도)\s"
)
_LEAD_TOPIC = re.compile(r"^(?:\S+\s)?[가-힣]{2,12}(?:\([^()]{0,20}\))?(?:는|은|가|이)\s")
_UPPER_LEAD = re.compile(rf"^(?:\S+\s)?{_UPPER_BODY}(?:\([^()]{{0,20}}\))?(?:는|은|가|이)\s")


def about_upper_body(pieces: list[Piece]) -> set[int]:
    """Starts of the sentences whose topic is the government or a province, in a story led by
    another body."""
    lead = next((piece for piece in pieces[:5] if _LEAD_TOPIC.match(piece.text)), None)
    if lead is not None and _UPPER_LEAD.match(lead.text):
        return set()
    return {piece.start for piece in pieces if _UPPER_TOPIC.match(piece.text)}
