"""Sentences that give several awards by shape rather than one per clause.

A list item (`① 규제개혁팀 최다온 주무관 – 대통령 표창`); bodies listed per grade by an organizer
(`A와 B를 최우수기관으로, C·D를 우수기관으로 선정했다`) or per slot (`최우수기관에는 A,
우수기관에는 B가`); bodies and grades paired by 각각; prizes handed over (`…에게 시장 표창을
수여했다`) or named first (`최우수상은 X가 차지했다`); a prize set before its body (`최우수기관인
X는`). Lists per grade and prizes handed over are asked for only of a sentence that tells no plan
(`award` checks that once for both).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from govreader.facts.award_history import HISTORY_JOIN_RE, YEAR_RE
from govreader.facts.award_prizes import PRIZE_RE, TITLE, canonical_prize, grade_of
from govreader.facts.award_reading import VERB_RE, award_name, category_between, without_brackets
from govreader.facts.award_recipients import SUBJECT_RE, SUBJECT_WINDOW, picked_list
from govreader.facts.award_record import Award
from govreader.facts.award_topics import (
    TOPIC_PRIZE,
    bracketed_owners,
    is_decoration,
    is_office,
    prize_named_before,
    topic_winners,
)
from govreader.facts.award_who_list import listed_bodies, ranked_name, who_list
from govreader.facts.award_winner_words import (
    TITLE_RE,
    bare_body,
    is_person,
    is_person_or_body,
    is_person_told_first,
    is_place,
    person_without_affiliation,
)
from govreader.facts.phrases import is_plain_word
from govreader.facts.rules import finds
from govreader.facts.sentences import Piece
from govreader.model import FactKind

_LISTED_RE = re.compile(
    r"^(?:[①-⑳]|\d{1,2}[.)]|[-·▲○◦*□])?\s?"
    r"(?P<who>(?:[가-힣A-Za-z0-9]+\s){0,3}[가-힣]{2,4}\s"
    r"(?:주무관|팀장|과장|계장|국장|실장|소장|센터장|주사|주사보|사무관|교사|위원|대표))"
    rf"\s?[–—\-:]\s?(?P<prize>(?:{TITLE}|시장|군수|구청장)\s?(?:기관\s?)?(?:표창|상))$"
)
_NAME_RE = re.compile(r"[가-힣]{2,4}")
_PICKED_VERB_RE = re.compile(r"(?:선정|지정|선발)(?:했|하였|하고|해\s)|뽑았")
_APPOSED_RE = re.compile(
    rf"(?<![가-힣])(?P<prize>(?:최우수|우수|장려|특별)(?:상|기관|지자체|자치단체)|{TITLE}상)"
    r"(?:인|(?:을|를)\s(?:받은|수상한|받는|수상하는)|(?:으로|로)\s(?:뽑힌|선정된))?"
    r"\s(?P<who>(?:[가-힣]{2,10}(?<![은는이가])\s)?[가-힣]{2,12}?)(?:은|는|이|가)\s"
)
# `종합대상을 받은 백혜옥씨의 ‘꿈꾸는 세종’을`: a prize received, then its winner (a body, or a
# person whose work it was, or the first person of several: `…를 비롯해`). A person may follow
# their body or office (`국민훈장을 받은 한빛노인회 박하늘 부회장은`), which the award's last
# step leaves out.
_RECEIVED_BY_RE = re.compile(
    rf"(?<![가-힣])(?P<prize>{TOPIC_PRIZE})(?:을|를)\s(?:받은|수상한|차지한)\s"
    r"(?P<who>(?:[^\s,.()]{2,14}\s){0,3}[가-힣]{2,12}?(?:\s?씨)?)"
    r"(?:은|는|이|가|의\s?[‘'“\"]|(?P<first>(?:을|를)\s비롯(?:해|한|하여)))"
)
_SSI_RE = re.compile(r"(?<=[가-힣])\s?씨$")
# `최우수기관에는 A시, 우수기관으로는 B군이`: a grade, then the bodies that got it.
_SLOT_RE = re.compile(r"(?:에는|으로는|로는)\s")
_SLOT_END_RE = re.compile(r"(?<=[가-힣])(?:이|가)(?:\s|,)|,\s?$|,\s?(?=\S+(?:에는|으로는|로는)\s)")
_RESPECTIVE_RE = re.compile(
    r"(?<=[가-힣])(?:이|가|은|는|도)\s(?:[^\s,]*[^\s,이가은는]\s){0,6}?각각\s"
)
# `▲한동희(홍조근정훈장)`, `故임점순 (옥조근정훈장)`, `부산 수영구(대통령상)`: a name, then the
# prize it received in brackets.
_BRACKETED_RE = re.compile(
    r"(?:^|(?<=[\s▲△○,]))(?:故\s?)?(?P<who>(?:[가-힣]{2,6}\s)?[가-힣]{2,8})\s?"
    r"\((?:(?P<category>[가-힣·]{2,12}(?:\s[가-힣·]{2,12})?)\s(?=[^()]*(?:상|표창)\)))?"
    rf"(?P<prize>\s?(?:[가-힣]{{2,8}}(?:훈장|포장)|{TITLE}\s?(?:기관\s?)?(?:표창|상)"
    r"|(?:대|최우수|우수|장려|특별|금|은|동)상))(?:,[^()]{0,20})?\)"
)
_HEADS = {"구청장": "구", "시장": "시", "군수": "군", "도지사": "도"}
_HEAD_OF_BODY_RE = re.compile(
    r"^(?P<body>(?:[가-힣]{2,6}\s)?[가-힣]{1,5})(?P<head>구청장|시장|군수|도지사)$"
)
# A bare name counts as a person only as an item of a marked list (`▲한동희(…)`).
_MARKED_NAME_RE = re.compile(r"^[▲△○]?\s?(?:故\s?)?[가-힣]{2,4}\s?\(")
# `대상에는 A, …`, `올해 대상에는`: 대상 opening a slot, not `지원 대상에는` (a target group).
_GRAND_SLOT_BEFORE_RE = re.compile(r"(?:^|,\s?|(?:올해|이번|영예의|부문별|분야별)\s)$")
# `서울 금천구의 ‘…’`: a body's work entered in a contest.
_WORK_RE = re.compile(
    r"(?:^|(?<=\s))(?P<owner>(?:[가-힣]{2,6}\s){0,2}[가-힣]{2,10})의\s?[‘'“\"][^‘’'“”\"]{2,80}[’'”\"]"
)
# `…이 우수작으로 뽑혔다`, `…이 각각 … 이름을 올렸다`, `…이 선정됐고`: the works were selected.
_WORK_SELECTED_RE = re.compile(
    r"(?:이|가)\s(?:각각\s)?(?:[^\s,]+\s){0,2}?(?:선정(?:됐|되었|돼)|뽑혔|이름을\s올렸)"
)
# `…, 기초단체로는 `: a group's own list starts after it, another list ends before its comma.
_GROUP_BEFORE_RE = re.compile(r",\s?[가-힣]{2,12}(?:으로는|로는|에서는|에는)\s$")
# `A가 최우수기관, B와 C가 각각 우수기관으로`: a subject and its grade, a comma or the shared verb
# after.
# Words between a subject and its grade: a place or category (`X 부문에서`), never another
# subject or a verb (`… 대도시가 속한 가 그룹은 A가`).
_BETWEEN = r"(?:[^\s,]*(?:에서|에서는)|[^\s,]*[^\s,이가은는한된던을를])"
_PAIR_RE = re.compile(
    rf"(?P<who>[^,]{{2,80}}?)(?:이|가|은|는)\s(?P<each>각각\s)?(?:{_BETWEEN}\s){{0,4}}?(?P<grades>{TOPIC_PRIZE}"
    rf"(?:\s?(?:과|와|,)\s?{TOPIC_PRIZE})*)(?:\s(?:기관\s)?표창)?(?:으로|로|을|를|에)?(?=,\s?|\s)"
)
# The subject hands the prize to someone: `에게 시장 표창을 수여했다`, `… 수여하는 등`, `A에게 P을,
# B에게 Q을 각각 수여했다` (the handing verb told once after the last pair).
_HANDED_RE = re.compile(
    r"(?:을|를)(?:,\s?[^.,]{1,60}?(?:에게|에)\s[^.,]{1,30}?(?:을|를))?\s(?:각각\s)?"
    r"(?:수여|전달|시상|전수)(?:했|하였|하는\s등|하고\s|해\s|하며)"
)
# `A와 B 등 11개 지자체에는 장관상이 수여됐다`: the prize as the subject of its handing.
_PASSIVE_RE = re.compile(
    rf"(?:에게는|에는|에게|에)\s(?P<prize>{TOPIC_PRIZE})(?:이|가)\s(?:각각\s)?"
    r"(?:수여|주어)(?:됐|되었|된다|됩니다|돼|졌|진다)"
)
# `주민 10명에게`, `경기 의정부시에`: to whom (a body takes 에) the prize was handed.
_HANDED_TO_RE = re.compile(r"(?P<who>\S(?:.{0,120}\S)?)(?:에게|에)\s(?:\S+\s){0,3}$")


def _named_after_office(who: str) -> bool:
    """`한빛노인회 박하늘 부회장`, `누리구 돌봄센터 봉사자 김하나 씨`: a person named after their
    office (`누리시 복지과 담당 직원` names no one)."""
    return is_person_told_first(who) or person_without_affiliation(who) != who


@finds(FactKind.AWARD, "prize set before its winner", "최우수상을 받은 A시는")
def apposed_awards(piece: Piece, published_year: int | None) -> list[Award]:
    """`구 부문 최우수기관인 서울 성동구는`, `최우수상을 받은 김해시는`: a prize set before the body
    that is the subject, often with its category; the year is the article's."""
    text, where = without_brackets(piece.text)
    found: list[Award] = []
    matches = [*_APPOSED_RE.finditer(text), *_RECEIVED_BY_RE.finditer(text)]
    for match in sorted(matches, key=lambda m: m.start()):
        prize = PRIZE_RE.fullmatch(match.group("prize"))
        who = _SSI_RE.sub(" 씨", match.group("who"))
        if not prize or prize.group() == "대상" or not is_person_or_body(who):
            continue
        if match.groupdict().get("first") and not is_person(who):
            continue  # `대상을 받은 A시를 비롯한 5개 시군`: the bodies' list is read as a list
        if len(who.split()) > 2 and not _named_after_office(who):
            continue  # only a named person is told after the words of their office
        if who.startswith(("수상 ", "선정 ")):
            continue  # `우수상 수상 기관은 A, B다`: the winners come after, as a topic's
        if any(a.start == where[match.start("prize")] for a in found):
            continue
        category = category_between(text, max(0, match.start() - 30), match.start("prize"))
        found.append(
            Award(where[match.start("prize")], where[match.end("who") - 1] + 1, piece,
                  prize=grade_of(prize), category=category, recipient=who, year=published_year)
        )  # fmt: skip
    return found


