"""Terminal safety: decoded page text never carries control codes that could drive a terminal.

Every decoded text passes through `terminal_safe` once, so no later layer has to think about
escape sequences, NULs or bidi overrides hidden in a page.
"""

from __future__ import annotations

import re

_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC, ended by BEL or ST
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC
    r"|\x9b[0-?]*[ -/]*[@-~]?"  # 8-bit CSI
    r"|\x9d[^\x07\x9c]*[\x07\x9c]?"  # 8-bit OSC
    r"|\x1b[ -~]?"  # any other escape and its one final byte
)

_DROP = {c: None for c in (*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0xA0))}
_DROP.update({c: None for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})
_DROP.update({0x0B: "\n", 0x0C: "\n", 0x0D: "\n", 0x2028: "\n", 0x2029: "\n", 0xFEFF: None})


def terminal_safe(text: str) -> str:
    """`text` with \\r\\n as \\n, without C0/C1 controls (but \\n, \\t), escapes, bidi overrides."""
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    if "\x1b" in text or "\x9b" in text or "\x9d" in text:
        text = _ESCAPES.sub("", text)
    return text.translate(_DROP)
