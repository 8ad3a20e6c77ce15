"""Facts as the store keeps them: compact JSON of kind, span and fields (the text is the
article's, sliced). Apart from `prepared` (the import worker's), so opening an article in the
reader does not load the search index's tokenizer with it."""

from __future__ import annotations

import json
from collections.abc import Sequence

from govreader.model import Fact, FactKind


def encode_facts(facts: Sequence[Fact]) -> str:
    return json.dumps(
        [[str(f.kind), f.start, f.end, dict(f.fields)] for f in facts],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def decode_facts(data: str, text: str) -> tuple[Fact, ...]:
    return tuple(
        Fact(FactKind(kind), start, end, text[start:end], fields)
        for kind, start, end, fields in json.loads(data)
    )
