"""Awards, prizes, commendations and evaluation results someone received or was selected for.

An award sentence has a past-tense receiving verb (수상했다, 선정됐다, 표창을 받았다, 획득했다) and
either a prize grade (우수상, 최우수기관, ‘최우수’ 등급, 국무총리 표창 ...) or a named award,
evaluation or certification (‘2022년 전국 지방자치단체 일자리대상’, ○○ 평가, ○○ 인증을 획득).
Calls for entries and plans (공모한다, 시상할 예정), grants (‘…’ 사업에 선정), grades the organizer
picks without naming anyone (우수 기관을 가려냈다) and what an official says are not awards; a plan
told after a done award (선정됐으며, 시상식은 … 예정이다) keeps the award. From the sentence come
the name (without quote marks or grade), prize, category (… 부문), organizer (… 주관/주최, a body
whose clause runs into the name as in `행정안전부가 발표한 ‘…’`, or `X로부터`), recipient (the last
subject that is not such a body, or each person before a prize in `A와 B가 장관 표창을, C 등
15명이 시장 표창을 받았다`; a sentence with no subject but the host means the body the article is
about) and year (from the name, a year beside the prize, 지난해 / 올해 against the article's year,
else the article's date). Bodies listed per grade come one award each: an organizer's `A와 B 등
2곳을 최우수기관으로, C·D를 우수기관으로 선정했다`, `최우수기관에는 A, 우수기관에는 B가`, `A와 B가
각각 최우수상과 우수상을`; so do prizes handed over (`…에게 시장 표창을 수여했다`) or named first
(`최우수상은 X가 차지했다`), and a prize set before its body (`구 부문 최우수기관인 X는`). A history
sentence (`2015년 최우수상, 2016년과 2017년 특별상과 우수상`, `2020년부터 2022년까지`, `지난해에
이어 2년 연속`) gives one award per year and grade; `같은 부문` / `같은 평가` take the category and
name told before; a list item `① 규제개혁팀 최다온 주무관 – 대통령 표창` gives one per line. Other
bodies that also won (`인근 A시와 B군도`), and rivals listed beside the article's own body, are
left out. Mentions of the same award across sentences merge into the first one, filling in
missing fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields
from itertools import pairwise

from govreader.facts.phrases import is_plain_word, phrase_start, strip_particle, word_set
from govreader.facts.sentences import Piece, outside_speech
from govreader.model import Fact, FactKind

_VERB_RE = re.compile(
    r"수상(?:했|하였|한|하는 영예|해|의 영예|을 했|하며|하고)"
    r"|선정(?:됐|되었|돼|된|되는 영예|되어)|표창(?:을 받|받)|받았|받은|받아"
    r"|획득(?:했|하였|한|해)|차지(?:했|하였|한|해)|영예를 안|수여받|인증(?:을 받|받|을 획득)"
    r"|통과(?:했|하였)|이름을 올렸|(?:올린|오른|뽑힌|차지한) 바\s?있"
    r"|(?:받|수상하|선정되)게 (?:됐|되었)|(?:받|수상하|선정되|차지하)기도 (?:했|하였)"
    r"|(?:에|으로|로) (?:올랐|올라|오르며|오른 데|머물렀|머물러|그쳤)"
    r"|(?:으로|로) 뽑(?:혔|혀|힌)|거머(?:쥐었|쥐며|쥐고|쥔|줬)|쾌거를|등급을 달성(?:했|하였|해)"
    r"|(?:상|기관|등급)에 이어"
)
# With no prize named, the verb itself must say an award or certificate was won.
_NAME_ONLY_VERB_RE = re.compile(
    r"수상|선정(?:됐|되었|돼|되어|되는)|인증|획득|취득|이름을 올|영예|차지|(?:상|표창|상장)을 받"
)
_PLAN_RE = re.compile(
    r"공모(?:한다|합니다|하고 있|를 진행|에 참여할|중)|모집(?:한다|합니다|하고|중)"
    r"|접수(?:한다|받는다)|예정|계획이다|방침이다|시상한다|시상할|선정할|수여할"
    r"|신청(?:하면|을 받|하세요)|도전한다|노린다"
)
_TITLE = (
    r"(?:대통령|국무총리|도지사|시장|군수|구청장|교육감"
    r"|(?:[가-힣]{1,14}(?:부|처|청|원|회)\s?)?장관|[가-힣]{1,12}"
    r"(?:시장|군수|구청장|도지사|교육감|의장|청장|위원장|사장|이사장|회장))"
)
_PRIZE_RE = re.compile(
    rf"(?<![가-힣])(?:{_TITLE}\s?(?:기관\s?)?(?:표창|상)"
    r"|(?:최우수|우수|장려|특별|금|은|동|으뜸|혁신|공로|본|특|최고|대)상"
    r"|(?:최우수|우수|장려|선도|모범|최고)[’']?\s?(?:기관|지자체|자치단체|시군|의회|구|시|군)"
    r"|(?:최우수|우수|최고|탁월|[SA]|[1-5])\s?등급|우수사례|최우수|우수"
    r"|(?<=유공\s)기관\s?표창|(?<=유공)기관\s?표창)"
    r"(?=[’']?\s?(?:을|를|으로|로|에|과|와|,|까지|의 영예|\s?수상|\s?선정|\s?차지|\s?표창)"
    r"|(?<=상)\s등\s|\s?\(|$)"
)
# `‘최우수’ 등급`, `2023년 ‘최우수’, 2025년 ‘우수’ 등급을`, `‘우수’를 받았다`: a grade in quotes.
_QUOTED_GRADE_RE = re.compile(
    r"[‘'“\"](?P<grade>최우수|우수|최고|탁월|매우\s?우수|[SA]{1,2}|[가나다])[’'”\"]"
    r"(?=\s?등급|\s?,[^.]{0,40}?등급|(?:을|를|으로|로)\s?(?:받|획득|차지|선정))"
    r"|[‘'“\"](?P<prize>(?:최우수|우수|장려|특별|대)상|(?:최우수|우수)기관|[SABC1-5]\s?등급)[’'”\"]"
    r"(?=\s?(?:을|를|으로|로|에|,|수상|선정))"
)
_HIGHEST_RE = re.compile(r"^최고\s?등급$")
# `최우수 등급` is the grade 최우수; numbered grades keep the word (`2등급`).
_LETTER_GRADE_RE = re.compile(r"^(?:[SA]{1,2}|[가나다])$")
_WORD_GRADE_RE = re.compile(r"^(최우수|우수|탁월)\s?등급$")
# `우수 기관을 가려냈다`: what the organizer picks, not what someone received.
_PICKED_AFTER_RE = re.compile(
    r"^\s?(?:을|를)\s?(?:가려|가리|가린|선정하|선정한|선정했|뽑|선발|발표|시상|포상|수여)"
)
# `이번 수상으로 도지사 기관표창과 상금을 받는다`: the reward of an award told before.
_REWARD_OF_RE = re.compile(r"이번 (?:수상|선정|평가)(?:으로|에 따라|을 통해)|이에 따라")
# `최우수 등급을 받은 경로당 5곳에`: a prize of the noun after the clause, not of the subject.
_RECEIVED_BY_NOUN_RE = re.compile(
    r"[’']?\s?(?:을|를|으로|로|에)\s?(?:받은|수상한|선정된|차지한|획득한|뽑힌|오른)\s(?!바|데|것|뒤|후|이후|이래|다음)"
)
_BARE_GRADE_RE = re.compile(r"^(?:최우수|우수|대상)$")
_BARE_OK_RE = re.compile(r"^\s?(?:기관)?(?:으로|로|에)\s?선정|^,|^\s?(?:과|와)\s")
_GRAND_PRIZE_OK_RE = re.compile(
    r"^(?:을|를|까지)\s?(?:수상|받|차지|안|거머)|^(?:에|으로)\s?선정|^\s?수상"
)
_QUOTED_NAME_RE = re.compile(
    r"[‘'“\"`「『《<]\s?(?P<name>[^‘’'“”\"`「」『』《》<>]{3,60}?)\s?[’'”\"`」』》>]"
    r"(?=\s?(?:에서|의|에|으로|로|을|를)?)"
)
# `‘지역사회 통합돌봄 선도사업’ 평가에서`: the evaluation of a quoted program.
_EVALUATION_AFTER_RE = re.compile(r"\s(평가|심사|공모전|경진대회|시상)(?=에서|의\s)")
_PROGRAM_AFTER_RE = re.compile(r"\s?(?:사업|공모)(?:(?![가-힣])|에(?!서)|으로|로|을|를)")
# `‘가족친화 우수기관’ 인증을 받았다`: a certification with a quoted name.
_CERTIFIED_AFTER_RE = re.compile(r"\s?(인증)(?=(?:을|를)\s?(?:획득|취득|받았|받아))")
_NAMED_RE = re.compile(
    r"(?<![0-9A-Za-z가-힣·])[0-9A-Za-z가-힣·]{0,30}?(?:대상|평가|공모전|경진대회|대회|어워드|어워즈|인증심사|"
    r"콘테스트|챌린지|시상|인증제|인증)(?=에서|의\s)"
)
# Words that make a quoted name an award or evaluation; a quoted 사업 is a program (a grant
# competition someone was picked for), not an award.
_AWARD_NAME_RE = re.compile(
    r"(?:상|대상|평가|어워드|어워즈|인증|심사|공모전|경진대회|대회|콘테스트|챌린지|시상식|인증제"
    r"|대전|경연|그랑프리|유공|포상|\d+선)(?![가-힣])(?!\S*사업$)"
)
# `A와 B가 공동 주최한`: the first host is the organizer.
_ORGANIZER_RE = re.compile(
    r"(?:(?P<first>[가-힣A-Za-z·]{2,20})(?:와|과)\s)?"
    r"(?P<org>[가-힣A-Za-z·]{2,20})(?:이|가|에서|와|과)?\s?(?:공동\s?)?(?:주관|주최)(?:하고|하는|한|하며|로|으로|의)?\s"
)
_GIVER_RE = re.compile(r"(?:^|\s)(?P<org>[가-힣A-Za-z·]{2,20}?)(?:으로부터|로부터)\s")
_CLAUSE_BREAK_RE = re.compile(r"(?:고|며|으며),\s")
# `치매관리사업 유공 보건복지부장관 표창`: the merit a commendation is for names it.
_MERIT_RE = re.compile(r"(?<![가-힣])[0-9A-Za-z가-힣·]*유공(?=\s|으로\s)")
_CATEGORY_RE = re.compile(r"(?<![가-힣])[가-힣A-Za-z0-9·]{0,12}\s?부문")
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})년?(?!\d)")
_SUBJECT_RE = re.compile(r"(?:^|\s)(?P<word>[^\s]{1,20}?)(?:은|는|이|가|께서)(?=\s)")
# Nouns that end like a subject particle (`정량평가 부문`, `어린이`).
_NOUNS_ENDING_LIKE_PARTICLES = (
    "평가", "국가", "전문가", "참가", "추가", "증가", "물가", "단가", "대가", "작가", "휴가",
    "어린이", "놀이", "높이", "길이",
)  # fmt: skip
_NOT_SUBJECTS = word_set("이번 올해 이날 또 특히 한편 평가 심사 결과 시상식 대회 지난해 작년")
# `X가 (도내 15개 시군을 대상으로) 실시한 ‘…’`: a subject whose clause ends on the award name,
# with no other subject or agent (`Y에서 주관하는`) between.
_AGENT_CLAUSE_RE = re.compile(
    r"(?:^|\s)(?P<org>[가-힣A-Za-z·]{2,20}?)(?:이|가)\s(?:\S*[^\s이가은는서]\s){0,6}?"
    r"\S*(?:한|하는|벌인|맡은|펼친|(?<=\s)연)\s"
)
# `ISO 37001 인증을 획득`, `가족친화 인증을 받았다`: a certification obtained.
_CERTIFICATE_RE = re.compile(
    r"(?<![가-힣])[0-9A-Za-z가-힣·]*인증(?=(?:을|를)\s?(?:획득|취득|받았|받아))"
)
_PLACE_END_RE = re.compile(
    r"(?:시|군|구|도|청|원|관|부|처|동|읍|면|공사|공단|재단|학교|센터|협회|회사)$"
)
# `민원여권과가`: a department ending in 과, then the subject particle 가.
_DEPARTMENT_RE = re.compile(r"[가-힣]{2,12}과가")
_REGIONS = word_set(
    "서울 부산 대구 인천 광주 대전 울산 세종 경기 강원 충북 충남 전북 전남 경북 경남 제주"
)
_AGENT_AFTER_RE = re.compile(r"\s(?:공동\s?)?(?:주관|주최|실시|후원|시행|평가|선정|수여|시상)")
_SELF_REFERENCE = frozenset({"구", "시", "군", "도", "청", "기관", "센터"})
_SUBJECT_WINDOW = 160
_TURN_RE = re.compile(r"(?:으나|지만|는데|[았었였했됐쳤렀]고),?\s")
_THIS_YEAR_RE = re.compile(r"(?:올해|이번(?:에는|에)?|올)\s(?:\S+\s)?$")
_PAREN_RE = re.compile(r"\([^()]*\)")
# `…선정됐고, 보건소 박은영 팀장은 장관 표창을`: a new topic after a clause for the next prize.
_NEXT_TOPIC_RE = re.compile(
    r"(?:고|며|으며|하여|해),\s(?P<who>[^\s,]+(?:\s[^\s,]+){0,4}?)(?:은|는)\s(?:[^\s,]+\s){0,3}$"
)
# A person with a title after their name (`정하늘 주무관`).
_PERSON_RE = re.compile(
    r"^[가-힣]{2,4}\s(?:주무관|팀장|과장|계장|국장|실장|소장|센터장|주사|주사보|서기|사무관|"
    r"반장|조장|교사|위원|대표|씨)(?![가-힣])"
)
# A name, then a word that reads as a title (`김철수 복지관장`, `이영희 주무관`).
_TITLED_RE = re.compile(r"^[가-힣]{2,4}\s[가-힣]*(?:장|관|원|사|씨|표|님)$")
# A who ending in a quoted name is a work (a festival, a policy) entered by the subject.
_QUOTED_WORK_RE = re.compile(r"[’'”\"」』》>]$")
_TITLE_PRIZE_RE = re.compile(rf"^{_TITLE}|표창$")
_FINITE_PAST_RE = re.compile(r"(?:았|었|였|했|됐|렸|냈|혔|졌|왔|겼)다[.!]?$|바\s?있(?:다|음)[.!]?$")
_LISTED_RE = re.compile(
    r"^(?:[①-⑳]|\d{1,2}[.)]|[-·▲○◦*□])?\s?"
    r"(?P<who>(?:[가-힣A-Za-z0-9]+\s){0,3}[가-힣]{2,4}\s"
    r"(?:주무관|팀장|과장|계장|국장|실장|소장|센터장|주사|주사보|사무관|교사|위원|대표))"
    rf"\s?[–—\-:]\s?(?P<prize>(?:{_TITLE}|시장|군수|구청장)\s?(?:기관\s?)?(?:표창|상))$"
)
_UNIT_END_RE = re.compile(r"(?:팀|과|실|소|센터|청|시|군|구|동|면|읍|학교|원|부|국|단|관)$")
_NAME_IN_I_RE = re.compile(r"^[가-힣A-Za-z]{2,}이$")
_YEAR_RANGE_RE = re.compile(r"^(?:부터\s|\s?[~∼–-]\s?)$")
# `… 우수기관으로 각각 선정했다`, `… 최우수상 수상자로 뽑았다`: what an organizer did.
# Right after a receiving verb: it is done and the sentence goes on (`됐으며,`, `돼 `, `받아 `).
_DONE_RE = re.compile(r"(?<=[됐었았였했혔])(?:으며|고|으나|는데|지만)[,\s]|(?<=[돼어아해혀])[,\s]")
_PICKED_VERB_RE = re.compile(r"(?:선정|지정|선발)(?:했|하였|하고|해\s)|뽑았")
_HEAD_COUNT_RE = re.compile(r"등|\d+(?:곳|개|개소|개\s?기관)|기관|자치단체|지자체")
_APPOSED_RE = re.compile(
    r"(?<![가-힣])(?P<prize>(?:최우수|우수|장려|특별)(?:상|기관|지자체|자치단체))"
    r"(?:인|(?:을|를)\s(?:받은|수상한)|(?:으로|로)\s(?:뽑힌|선정된))?"
    r"\s(?P<who>(?:[가-힣]{2,10}\s)?[가-힣]{2,12}?)(?:은|는|이|가)\s"
)
_RELATIVE_YEAR_RE = re.compile(r"(?<![가-힣])(지난해|작년|올해|금년)(?!보다|에 비해|와 비교)")
_PROVINCE_RE = re.compile(r"(?:[경충전]상?[청라]?[남북]|경기|강원|제주)도$")
# A city, county or district (`완도군`, `화성특례시`), not a 동, a 센터 or a ministry.
_LOCAL_RE = re.compile(r"[가-힣]{1,6}(?:특례시|광역시|특별자치시|[시군구])$")
# `2024년 같은 평가에서`: the evaluation named before.
_SAME_EVENT_RE = re.compile(r"(?:같은|이번|해당|동)\s(?:평가|시상식|대회|공모전|경진대회|심사)")
# `최우수기관에는 A시, 우수기관으로는 B군이`: a grade, then the bodies that got it.
_SLOT_RE = re.compile(r"(?:에는|으로는|로는)\s")
_SLOT_END_RE = re.compile(r"(?<=[가-힣])(?:이|가)(?:\s|,)|,\s?$|,\s?(?=\S+(?:에는|으로는|로는)\s)")
_RESPECTIVE_RE = re.compile(r"(?<=[가-힣])(?:이|가)\s각각\s")
# `에게 시장 표창을 수여했다`: the subject hands the prize to someone.
_HANDED_RE = re.compile(r"(?:을|를)\s(?:수여|전달|시상|전수)(?:했|하였)")
_HANDED_TO_RE = re.compile(r"(?P<who>\S(?:.{0,120}\S)?)에게\s(?:\S+\s){0,3}$")
# `최우수상은 김해시가 차지했다`, `대상은 … 씨에게 돌아갔다`.
_TOPIC_RE = re.compile(
    rf"(?<![가-힣])(?P<prize>(?:최우수|우수|장려|특별|금|은|동|대)상|(?:최우수|우수)기관"
    rf"|{_TITLE}\s?(?:표창|상))(?:은|는)\s(?P<who>[^,]{{2,80}}?)"
    r"(?:(?:이|가)\s(?:차지했|받았|수상했|거머쥐었|안았)|에게\s돌아갔)"
)
# `인근 여수시와 완도군도`, `이웃한 고성군도`: bodies that also won, marked with 도 (also).
_ALSO_RE = re.compile(r"(?:^|\s)[가-힣]{2,12}(?:시|군|구|청)도\s")
# `2023년과 지난해에 이어 올해까지`: years of one streak.
_STREAK_RE = re.compile(r"(?:에|에도)?\s?이어\s?")
_HISTORY_JOIN_RE = re.compile(r"^\s?(?:과|와|,|및|·|ㆍ)\s?$")


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
    # No subject in a sentence that ends in a past verb: the body the article is about.
    implicit: bool = field(default=False)
    # One of several bodies listed per grade (`A와 B를 최우수기관으로, C를 우수기관으로`).
    listed: bool = field(default=False)

    def fact(self) -> Fact:
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        for name in ("start", "end", "piece", "dated", "implicit", "listed"):
            del values[name]
        return self.piece.fact(FactKind.AWARD, self.start, self.end, **values)


def _prizes(text: str) -> list[re.Match[str]]:
    found = []
    for match in _PRIZE_RE.finditer(text):
        prize = match.group()
        after = text[match.end() : match.end() + 8]
        dated = re.search(r"\d{4}년\s?$", text[max(0, match.start() - 6) : match.start()])
        before = text[max(0, match.start() - 4) : match.start()]
        # `축제관광 부문 대상을, 야간경관 부문 우수상을`: a grand prize listed with others.
        in_category = before.rstrip().endswith("부문") and re.match(r"(?:을|를)?,", after)
        if prize == "대상" and not (_GRAND_PRIZE_OK_RE.search(after) or dated or in_category):
            continue
        if _BARE_GRADE_RE.match(prize) and prize != "대상" and not _BARE_OK_RE.search(after):
            continue
        if _PICKED_AFTER_RE.match(after) or _RECEIVED_BY_NOUN_RE.match(text, match.end()):
            continue
        if _REWARD_OF_RE.search(text) and _TITLE_PRIZE_RE.search(prize):
            continue
        found.append(match)
    found.extend(_QUOTED_GRADE_RE.finditer(text))
    # `최고 등급을 받아 우수 시군으로 선정`: the grade's own name beats the highest grade.
    if len(found) > 1:
        found = [m for m in found if not _HIGHEST_RE.match(m.group())]
    return sorted(found, key=lambda m: m.start())


def _grade(prize: re.Match[str]) -> str:
    """The prize as written, without quote marks, doubled blanks or the word 등급 after a word
    grade."""
    groups = prize.groupdict()
    text = groups.get("grade") or groups.get("prize") or prize.group()
    text = re.sub(r"\s+", " ", text.replace("’", "").replace("'", ""))
    word_grade = _WORD_GRADE_RE.match(text)
    if groups.get("grade") and _LETTER_GRADE_RE.match(text):
        return f"{text}등급"  # `‘가’ 등급`, `‘S’ 등급`: a letter is read with its 등급
    return word_grade.group(1) if word_grade else text


def _name(text: str) -> tuple[str | None, int]:
    """The award's name and where it starts (its opening quote): a quoted name with an award
    word in it, `‘X’ 평가`, a phrase ending in 평가, 대상, 대회 ... before 에서 or 의, or a
    certification someone obtained (`부패방지경영시스템 ISO 37001 인증을 획득`)."""
    for match in _QUOTED_NAME_RE.finditer(text):
        name = match.group("name").strip()
        if _PROGRAM_AFTER_RE.match(text, match.end()):
            continue  # `‘스마트도시 챌린지’ 사업에 선정`: a grant programme, not an award
        kind = _EVALUATION_AFTER_RE.match(text, match.end()) or _CERTIFIED_AFTER_RE.match(
            text, match.end()
        )
        if kind:
            return f"{name} {kind.group(1)}", match.start()
        if _AWARD_NAME_RE.search(name) and not _QUOTED_GRADE_RE.match(text, match.start()):
            return name, match.start()
    match = _NAMED_RE.search(text) or _CERTIFICATE_RE.search(text) or _MERIT_RE.search(text)
    if match:
        start = match.start()
        while start > 0 and text[start - 1] == " ":
            previous = text.rfind(" ", 0, start - 1) + 1
            word = text[previous : start - 1]
            if not is_plain_word(word) or word in {"이번", "올해", "각종"}:
                break
            if word.endswith(("부터", "까지", "에게서")):
                break
            start = previous
        name = text[start : match.end()]
        if len(name) > 3:
            return name, start
    return None, len(text)


def _agents(text: str, name_at: int) -> dict[int, str]:
    """Subjects whose clause runs into the award's name (`행정안전부가 27일 발표한 ‘…’`): they
    held or judged it, so they are not its recipient. Keyed by where the word starts."""
    return {
        match.start("org"): match.group("org")
        for match in _AGENT_CLAUSE_RE.finditer(text, 0, name_at)
        if match.end() == name_at
    }


def _subject(text: str, end: int, agents: Iterable[int] = ()) -> str | None:
    """The last subject (a noun with 은/는/이/가) of `text` before `end`, with an organisation
    word before it; never a body that held or judged the award (`agents`)."""
    window = max(0, end - _SUBJECT_WINDOW)
    best = None
    for match in _SUBJECT_RE.finditer(text, window, end):
        word = match.group("word")
        if match.start("word") in agents or _AGENT_AFTER_RE.match(text, match.end()):
            continue
        if word in _SELF_REFERENCE:
            found = word
        elif (
            len(word) < 2
            or match.group().strip().endswith(_NOUNS_ENDING_LIKE_PARTICLES)
            or not (is_plain_word(word) or _DEPARTMENT_RE.fullmatch(match.group().strip()))
            or word.endswith(("하", "되", "있", "없", "했", "라"))
            or word in _NOT_SUBJECTS
            or _YEAR_RE.fullmatch(word)
        ):
            continue
        else:
            words = [word]
            before = text[window : match.start("word")].split()
            if before and _PERSON_RE.match(f"{before[-1]} {word}"):
                words.insert(0, before.pop())  # `이수아 주무관은`
            # `울산 남구는`, `목포시 하당동 행정복지센터는`: the places the body sits in.
            while before and len(words) < 4 and _is_place(before[-1]):
                words.insert(0, before.pop())
            found = " ".join(words)
        best = found
    return best


def _is_place(word: str) -> bool:
    return word in _REGIONS or bool(is_plain_word(word) and _PLACE_END_RE.search(word))


def _trailing_name(text: str) -> str:
    """The name at the end of `text`: its last words that carry no particle or verb ending."""
    words = text.split()
    kept: list[str] = []
    for word in reversed(words):
        bare = word.replace("㈜", "").replace("(주)", "")
        # Inside a name a word ending in 이 is a name (브이투이 부사장), not a subject.
        person = len(kept) == 1 and _PERSON_RE.match(f"{bare} {kept[0]}")
        if kept and not (is_plain_word(bare) or not bare or _NAME_IN_I_RE.match(bare) or person):
            break
        if _PERSON_RE.match(" ".join(kept[-2:])) and not _UNIT_END_RE.search(bare):
            break  # `봉사를 해 온 김순자 씨`: only a team or office goes before a person
        kept.insert(0, word)
    return " ".join(kept)


def _who_list(text: str) -> list[str]:
    """`A와 B`, `C, D 등 15명` as names, without 등 and head counts. A one-word part before a
    name with a title is a department ending in 과 (`시민안전과 정하늘 주무관과 건설과 …`)."""
    text = re.sub(r"\s?등(?:\s?\d+여?\s?(?:명|곳|개\S*))?$", "", text.strip())
    text = re.sub(r"^.*\s?결과,?\s", "", text)  # `평가 결과 A시와 B군이`: 결과 is no name
    names = []
    for part in text.split(", "):
        pieces = re.split(r"(?<=[가-힣])([과와])\s", part)
        merged = [pieces[0]]
        for joint, piece in zip(pieces[1::2], pieces[2::2], strict=True):
            words = merged[-1].split()
            # A three-syllable word is most often a person (`박서준과 정하은 주무관`).
            department = bool(words) and is_plain_word(words[-1]) and len(words[-1]) != 3
            if len(words) >= 2 and _TITLED_RE.match(" ".join(words[-2:])):
                department = False  # `김철수 복지관장과 이영희 주무관`: two people
            if joint == "과" and department and _PERSON_RE.search(piece):
                merged[-1] = f"{merged[-1]}과 {piece}"
            else:
                merged.append(piece)
        names.extend(merged)
    names = [_trailing_name(n) for n in names]
    # `받았고, 박영호 씨와 …`: a verb left over from the clause before is no name.
    return [n for n in names if 2 <= len(n) <= 40 and not re.search(r"(?:고|며|서|다)$", n)]


def _recipients(
    text: str, prize: re.Match[str], previous_end: int, agents: Iterable[int]
) -> tuple[list[str], bool]:
    """Who received `prize`, and whether a `WHO이/가 PRIZE을` clause named them; else the
    sentence subject. A quoted work (`‘해운대 모래축제’가 대상을`) won it for the subject."""
    clause = text[previous_end : prize.start()]
    match = re.search(r"(?P<who>\S(?:.{0,160}\S)?)(?:이|가)\s$", clause)
    if match and not _QUOTED_WORK_RE.search(match.group("who")):
        # `서울 중구·경기 수원시 등 2곳이`: a list of places, read as the organizer's lists are.
        _, places = _picked_list(clause, match.end("who"))
        if len(places) >= 2:
            return places, True
        who = _who_list(match.group("who"))
        if who and all(len(w.split()) <= 5 for w in who):
            return who, True
    if previous_end:
        topic = _NEXT_TOPIC_RE.search(clause)
        if topic and is_plain_word(topic.group("who").split()[-1]):
            return [topic.group("who")], True
    subject = _subject(text, prize.start(), agents)
    return ([subject] if subject else []), False


def _year_marks(text: str, published_year: int | None) -> list[tuple[int, int, str]]:
    """Years a sentence names: `2024년`, and with the article's year known, 지난해 / 작년 (the
    year before) and 올해 / 금년 (not `지난해보다`, a comparison)."""
    marks = [(m.start(), m.end(), m.group(1)) for m in _YEAR_RE.finditer(text)]
    if published_year:
        for match in _RELATIVE_YEAR_RE.finditer(text):
            back = 1 if match.group(1) in ("지난해", "작년") else 0
            marks.append((match.start(), match.end(), str(published_year - back)))
        # `지난해에 이어 2년 연속 최우수기관`: this year's award follows the last one named.
        for _, end, _ in list(marks):
            streak = _STREAK_RE.match(text, end)
            if streak and not (
                _RELATIVE_YEAR_RE.match(text, streak.end()) or _YEAR_RE.match(text, streak.end())
            ):
                marks.append((streak.end(), streak.end(), str(published_year)))
    return sorted(marks)


def _history(
    text: str, prizes: list[re.Match[str]], marks: list[tuple[int, int, str]]
) -> list[tuple[int, str, int, int]]:
    """(year, prize, start, end) pairs of a sentence listing awards by year."""
    events = sorted(
        [(start, end, "year", year) for start, end, year in marks]
        + [(m.start(), m.end(), "prize", _grade(m)) for m in prizes]
    )
    groups: list[tuple[str, list[tuple[int, int, str]]]] = []
    last_end = -1
    for start, end, kind, value in events:
        between = text[last_end:start]
        joined = (
            groups
            and groups[-1][0] == kind
            and (
                _HISTORY_JOIN_RE.match(between)
                or (kind == "year" and _STREAK_RE.fullmatch(between))
            )
        )
        ranged = groups and groups[-1][0] == kind == "year" and _YEAR_RANGE_RE.match(between)
        if ranged and 0 < int(value) - int(groups[-1][1][-1][2]) <= 10:
            # `2020년부터 2022년까지`: every year of the range.
            first = int(groups[-1][1][-1][2])
            groups[-1][1].extend((start, end, str(y)) for y in range(first + 1, int(value) + 1))
        elif joined:
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


def _apposed_awards(piece: Piece, published_year: int | None) -> list[_Award]:
    """`구 부문 최우수기관인 서울 성동구는`, `최우수상을 받은 김해시는`: a prize set before the body
    that is the subject, often with its category; the year is the article's."""
    text, where = _without_brackets(piece.text)
    found = []
    for match in _APPOSED_RE.finditer(text):
        prize = _PRIZE_RE.fullmatch(match.group("prize"))
        who = match.group("who")
        if not prize or prize.group() == "대상" or not _is_place(who.split()[-1]):
            continue
        category = _category(text, max(0, match.start() - 30), match.start("prize"))
        found.append(
            _Award(where[match.start("prize")], where[match.end("who") - 1] + 1, piece,
                   prize=_grade(prize), category=category, recipient=who, year=published_year)
        )  # fmt: skip
    return found


