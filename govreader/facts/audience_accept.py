"""Which phrases are audiences: `accept` keeps a span that names people or bodies.

Split from `audience` because precision lives here: a phrase counts only when it ends in a word
for people or bodies (청년, 가구, 자치단체 ...) or states an age or an income criterion, and not
when it says everyone (`관심 있는 주민`) or only how many (`더 많은 어르신`), points back at people
named before (`입주한 청년`, `1,800가구`) or at whoever a program picks (`사업 대상자`), was cut
inside its clause (`…에 근거해 운영하는 단체` read from `운영하는`), or names prize grades and
their winners, a program's own participants or an amount per household.
"""

from __future__ import annotations

import re

from govreader.facts.audience_phrase_words import adnominal
from govreader.facts.audience_words import AGE_RE, HEAD_RE
from govreader.facts.phrases import word_set

# A bare word for everyone says nothing about who a program is for.
_TOO_GENERAL = word_set(
    "이웃 주민 시민 구민 군민 도민 국민 청년 기업 가구 가정 단체 기관 대상자 신청자 업체 "
    "누구나 관계자 관광객 방문객 학생 경로당 세대 참여자 이용자 소상공인 자영업자 장애인 어르신 "
    "노인 여성 남성 "
    "아동 청소년 중장년 성인 장년 시군 시도 시군구 지자체 자치단체 개인 법인 사람 공동주택 "
    "시·군 시·도 시·군·구 교육생 수강생 훈련생 연수생 수료생 참가자 "
    "부모 부모님 학부모 자녀 가족 배우자 후손 마을 희망자"
)
# Words for no group at all, even as one item of a list (`청소년, 어르신` are groups there).
_VACUOUS = word_set(
    "이웃 누구나 관계자 대상자 신청자 참여자 이용자 사람 세대 교육생 수강생 훈련생 연수생 "
    "수료생 참가자 개인 법인 경로당 공동주택 관광객 방문객"
)
# `청년 220명을 대상으로`: how many, of people in general.
_GENERAL_COUNTED_RE = re.compile(r"^(\S+?)들?\s?\d[\d,]*여?\s?(?:명|가구|곳|개|세대)$")
# `관심 있는 주민`, `더 많은 시민`: anyone at all.
_LOOSE = word_set("관심 있는 희망하는 원하는 필요한 더 많은 보다 모든 전 일반 누구나")
# `관내 전 시민`, `지역 모든 주민`: everyone within the body's bounds is still everyone.
_WITHIN = word_set("관내 지역 도내 시내 군내 구내 지역내 우리")
_GENERATIONS = word_set("미래 다음 모든 세대 후세대 젊은")
# `어려운 이웃`, `소외된 이웃들`, `연말 어려운 이웃`: neighbours in hardship is how a donation or a
# greeting speaks of anyone in need, with no criterion (`홀로 사는 이웃` names one).
_NEEDY = word_set("어려운 소외된 힘든 가난한 외로운 불우한 불우 소외")
# `참여 기업`, `우수 기업`, `해당 가구`: a group the story picked earlier, not a stated audience.
_PICKED = word_set("참여 우수 해당 선정 대상 수혜 입주 수상 신청 지원 일부")
# `최대한 많은 농가`, `더 많은 어르신`: how many a program hopes to reach says nothing of who.
_MANY_RE = re.compile(r"^(?:(?:최대한|보다|더|좀\s더|훨씬\s더)\s)?많은\s")
# `사업 대상자`, `접수한 신청자 가운데 지원 대상자`: whoever a program picks, the criterion
# left unsaid (`국가보훈대상자`, `주거급여 대상자` name a status).
_PICKED_ONLY_RE = re.compile(r"(?:^|\s(?:중|가운데)\s)(?:사업|지원|선정|선발)\s?대상자들?$")
# `관련법에 근거해 운영하는 단체`, `상환능력이 있다고 판단되는 농가`: a phrase opened by a verb
# right after a linking form was cut inside its clause, whose start is not known. A noun that
# ends in 해 (`올해`, `피해`, `이해`, `재해`, `손해`) is no linking form.
_CUT_CLAUSE_RE = re.compile(
    r"(?:(?<=[가-힣])(?<![올피이재손])해|하여|(?:있|없|하|되|두|받|살|다|라)고)\s$"
)
# `입주한 청년에게는`, `걸리던 학생들`: one bare verb before the head points back to people
# named before.
# So does `기기를 받은 가구`: who already received what the story just described.
_POINTING_RE = re.compile(r"^(?:[가-힣]+(?:한|된|인|던)|[가-힣]+(?:을|를)\s받은)\s[가-힣]+$")
# `1,800가구`, `1,037개 업체`: a count of people the story named before.
_COUNTED_RE = re.compile(r"^\d[\d,]*여?\s?(?:명|곳|개|개교)?\s?(\S*)$")
# `5232 농가`, `최종 5,087농가`, `이중 31개 농가`, `겨울 800개 가구`: how many households, after
# at most one word that names no one, is a count of those the story picked or served.
_COUNT_ONLY_RE = re.compile(r"^(?:(\S+)\s)?\d[\d,]*여?\s?(?:개\s?)?(?:농가|가구|세대|가정|곳|명)$")
# `이들 가구`, `이곳을 이용하는 주민`: a demonstrative points back at people named before.
_POINTING_BACK_RE = re.compile(r"^(?:이들|그들|이중|그중|이곳을?|그곳을?|이곳에|그곳에)\s")
# `(기준 중위소득 120% 이하)`: an income criterion stated beside a benefit.
INCOME = r"(?:기준\s)?중위소득\s?\d{2,3}%\s?(?:이하|미만)"
_INCOME_ONLY_RE = re.compile(INCOME)
# `최우수기관에는 3억 원`, `우수기관에 이름을 올린 지자체`: a prize grade or its winners, not who
# a program is for; so are the ranks an evaluation sorts bodies into (`하위 3개 시군`), though
# not an income bound (`소득하위 70% 이하 노인`).
_GRADE_RE = re.compile(
    r"(?:최우수|우수|장려|모범|선도|특별|으뜸)\s?"
    r"(?:기관|지자체|자치단체|기초단체|광역단체|단체|지방정부|시·?군·?구|시·?군|시·?도|구·?군|부서"
    r"|기업|마을|학교)(?:$|\S*\s)"
    r"|(?:최우수|우수|장려)상|(?<!소득)(?<!소득\s)(?:상위|하위)\s?\d[\d.]*\s?(?:개|곳|%)"
    r"|(?:^|\s)(?:최우수|우수|장려|으뜸)(?:로|으로|에)\s"
    r"|(?:선정|선발|수상|입상)(?:된|한|됐던)\s"
)
# `신청을 희망하는 기업`, `사업 참여를 원하는 주민`, `교육을 원하는 기관`: anyone who wants
# to take part in, or wants, what the program offers (`취업을 희망하는 청년` is a group).
_WANTING_RE = re.compile(
    r"(?:^|\s)(?:\S+\s)?(?:신청|참여|참가|이용|가입|수강|입주|교육|강좌|상담|검진|서비스|지원|"
    r"사업|프로그램|컨설팅|집수리)(?:을|를)?\s(?:희망하는|원하는|바라는)\s(\S+?)들?$"
)
# `접수 마감 후 신청자`, `사전 신청자`: whoever applied, not a group; `심사를 거쳐 최종 대상자`:
# whoever is picked in the end; `수강 신청한 주민`: whoever has applied; `자격 요건을 갖춘 대상
# 가구`: whoever qualifies, the criterion left unsaid.
_APPLIED_RE = re.compile(
    r"^(?:(?:접수|마감|후|최종|서류|사전|온라인|현장|기간|내)\s)+(?:신청자|응모자|지원자|접수자)$"
    r"|(?:^|\s)최종\s(?:대상자|선정자|합격자)$"
)
_APPLIED_GENERAL_RE = re.compile(
    r"(?:^|\s)(?:\S+\s)?\S*(?:신청|접수|등록|응모)(?:한|했던)\s(\S+?)들?$"
    r"|(?:자격|요건|조건)(?:을|를)?\s(?:갖춘|충족한|충족하는)\s(?:대상\s)?(\S+?)들?$"
)
# `… 지원사업 참여자`, `… 교육문화강좌 수강생`, `멘토링에 참여하는 기업`: the people a program
# takes in, named by the program, not who it is for; so are those at an event (`참석 기업 관계자`,
# `만들기에 직접 참여한 구민들`).
_TAKING_PART_RE = re.compile(
    r"(?:사업|프로그램|과정|교육|캠프|일자리|행사|체험|활동|강좌|강의|교실)\s?"
    r"(?:참여자|참가자|이용자|수료자|수강생|교육생|훈련생)들?$"
    r"|(?:에|에서)\s(?:직접\s|함께\s|모두\s)?(?:참여|참가|참석)(?:하는|한|했던|중인)\s"
    r"|^(?:행사\s)?(?:참석|참관|방문)\s"
)
# `… 기관을 대상으로 평가`: the pool (`_COVERED_AFTER_RE`), then the evaluation soon after it.
_COVERED_AFTER_RE = re.compile(r"(?:을|를)\s대상으로\s")
_EVALUATION_SOON_RE = re.compile(r"[^.]{0,15}?(?:평가|심사)")
# `이번 평가는 … 훈련에 참여한 320개 기관을 대상으로 실시됐다`: an evaluation as the topic of
# the clause that names who it covers.
_EVALUATION_TOPIC_RE = re.compile(r"(?:평가|심사)(?:는|은)\s[^.]{0,40}$")
_MAX_CHARS = 60
_BRACKETED_RE = re.compile(r"\([^()]*\)")
_NOTE_AFTER_RE = re.compile(r"\s?\([^()]*\)$")


