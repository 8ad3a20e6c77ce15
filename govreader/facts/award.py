"""Awards, prizes, commendations and evaluation results someone received or was selected for.

An award sentence has a past-tense receiving verb (수상했다, 선정됐다, 표창을 받았다, 획득했다) and
either a prize grade (우수상, 최우수기관, 국무총리 표창 ...) or a named award or evaluation
(‘2022년 전국 지방자치단체 일자리대상’, ○○ 평가, ○○ 인증심사). Calls for entries and plans
(공모한다, 시상할 예정) are not awards. From the sentence come the name (without quote marks or
grade), prize, category (… 부문), organizer (… 주관/주최), recipient (the subject, or each
person before a prize in `A와 B가 장관 표창을, C 등 15명이 시장 표창을 받았다`) and year
(from the name, a year beside the prize, else the article's date). A history sentence
(`2015년 최우수상, 2016년과 2017년 특별상과 우수상`) gives one award per year and grade. Mentions
of the same award across sentences merge into the first one, filling in missing fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields
from itertools import pairwise

from govreader.facts.phrases import is_plain_word, phrase_start, strip_particle
from govreader.facts.sentences import Piece
from govreader.model import Fact, FactKind

_VERB_RE = re.compile(
    r"수상(?:했|하였|한|하는 영예|해|의 영예|을 했|하며|하고)"
    r"|선정(?:됐|되었|돼|된|되는 영예|되어)|표창(?:을 받|받)|받았|받은|받아"
    r"|획득(?:했|하였|한|해)|차지(?:했|하였|한|해)|영예를 안|수여받|인증(?:을 받|받|을 획득)"
    r"|통과(?:했|하였)|이름을 올렸|(?:받|수상하|선정되)게 (?:됐|되었)"
)
_PLAN_RE = re.compile(
    r"공모(?:한다|합니다|하고 있|를 진행|에 참여할|중)|모집(?:한다|합니다|하고|중)"
    r"|접수(?:한다|받는다)|예정|계획이다|방침이다|시상한다|시상할|선정할|수여할"
    r"|신청(?:하면|을 받|하세요)|도전한다|노린다"
)
_TITLE = (
    r"(?:대통령|국무총리|(?:[가-힣]{1,14}(?:부|처|청|원|회)\s?)?장관|[가-힣]{1,12}"
    r"(?:시장|군수|구청장|도지사|교육감|의장|청장|위원장|사장|이사장|회장))"
)
_PRIZE_RE = re.compile(
    rf"(?<![가-힣])(?:{_TITLE}\s?(?:기관\s?)?(?:표창|상)"
    r"|(?:최우수|우수|장려|특별|금|은|동|으뜸|혁신|공로|본|특|최고|대)상"
    r"|(?:최우수|우수|선도|모범|최고)[’']?\s?(?:기관|지자체|자치단체)"
    r"|(?:최우수|우수|최고|탁월|[SA]|[1-5])\s?등급|우수사례|최우수|우수)"
    r"(?=\s?(?:을|를|으로|로|에|과|와|,|의 영예|\s?수상|\s?선정|\s?차지)|\s?\(|$)"
)
_BARE_GRADE_RE = re.compile(r"^(?:최우수|우수|대상)$")
_BARE_OK_RE = re.compile(r"^\s?(?:기관)?(?:으로|로|에)\s?선정|^,|^\s?(?:과|와)\s")
_GRAND_PRIZE_OK_RE = re.compile(r"^(?:을|를)\s?(?:수상|받|차지|안)|^(?:에|으로)\s?선정|^\s?수상")
_QUOTED_NAME_RE = re.compile(
    r"[‘'“\"`「『《<]\s?(?P<name>[^‘’'“”\"`「」『』《》<>]{3,60}?)\s?[’'”\"`」』》>]"
    r"(?=\s?(?:에서|의|에|으로|로|을|를)?)"
)
# `‘지역사회 통합돌봄 선도사업’ 평가에서`: the evaluation of a quoted program.
_EVALUATION_AFTER_RE = re.compile(r"\s(평가|심사|공모전|경진대회|시상)(?=에서|의\s)")
_NAMED_RE = re.compile(
    r"(?<![0-9A-Za-z가-힣·])[0-9A-Za-z가-힣·]{0,30}?(?:대상|평가|공모전|경진대회|대회|어워드|어워즈|인증심사|"
    r"콘테스트|챌린지|시상|인증제|인증)(?=에서|의\s)"
)
# Words that make a quoted name an award or evaluation; a quoted 사업 is a program (a grant
# competition someone was picked for), not an award.
_AWARD_NAME_RE = re.compile(
    r"(?:상|대상|평가|어워드|어워즈|인증|심사|공모전|경진대회|대회|콘테스트|챌린지|시상식|인증제"
    r"|대전|경연|그랑프리)(?![가-힣])(?!\S*사업$)"
)
# `A와 B가 공동 주최한`: the first host is the organizer.
_ORGANIZER_RE = re.compile(
    r"(?:(?P<first>[가-힣A-Za-z·]{2,20})(?:와|과)\s)?"
    r"(?P<org>[가-힣A-Za-z·]{2,20})(?:이|가|에서|와|과)?\s?(?:공동\s?)?(?:주관|주최)(?:하고|하는|한|하며|로|으로|의)?\s"
)
_CATEGORY_RE = re.compile(r"(?<![가-힣])[가-힣A-Za-z0-9·]{0,12}\s?부문")
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})년?(?!\d)")
_SUBJECT_RE = re.compile(r"(?:^|\s)(?P<word>[^\s]{1,20}?)(?:은|는|이|가|께서)(?=\s)")
_PLACE_END_RE = re.compile(r"(?:시|군|구|도|청|원|관|부|처|공사|공단|재단|학교|센터|협회|회사)$")
_AGENT_AFTER_RE = re.compile(r"\s(?:공동\s?)?(?:주관|주최|실시|후원|시행|평가|선정|수여|시상)")
_SELF_REFERENCE = frozenset({"구", "시", "군", "도", "청", "기관", "센터"})
_SUBJECT_WINDOW = 160
_LAST_YEAR_RE = re.compile(r"지난해|작년")
_PAREN_RE = re.compile(r"\([^()]*\)")
# `…선정됐고, 보건소 박은영 팀장은 장관 표창을`: a new topic after a clause for the next prize.
_NEXT_TOPIC_RE = re.compile(
    r"(?:고|며|으며|하여|해),\s(?P<who>[^\s,]+(?:\s[^\s,]+){0,4}?)(?:은|는)\s(?:[^\s,]+\s){0,3}$"
)
_NAME_IN_I_RE = re.compile(r"^[가-힣A-Za-z]{2,}이$")
_HISTORY_JOIN_RE = re.compile(r"^\s?(?:과|와|,|및)\s?$")


@dataclass
class _Award:
    start: int
    end: int
    piece: Piece
    name: str | None = None
    prize: str | None = None
    category: str | None = None
    organizer: str | None = None
    recipient: str | None = None
    year: int | None = None
    dated: bool = field(default=False)

    def fact(self) -> Fact:
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        del values["start"], values["end"], values["piece"], values["dated"]
        return self.piece.fact(FactKind.AWARD, self.start, self.end, **values)


def _prizes(text: str) -> list[re.Match[str]]:
    found = []
    for match in _PRIZE_RE.finditer(text):
        prize = match.group()
        after = text[match.end() : match.end() + 8]
        dated = re.search(r"\d{4}년\s?$", text[max(0, match.start() - 6) : match.start()])
        if prize == "대상" and not (_GRAND_PRIZE_OK_RE.search(after) or dated):
            continue
        if _BARE_GRADE_RE.match(prize) and prize != "대상" and not _BARE_OK_RE.search(after):
            continue
        found.append(match)
    return found


def _name(text: str) -> str | None:
    """The award's name: a quoted name with an award word in it, `‘X’ 평가`, or a phrase
    ending in 평가, 대상, 대회 ... before 에서 or 의."""
    for match in _QUOTED_NAME_RE.finditer(text):
        name = match.group("name").strip()
        kind = _EVALUATION_AFTER_RE.match(text, match.end())
        if kind:
            return f"{name} {kind.group(1)}"
        if _AWARD_NAME_RE.search(name):
            return name
    match = _NAMED_RE.search(text)
    if match:
        start = match.start()
        while start > 0 and text[start - 1] == " ":
            previous = text.rfind(" ", 0, start - 1) + 1
            word = text[previous : start - 1]
            if not is_plain_word(word) or word in {"이번", "올해", "각종"}:
                break
            start = previous
        name = text[start : match.end()]
        if len(name) > 3:
            return name
    return None


def _subject(text: str) -> str | None:
    """The last subject (a noun with 은/는/이/가) of `text`, with an organisation word before it."""
    best = None
    for match in _SUBJECT_RE.finditer(text):
        word = match.group("word")
        if _AGENT_AFTER_RE.match(text, match.end()):
            continue
        if word in _SELF_REFERENCE:
            best = word
            continue
        if not is_plain_word(word) or word.endswith(("하", "되", "있", "없", "했", "라")):
            continue
        if word in {"이번", "올해", "이날", "또", "특히"} or _YEAR_RE.fullmatch(word):
            continue
        words = [word]
        before = text[: match.start("word")].split()
        if before and _PLACE_END_RE.search(before[-1]) and is_plain_word(before[-1]):
            words.insert(0, before[-1])
        best = " ".join(words)
    return best


def _trailing_name(text: str) -> str:
    """The name at the end of `text`: its last words that carry no particle or verb ending."""
    words = text.split()
    kept: list[str] = []
    for word in reversed(words):
        bare = word.replace("㈜", "").replace("(주)", "")
        # Inside a name a word ending in 이 is a name (브이투이 부사장), not a subject.
        if kept and not (is_plain_word(bare) or not bare or _NAME_IN_I_RE.match(bare)):
            break
        kept.insert(0, word)
    return " ".join(kept)


def _who_list(text: str) -> list[str]:
    """`A와 B`, `C, D 등 15명` as names, without 등 and head counts."""
    text = re.sub(r"\s?등(?:\s?\d+여?\s?(?:명|곳|개\S*))?$", "", text.strip())
    names = []
    for part in text.split(", "):
        names.extend(re.split(r"(?<=[가-힣])[과와]\s", part))
    names = [_trailing_name(n) for n in names]
    return [n for n in names if 2 <= len(n) <= 40]


def _recipients(text: str, prize: re.Match[str], previous_end: int) -> tuple[list[str], bool]:
    """Who received `prize`, and whether a `WHO이/가 PRIZE을` clause named them; else the
    sentence subject."""
    clause = text[previous_end : prize.start()]
    match = re.search(r"(?P<who>\S(?:.{0,160}\S)?)(?:이|가)\s$", clause)
    if match:
        who = _who_list(match.group("who"))
        if who and all(len(w.split()) <= 5 for w in who):
            return who, True
    if previous_end:
        topic = _NEXT_TOPIC_RE.search(clause)
        if topic and is_plain_word(topic.group("who").split()[-1]):
            return [topic.group("who")], True
    subject = _subject(text[max(0, prize.start() - _SUBJECT_WINDOW) : prize.start()])
    return ([subject] if subject else []), False


def _history(text: str, prizes: list[re.Match[str]]) -> list[tuple[int, str, int, int]]:
    """(year, prize, start, end) pairs of a sentence listing awards by year."""
    events = sorted(
        [(m.start(), m.end(), "year", m.group(1)) for m in _YEAR_RE.finditer(text)]
        + [(m.start(), m.end(), "prize", m.group()) for m in prizes]
    )
    groups: list[tuple[str, list[tuple[int, int, str]]]] = []
    last_end = -1
    for start, end, kind, value in events:
        joined = groups and groups[-1][0] == kind and _HISTORY_JOIN_RE.match(text[last_end:start])
        if joined:
            groups[-1][1].append((start, end, value))
        else:
            groups.append((kind, [(start, end, value)]))
        last_end = end
    pairs = []
    for (kind, years), (next_kind, grades) in pairwise(groups):
        if kind != "year" or next_kind != "prize":
            continue
        if len(years) == len(grades):
            matched = list(zip(years, grades, strict=True))
        elif len(grades) == 1:
            matched = [(y, grades[0]) for y in years]
        elif len(years) == 1:
            matched = [(years[0], g) for g in grades]
        else:
            continue
        for year, grade in matched:
            pairs.append((int(year[2]), grade[2], year[0], grade[1]))
    return pairs


def _without_brackets(text: str) -> tuple[str, list[int]]:
    """`text` without parenthesised asides (`성동구(구청장 한지원)는` → `성동구는`), with a map of
    each kept character back to its index in `text`."""
    kept: list[int] = []
    position = 0
    for match in _PAREN_RE.finditer(text):
        kept.extend(range(position, match.start()))
        position = match.end()
    kept.extend(range(position, len(text)))
    return "".join(text[i] for i in kept), kept


def _sentence_awards(piece: Piece, published_year: int | None) -> list[_Award]:
    if not _VERB_RE.search(piece.text) or _PLAN_RE.search(piece.text):
        return []
    text, where = _without_brackets(piece.text)
    prizes = _prizes(text)
    name = _name(text)
    if not prizes and not name:
        return []
    organizer = next(
        (strip_particle(m.group("first") or m.group("org")) for m in _ORGANIZER_RE.finditer(text)),
        None,
    )
    category = None
    category_match = _CATEGORY_RE.search(text)
    if category_match:
        category = text[phrase_start(text, category_match.start(), 2) : category_match.end()]
    name_year = _YEAR_RE.search(name) if name else None
    common = {"name": name, "organizer": organizer, "category": category}
    whole = (0, len(piece.text))
    years = {m.group(1) for m in _YEAR_RE.finditer(text)}
    if len(years) >= 2 and prizes and not name_year:
        history = _history(text, prizes)
        if history:
            subject = _subject(text[: history[0][2]])
            return [
                _Award(*whole, piece, recipient=subject, year=year, prize=prize, dated=True,
                       **common)
                for year, prize, _, _ in history
            ]  # fmt: skip
    if len(years) >= 2 and not name_year:
        return []
    year = int(name_year.group(1)) if name_year else None
    if year is None and years:
        year = int(next(iter(years)))
    dated = year is not None
    if year is None and published_year and _LAST_YEAR_RE.search(text):
        year = published_year - 1
    year = year or published_year
    if not prizes:
        recipient = _subject(text[: text.find(name) if name else len(text)])
        return [_Award(*whole, piece, recipient=recipient, year=year, dated=dated, **common)]
    given = []
    previous_end = 0
    for prize in prizes:
        grade = re.sub(r"\s+", " ", prize.group().replace("’", "").replace("'", ""))
        names, named = _recipients(text, prize, previous_end)
        span = (where[previous_end], where[prize.end() - 1] + 1)
        given.append((grade, names or [None], named, span))
        previous_end = prize.end()
        tail = re.match(r"\s?(?:을|를),?\s?", text[previous_end:])
        if tail:
            previous_end += tail.end()
    if not any(named for _, _, named, _ in given):
        # One subject and several grades (우수기관으로 선정돼 장관 표창): one award, the first.
        given = [(given[0][0], given[0][1], False, whole)]
    awards = [
        _Award(*span, piece, prize=grade, recipient=recipient, year=year, dated=dated, **common)
        for grade, names, _, span in given
        for recipient in names
    ]
    return awards


def _same(a: _Award, b: _Award) -> bool:
    if a.prize != b.prize or (a.dated and b.dated and a.year != b.year):
        return False
    if a.recipient and b.recipient and a.recipient != b.recipient:
        return False
    return not (a.name and b.name and a.name != b.name)


def _resolve(award: _Award, candidates: list[str]) -> None:
    """`구는`, `도는`: the body the article is about, when an earlier subject ends that way."""
    short = award.recipient
    if short in _SELF_REFERENCE or (short and len(short) < 2):
        award.recipient = next((c for c in candidates if short and c.endswith(short)), None)


def _lead_subject(pieces: list[Piece]) -> str | None:
    """The subject of the article's first sentence (`경상남도는 …` → 경상남도)."""
    if not pieces:
        return None
    text, _ = _without_brackets(pieces[0].text)
    match = _SUBJECT_RE.search(text[:_SUBJECT_WINDOW])
    word = match.group("word") if match else None
    return word if word and is_plain_word(word) and len(word) >= 2 else None


def find(pieces: Iterable[Piece], published: str | None = None) -> Iterator[Fact]:
    pieces = list(pieces)
    year_match = _YEAR_RE.match(published or "")
    published_year = int(year_match.group(1)) if year_match else None
    lead = _lead_subject(pieces)
    kept: list[_Award] = []
    for piece in pieces:
        for award in _sentence_awards(piece, published_year):
            candidates = [a.recipient for a in kept if a.recipient] + ([lead] if lead else [])
            _resolve(award, candidates)
            same = next((k for k in kept if _same(k, award)), None)
            if same is None:
                kept.append(award)
                continue
            for name in ("name", "category", "organizer", "recipient"):
                if getattr(same, name) is None:
                    setattr(same, name, getattr(award, name))
    for award in kept:
        if award.recipient is not None and award.recipient not in _SELF_REFERENCE:
            yield award.fact()
