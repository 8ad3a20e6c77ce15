"""A run of winners as names: `A와 B`, `C, D 등 15명`, `E∙F/G`, `이정국 박종욱 이두근`, each
without 등, head counts, the deed that won and the entry a body won with.

Apart from `award_recipients` (which finds where in a sentence the winners are told) because
turning a run of text into names is a job of its own, shared by the award shapes that read
lists, rosters, pairs and counts.
"""

from __future__ import annotations

import re

from govreader.facts import enumeration
from govreader.facts.award_winner_words import (
    NOT_SUBJECTS,
    PERSON_RE,
    UNIT_END_RE,
    bare_body,
    is_firm,
    is_group_word,
    is_person_told_first,
    is_place,
    is_roster_name,
    names_nobody,
    without_company_mark,
)
from govreader.facts.phrases import VAGUE, is_plain_word, word_set

# The marks that set off each winner of a list (`△A 주무관 △B 팀장`): split on, a winner an item.
WINNER_MARKS_RE = re.compile(r"\s?[▲△]\s?")
_PERSON_NAME_RE = re.compile(r"^[가-힣]{3}$")
_NAME_IN_I_RE = re.compile(r"^[가-힣A-Za-z]{2,}이$")
# `이상미 씨의 ‘금속 공예’`, `이윤경 사무관의 “…”`: a work entered by a person; a paper or
# report named with it is theirs too (`… 팀장의 ‘…’ 논문`, `… 주무관의 ‘…’을 주제로 한 논문`).
WORK_OF_RE = re.compile(
    r"(?<![가-힣])(?P<owner>[가-힣]{2,4}\s?씨|[가-힣]{2,4}\s[가-힣]{1,4}(?:관|장|원|사))의\s?"
    r"[‘'“\"][^‘’'“”\"]{1,60}[’'”\"]"
    r"(?:(?:(?:을|를)\s주제로\s(?:한|하는)|에\s(?:관한|대한))?\s?"
    r"(?:논문|연구\s?보고서|보고서|연구|작품|과제|제안)(?=(?:이|가|은|는|을|를|과|와)?\s|,|$))?"
    r"(?P<joint>\s?(?:와|과)(?=\s))?"
    r"(?=\s*$|,|\s|(?:이|가|에게|은|는|을|를)\s)"
)
_OWNED_RE = re.compile(r"(?P<owner>(?<![가-힣])[가-힣]{2,10})의\s(?:[^\s의]+\s?){1,3}$")
_SSI_RE = re.compile(r"(?<![가-힣])(?P<name>[가-힣]{2,4})씨(?![가-힣])")
# `등 11개 분야`: the fields honoured, told where the winners would be.
_FIELDS_RE = re.compile(r"등\s?\d+\s?개\s?분야")
# `효행자 8명`: a kind of people and how many; `11명의 우수공무원`: how many, then the kind.
_KIND_COUNT_RE = re.compile(r"[가-힣]\s?\d+\s?명$")
_COUNT_OF_KIND_RE = re.compile(r"^\d+\s?(?:명|개)의\s")
# `A와 B를 비롯한 16개 단체`, `A를 비롯해 16곳`: the bodies named, then the whole group.
_AMONG_RE = re.compile(
    r"(?<=[가-힣])(?:을|를)\s(?:비롯|포함)(?:한\s.*|(?:해|하여)\s(?:총\s|모두\s)?\d.*)$"
)
# `A를 포함하여 B, C 등 7개 지자체`, `A를 비롯해 B와 C`: A is named first, the rest after it.
_AMONG_FIRST_RE = re.compile(r"(?<=[가-힣])(?:을|를)\s(?:비롯|포함)(?:해|하여),?\s(?=[^\s\d])")
# `… 등 7개 지자체`, `금상 3명, 은상 3명 등`: the head count that closes the rest after A.
_CLOSING_COUNT_RE = re.compile(r"\s?등?\s?(?:총\s)?\d+\s?(?:명|개|곳)\S*$")
# `‘A’을 비롯, ‘B’가`: both won, the first told as the one before the rest.
_AMONG_JOINT_RE = re.compile(r"(?<=[가-힣’'”\"])(?:을|를)\s비롯,\s")
# `‘빅워크’`, `사회적 협동조합 ‘도우누리’`, `…을 제안한 ‘딜라이트’`: a firm's or team's name in
# quotes, one word, closing its item (a work's title has words; a body's entry follows its 의).
_QUOTED_NAME_RE = re.compile(r"(?<!의)\s?[‘'“\"](?P<name>[가-힣A-Za-z0-9&\-]{2,15})[’'”\"]$")
# Every syllable whose last sound is ㄴ: the ending of a verb that describes the noun after it
# (한, 선, 쓴, 된).
_DESCRIBING = "".join(chr(0xAC00 + 28 * initial_and_vowel + 4) for initial_and_vowel in range(399))
# `창업 지원에 힘쓴 A`, `채용과 고용 등에 앞장선 B`, `…위원회에서 활동한 C 교수`: what a winner
# did, told right before its name (an object or place, then the describing verb).
_DEED_RE = re.compile(
    rf"(?:^|(?<=,)\s?)[^,‘’'“”\"]*?[가-힣](?:에서|에|을|를)\s(?P<verb>[가-힣]+[{_DESCRIBING}])\s(?=\S)"
)
_ENTRY_AFTER_RE = re.compile(r"(?:의)?\s?[‘'“\"][^‘’'“”\"]{1,60}[’'”\"]$")
_JOINT_COMMA_RE = re.compile(r"(?P<word>[가-힣]+)(?:와|과),\s")
_LEAD_WORDS = word_set("이날 또한 아울러 이어 이밖에 그밖에 당일")
# `육성해 온 A`, `앞장서 온 B`: the auxiliary verb closing what the winner did before its name;
# `각각 A`, `나란히 B`: an adverb of the verb, never part of a name.
_AUXILIARY_WORDS = word_set("온 간 왔던 온다 각각 나란히")