def _planned(text: str) -> bool:
    """A call, plan or prospect (`선정할 예정이다`, `받으면 … 받게 된다`); not a plan told after
    an award that is done (`선정됐으며, 시상식은 다음 달 열릴 예정이다`, `우수상을 받아 …
    지원받을 계획이다`)."""
    plan = _PLAN_RE.search(text)
    if not plan:
        return False
    verb = _VERB_RE.search(text)
    return not (verb and verb.end() <= plan.start() and _DONE_RE.match(text, verb.end()))


def _picked_list(text: str, end: int) -> tuple[int, list[str]]:
    """The bodies listed just before `end` (`A와 B, 전남 C 등 3곳`, `D·E`), read backwards while
    each word is a place, a region, a joint or a head count; none when a listed item is no place.
    Also where the list starts."""
    words = text[:end].split(" ")
    start = end
    kept = 0
    for word in reversed(words):
        bare = word.rstrip(",")
        parts = [re.sub(r"(?<=[가-힣])(?:와|과)$", "", part) for part in bare.split("·")]
        if not all(_is_place(part) or _HEAD_COUNT_RE.fullmatch(part) for part in parts):
            break
        start -= len(word) + 1
        kept += 1
    if not kept:
        return end, []
    span = re.sub(r"\s?등(?:\s\S+)*$", "", text[start + 1 : end].strip())
    items = re.split(r",\s?|·|(?<=[가-힣])(?:와|과)\s", span)
    names = [" ".join(item.split()) for item in items]
    if not all(names) or not all(_is_place(n.split()[-1]) for n in names):
        return end, []
    return start + 1, names


