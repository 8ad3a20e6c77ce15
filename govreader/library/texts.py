"""Article text as the library stores it: UTF-8, zlib-compressed.

The body and the facts are read only when an article opens, when a search shows its line, or when
a search must check a match the index cannot prove; compressed they take a third of the room.
"""

from __future__ import annotations

import zlib

LEVEL = 9


def pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), LEVEL)


DAMAGED = (zlib.error, ValueError, TypeError, RecursionError)
"""What `unpack` (and decoding what it returns) raises for a value that is not what was packed
(JSON nested deeper than the decoder recurses included)."""


def unpack(data: bytes) -> str:
    return zlib.decompress(data).decode("utf-8")
