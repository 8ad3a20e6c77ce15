"""What `search` and `list` print of stored text: one line, nothing that can drive a terminal."""

from __future__ import annotations

from govreader.plain_output import safe


def test_safe_turns_each_control_code_and_bidi_override_into_a_space() -> None:
    unsafe = ["\x00", "\x1b", "\n", "\t", "\x7f", "\x85", "\x9f", "\u202a", "\u202e", "\u2066"]
    unsafe += ["\u2069", "\u2028", "\u2029"]
    for char in unsafe:
        assert safe(f"청년{char}일자리") == "청년 일자리"


def test_safe_keeps_printable_text_and_other_invisible_characters_as_they_are() -> None:
    for text in ("가나구, ‘청년 일자리’ 100명 · 모집…", "", "a\u200bb", "soft\xadhyphen", "\u202f"):
        assert safe(text) == text