def _respective_awards(
    piece: Piece,
    text: str,
    where: list[int],
    prizes: list[re.Match[str]],
    year: int | None,
    dated: bool,
) -> list[_Award]:
    """`천안시와 아산시가 각각 최우수상과 우수상을 받았다`: bodies and grades paired in order;
    one grade after 각각 went to each."""
    respective = _RESPECTIVE_RE.search(text)
    if not respective:
        return []
    start, names = _picked_list(text, respective.start())
    grades = [m for m in prizes if m.start() >= respective.end()]
    run = grades[:1]
    for grade in grades[1:]:
        if not _HISTORY_JOIN_RE.match(text[run[-1].end() : grade.start()]):
            break
        run.append(grade)
    if len(run) == 1:
        run *= len(names)  # `A와 B가 각각 우수상을`: one grade each
    if len(names) < 2 or len(names) != len(run):
        return []
    return [
        _Award(where[start], where[grade.end() - 1] + 1, piece, prize=_grade(grade),
               recipient=who, year=year, dated=dated, listed=True)
        for who, grade in zip(names, run, strict=True)
    ]  # fmt: skip


def _picked_awards(piece: Piece, published_year: int | None) -> list[_Award]:
    """Bodies listed per grade: `X는 ‘…’ 결과, A와 B 등 2곳을 최우수기관으로, C·D를
    우수기관으로 선정했다` (the subject ran the evaluation and names whom it picked), or
    `최우수기관에는 A, 우수기관에는 B와 C가 이름을 올렸다` (each grade, then its bodies)."""
    text, where = _without_brackets(piece.text)
    if _planned(text):
        return []
    picked = bool(_PICKED_VERB_RE.search(text))
    if not picked and not (_VERB_RE.search(text) or "뽑혔" in text):
        return []
    lead = _SUBJECT_RE.match(text)
    organizer = lead.group("word") if lead and is_plain_word(lead.group("word")) else None
    name, _ = _name(text)
    name_year = _YEAR_RE.search(name) if name else None
    year = int(name_year.group(1)) if name_year else published_year
    prizes = [m for m in _PRIZE_RE.finditer(text) if m.group() != "대상"]
    every = list(_PRIZE_RE.finditer(text))
    found = _respective_awards(piece, text, where, every, year, name_year is not None)
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
        start, names = _picked_list(text, end)
        for who in names:
            found.append(
                _Award(where[min(start, prize.start())], where[span_end - 1] + 1, piece,
                       name=name, prize=_grade(prize), organizer=organizer if picked else None,
                       recipient=who, year=year, dated=name_year is not None, listed=True)
            )  # fmt: skip
    return found