def _trailing_name(text: str) -> str:
    """The name at the end of `text`: its last words that carry no particle or verb ending."""
    words = text.split()
    kept: list[str] = []
    for word in reversed(words):
        bare = without_company_mark(word)
        # Inside a name a word ending in 이 is a name (브이투이 부사장), not a subject.
        person = len(kept) == 1 and PERSON_RE.match(f"{bare} {kept[0]}")
        if kept and not (is_plain_word(bare) or not bare or _NAME_IN_I_RE.match(bare) or person):
            break
        if kept and word in _AUXILIARY_WORDS:
            break
        if PERSON_RE.match(" ".join(kept[-2:])) and not UNIT_END_RE.search(bare):
            break  # `봉사를 해 온 김순자 씨`: only a team or office goes before a person
        kept.insert(0, word)
    return " ".join(kept)


def who_list(text: str) -> list[str]:
    """`A와 B`, `C, D 등 15명`, `E∙F/G` as names, without 등 and head counts, a region written
    once spelled out for each (`경기 안산시와 안양시`); a department in 과 before a person stays
    with them (`시민안전과 정하늘 주무관`)."""
    if _FIELDS_RE.search(text) or _counted_kinds(text):
        return []  # `A, B 등 11개 분야 44명`, `모범 어르신 14명, 효행자 8명`: no one named
    text = re.sub(r"^.*\s?결과,?\s", "", text.strip())  # `평가 결과 A시와 B군이`: 결과 is no name
    text = _AMONG_JOINT_RE.sub(", ", text)
    text = _AMONG_RE.sub("", text)  # `A와 B를 비롯한 16개 단체`: the named ones
    among = _AMONG_FIRST_RE.search(text)
    if among:
        # `A를 비롯해 금상 3명, 은상 3명 등`: after the one named, only kinds and head counts.
        rest = _CLOSING_COUNT_RE.sub("", text[among.end() :])
        rest = "" if _counted_kinds(rest) else f", {rest}"
        text = text[: among.start()] + rest
    text = _DEED_RE.sub(_without_deed, text)
    text = _JOINT_COMMA_RE.sub(_without_joint, text)
    text = WORK_OF_RE.sub(owner_of_work, text)
    text = _SSI_RE.sub(r"\g<name> 씨", text)  # `조덕환씨` is `조덕환 씨`
    found = _names_run(text) or enumeration.split(text).prefixed()
    found = [n for n in found if not _COUNT_OF_KIND_RE.match(n)]  # `11명의 우수공무원`
    names = [
        without_lead_words(n)
        if is_person_told_first(without_lead_words(n))
        else ranked_name(n)
        or bare_body(_without_subject(_trailing_name(_owner(_quoted_name(_entrant(n))))))
        for n in found
    ]
    # `받았고, 박영호 씨와 …`: a verb left over from the clause before is no name.
    # `32개 기관`: a count of winners is no name.
    return [
        n
        for n in names
        if 2 <= len(n) <= 40 and not re.search(r"(?:고|며|서|다)$", n) and not n[0].isdigit()
    ]


