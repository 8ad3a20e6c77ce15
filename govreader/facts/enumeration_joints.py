"""Whether a separator in a Korean list really joins two items, for the enumeration reader.

와/과 is a particle only after the syllable it suits (과 after a final consonant, 와 after a
vowel) and not in a noun of its own (성과, 결과); 이나/나 likewise (not 코로나, not 있거나); 하고
only between bodies (중구하고 동구, not 지원하고); 나 not as the last syllable of a word of two
syllables (`가나 팀`, a name) nor of a name before a title (`김하나 주무관`); a middle dot only
between parts of two syllables or more (청년·신혼부부, not 시·군·구); a comma or slash not between
digits; a word in 과 before a person is a department (`시민안전과 정하늘 주무관`).
"""

from __future__ import annotations

import re

from govreader.facts.phrases import has_final, is_plain_word, word_set

# How far a joint looks at the words beside it: a word is far shorter.
_WINDOW = 40
SEPARATOR_RE = re.compile(
    r"\s*[,，、]\s*"
    r"|\s*/\s*"
    r"|[·∙ㆍ‧]"
    r"|\s+(?:및|또는|그리고)\s+"
    r"|(?<=\S)(?:이나|와|과|나|하고)\s+"
    r"|\s*[▲△○◦□■●◆◇※①-⑳]\s*"
    r"|(?:^|\n)\s*-\s+"
)
CLOSERS = "’”」』》〉>)]'\""
# Words in which 과 or 와 is the noun's own syllable, not a particle.
_NOUNS_IN_GWA = word_set(
    "성과 결과 통과 학과 경과 일과 전과 분과 문과 방과 공과 약과 한과 농과 이과 교과 효과 사과 "
    "초과 부과 과과 기와"
)
# Words that end in 나 or 이나 as nouns (코로나), and verb endings before 나 (있거나, 받으나).
_NOUNS_IN_NA = word_set("코로나 하나 바나나 우크라이나 차이나 나나 안나")
_VERB_BEFORE_NA = frozenset("거으하되지")
# 하고 joins bodies only (`중구하고 동구`); elsewhere it is a verb (`지원하고`).
_BODY_BEFORE_HAGO_RE = re.compile(r"[가-힣]{1,8}(?:[시군구청]|센터|학교|기관)$")
_VERB_NOUNS_IN_GU = word_set("연구 요구 추구 강구 복구 탐구 청구")
# A person with a title (`정하늘 주무관`): a word in 과 before one is a department.
_PERSON_NEXT_RE = re.compile(
    r"[가-힣]{2,4}\s(?:주무관|팀장|과장|계장|국장|실장|소장|센터장|주사|주사보|사무관|교사|위원)"
)
_TITLE_NEXT_RE = re.compile(
    r"(?:주무관|팀장|과장|계장|국장|실장|소장|센터장|주사|사무관|교사|위원|씨|님|대표|선수|학생)"
    r"(?![가-힣])"
)
_TITLED_RE = re.compile(r"^[가-힣]{2,4}\s[가-힣]*(?:장|관|원|사|씨|표|님)$")


# One part of a list joined by middle dots; a dot between digits stays inside it.
DATE_DOT = r"(?<=\d)[·∙ㆍ‧](?=\d)"
_LEFT_PART_RE = re.compile(rf"(?:[^\s·∙ㆍ‧,/]|{DATE_DOT})*$")
_RIGHT_PART_RE = re.compile(rf"(?:[^\s·∙ㆍ‧,/]|{DATE_DOT})*")


def is_joint(text: str, match: re.Match[str]) -> bool:
    """Whether a separator match really separates items (see the module's rules)."""
    sep = match.group().strip()
    start = match.start()
    if sep in (",", "，"):
        return not (
            text[start - 1 : start].isdigit() and text[match.end() : match.end() + 1].isdigit()
        )
    if sep == "/":
        left, right = text[start - 1 : start], text[match.end() : match.end() + 1]
        return not (left.isascii() and left.isalnum() and right.isascii() and right.isalnum())
    if sep in "·∙ㆍ‧":
        return _dot_joins(text, start)
    if sep in ("이나", "와", "과", "나", "하고"):
        return _particle_joins(text, start, sep, match.end())
    return True


def _found(match: re.Match[str] | None) -> str:
    """What a pattern that matches every string (`\\S*$`) found there."""
    return match.group() if match else ""


def _dot_joins(text: str, at: int) -> bool:
    """A middle dot between two parts of two syllables or more (`청년·신혼부부`), not inside a
    short name whose parts are single syllables (`시·군·구`, `전·남`, `3·1절`), nor inside a date
    that names an event (`10·29참사`, `6·25참전유공자`): there the dot is a part's own, digits on
    both sides, and a dot beside it joins the whole name (`국가유공자·6·25참전유공자`). A dot
    with a blank on each side always parts items (`가람은행 · 누리카드`)."""
    if text[at - 1 : at] == " " and text[at + 1 : at + 2] == " ":
        return True
    if text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit():
        return False
    left = _found(_LEFT_PART_RE.search(text[max(0, at - _WINDOW) : at]))
    right = _found(_RIGHT_PART_RE.match(text[at + 1 : at + 1 + _WINDOW]))
    return len(left.strip(CLOSERS)) > 1 and len(right) > 1


def _particle_joins(text: str, at: int, particle: str, after: int) -> bool:
    word = _found(re.search(r"\S*$", text[max(0, at - _WINDOW) : at]))
    if not word:
        return False
    last = word[-1]
    final = has_final(last) if last not in CLOSERS else None
    whole = word + particle
    if particle in ("와", "과"):
        if final is not None and final != (particle == "과"):
            return False
        if whole in _NOUNS_IN_GWA or any(whole.endswith(n) and len(n) > 2 for n in _NOUNS_IN_GWA):
            return False
        if particle == "과" and _PERSON_NEXT_RE.match(text, after):
            return not _department(text, at)
        return True
    if particle == "이나":
        return final is not False and whole not in _NOUNS_IN_NA
    if particle == "나":
        return (
            final is False
            and len(word.strip(CLOSERS)) > 1
            and last not in _VERB_BEFORE_NA
            and whole not in _NOUNS_IN_NA
            and not _TITLE_NEXT_RE.match(text, after)
        )
    return bool(_BODY_BEFORE_HAGO_RE.search(word)) and not word.endswith(tuple(_VERB_NOUNS_IN_GU))


def _department(text: str, at: int) -> bool:
    """`시민안전과 정하늘 주무관`: a department whose name ends in 과, before a person; not a
    person of three syllables (`박서준과 정하은 주무관`) nor a titled one (`김철수 관장과 …`)."""
    words: list[str] = []
    for word in reversed(text[max(0, at - _WINDOW) : at].split()):
        if words and re.search(r"(?:과|와|,|、)$", word):
            break  # the item before ends there
        words.insert(0, word)
    if len(words) >= 2 and _TITLED_RE.match(" ".join(words[-2:])):
        return False
    return bool(words) and is_plain_word(words[-1]) and len(words[-1]) != 3