def _handed_awards(piece: Piece, published_year: int | None) -> list[_Award]:
    """A prize handed to someone: `… 10명에게 시장 표창을 수여했다` (given by the subject),
    `최우수상은 김해시가 차지했다`, `대상은 … 김민준 씨에게 돌아갔다` (the prize first)."""
    text, where = _without_brackets(piece.text)
    if _planned(text):
        return []
    found = []
    handed = []
    for prize in _PRIZE_RE.finditer(text):
        if prize.group() == "대상" or not _HANDED_RE.match(text, prize.end()):
            continue
        window = max(0, prize.start() - _SUBJECT_WINDOW)
        to = _HANDED_TO_RE.search(text, window, prize.start())
        if to:
            handed.append((prize, to.group("who"), to.start(), prize.end()))
    for topic in _TOPIC_RE.finditer(text):
        handed.append((topic, topic.group("who"), topic.start(), topic.end("who")))
    for prize, who, start, end in handed:
        for name in _who_list(who):
            if _person_or_body(name):
                found.append(
                    _Award(where[start], where[end - 1] + 1, piece, prize=_grade(prize),
                           recipient=name, year=published_year)
                )  # fmt: skip
    return found


def _person_or_body(name: str) -> bool:
    """A person with a title (`김민준 씨`) or a body (`장유동 행정복지센터`, `김해지사`)."""
    last = name.split()[-1]
    return bool(_PERSON_RE.search(" ".join(name.split()[-2:])) or _is_place(last))