def _respective_awards(
    piece: Piece,
    text: str,
    where: Sequence[int],
    prizes: list[re.Match[str]],
    year: int | None,
    dated: bool,
) -> list[Award]:
    """`천안시와 아산시가 각각 최우수상과 우수상을 받았다`, `A와 B는 ‘…’에서 각각 …`: bodies and
    grades paired in order; one grade after 각각 went to each."""
    respective = _RESPECTIVE_RE.search(text)
    if not respective:
        return []
    start, names = picked_list(text, respective.start())
    grades = [m for m in prizes if m.start() >= respective.end()]
    run = grades[:1]
    for grade in grades[1:]:
        if not HISTORY_JOIN_RE.match(text[run[-1].end() : grade.start()]):
            break
        run.append(grade)
    if len(run) == 1:
        run *= len(names)  # `A와 B가 각각 우수상을`: one grade each
    if len(names) < 2 or len(names) != len(run):
        return []
    return [
        Award(where[start], where[grade.end() - 1] + 1, piece, prize=grade_of(grade),
              recipient=who, year=year, dated=dated)
        for who, grade in zip(names, run, strict=True)
    ]  # fmt: skip


def _paired_awards(
    piece: Piece, text: str, where: Sequence[int], year: int | None, dated: bool
) -> list[Award]:
    """Bodies and grades in pairs sharing the verb at the end: `A가 최우수기관, B와 C가 각각
    우수기관으로 선정됐다`, `A와 B가 각각 우수기관 표창을, C가 장려상을 받았다`."""
    pairs = list(_PAIR_RE.finditer(text))
    if len(pairs) < 2 or not VERB_RE.search(text, pairs[-1].end()):
        return []
    found = []
    for pair in pairs:
        start, names = picked_list(text, pair.end("who"))
        grades = list(PRIZE_RE.finditer(text, pair.start("grades"), pair.end("grades")))
        if not names or not grades:
            return []
        if len(grades) > 1 and not (pair.group("each") and len(grades) == len(names)):
            return []
        paired = grades * len(names) if len(grades) == 1 else grades
        for who, grade in zip(names, paired, strict=True):
            found.append(
                Award(where[start], where[pair.end("grades") - 1] + 1, piece,
                      prize=grade_of(grade), recipient=who, year=year, dated=dated)
            )  # fmt: skip
    return found


