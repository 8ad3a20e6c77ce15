"""What officials say names no audience of the article: their statements are blanked out before
the audience readers look (`관계자는 “누구나 … 이용할 수 있도록 …”이라며`).

Split from `audience` because finding a statement's bounds (whole, or the end or start of one
the sentence reader cut) is its own concern.
"""

from __future__ import annotations

import re

# A statement in double quotes followed by a quoting ending (고, 라고, 며, 라며, 면서).
_SPEECH_RE = re.compile(
    r"“[^“”\n]{4,600}”(?=(?:이)?라|고|며|면서)|\"[^\"\n]{4,600}\"(?=(?:이)?라|고|며|면서)"
)
_SPEECH_END_RE = re.compile(r"^[^“”\n]{4,600}”(?=(?:이)?라|고|며|면서)")
_SPEECH_START_RE = re.compile(r"“[^“”\n]{4,600}$")


def unspoken(text: str) -> str:
    """`text` with what officials say blanked out (same length, so offsets hold): a clause in
    `관계자는 “누구나 … 이용할 수 있도록 …”이라며` names no audience of the article. A statement
    of several sentences is cut by the sentence reader, so a sentence may hold only its end
    (`… 노력하겠다”라고 밝혔다`) or its start (`위원장은 “… 감사드린다.`)."""
    text = _SPEECH_RE.sub(lambda match: " " * len(match.group()), text)
    text = _SPEECH_END_RE.sub(lambda match: " " * len(match.group()), text)
    return _SPEECH_START_RE.sub(lambda match: " " * len(match.group()), text)