def _sentence_awards(piece: Piece, published_year: int | None) -> list[_Award]:
    listed = _listed_award(piece, published_year)
    if listed:
        return [listed]
    picked = _picked_awards(piece, published_year) or _handed_awards(piece, published_year)
    if picked:
        return picked
    apposed = _apposed_awards(piece, published_year)
    told = _told_awards(piece, published_year)
    return apposed + [a for a in told if not any(_same(a, b) for b in apposed)]


def _told_awards(piece: Piece, published_year: int | None) -> list[_Award]:
    """Awards a clause tells with a receiving verb (수상했다, 선정됐다, 받았다 ...)."""
    if not _VERB_RE.search(piece.text) or _planned(piece.text):
        return []
    text, where = _without_brackets(piece.text)
    # What an official says (`“지난해 최우수상을 받은 데 이어 …”`) is a quote, not an award.
    prizes = [m for m in _prizes(text) if outside_speech(text, [m.span()])]
    name, name_at = _name(text)
    if name and not outside_speech(text, [(name_at, name_at + 1)]):
        name, name_at = None, len(text)
    if not prizes and not name:
        return []
    agents = _agents(text, name_at)
    organizer = _organizer(text, agents)
    category = _category(text, 0, len(text))
    name_year = _YEAR_RE.search(name) if name else None
    common = {"name": name, "organizer": organizer}
    whole = (0, len(piece.text))
    first = min([m.start() for m in prizes] + [name_at])
    if _ALSO_RE.search(text, 0, first):
        return []  # `인근 A시와 B군도 …에 이름을 올렸다`: other bodies' grades
    # `지난달에는 경상북도가 실시한 ‘…’에서도 우수기관으로 뽑혔다`: the host is no subject.
    implicit = bool(_FINITE_PAST_RE.search(text)) and all(
        m.group("word").endswith("에")
        or m.group("word") in _NOT_SUBJECTS  # 2023년에는
        or len(m.group("word")) < 2
        or m.start("word") in agents  # 같은
        for m in _SUBJECT_RE.finditer(text, 0, first)
    )
    marks = _year_marks(text, published_year)
    years = {year for *_, year in marks}
    if len(years) >= 2 and prizes and not name_year:
        history = _history(text, prizes, marks)
        if history:
            subject = _subject(text, history[0][2], agents)
            paired = {end for *_, end in history}
            # `2021년·2022년 우수기관에 이어 올해 최우수기관에 올랐다`: this year's grade too.
            history += [
                (published_year, _grade(m), m.start(), m.end())
                for m in prizes
                if published_year
                and m.end() not in paired
                and _THIS_YEAR_RE.search(text[max(0, m.start() - 8) : m.start()])
            ]
            found = []
            previous_end = 0
            own_category = None
            for year, prize, year_start, grade_end in history:
                # `2022년 관광 부문 장려상, 지난해 같은 부문 우수상`: the category named before.
                segment_category = _category(text, year_start, grade_end)
                if not (segment_category or "").startswith("같은"):
                    own_category = segment_category
                # `…우수상을 받았고, 2024년에는 고용노동부로부터 … 기관표창을`: a new clause
                # names its own award.
                if previous_end and _CLAUSE_BREAK_RE.search(text[previous_end:year_start]):
                    segment = text[previous_end:grade_end]
                    own_name, own_at = _name(segment)
                    common = {
                        "name": own_name,
                        "organizer": _organizer(segment, _agents(segment, own_at)),
                    }
                previous_end = max(previous_end, grade_end)
                found.append(
                    _Award(*whole, piece, recipient=subject, year=year, prize=prize, dated=True,
                           category=own_category, implicit=implicit, **common)
                )  # fmt: skip
            return found
    if len(years) >= 2 and not name_year:
        return []
    year = int(name_year.group(1)) if name_year else None
    # `지난해 … ‘보통’ 등급에 그쳤으나 올해 최우수기관으로`: a year told before a turn is not
    # the prize's.
    if year is None and marks and not _TURN_RE.search(text, marks[0][1], max(first, marks[0][1])):
        year = int(marks[0][2])
    dated = year is not None
    year = year or published_year
    if not prizes:
        if not _NAME_ONLY_VERB_RE.search(text):
            return []  # `… 평가에서 높은 점수를 받았다`: a good mark, not an award
        recipient = _subject(text, name_at, agents)
        return [
            _Award(*whole, piece, recipient=recipient, year=year, dated=dated,
                   category=category, implicit=implicit, **common)
        ]  # fmt: skip
    given = []
    previous_end = 0
    for prize in prizes:
        grade = _grade(prize)
        names, named = _recipients(text, prize, previous_end, agents)
        span = (where[previous_end], where[prize.end() - 1] + 1)
        listed = previous_end > 0 and "," in text[previous_end - 2 : prize.start()]
        own = _category(text, previous_end, prize.start())
        # `… 우수상을 받았고, 11월에는 ‘…’에서 최우수기관으로`: a later prize's own name.
        own_name = _name(text[previous_end : prize.start()])[0] if previous_end else None
        given.append((grade, names or [None], named, span, listed, own, own_name))
        previous_end = prize.end()
        tail = re.match(r"\s?(?:을|를|(?:으로|로|에)(?=,))?,?\s?", text[previous_end:])
        if tail:
            previous_end += tail.end()
    if not any(named for _, _, named, *_ in given):
        # One subject and several grades (우수기관으로 선정돼 장관 표창): one award, the first,
        # unless the grades are listed apart (`축제관광 부문 대상을, 야간경관 부문 우수상을`).
        first = given[0]
        apart = [g for g in given[1:] if g[4] and not _TITLE_PRIZE_RE.search(g[0])]
        given = [(*first[:2], False, whole if not apart else first[3], False, *first[5:])]
        given += apart
    return [
        _Award(*span, piece, prize=grade, recipient=recipient, year=year, dated=dated,
               category=own or category, implicit=implicit,
               name=own_name or common["name"], organizer=common["organizer"])
        for grade, names, _, span, _, own, own_name in given
        for recipient in names
    ]  # fmt: skip