@finds(
    FactKind.AWARD,
    "bodies picked per grade",
    "최우수기관에는 A시, 우수기관에는 B군과 C구가 이름을 올렸다",
)
def picked_awards(piece: Piece, published_year: int | None) -> list[Award]:
    """Bodies listed per grade: `X는 ‘…’ 결과, A와 B 등 2곳을 최우수기관으로, C·D를
    우수기관으로 선정했다` (the subject ran the evaluation and names whom it picked), or
    `최우수기관에는 A, 우수기관에는 B와 C가 이름을 올렸다` (each grade, then its bodies)."""
    text, where = without_brackets(piece.text)
    picked = bool(_PICKED_VERB_RE.search(text))
    if not picked and not (VERB_RE.search(text) or "뽑혔" in text):
        return []
    lead = SUBJECT_RE.match(text)
    organizer = lead.group("word") if lead and is_plain_word(lead.group("word")) else None
    name, _ = award_name(text)
    name_year = YEAR_RE.search(name) if name else None
    year = int(name_year.group(1)) if name_year else published_year
    every = list(PRIZE_RE.finditer(text))
    # `대상에는 A, 최우수상에는 B가`: a grand prize only as a slot, never a target group.
    prizes = [
        m for m in every
        if m.group() != "대상"
        or (text.startswith("에는", m.end()) and _GRAND_SLOT_BEFORE_RE.search(text, 0, m.start()))
    ]  # fmt: skip
    # Pairs are told with a comma between them, and hold two grades at least.
    paired = len(every) > 1 and "," in text
    found = _paired_awards(piece, text, where, year, name_year is not None) if paired else []
    found = found or _respective_awards(piece, text, where, every, year, name_year is not None)
    if found:
        return found
    for index, prize in enumerate(prizes):
        following = prizes[index + 1] if index + 1 < len(prizes) else None
        marker = re.search(r"(?:을|를)\s?$", text[: prize.start()])
        slot = _SLOT_RE.match(text, prize.end())
        if picked and marker and re.match(r"(?:으로|로)(?:,|\s)", text[prize.end() :]):
            end, span_end = marker.start(), prize.end()
        elif slot:
            segment_end = following.start() if following else len(text)
            stop = _SLOT_END_RE.search(text, slot.end(), segment_end)
            if not stop:
                continue
            end, span_end = stop.start(), stop.start()
        else:
            continue
        start, names = picked_list(text, end)
        while names and marker:
            # `광역단체로는 A와 B, 기초단체로는 C, D를 …으로 선정했다`: a list per group.
            group = _GROUP_BEFORE_RE.search(text, 0, start)
            earlier_start, earlier = picked_list(text, group.start()) if group else (0, [])
            if not earlier:
                break
            start, names = earlier_start, earlier + names
        for who in names:
            found.append(
                Award(where[min(start, prize.start())], where[span_end - 1] + 1, piece,
                      name=name, prize=grade_of(prize), organizer=organizer if picked else None,
                      recipient=who, year=year, dated=name_year is not None)
            )  # fmt: skip
    return found


