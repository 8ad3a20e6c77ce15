"""Who came, entered, was surveyed or did the work: counts that are never a target.

The labels count what a program achieved or aims at, not the people at an event, the entries a
call drew, the people a survey asks or finds, nor the bodies and people who carry the work out.
The vetoes in `target_vetoes` read the common wordings (참석, 참여, 방문, 지원해); these read the
rest of each family:
- turnout said otherwise (`주민 300여 명이 함께했다`, `축제는 9만여 명이 즐긴 것으로 보인다`),
  and visitors or users of a festival as the topic (`체험 부스 이용객은 4천 명에 달했다`, `하루
  방문객 수인 8천 명을 넘었다`), unless a goal is said;
- entries a call received (`210편이 접수돼`, `35건의 제안이 제출됐다`, `48건을 접수받았다`, also
  written apart, `12건이 접수 됐다`, and applicants, `140명의 신청을 받았으며`);
- the people a survey asks or finds (`주민 800명을 대상으로 설문을 벌인다`, `조사 결과 … 12명을
  위험군으로 분류했다`);
- people expected at an event the sentence before names (`박람회는 … 열린다. 기업 30여 곳과
  구직자 1,000여 명이 참여할 예정이다`, `장애인 9,600명이 참가할 것으로 예상된다`);
- bodies or people who do the work (`4개의 수행기관을 통해`, `11개 보건소가 참여한다`, `6명의
  심사위원을 구성해`, `40명의 공무원이 참여했다`).
"""

from __future__ import annotations

import re

from govreader.facts import target_cues as cues
from govreader.facts.target_spot import Spot

GATHERING = re.compile(
    r"행사|축제|박람회|대회|페스티벌|기념식|시상식|설명회|발대식|개막식|개강식|입학식|졸업식|수료식"
    r"|공연|전시회|회의|간담회|보고회|토론회|워크숍|세미나|포럼|총회|캠프|체험장|축제장"
)
TOGETHER = re.compile(
    r"^(?:여\s?)?[이가의]?\s?(?:[^\s,.]+\s){0,3}?[^\s,.]*?"
    r"(?:함께\s?(?:했|한|하며|하고|해)|즐긴|즐겼|즐기고|자리(?:했|한|하며|를\s함께))"
)
VISITORS_TOPIC = re.compile(
    r"(?:방문객|관람객|방문자|이용객|입장객|관광객|인파)(?:\s?수)?(?:인|은|는|이|가)\s"
    r"(?:총\s|모두\s|약\s)?$"
)
FESTIVAL = re.compile(r"축제|페스티벌|행사|박람회|공연|전시회")
ENTRY_UNITS = ("건", "편", "점", "개", "팀", "명", "작품")
RECEIVED = re.compile(
    r"^(?:여\s?)?(?:[이가]|의\s(?:[^\s,.]+\s){0,2}?[^\s,.]*?[이가])\s(?:[^\s,.]+\s)?"
    r"(?:접수|제출|출품)\s?(?:돼|됐|되었|되어|된|되는|되며|되고)"
    r"|^(?:여\s?)?(?:의\s(?:[^\s,.]+\s){0,2}?[^\s,.]*?)?(?:을|를)\s접수(?:받|했|한|해)"
    r"|^(?:여\s?)?의\s(?:신청|응모)(?:을|를)\s(?:접수)?받(?:았|은)"
)
# People said to come (`참여할 예정`, `참가할 것으로 예상`, `찾을 것으로 보인다`), in a sentence of
# their own after the one that names the gathering: how many an event expects, not a program's size.
EXPECTED_TO_COME = re.compile(
    r"^(?:여\s?)?[이가의]?\s?(?:[^\s,.]+\s){0,3}?[^\s,.]*?"
    r"(?:(?:참여|참가|참석|방문|관람)(?:할|하실)\s(?:예정|것으로|전망)|찾을\s(?:예정|것으로|전망)"
    r"|(?:참여|참가|참석)해\s[^.]{0,40}?(?:예정|것으로\s(?:예상|전망|보인)))"
)
EVENT_NAMED = re.compile(
    r"박람회|축제|페스티벌|행사|기념식|시상식|설명회|발대식|개막식|공연|전시회|간담회|토론회"
    r"|세미나|포럼|한마당|음악회|콘서트|발표회|채용\s?페어|만남의\s?(?:날|장)"
)
# A sentence that names its own program or goal speaks of that program's size, not of turnout.
OWN_PROGRAM = re.compile(r"사업|프로그램|일자리|교육|과정|목표|모집|선발|채용할")
# A survey's frame: the people it asks (`주민 800명을 대상으로 설문을 벌인다`, `이번 실태조사는 …
# 1,200명을 대상으로 하며`) and what it found (`조사 결과 … 청년 12명을 위험군으로 분류했다`).
SURVEY = re.compile(r"조사|설문")
POOL_AFTER = re.compile(r"^(?:여\s?)?(?:을|를)\s대상으로\s")
FOUND_BEFORE = re.compile(r"조사(?:한|된)?\s?결과")
DOERS = re.compile(
    r"^(?:여\s?)?(?:의\s)?\s?(?:[가-힣]{1,6}\s)?"
    r"(?:수행기관|운영기관|위탁기관|보건소|심사위원|자문위원|위원|공직자|공무원|직원|강사|멘토)(?:들)?"
    r"(?:을|를|이|가)\s(?:[^\s,.]+\s){0,2}?[^\s,.]*?(?:통해|통한|구성|위촉|참여|참가)"
)


def turnout_said_otherwise(spot: Spot) -> bool:
    """People at an event who 함께했다 or 즐겼다, or a festival's visitors as the topic."""
    if spot.percent or cues.STRONG_GOAL.search(spot.before + spot.after):
        return False
    sentence = spot.sentence
    if spot.unit in cues.PEOPLE_UNITS and TOGETHER.match(spot.rest):
        return bool(GATHERING.search(sentence))
    return bool(VISITORS_TOPIC.search(spot.before) and FESTIVAL.search(sentence))


def expected_at_event_before(spot: Spot) -> bool:
    """People expected to come, told in the sentence after the one that names the gathering."""
    if spot.unit not in cues.PEOPLE_UNITS or not EXPECTED_TO_COME.match(spot.rest):
        return False
    if OWN_PROGRAM.search(spot.sentence):
        return False
    return bool(EVENT_NAMED.search(spot.around) or EVENT_NAMED.search(spot.sentence))


def entries(spot: Spot) -> bool:
    """Entries a call received (접수, 제출, 출품)."""
    return spot.unit in ENTRY_UNITS and bool(RECEIVED.match(spot.rest))


def surveyed(spot: Spot) -> bool:
    """The people a survey asks, and the people it found, counted in a survey's sentence."""
    if spot.unit not in cues.PEOPLE_UNITS:
        return False
    sentence_before = cues.SENTENCE_END.split(spot.head)[-1]
    if POOL_AFTER.match(spot.rest) and SURVEY.search(spot.sentence):
        return True
    return bool(FOUND_BEFORE.search(sentence_before))


def doers(spot: Spot) -> bool:
    """Bodies or people who carry the work out (수행기관을 통해, 보건소가 참여, 심사위원을 구성)."""
    return not spot.percent and bool(DOERS.match(spot.after))