def _organizer(text: str, agents: dict[int, str]) -> str | None:
    """Who runs the award: `X 주관/주최`, else a body whose clause runs into the name, else
    `X로부터` (from whom it was received)."""
    for match in _ORGANIZER_RE.finditer(text):
        org = match.group("first") or match.group("org")
        # `충청남도 주관`: a province ends in 도, which is no particle there.
        return org if _PROVINCE_RE.search(org) else strip_particle(org)
    if agents:
        return next(iter(agents.values()))
    match = _GIVER_RE.search(text)
    return match.group("org") if match else None


def _category(text: str, start: int, end: int) -> str | None:
    """The last `… 부문` between `start` and `end`, with up to two words before 부문."""
    found = None
    for match in _CATEGORY_RE.finditer(text, start, end):
        found = text[max(start, phrase_start(text, match.start(), 2)) : match.end()]
    return found


def _listed_award(piece: Piece, published_year: int | None) -> _Award | None:
    """A list item naming a person and their prize (`① 규제개혁팀 최다온 주무관 – 대통령 표창`)."""
    match = _LISTED_RE.match(piece.text)
    if not match:
        return None
    who = " ".join(match.group("who").split()[-2:])
    return _Award(
        match.start("who"), match.end(), piece, prize=match.group("prize"), recipient=who,
        year=published_year,
    )  # fmt: skip