HANDED_RULE = "prize handed to its winners"


@finds(FactKind.AWARD, HANDED_RULE, "최우수상은 A시가 차지했다")
def handed_awards(piece: Piece, published_year: int | None) -> list[Award]:
    """A prize handed to someone: `… 10명에게 시장 표창을 수여했다` (given by the subject),
    `최우수상은 김해시가 차지했다`, `대상은 … 김민준 씨에게 돌아갔다` (the prize first), `A와 B
    등 11곳에는 장관상이 수여됐다` (the prize as the subject)."""
    text, where = without_brackets(piece.text)
    found = []
    handed: list[tuple[re.Match[str], str, int, int, str | None]] = []
    makers: set[str] = set()
    # Most sentences hand nothing over: only then is the long prize pattern run.
    for prize in PRIZE_RE.finditer(text) if _HANDED_RE.search(text) else ():
        if not _HANDED_RE.match(text, prize.end()):
            continue  # `대상을 수여했다` is a prize: nobody hands over a target group
        # `A에게 P을, B에게 Q을`: the pair before ends where the next one's receiver starts.
        window = max(0, prize.start() - SUBJECT_WINDOW, handed[-1][3] if handed else 0)
        to = _HANDED_TO_RE.search(text, window, prize.start())
        if to:
            handed.append((prize, to.group("who").lstrip(", "), to.start(), prize.end(), None))
    for topic, category, start, end in topic_winners(text):
        # `우수상에는 ▲사례(행정안전부) ▲사례(경기 과천시) 등이`: the bodies behind the works.
        slot_end = where[end] if end < len(where) else len(piece.text)
        owners = bracketed_owners(piece.text[where[start] : slot_end])
        makers.update(owners)  # `▲작품(박하늘 등 3명)`: a work's maker, by name alone
        handed.append((topic, ", ".join(owners) or text[start:end], topic.start(), end, category))
    for passive in _PASSIVE_RE.finditer(text):
        start, names = picked_list(text, passive.start())
        passive_prize = PRIZE_RE.fullmatch(passive.group("prize"))
        if names and passive_prize:
            handed.append((passive_prize, ", ".join(names), start, passive.end("prize"), None))
    # `△녹조근정훈장 A, B △대통령표창 C`: a list holding a decoration names people alone.
    decorated = any(
        is_decoration(prize.groupdict().get("prize") or prize.group()) for prize, *_ in handed
    )
    for prize, who, start, end, category in handed:
        listed = listed_bodies(who)
        # `전 자치행정과장 김하나`: a name after the rank or post it held is a person's.
        ranked = {ranked_name(item) for item in re.split(r",\s?|·", who)}
        for name in who_list(who):
            # A decoration goes to people, often written by their names alone.
            if (
                is_person_or_body(name)
                or is_office(name)
                or name in listed
                or name in ranked
                or name in makers
                or (decorated and _NAME_RE.match(name))
            ):
                found.append(
                    Award(where[start], where[end - 1] + 1, piece, prize=grade_of(prize),
                          category=category, recipient=name, year=published_year)
                )  # fmt: skip
    return found