def _counted_kinds(text: str) -> bool:
    """`모범 어르신 14명, 효행자 8명, 노인 지도자 5명`: every item counted by its head count is
    a kind of people (a named winner is counted once, after the names: `A, B 등 3명`)."""
    parts = [part.strip() for part in re.split(r",|\s및\s", text) if part.strip()]
    return len(parts) >= 2 and all(
        _KIND_COUNT_RE.search(part) and not re.search(r"외|등", part) for part in parts
    )


def _without_joint(joint: re.Match[str]) -> str:
    """`김하나 회장과, B`: a joint before a comma joins no more than the comma does, after a
    title or a place (a department in 과 keeps its name)."""
    word = joint.group("word")
    if is_place(word) or re.search(r"(?:장|관|원|사|씨|표|님)$", word):
        return f"{word}, "
    return joint.group()


def _without_deed(deed: re.Match[str]) -> str:
    """The text without what the winner did, unless the describing word is a place (`부문에
    인천 남동구`) or a person's name before their title (`부문에 김수진 씨`)."""
    verb = deed.group("verb")
    following = deed.string[deed.end() :].split(maxsplit=1)[:1]
    if is_place(verb) or PERSON_RE.match(" ".join([verb, *following])):
        return deed.group()
    return ""


def _quoted_name(item: str) -> str:
    """`사회적 협동조합 ‘도우누리’` → 도우누리, `‘빅워크’` → 빅워크: a one-word name in quotes
    closing a list item is who is named, the words before it what they are or did."""
    match = _QUOTED_NAME_RE.search(item)
    return match.group("name") if match else item


def _entrant(name: str) -> str:
    """`경기 안산시의`, `서울 성동구 ‘마을 돌봄’`: a body and its entry (or what the copy left
    of it) is the body that won."""
    bare = _ENTRY_AFTER_RE.sub("", name).removesuffix("의")
    if not bare or bare == name or is_group_word(bare.split()[-1]):
        return name  # `협동조합 ‘도우누리’`: a kind of body, then its name
    return bare if is_place(bare.split()[-1]) else name


# `전 자치행정과장`, `행정사무관`, `보건소`: a rank, post or office told before a person's name
# (`전` a former one).
_RANK_OR_OFFICE_RE = re.compile(r"^(?:전|현)$|[가-힣](?:관|사|보|장|과|팀|실|소|국|센터)$")


def ranked_name(item: str) -> str | None:
    """`전 자치행정과장 김하나` → 김하나, `행정사무관 박두리` → 박두리: a bare name after the rank,
    post or office it held is a person, named by the name (as labels write them); None when
    `item` is no such person."""
    words = item.split()
    # A name of three syllables: `품질과 기술` is no office and its person.
    if len(words) < 2 or len(words[-1]) != 3 or not is_roster_name(words[-1]):
        return None
    if words[-1] in NOT_SUBJECTS:
        return None
    if not all(_RANK_OR_OFFICE_RE.search(word) for word in words[:-1]):
        return None
    return words[-1]


def _names_run(text: str) -> list[str]:
    """`이정국 박종욱 이두근`: people's names written one after another with blanks only, as
    lists of decorated officials are (three syllables each, none a place, title or word of
    time)."""
    words = text.split()
    if len(words) < 2 or not all(_PERSON_NAME_RE.match(w) for w in words):
        return []
    if any(is_place(w) or w in NOT_SUBJECTS or w in VAGUE or not is_plain_word(w) for w in words):
        return []
    return words


def owner_of_work(work: re.Match[str]) -> str:
    """`김하늘씨의 ‘한지 조명’` → 김하늘 씨, `이윤경 사무관의 “…”` → 이윤경 사무관: a work entered
    by a person wins for them."""
    owner = work.group("owner")
    owner = f"{owner.removesuffix('씨').rstrip()} 씨" if owner.endswith("씨") else owner
    return f"{owner}," if work.group("joint") else owner  # `‘…’과 B`: the work's 과 joins them