def _person(award: _Award) -> bool:
    """A staff member (`산림과 김도윤 주무관`), not a body."""
    return bool(award.recipient and _PERSON_RE.search(" ".join(award.recipient.split()[-2:])))


def _same(a: _Award, b: _Award) -> bool:
    if a.prize != b.prize or (a.dated and b.dated and a.year != b.year):
        return False
    if a.recipient and b.recipient and not _same_body(a.recipient, b.recipient):
        # `하동군은 … 대상을 받았다. … 축제는 올해 대상까지 거머쥐며`: the body's festival or
        # work retelling the body's award of that year.
        return bool(
            b.name in (None, a.name) and a.year == b.year and a.piece is not b.piece
            and not _person(b) and not _is_place(b.recipient.split()[-1])
        )  # fmt: skip
    return not (a.name and b.name and a.name != b.name)


def _same_body(a: str, b: str) -> bool:
    """`울산 남구` and `남구` name one body."""
    return a == b or a.endswith(f" {b}") or b.endswith(f" {a}")


def _resolve(award: _Award, candidates: list[str]) -> None:
    """`구는`, `도는`: the body the article is about, when an earlier subject ends that way."""
    short = award.recipient
    if short in _SELF_REFERENCE or (short and len(short) < 2):
        award.recipient = next((c for c in candidates if short and c.endswith(short)), None)