def accept(
    text: str, span: tuple[int, int] | None, *, listed: bool = False
) -> tuple[int, int] | None:
    """`span` if its phrase names people or bodies a program is for, else None. One item of a
    list of groups (`listed`) may be a bare general word (`성인·청소년·어린이`)."""
    if span is None:
        return None
    phrase = text[span[0] : span[1]]
    words = phrase.split()
    # A bracketed note (`(1951.1.1.~2006.12.31.)`) says when, not who: it adds no length.
    if not 2 <= len(_BRACKETED_RE.sub("", phrase)) <= _MAX_CHARS or not words:
        return None
    general = _VACUOUS if listed else _TOO_GENERAL
    if phrase.removesuffix("들") in general or set(words) <= _GENERATIONS:
        return None
    if words[-1].removesuffix("들") == "이웃" and set(words) & _NEEDY:
        return None
    count_only = _COUNT_ONLY_RE.match(phrase)
    if _POINTING_BACK_RE.match(phrase) or (
        count_only and not (count_only.group(1) and HEAD_RE.search(count_only.group(1)))
    ):
        return None
    counted = _COUNTED_RE.match(phrase) or _GENERAL_COUNTED_RE.match(phrase)
    if counted and counted.group(1) in _TOO_GENERAL:
        return None
    # `입주한 청년` points back; `장애인 가족` is people of people.
    if _POINTING_RE.match(phrase) and not HEAD_RE.search(words[0]):
        return None
    if (len(words) == 2 and words[0] in _PICKED) or _MANY_RE.match(phrase):
        return None
    if _PICKED_ONLY_RE.search(phrase):
        return None
    if _CUT_CLAUSE_RE.search(text, max(0, span[0] - 8), span[0]) and adnominal(words[0], ""):
        return None
    # `입주기업`, `참여기업`, `수혜가구`: the same picked group written as one word.
    if len(words) == 1 and any(
        phrase.startswith(picked) and phrase[len(picked) :] in _TOO_GENERAL for picked in _PICKED
    ):
        return None
    # `한 가구에 최대 250만 원`: an amount per person or household (`신고를 한 가정` is a verb;
    # after a subject, `2명 이상이 한 가구에` is still one household).
    verb_object = len(words) > 2 and words[-3].endswith(("을", "를"))
    if len(words) >= 2 and words[-2] == "한" and not verb_object:
        return None
    # `훈련에 참여한 325개 기관을 대상으로 평가`: who took part is the pool an evaluation covers.
    covered = _COVERED_AFTER_RE.match(text, span[1])
    evaluated = covered and (
        _EVALUATION_SOON_RE.match(text, covered.end())
        or _EVALUATION_TOPIC_RE.search(text, max(0, span[0] - 40), span[0])
    )
    if _GRADE_RE.search(phrase) or (_TAKING_PART_RE.search(phrase) and not evaluated):
        return None
    before = set(words[:-1])
    if (
        words[-1].removesuffix("들") in general
        and before - _WITHIN <= _LOOSE
        and not before <= _WITHIN
    ):
        return None
    wanting = _WANTING_RE.search(phrase)
    if (wanting and wanting.group(1) in _TOO_GENERAL) or _APPLIED_RE.search(phrase):
        return None
    applied = _APPLIED_GENERAL_RE.search(phrase)
    if applied and (applied.group(1) or applied.group(2)) in _TOO_GENERAL:
        return None
    # `차상위 계층(본인·자녀)`: a note in brackets after the head leaves it the head.
    bare = _NOTE_AFTER_RE.sub("", phrase)
    if not (HEAD_RE.search(bare) or AGE_RE.search(phrase) or _INCOME_ONLY_RE.fullmatch(phrase)):
        return None
    return span
