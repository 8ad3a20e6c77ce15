"""Decomposed Hangul (NFD conjoining jamo) recombined into syllables (NFC).

macOS writes file names decomposed, and some pages carry text copied from such names or from
software that decomposes: `한` as `ᄒ` + `ᅡ` + `ᆫ`. Decomposed, a word matches no pattern of the
extractor, no search term typed in the usual (composed) form, and is drawn by some terminals as
separate letters. Only Hangul is recomposed, not the whole text: full NFC would also turn the
compatibility Hanja of KS X 1001 (U+F900 on), which EUC-KR pages hold, into other code points.
"""

from __future__ import annotations

import re
import unicodedata

_JAMO_RUN = re.compile("[\uac00-\ud7a3]?[\u1100-\u11ff]+")
"""Conjoining jamo, with the syllable before them (a decomposed final can follow a composed
syllable: `가` + `ᆨ` is `각`)."""

_JAMO = re.compile("[\u1100-\u11ff]")


def composed_hangul(text: str) -> str:
    """`text` with its decomposed Hangul syllables composed; jamo that make no modern syllable
    stay as they are."""
    if _JAMO.search(text) is None:  # nearly every text: one scan, no copy
        return text
    return _JAMO_RUN.sub(lambda run: unicodedata.normalize("NFC", run.group()), text)


def shown_name(path: object) -> str:
    """A file's name or path as shown to the user, its Hangul composed; the path used to open the
    file stays the real (maybe decomposed) one."""
    return composed_hangul(str(path))