def without_lead_words(name: str) -> str:
    """`이날 김민호 과장` → 김민호 과장: words of time or linking before a name are none of it."""
    words = name.split()
    while len(words) > 1 and (words[0] in NOT_SUBJECTS or words[0] in _LEAD_WORDS):
        words.pop(0)
    return " ".join(words)


def _owner(name: str) -> str:
    """`영암군의 청년 정책`: the body whose policy or work won it, not the thing."""
    match = _OWNED_RE.search(name)
    if match and is_place(match.group("owner").split()[-1]) and not is_place(name.split()[-1]):
        return name[: match.end("owner")]
    return name


# `케이`, `아이`, `에이`, `제이`: Latin letters spelled in Hangul, as firms' names end.
_SPELLED_LETTER_RE = re.compile(
    r"(?:㈜|\(주\)|주식회사\s?)[가-힣]*[에케제아]이$|[에케제아]이(?:㈜|\(주\))$"
)


def _without_subject(name: str) -> str:
    """`해수부가`: a body closing a clause of its own keeps no subject particle."""
    if _SPELLED_LETTER_RE.search(name):
        return name  # `㈜엘디케이`, `㈜에스티아이`: a firm's spelled letters end in 이
    bare = re.sub(r"(?<=[가-힣])(?:이|가|은|는)$", "", name)
    return bare if bare != name and is_place(bare.split()[-1]) else name


# `등 5곳`, `4개사`, `등 15개 기업 및 단체`: a list counted in bodies.
_BODY_COUNT_UNITS = frozenset({"곳", "개사", "개소", "개기관"})
_BODY_COUNT_NOUN_RE = re.compile(r"^(?:기업|업체|회사|기관|단체|조합|법인|사)")
# `기술개발·수출 분야별로`, `의료기기, 유통 등 부문에서`: the fields named before the winners.
_FIELDS_BEFORE_RE = re.compile(r"(?:분야|부문)(?:별로|별|에서는|에서|에는|에|으로는|로는)(?:\s|$)")
_FIRM_ITEM_RE = re.compile(r"^[^\s]+(?:\s[^\s]+)?$")


def listed_bodies(text: str) -> set[str]:
    """The names of the winners' list `text` that are firms or other bodies because of the
    list they stand in: a list counted in bodies (`A, B, C 등 5곳`, `A·B 등 4개사`, `등 15개
    기업`), or one holding a firm by its name (`가람전자, 두리잡, 누리소프트`) names firms and
    organisations whatever their own names end in (`두리잡`). Kinds of people, words of the award
    and names with particles or verb endings are none."""
    fields = list(_FIELDS_BEFORE_RE.finditer(text))
    text = text[fields[-1].end() :] if fields else text  # `A·B 분야별로 각각 C, D가`: C, D
    text = re.sub(r"^\s*(?:각각|나란히|모두)\s", "", text)
    names = who_list(text)
    listed = enumeration.split(_AMONG_JOINT_RE.sub(", ", text.strip()))
    raw = [item.strip() for item in listed.prefixed()]
    named = {item: _quoted_name(item) for item in raw}
    items = {*raw, *named.values()}
    quoted = {name for item, name in named.items() if name != item}
    total = listed.total
    counted = total is not None and (
        total.unit in _BODY_COUNT_UNITS or bool(_BODY_COUNT_NOUN_RE.match(total.noun or ""))
    )
    # A firm known by its name counts only as a whole item, not closing a clause about it
    # (`품질과 기술, 고용 면에서 두각을 보인 (주)A`: the clause's words are no firms).
    if not (counted or any(is_firm(name) and name in items for name in names)):
        return {name for name in names if name in quoted}  # `‘빅워크’`: named in quotes
    return {
        name
        for name in names
        if name in items  # the whole item: `㈜세상에 없는 세상` is no `세상`
        and _FIRM_ITEM_RE.match(name)
        and all(is_plain_word(without_company_mark(w)) for w in name.split())
        and not (names_nobody(name) or is_group_word(name) or name in VAGUE)
        and name.split()[0] not in NOT_SUBJECTS
    }