def _lead_subject(pieces: list[Piece]) -> str | None:
    """The body the article is about: the subject of its first sentence (`경상남도는 …` →
    경상남도); when that subject is a staff member, the places their phrase opens with
    (`부산 북구 복지정책과 이수민 주무관이` → 부산 북구), never the person or their title."""
    if not pieces:
        return None
    text, _ = _without_brackets(pieces[0].text)
    match = _SUBJECT_RE.search(text[:_SUBJECT_WINDOW])
    word = match.group("word") if match else None
    if match and re.search(r"(?:[와과,·])\s?$", text[: match.start("word")]):
        return None  # `천안시와 아산시가`: the article is about both
    if not word or not is_plain_word(word) or len(word) < 2:
        return None
    before = text[: match.start("word")].split()
    if before and _PERSON_RE.match(f"{before[-1]} {word}"):
        places = []
        for place in before:
            if not _is_place(place):
                break
            places.append(place)
        return " ".join(places) or None
    return word


def _own_share(awards: list[_Award], lead: str | None, kept: list[_Award]) -> list[_Award]:
    """Of bodies listed per grade, only the article's own body when it is among them: a
    release about one body names its rivals' grades in passing; a ministry's lists them all."""
    home = lead or next((k.recipient for k in kept if k.recipient and not _person(k)), None)
    own = [a for a in awards if a.listed and home and a.recipient and _same_body(a.recipient, home)]
    if not own:
        return awards
    return [a for a in awards if not a.listed or a in own]


def _stem(body: str) -> str:
    """`화성특례시`, `경기 화성시` → `화성`: a local government's name without its rank."""
    last = body.split()[-1]
    return re.sub(r"(?:특례시|특별자치시|특별자치도|특별시|광역시|[시군구도])$", "", last) or last


def _rival(recipient: str, lead: str, kept: list[_Award]) -> bool:
    """Another city, county or district's grade in an article whose lead body is a local
    government with an award of its own (`도내에서는 순천시와 광양시가 우수기관으로`): told in
    passing, not the article's fact."""
    if not (_LOCAL_RE.search(lead) and _LOCAL_RE.search(recipient.split()[-1])):
        return False
    if _stem(recipient) == _stem(lead):
        return False
    return any(k.recipient and _stem(k.recipient) == _stem(lead) for k in kept)


def find(pieces: Iterable[Piece], published: str | None = None) -> Iterator[Fact]:
    pieces = list(pieces)
    year_match = _YEAR_RE.match(published or "")
    published_year = int(year_match.group(1)) if year_match else None
    lead = _lead_subject(pieces)
    kept: list[_Award] = []
    for piece in pieces:
        for award in _own_share(_sentence_awards(piece, published_year), lead, kept):
            if award.name is None and _SAME_EVENT_RE.search(piece.text):
                award.name = next((k.name for k in reversed(kept) if k.name), None)
            if award.category and award.category.startswith("같은"):
                award.category = next((k.category for k in reversed(kept) if k.category), None)
            candidates = [a.recipient for a in kept if a.recipient] + ([lead] if lead else [])
            _resolve(award, candidates)
            if award.recipient is None and award.implicit:
                bodies = (a.recipient for a in reversed(kept) if a.recipient and not _person(a))
                award.recipient = next(bodies, lead)
            same = next((k for k in kept if _same(k, award)), None)
            if same is None:
                kept.append(award)
                continue
            for name in ("name", "category", "organizer", "recipient"):
                if getattr(same, name) is None:
                    setattr(same, name, getattr(award, name))
    for award in kept:
        if award.recipient is None or award.recipient in _SELF_REFERENCE:
            continue
        if lead and _rival(award.recipient, lead, kept):
            continue
        yield award.fact()
