"""Awards, prizes, commendations and evaluation results someone received or was selected for.

An award sentence has a past-tense receiving verb (수상했다, 선정됐다, 표창을 받았다, 획득했다) and
either a prize grade (우수상, 최우수기관, ‘최우수’ 등급, 국무총리 표창 ...) or a named award,
evaluation or certification. Calls for entries and plans, grants (‘…’ 사업에 선정) and what an
official says are not awards. Each sentence is read by the first shape that fits it: a staff list
item, people or bodies with their prize in brackets, grades listed item by item, works selected
in a contest (`award_lists`, `award_topics`), bodies listed per grade or paired with grades
(`award_lists`), prizes handed over or named first with their winners after (`award_lists`,
`award_topics`) beside clauses told with a receiving verb (`award_told`); a group's bodies told
right after a list take its grade; winners told per category with no grade take the grade the
award's name carries (`award_categories`). This module then reads the article as a whole: `구는`
and subjectless sentences mean the body the article is about (never a staff member's title),
mentions of one award across sentences merge into the first one, filling in missing fields
(`award_mentions` says which are one), and an award told without its name takes the event the
article names for it (`context`, `award_naming`).
Other bodies' awards told in the story are its awards too, as the labels count them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from govreader.facts.award_categories import (
    category_awards,
    grade_in_name,
    selected_bodies,
    ungraded_bodies,
)
from govreader.facts.award_category_roster import (
    ROSTER_RULE,
    category_roster,
    for_a_prize,
    roster_prize,
)
from govreader.facts.award_chosen import chosen_winners
from govreader.facts.award_counted import counted_awards, with_counted
from govreader.facts.award_enumerated import enumerated_awards
from govreader.facts.award_festivals import FESTIVAL_RULE, festival_awards, festival_name
from govreader.facts.award_headline import headline_awards
from govreader.facts.award_lists import (
    HANDED_RULE,
    apposed_awards,
    bracketed_awards,
    handed_awards,
    listed_award,
    picked_awards,
    selected_works,
)
from govreader.facts.award_marked_roster import marked_roster
from govreader.facts.award_mentions import (
    handed_with_grade,
    resolve_self,
    same_award,
    same_body,
    ungraded_retelling,
    won_by_person,
)
from govreader.facts.award_named_roster import named_roster
from govreader.facts.award_naming import (
    event_name,
    name_from_before,
    name_from_context,
    source_of,
    with_event_names,
    year_of_lead,
    year_of_name,
)
from govreader.facts.award_owners import owned_awards
from govreader.facts.award_pairs import paired_awards
from govreader.facts.award_people import full_name
from govreader.facts.award_prizes import counts_prizes, counts_winners, grade_of
from govreader.facts.award_reading import is_planned, with_inner_asides, without_brackets
from govreader.facts.award_recipients import SELF_REFERENCE
from govreader.facts.award_record import Award
from govreader.facts.award_results import (
    described_winners,
    is_titled_person,
    result_awards,
    winners_before_grade,
    with_results,
)
from govreader.facts.award_retold import same_grade, same_prize_again, won_before
from govreader.facts.award_rosters import roster_awards
from govreader.facts.award_roundup import is_roundup, roundup_awards, roundup_bodies
from govreader.facts.award_told import told_awards
from govreader.facts.award_topics import (
    carried_winners,
    graded_items,
    is_office,
    roster_of_people,
)
from govreader.facts.award_who_list import who_list
from govreader.facts.award_winner_words import (
    is_group_word,
    is_kind_of_work,
    is_person_or_body,
    names_judges_only,
    names_nobody,
    person_without_affiliation,
)
from govreader.facts.context import Context, same_name
from govreader.facts.rules import finds
from govreader.facts.sentences import Piece
from govreader.model import Fact, FactKind

# `2024년 같은 평가에서`: the evaluation named before.
_SAME_EVENT_RE = re.compile(r"(?:같은|이번|해당|동)\s(?:평가|시상식|대회|공모전|경진대회|심사)")
# Every award shape holds one of these words: a sentence with none is skipped at once.
_AWARD_HINT_RE = re.compile(
    r"상|기관|등급|표창|훈장|포장|우수|장려|인증|선정|뽑|이름을|[가-힣]작[’'으을이에]"
    r"|(?:장원|가작|입선)\s?[:=]|축제"  # a roster line (`가작 : 김하늘(바다)`), a festival
)
_BARE_NAME_RE = re.compile(r"[가-힣]{2,4}")
_CEREMONY_RE = re.compile(r"시상식|수상(?:의|했|하였|한|기업|업체)")


def _sentence_awards(piece: Piece, published_year: int | None) -> list[Award]:
    """The awards one sentence tells, read by the first shape that fits it."""
    if not _AWARD_HINT_RE.search(piece.text):
        return []  # most sentences name no prize, grade or selection: no shape is tried
    roster = category_roster(piece, published_year)
    if roster:
        return roster  # a prize with no grade, its winners per category: no other shape reads it
    festivals = festival_awards(piece, published_year)
    if festivals:
        return festivals  # festivals per festival grade: the list readers take no festival
    chosen = chosen_winners(piece, published_year) or named_roster(piece, published_year)
    if chosen:
        return chosen  # `… 수상자로 선정했다`, `수상자는 A다`: the winners as 수상자 names them
    first = _shaped_awards(piece, published_year)
    counted = [
        c for c in counted_awards(piece, published_year)
        if not any(_restated(c, a) for a in first)
    ]  # fmt: skip
    shaped = with_counted(first, counted)
    # Winners told before a grade count where no other shape read a body or person for it.
    read = {s.prize for s in shaped if s.recipient and is_person_or_body(s.recipient)}
    before = [
        a for a in winners_before_grade(piece, published_year)
        + described_winners(piece, published_year)
        if a.prize not in read and not any(_restated(a, s) for s in shaped)
    ]  # fmt: skip
    found = with_results(shaped, result_awards(piece, published_year) + before)
    return found or category_awards(piece, published_year) or ungraded_bodies(piece, published_year)


def _shaped_awards(piece: Piece, published_year: int | None) -> list[Award]:
    """The awards one sentence tells, read by the first of the other shapes that fits it."""
    listed = listed_award(piece, published_year)
    if listed:
        return [listed]
    bracketed = bracketed_awards(piece, published_year)
    if len(bracketed) > 1:
        return bracketed
    owned = owned_awards(piece, published_year)
    if owned:
        return owned
    graded = (
        _graded(piece, published_year)
        or marked_roster(piece, published_year)
        or selected_works(piece, published_year)
    )
    if graded:
        return graded
    paired = paired_awards(piece, published_year)
    if paired:
        return paired
    enumerated = enumerated_awards(piece, published_year)
    if enumerated:
        return enumerated
    shaped: list[Award] = []
    if not is_planned(without_brackets(piece.text)[0]):
        picked = picked_awards(piece, published_year)
        # `A와 B가 대상을 받았고 C 부문 대상은 D가 수상했다`: prizes named first, and a clause
        # with its own prize beside them.
        shaped = handed_awards(piece, published_year)
        if picked and not _holds_all(shaped, picked):
            return picked  # `대상은 A가 차지했으며, 최우수상에는 B`: the fuller reading wins
    apposed = apposed_awards(piece, published_year)
    told = told_awards(piece, published_year)
    # A prize word the shapes gave its winners is not told again for the clause's subject, nor
    # the grade a slot's winners were selected as (`우수상은 A와 B가 우수기관으로 선정됐다`).
    told = [
        a for a in told
        if not any(same_award(a, b) or (a.prize == b.prize and a.start <= b.start < a.end)
                   or _restated(a, b) for b in shaped)
        and not any(same_award(a, b) for b in apposed)
    ]  # fmt: skip
    return shaped + apposed + told


def _restated(told: Award, shaped: Award) -> bool:
    """Whether `told` is a topic's winner given again the grade its clause closes on (`우수상은
    A가 우수기관으로 선정됐다`); a grade set before a winner (`최우수상을 받은 A는`) may be the
    loose one, and stays for the merging of mentions to decide."""
    return (
        shaped.rule == HANDED_RULE
        and told.recipient is not None
        and told.recipient == shaped.recipient
        and told.prize != shaped.prize
        and told.start < shaped.end <= told.end
    )


def _holds_all(wider: list[Award], narrower: list[Award]) -> bool:
    """Whether `wider` tells more awards than `narrower`, every one of those among them."""
    told = {(a.prize, a.recipient) for a in wider}
    return len(told) > len(narrower) and all((a.prize, a.recipient) in told for a in narrower)


@finds(FactKind.AWARD, "grades listed with their winners", "▲대상 A군 ▲최우수상 B시·C구")
def _graded(piece: Piece, published_year: int | None) -> list[Award]:
    """Grades listed item by item with their winners (`▲대상 A ▲최우수상 B·C`, `| 최우수 | A |`)."""
    text, where = without_brackets(piece.text)
    found = []
    people = roster_of_people(text)
    for item in graded_items(text):
        for who in who_list(re.sub(r"(?:이)?다\.?$", "", item.group("who"))):
            if (
                is_person_or_body(who)
                or is_office(who)
                or (people and _BARE_NAME_RE.fullmatch(who))
            ):
                found.append(
                    Award(where[item.start("prize")], where[item.end("who") - 1] + 1, piece,
                          prize=grade_of(item), recipient=who, year=published_year)
                )  # fmt: skip
    return found


@finds(
    FactKind.AWARD, "bodies of a group after a graded list", "기초 부문에서는 A군과 B군이 뽑혔다"
)
def _carried(piece: Piece, before: list[Award]) -> list[Award]:
    """Bodies of a group told right after a sentence listing bodies per grade take its last
    grade."""
    last = before[-1] if len(before) >= 2 else None
    text, where = without_brackets(piece.text)
    slot = carried_winners(text) if last else None
    if last is None or slot is None:
        return []
    return [
        Award(where[slot.start("who")], where[slot.end("who") - 1] + 1, piece, name=last.name,
              prize=last.prize, category=slot.group("category"), recipient=who, year=last.year,
              dated=last.dated)
        for who in who_list(slot.group("who"))
    ]  # fmt: skip


def _with_roundup(told: list[Award], items: list[Award]) -> list[Award]:
    """The sentence's awards with the round-up's items that no shape told with a winner at the
    same place; an item replaces a reading of its grade whose winner is no body or person
    (`수상내역은`), and one that read no event where the item reads it (`A 평가 ‘대통령표창’`)."""

    shared = Counter(item.end for item in items)

    def overlap(a: Award, b: Award) -> bool:
        return same_grade(a.prize, b.prize) and a.start < b.end and b.start < a.end

    def alike(a: Award, b: Award) -> bool:
        if not overlap(a, b) or (a.implicit and b.name and not same_name(a.name or "", b.name)):
            return False
        # `A 평가와 B 평가에서 우수상`: a clause told one of the events sharing the grade.
        return shared[b.end] == 1 or not (a.name and b.name) or same_name(a.name, b.name)

    won = [a for a in told if a.implicit or (a.recipient and _winner(a.recipient))]
    fresh = [item for item in items if not any(alike(a, item) for a in won)]
    return [
        a for a in told
        if (a in won and not (a.implicit and any(overlap(a, f) for f in fresh)))
        or not any(alike(a, f) for f in fresh)
    ] + fresh  # fmt: skip


def _winner(name: str) -> bool:
    return name in SELF_REFERENCE or is_person_or_body(name) or is_titled_person(name)


def find(pieces: Iterable[Piece], context: Context) -> Iterator[Fact]:
    """The awards of the article read as `pieces`, with what its `context` says filled in."""
    pieces = list(pieces)
    context = with_event_names(context)
    published_year = context.year
    lead = context.body
    kept: list[Award] = []
    told: list[Award] = []
    last_piece: Piece | None = None
    roundup = is_roundup(context.title, context.subtitle, pieces)
    # A story of a prize ceremony or of prizes received, where a category's selection is a prize.
    ceremony = any(
        _CEREMONY_RE.search(text) for text in [context.title or "", *(p.text for p in pieces)]
    )
    # A round-up whose lead names no one body (`송파구에 따르면`, `A군과 B군은`) tells, sentence by
    # sentence, the awards of the body it last opened on; other articles need no such reading.
    owners = roundup_bodies(context.title, pieces) if roundup and not lead else [lead] * len(pieces)
    for at, piece in enumerate(pieces):
        before = told
        told = (
            roster_awards(piece, published_year, last_piece)
            or _sentence_awards(piece, published_year)
            or _carried(piece, told)
            or (selected_bodies(piece, published_year) if ceremony else [])
        )
        body = owners[at]
        if roundup and body is not None:
            told = _with_roundup(told, roundup_awards(piece, body, published_year))
        last_piece = piece
        again = won_before(piece, told, before, published_year)
        for award in told + again + same_prize_again(piece, told, kept):
            if award.name and event_name(award.name) is None:
                # `2023년 장려상`: the name names no event, but the award keeps its year.
                year_of_name(award)
                award.dated = award.dated or award.year != published_year
                award.name = None
            if award.name is None and _SAME_EVENT_RE.search(piece.text):
                name_from_before(award, kept)
            if award.category and award.category.startswith("같은"):
                award.category = next((k.category for k in reversed(kept) if k.category), None)
            candidates = [a.recipient for a in kept if a.recipient] + ([lead] if lead else [])
            resolve_self(award, candidates)
            if award.recipient and is_kind_of_work(award.recipient):
                award.recipient = lead  # the body whose work it was
            if award.recipient is None and award.implicit and not counts_winners(piece.text):
                bodies = (
                    a.recipient for a in reversed(kept) if a.recipient and not won_by_person(a)
                )
                award.recipient = next(bodies, lead or (body if roundup else None))
            if handed_with_grade(award, kept):
                continue
            same = next((k for k in kept if same_award(k, award)), None)
            if same is None:
                kept.append(award)
                continue
            for name in ("name", "category", "organizer", "recipient"):
                if getattr(same, name) is None:
                    setattr(same, name, getattr(award, name))
            if award.prize and same.prize and award.prize.startswith(same.prize):
                same.prize = award.prize  # `최우수` told again as `최우수기관`: the fuller grade
    for award in headline_awards(context.title, pieces, published_year, _sentence_awards):
        recipient = award.recipient or ""
        if not any(k.recipient and same_body(k.recipient, recipient) for k in kept):
            kept.append(award)
    previous: Award | None = None
    named: list[Award] = []
    lead_year = year_of_lead(context, pieces)
    article = "\n".join([context.title or "", *(piece.text for piece in pieces)])
    for award in kept:
        if award.recipient is None or award.recipient in SELF_REFERENCE:
            continue
        award.recipient = full_name(award.recipient, award.piece.text, article) or award.recipient
        if is_group_word(award.recipient) and not is_titled_person(award.recipient):
            continue  # `공무원`, `시상식`; `정하나 학생` is a person
        if names_nobody(award.recipient) or is_kind_of_work(award.recipient):
            continue  # `소령`, `지도한 교사`, `기념품을`, `복지사업`: no one named
        if names_judges_only(award.name, award.prize):
            continue  # `외부기관 평가에서도 수상했다`: a heading, no award
        if counts_prizes(award.piece.text, award.prize) and award.rule != ROSTER_RULE:
            continue  # `기관 표창 45건을 수상했다`: a sum of prizes, no award of its own
        source = source_of(award, named)
        if source is not None:
            award.name = award.name or source.name  # `… 11년 만이다`: the award told before
        award.name = award.name and event_name(award.name)
        if award.name is None and award.rule == ROSTER_RULE:
            award.name = roster_prize(pieces)
        if award.name is None and award.rule == FESTIVAL_RULE:
            award.name = festival_name(pieces)
        if award.name is None:
            name_from_context(award, context, previous)
        else:
            award.name = with_inner_asides(award.piece.text, award.name)
            award.name = context.fullest(award.name, award.year if award.dated else None)
        year_of_name(award)
        if award.by_category and award.prize is None:
            award.prize = grade_in_name(award.name)
        if award.year is None:
            award.year = lead_year
        previous = award
        named.append(award)
    for award in named:
        if award.rule == ROSTER_RULE and not for_a_prize(award):
            continue  # `문화부문 A, 체육부문 B가 선정됐다` with no prize named: picked, not awarded
        if not ungraded_retelling(award, named):
            award.recipient = award.recipient and person_without_affiliation(award.recipient)
            yield award.fact()