@finds(FactKind.AWARD, "person and prize in a list item", "① 기획팀 김하늘 주무관 – 국무총리 표창")
def listed_award(piece: Piece, published_year: int | None) -> Award | None:
    """A list item naming a person and their prize (`① 규제개혁팀 최다온 주무관 – 대통령 표창`)."""
    match = _LISTED_RE.match(piece.text)
    if not match:
        return None
    who = " ".join(match.group("who").split()[-2:])
    return Award(
        match.start("who"), match.end(), piece, prize=match.group("prize"), recipient=who,
        year=published_year,
    )  # fmt: skip


@finds(
    FactKind.AWARD, "winners with their prize in brackets", "▲박서준(근정포장) ▲이도윤(대통령 표창)"
)
def bracketed_awards(piece: Piece, published_year: int | None) -> list[Award]:
    """People or bodies listed with their prize in brackets (`▲한동희(홍조근정훈장) ▲김웅기
    (녹조근정훈장)`, `A시(대통령상), B군(국무총리상)`): two or more, or one in a sentence with a
    receiving verb."""
    found = list(_BRACKETED_RE.finditer(piece.text))
    if not found or (len(found) < 2 and not VERB_RE.search(piece.text)):
        return []
    return [
        Award(match.start("who"), match.end(), piece,
              prize=canonical_prize(match.group("prize").strip()),
              category=match.group("category"), recipient=_body_of_head(match.group("who")),
              year=published_year)
        for match in found
        if not PRIZE_RE.fullmatch(match.group("who"))
        and (is_person_or_body(match.group("who")) or _MARKED_NAME_RE.match(match.group()))
    ]  # fmt: skip


def _body_of_head(who: str) -> str:
    """`서울 성동구청장(도시재생 장관상)`: the head of a local government stands for the body that
    won it (서울 성동구); anyone else is themselves."""
    head = _HEAD_OF_BODY_RE.match(who)
    return head.group("body") + _HEADS[head.group("head")] if head else who


@finds(
    FactKind.AWARD, "works selected in a contest", "B구의 ‘골목 상권 살리기’가 우수작으로 뽑혔다"
)
def selected_works(piece: Piece, published_year: int | None) -> list[Award]:
    """Works of bodies selected in a contest (`토지 분야에서는 서울 금천구의 ‘…’이 우수작으로
    뽑혔다`, `울산 남구의 ‘A’과 경기 이천시의 ‘B’이 각각 우수작으로 이름을 올렸다`): each body
    received the grade, or the selection itself when no grade is told."""
    text, where = without_brackets(piece.text)
    works = list(_WORK_RE.finditer(text))
    close = _WORK_SELECTED_RE.match(text, works[-1].end()) if works else None
    if close is None:
        return []
    # `…이 우수작으로 뽑혔다`, or a prize named first (`최우수상은 A의 ‘…’이 뽑혔다`).
    grade = PRIZE_RE.search(text, works[-1].end(), close.end()) or prize_named_before(
        text, works[0].end("owner")
    )
    category = category_between(text, 0, works[0].start())
    found = []
    for work in works:
        owner = bare_body(work.group("owner"))
        # `오현진 주무관의 ‘…’`: a rank ending like a place word (관, 원) is a person's.
        if is_place(owner.split()[-1]) and not TITLE_RE.match(owner.split()[-1]):
            found.append(
                Award(where[work.end("owner") - len(owner)], where[work.end() - 1] + 1, piece,
                      prize=grade_of(grade) if grade else None, category=category,
                      recipient=owner, year=published_year)
            )  # fmt: skip
    return found
