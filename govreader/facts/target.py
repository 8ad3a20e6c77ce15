"""Numeric goals and results: `일자리 14,000개 창출 목표` (goal), `2만2,023개의 일자리를 창출했다`.

A counted number becomes a target only when a goal or result word sits right next to it in the
same clause (목표치인 1만3,500개; 124.2% 달성; 8명에서 15명으로 늘렸다), or when the sentence has
a shape press releases use for results: a part of a whole that got a job (수료생 420명 가운데
318명이 취업), a survey share (응답자의 91.3%가 만족), a breakdown (직접 일자리가 4,870개, …
3,360개였다). Bare counts, venues (21곳에서 제공), agenda items, evaluation pools, changes
(1,200명 늘었다), dates, ages, years in a row and money are left alone, since a wrong highlight
costs the reader more than a missing one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from govreader.facts.numbers import NUMBER, parse_number
from govreader.facts.phrases import VAGUE, is_plain_word
from govreader.facts.sentences import Piece, about_elsewhere
from govreader.facts.target_lists import list_counts
from govreader.model import Fact, FactKind

# Counters that need their context checked (vehicles, housing units, facilities, sheets, points)
# are matched here and vetted by `_unit_fits`.
_UNIT = (
    r"개소|개사|개교|개국|가구|세대|가정|그루|마리|"
    r"명(?!칭|예|소|단|의로)|건(?!강|물|축|설)|곳|개(?![월년관발선최편정])|%포인트|%p?(?![대포])|톤|팀"
    r"|호(?![점선실기텔])|대(?![상학표회통한형책전])|기(?=[가를을이의]|로\s)|장(?=[을를이가의])"
    r"|점(?=으로|이다|을|를|에서)|실(?=[을를이가은는로에→,.)\s]|$)|회(?![의장원관사계복차담견수])|차례"
)
_TARGET_RE = re.compile(rf"(?<![제약])(?P<number>{NUMBER})(?P<approx>여)?\s?(?P<unit>{_UNIT})")
_CLAUSE_BREAK = re.compile(r"[,.;:()\[\]“”\"‘’'…]|\s[및과와]\s")

_GOAL_BEFORE = re.compile(
    r"목표(?:치|량|액)?(?:인|는|은|로|를|가|였던|했던|한|로 한"
    r"|(?:으로|로)\s(?:잡|세|삼|정|내건|내걸)[가-힣]{0,2}(?<=[은운한던]))?\s*$"
)
_RESULT_BEFORE = re.compile(
    r"(?:실적|달성률|취업률|성과|실제로|실제)(?:은|는|이|가|인|도)?\s*$|(?:지금까지|그동안|누적)\s"
)
# A goal said right after the number beats a measure word before it (취업률 70% 이상 목표).
_GOAL_AFTER = re.compile(
    r"^\s?(?:이상|이하|수준|선)?(?:으로|로|까지|을|를|의)?\s?"
    r"(?:목표|끌어올|높이|높인|높일|달성할|달성하는|달성한다|달성하겠|달성을 목표|창출을 목표)"
)
_RESULT_VERBS = (
    r"창출|달성|기록|초과|지원|배출|유치|취업|조성|선정|제공|정착|수료|참여|설치|보급|공급|개설"
    r"|발굴|양성|모집|운영|돌파|배치|이용|방문|진행|연결|발견|점검|정비|개선|완료|해결|채용|선발|교육"
    r"|관람|접수|등록|입주|가입|이수|합격|창업|발행|지급|상담|집계|구조|체험|처리|지정|확보|구축|준공|완공"
)
# The first cue after the number decides: a finished action is a result, a planned one a goal.
_CUE_AFTER = re.compile(
    r"(?P<result>목표\s?(?:대비|를 넘|를 초과|를 달성|치를 넘)"
    rf"|(?:{_RESULT_VERBS})(?:했|하였|됐|되었)"
    rf"|(?P<connective>(?:{_RESULT_VERBS})해\s|만들어\s|늘려\s|다녀가\s"
    r"|(?P<done>(?:발굴|발견|참여|개선|정비|점검|설치|진행|연결|발행|기록|창출|달성)(?:해|하며|하고)\s"
    r"|(?:채용|선정|지정|선발)돼\s|받아\s|찾아\s))"
    r"|(?:만들었|길러냈|길렀|고쳤|넘어섰|얻었|얻어|받았|이어졌|성공했|자리를 잡았|자리 잡았|마쳤"
    r"|손봤|달았|대피시켰|다녀갔|다녀간|모았|채웠|들여놓았|성과를 거뒀|성과를 냈|몰렸|찾았|열었"
    r"|생겼|생겨났)"
    r"|에 달했|에 이르렀|[이가] 됐"
    r"|(?:으로|로|까지)\s?(?:늘었|증가했|확대됐|늘렸|확대했|확충했|늘어났|집계|나타났|파악됐|확인됐)"
    r"|(?:이용|참여|활동|근무|입주)(?:하고|해 오고) 있"
    r"|[가-힣]{1,5}한\s?데\s?이어"
    r"|[가-힣]{1,5}(?:하는|시키는)\s(?:데\s성공|성과를\s|실적을\s|결실을\s))"
    r"|(?P<goal>목표|계획|예정|전망|예상|내다봤|추산|방침"
    r"|(?:선정|모집|제공|지원|개설|운영|조성|양성|육성|창출|선발|배출|공급|보급|설치|유치|확대|신설"
    r"|배치|확충|도입|건립|발행|채용|교육|추진|구축|확보|개소|개관)"
    r"(?:한다|할\s|하는|하고|하기로|하며)"
    r"|연다|열고|열어|뽑아|뽑는|늘리|늘릴|늘린|높이|높일|높인|높여|끌어올|들여오|들여올|지을|짓는"
    r"|돕는|돕기로|[가-힣]{1,4}하도록\s|[가-힣]{1,5}겠(?:다|습)|[가-힣]{1,5}기로\s)"
)
_SKIP_AFTER = re.compile(
    r"^\s?(?:[이가을를]\s)?(?:늘었|늘어|증가|감소|줄었|줄어|많|적|안팎|이상|이하|미만|초과|내외|분야"
    r"|유형|부문|종류|단계|권역|과제|전략|지표|항목|반\s|과목|과정|강좌|코스|올랐|상승|하락|떨어|낮아"
    r"|늘려\s|늘린|늘리"
    r"|대상으로|씩|규모의)"
)
# A counted plan (34개 일자리 사업) is a count, not a goal: count.py reports it.
_PLAN_AFTER = re.compile(r"^\s[가-힣]{1,6}\s(?:사업|과제|시책|공약|프로젝트)(?![장체자비단])")
_AWARD_NEAR = re.compile(
    r"표창|상을|수상|상장|참석|참가하는|모여|모인|운집|초청|초대|감사패|공로패|감사장|수여|시상"
)
# Turnout at an event is a result (행사에는 … 150여명이 참석했다); at a meeting it is not.
_ATTENDED = re.compile(r"^(?:[이가]\s)?(?:참석|참여|참가)(?:했|하였|한 가운데)")
_EVENT_TOPIC = re.compile(
    r"(?:행사|축제|박람회|대회|캠프|페스티벌|기념식|시상식|설명회|발대식|개막식|교육|강좌|공연|전시회"
    r"|체험)(?:에는|엔|에)\s"
)
_MEETING_TOPIC = re.compile(r"(?:회의|간담회|협의회|위원회|보고회|토론회|워크숍)(?:에는|엔|에)\s")
_ROUGH_AFTER = re.compile(r"^(?:[이가을를]\s?)?(?:넘는|넘게|남짓|정도|가량의|안팎)")
# Between a count and its verb: a particle, or `의 일자리를`, and at most four words; the cue may
# start inside the last word (발굴·육성할).
_NEAR_VERB = re.compile(r"^(?:의\s|[을를이가에]\s|\s)?(?:[^\s]{1,12}\s){0,4}[^\s]{0,6}$")
_STRONG_GOAL = re.compile(r"목표")
# A share (59%를 매립해 조성) is a target only beside a word that measures progress.
_PERCENT_CUE = re.compile(r"목표|달성|기록|끌어올|높이|높여|높인|넘어|초과|률|율|집계|채웠|나타났")
_SHARE_BEFORE = re.compile(r"비중|비율|점유율|차지")
_PAST_LEVEL_BEFORE = re.compile(r"지난해|작년|지금까지|그동안|누적")
# `지난해 말 기준 등록 장애인은 2만 4천여 명이다` is a statistic, not what was achieved.
_AS_OF = re.compile(r"(?:말|월|일|(?<!학)년)\s?기준|현재")
_COPULA = re.compile(r"^(?:였|이었)(?!던)")
_FELL = re.compile(r"^(?:으로|로)\s(?:\S+\s){0,3}?(?:줄었|줄어|감소|떨어|하락|낮아)")
# `감축 목표는 … 2035년 48%다`: the number a goal is said to be.
_GOAL_TOPIC = re.compile(r"목표(?:치)?(?:는|은)\s")
_TOPIC_END = re.compile(r"^(?:이)?(?:다|며|이며|이고)(?:[\s.]|$)")
# `일자리 1만 2,500개 창출과 고용률 64.2% 달성을 목표로`, `기업 500곳, 고용 인원 4천 명 달성을
# 목표로`: a number joined to the next goal shares its type.
_JOINED = re.compile(
    r"^(?:여)?\s?(?:(?:창출|달성|확보|유치|배출|조성|공급)(?:과|와)|,)\s(?:[^\s,.]{1,8}\s){0,2}$"
)
# Between two counts that share a verb, a bare noun: `214개 기업 638명이 지원을 받았다`. (A pair
# joined by 과/와, `기업 80곳과 구직자 1,900명이 다녀갔다`, is left: the firms are the venue's.)
_PAIRED = re.compile(
    r"^(?:여)?\s(?!가운데|중\s|대비|당\s)[가-힣]{1,6}(?<![에로을를은는의서려해고어아며여게난한된던])\s$"
)
# Items of an inline list before their total: `▲청년 일자리 1,200개 ▲신중년 일자리 300개 등
# 총 1,500개의 일자리를 창출할 계획`.
_LISTED = re.compile(r"^(?:여)?\s?(?:▲\s?(?:[^\s\d▲]+\s?){1,3}|등\s(?:총\s|모두\s)?)$")
_LEVEL_AFTER = re.compile(r"^(?:으로|로|이며|였(?!던)|이었(?!던)|이다|에 달)")
# Any syllable ending in ㅆ marks the past tense (했, 였, 섰, 났 ...), except 있 (하고 있다) and
# 겠 (하겠다); a decision (줄이기로 했다) is still a plan.
_ALL_SS = "".join(chr(0xAC00 + i) for i in range(20, 11172, 28))
_PAST_SYLLABLES = _ALL_SS.replace("있", "").replace("겠", "")
_PAST_TENSE = re.compile(rf"[{_PAST_SYLLABLES}](?:다|으며|고|는데|지만|음)")
_PLAN_WORDS = re.compile(r"계획|예정|목표|방침|기로|[할될일] 것|하겠")
_DECIDED = re.compile(
    r"기로\s?(?:했|하였)|(?:고|며)\s(?:\d{1,2}일\s)?(?:밝혔|전했|말했|설명했|덧붙였|강조했|알렸)"
)
# 개조식 lines end on a noun: `수용률 69.0%를 달성`, `조례·규칙 41건을 정비`, `65.9% 기록,`.
_NOUN_FINAL = re.compile(
    r"^(?:여\s?)?(?:을|를)?\s?(?:달성|기록|정비|개선|완료|돌파)(?:\s*$|\s?[,(/→])"
)
# A bullet line of a plan ends on what will be done (`퇴직 전문인력 60명 채용,`, `20개사 → 30개사`);
# with a past marker in the line it tells what was done.
_BULLET = re.compile(r"^\s?(?:[-○□◇▲·•※①-⑩]|ㅇ\s)")
_PLAN_NOUN_FINAL = re.compile(
    r"^(?:여\s?)?(?:을|를)?\s?(?:채용|양성|제공|조성|확대|보급|설치|공급|모집|선발|육성|유치|창출|지원"
    r"|유지)(?:\s*$|\s?[,(/])"
)
_ARROW_BEFORE = re.compile(r"→\s?$")
_PAST_MARKER = re.compile(r"지난해|작년|그동안|누적|실적|성과|전년")
_GIVEN_TO = re.compile(r"^(?:에게|에)\s(?:\S+\s){0,4}(?:제공|지원|지급|보급)(?:\s*$|\s?[,(/])")
_ENDS_IN_RESULT = re.compile(r"(?:달성|기록|정비|개선|완료)\s*$")
# `1만 5,274개 창출로 연간 목표(1만 5천 개) 101.8% 달성`: what beat the goal.
_BY_GOAL = re.compile(r"^\s?(?:창출|달성|유치|배출|공급)로\s(?:연간\s|당초\s|올해\s)?목표")
# `(올해 58개 기업 참여)`: a result in brackets at the end of a line.
_BRACKET_RESULT = re.compile(r"^\s?(?:[가-힣]{1,6}\s)?(?:참여|참가|수료|취업|입주|가입|이용)\)")
_THIS_YEAR = re.compile(r"올해|지난해|누적|현재")
# `방문객은 8만 6천여 명으로 지난해보다 23% 늘었다`: a level that grew.
_GREW_TO = re.compile(
    r"^(?:으로|로),?\s(?:[^\s,.]{1,10}\s){0,3}?[^\s,.]*보다\s(?:[\d.,]+\s?(?:%|%p|배|명|개|곳)\s)?"
    r"(?:크게\s|더\s)?(?:늘었|증가했|늘어났|많아졌)"
)
_CONTEXT_SUBJECT = re.compile(r"인구|통계|평균")
_VERB_NOUN = re.compile(r"창출|달성|취업|유치|배출|기록|조성|보급|공급|설치|육성|확충")
# `2,400여 건의 방문 진료를` → 방문 진료: up to two words after 의, the last with its particle.
_NOUN_AFTER = re.compile(
    r"^의\s((?:[가-힣A-Za-z]{1,8}\s)?[가-힣A-Za-z]{1,8}?)(?:을|를|이|가|은|는)(?=\s|$)"
)
_NOUN_BEFORE = re.compile(r"(?:^|\s)([가-힣A-Za-z]{2,8})\s$")
_NOT_OBJECT = re.compile(
    r"(?:을|를|은|는|이|가|의|에|에서|로|으로|도|인|한|된|올해|지난해|내년|총|약|모두|최대|최소|연간"
    r"|매년|누적|전체|목표|목표치|대비|가운데|현재|이미|기준|까지|에만|역시|평균|대해|였던|보다)$"
)
# Joined verb forms (벌여, 키워, 거쳐, 투입해) say what was done, not what is counted.
_VERB_FORM = re.compile(r"[여워쳐해져켜혀겨봐와]$")
_WINDOW = 30
# Cues the clause cut hides: `목표(250명)` is a goal, `목표(250명) 대비 109.6%` a result, and
# `선배 1명이 신규 청년 2명을` a ratio, not a target.
_GOAL_BRACKET = re.compile(r"목표(?:치|량)?\s?\($")
_AGAINST_GOAL = re.compile(r"목표(?:치)?\s?(?:\([^()]{0,20}\)\s?)?대비\s?$")
_RANGE_BEFORE = re.compile(r"\d\s?[~∼〜-]\s?$")
_RATIO_BEFORE = re.compile(r"\d\s?(?:명|곳|개|가구)(?:이|가|당)\s(?P<words>(?:[^\s,.]+\s){0,3})$")
# `2,400명에게는 ‘…’을 지원하고`: the beneficiaries of a named program, past the quote marks.
_RECIPIENTS_AFTER = re.compile(r"에게(?:는|도)?\s")
# `40만 명이 다녀가 당초 목표인 35만 명을`: that 목표 is the next number's.
_NEXT_GOAL = re.compile(r"목표(?:치|량)?(?:인|은|는|였던|한|로 한|로 잡은)?\s?$")
# `18만 1,200명으로 목표한 17만 9천 명을 웃돌았다`: the first number beat the goal.
_BEAT_GOAL = re.compile(r"웃돌|넘어섰|넘었|넘겼|초과|상회")
_CLAUSE_END = re.compile(r"[,.;:]")
# Places where something happens (21곳에서 제공) and where it is planned to go (25곳에 설치한다)
# are not targets; what reached them already (32개 단지에 달았다) is.
_VENUE_UNITS = ("곳", "개소", "개교", "개")
_PLACE_AFTER = re.compile(r"^(?:\s[가-힣]{1,6})?(에서|에\s)")
_PLANNED = re.compile(r"계획|예정|방침|목표|연다|열고|열어|개설|늘린|늘릴|늘려|확대|확충")
# Agenda items (조례안 14건) and what a council or an audit will look at are not goals.
_AGENDA_BEFORE = re.compile(
    r"(?:조례안|동의안|안건|의안|청원|결의안|건의안|예산안|규칙안)\s?(?:등\s)?$"
)
_REVIEW_VERB = re.compile(r"처리할|심의할|심사할|살펴볼|살펴|점검할|검토할|논의할|다룰|상정")
# Bodies counted as an evaluation's field (전국 226개 시군구) are not what the article achieved.
_BODIES = re.compile(
    r"(?:지방)?자치단체|지자체|시군구|시·군·구|시·군|시군|기관|시도|시·도|지방정부|광역"
)
_EVALUATION = re.compile(r"평가|심사|공모|대상으로")
# Parts of a whole that reached something: `수료생 420명 가운데 318명이 취업`.
_WHOLE_BEFORE = re.compile(
    r"(?:수료생|참여자|참가자|교육생|졸업생|이수자|훈련생|수강생|참여 청년|참여 기업|지원 기업"
    r"|마친|수료한|이수한|졸업한|참여한|참가한)\s?$"
)
_OF_WHICH_AFTER = re.compile(r"^\s?(?:가운데|중)\s")
_SHARE_NEXT = re.compile(r"^\s?(?:가운데|중)\s[\d.]+%")
_OF_WHICH_BEFORE = re.compile(r"(?:가운데|중)\s$")
_REACHED = re.compile(
    r"취업|채용|창업|정착|완료|개선|수료|합격|성공|마쳤|마친|등록|전환|해결|일하|근무"
)
# Survey shares: `응답자의 91.3%가 만족`, `1,240가구 가운데 92%가 만족한다고 답했다`.
_SHARE_SUBJECT = re.compile(r"^(?:가|이|는|은)\s")
_ANSWERED = re.compile(r"답했|응답했|꼽았")
# Breakdowns: `직접 일자리가 4,870개, 민간 기업 채용 지원이 5,220개, … 3,360개였다`.
_BREAKDOWN_ITEM = re.compile(
    rf"(?<![\w~])[가-힣]+[이가]\s(?P<number>{NUMBER})(?:여)?\s?(?P<unit>{_UNIT})"
)
_BY_KIND = re.compile(r"별로|별\s|내역|실적|구체적으로|세부적으로")
_BREAKDOWN_END = re.compile(r"(?:였|이었)(?:다|고|으며)")
# A percent change is a result only when the sentence says the program caused it (이 정책으로
# 매출은 12.4% 늘었고); otherwise it is context (폐업률은 전년보다 0.9%p 올랐다).
_CHANGE_AFTER = re.compile(
    r"^\s?(?:늘었|증가했|줄었|감소했|낮아졌|높아졌|올랐|개선됐|상승했|하락했|줄어들었)"
)
_CAUSED = re.compile(r"(?:이|그|해당)\s(?:정책|사업|제도)(?:으로|로)|그 결과|덕분에|효과로|힘입어")
_VEHICLES = re.compile(
    r"차량|버스|택시|자전거|트럭|콜|충전기|기기|로봇|드론|카메라|CCTV|PC|노트북|태블릿|키오스크"
    r"|휠체어|스쿠터|킥보드|구급차|소방차"
)
# Cars of any kind (무공해차, 전기이륜차) but not 격차, 절차 or an ordinal (1차).
_CAR_WORD = re.compile(
    r"(?<=[가-힣])(?<![격절시순편호좌])차(?:량)?(?=[\s,·를을이가와과는은도의로]|$)"
)
# `60대 주민` is an age, `60대를 보급` a count.
# Joined verbs that say a plan unless the sentence ends in the past (창출해 … 살린다).
_PLAIN_CONNECTIVE = re.compile(
    r"(?:창출|달성|선정|지원|조성|유치|정착|취업|수료|배출)해\s|만들어\s|늘려\s|다녀가\s"
)
# A single place or thing (센터 1곳 더, 1곳씩) belongs to a program, not to a counted target.
_SINGLE_UNITS = ("곳", "개소", "개교", "개", "실", "대", "기", "호")
# Vehicles supplied or brought in are a result; vehicles run (4대를 운행했다) are not.
_SUPPLIED = re.compile(r"보급|도입|투입|구입|구매|전환|교체|판매|등록|배치|설치")
_AGE_AFTER = re.compile(r"^(?![를을이가은는의에로와과,.)])")
# `주 3회`, `하루 4회` are frequencies and `48차례 상담` a schedule; `누적 2,300회` is a volume.
_FREQUENCY_BEFORE = re.compile(r"(?:주|월|연|하루|매주|매월|매년|일)\s?$")
_SATISFACTION = re.compile(r"만족도")
# What else is near a count decides less than what comes right after it:
# a finished verb on the counted object (1,900여 명을 진료했다, 624명의 재취업을 이끌어냈다,
# 1,140명에게 … 연계했다), or any joined verb (보급해, 만들고) whose sentence then ends in the past
# (a result) or in a plan (a goal).
_OBJECT = (
    r"(?:여\s?)?(?:[을를]\s|의\s[가-힣]{1,8}[을를이가]\s|에게(?:는|도)?\s(?:[^\s,.]+\s){0,3}?)"
)
_FINISHED = re.compile(
    rf"^{_OBJECT}(?:[^\s,.]+\s){{0,2}}?(?P<verb>[가-힣]+[{_PAST_SYLLABLES}](?:다|고|으며|는데|지만))"
)
_JOINED_VERB = re.compile(
    r"^(?:여\s?)?(?P<particle>[을를이가]\s|\s)(?:[^\s,.\d]+\s)?(?P<verb>[가-힣]{1,5}(?:해|하여|하며|고|어))[\s,]"
)
# Reporting verbs, changes, attendance and means say nothing about what a count achieved.
_NOT_DONE = re.compile(
    r"밝혔|말했|전했|설명했|강조했|덧붙였|알렸|발표했|보고했|당부했|늘었|줄었|줄였|늘였|참석|모였"
    r"|숨졌|다쳤|대상|비롯|포함|통해|위해|대해|관해|의해|비해|따라|걸쳐|거쳐|넘어|넘고|이어|있어|있고"
    r"|초청|초대|넘었|넘겼|웃돌|밑돌|그쳤|머물렀|떨어|선임|임명|선출|위촉|검토|논의|심의|심사|살폈"
    r"|살펴|못했|않았|못하|않고|발생|숨|사망|다쳤|부상|가결|의결|부결|채택|상정|징계"
)
# Places an official visited (경로당 5곳을 방문했다) are a schedule, not a result.
_VISITED = re.compile(r"방문|둘러|찾았|견학|시찰|순회")
_ALL_N = "".join(chr(0xAC00 + i) for i in range(4, 11172, 28))
# A press release tells what will happen in the plain present (짓는다, 이어간다).
_FUTURE_END = re.compile(rf"(?:는|[{_ALL_N}])다[.\s]*$")
_ONGOING = re.compile(r"고 있(?:다|으며|고|는)")
# A served group as the topic: `이용객은 3만 8천여 명에 이른다`, `찾아낸 위기가구는 … 달한다`.
_SERVED_TOPIC = re.compile(
    r"(?:이용객|방문객|관람객|관광객|이용자|참여자|참가자|수혜자|수강생|수료생|취업자"
    r"|[가-힣]+(?:낸|한|된|받은|간|온)\s[가-힣]+)(?:은|는)\s$"
)
_REACHES = re.compile(r"^\s?에\s?(?:이른다|달한다|이르며|달하며|이르고|달하고|달해|이르러)")
# `1,500명 이상으로 늘리는`, `60실로 늘리고`: a level to be reached.
_RAISE_TO = re.compile(
    r"^\s?(?:이상|수준)?\s?(?:으로|로|까지)\s?(?:늘리|늘릴|확대하(?!였)|확대할|확충하|확충할)"
)
# `1,140명(목표 1,000명)`: what was done, measured against its goal.
_GOAL_IN_BRACKET = re.compile(r"^\s?\((?:당초\s|연간\s)?목표(?:치)?\s?:?\s?\d")
# `1,230명으로 목표치(1,000명)를 넘어섰다`: a level that beat its goal.
_BEAT_GOAL_AFTER = re.compile(
    r"^(?:여)?\s?(?:으로|로),?\s?(?:당초\s|연간\s|올해\s)?목표(?:치|량)?\s?(?:\([^()]{0,20}\))?"
    r"(?:를|을)?\s?(?:넘|웃돌|초과|상회|달성)"
)
# An inline list (`주요 실적으로는 ▲방문진료 412명 ▲도시락 530명 등이 있다`) takes its type from
# the word that introduces it.
_INLINE_ITEM = re.compile(r"^(?:여)?\s?(?:▲|등(?:이|을|의|\s)|$)")
_INLINE_RESULTS = re.compile(r"(?:실적|성과)(?:으로는|로는|은|는|을 보면)\s")
_INLINE_GOALS = re.compile(r"(?:목표|계획)(?:으로는|로는|은|는)\s")
# Winners counted by grade (우수상 3곳, 5곳을 우수기관으로 선정) are an award's, not a target.
_GRADE = r"(?:최우수|우수|장려|특별|으뜸|금|은|동)(?:상|기관|사례|지자체|단체)"
_GRADE_BEFORE = re.compile(rf"{_GRADE}\s?$")
_GRADE_AFTER = re.compile(rf"^(?:[을를이가]\s)?(?:[^\s,]+\s)?{_GRADE}(?:으로|로)")
# `4개 언어로 만들어`: a count of the means, not of what was done.
_MEANS_AFTER = re.compile(
    r"^\s(?!규모|수준|이상|내외|선으|정도|창출|달성|유치|배출|공급|보급)[가-힣]{1,5}(?:으로|로)\s"
)


@dataclass(frozen=True)
class _Spot:
    """A counted number and the text around it, as the typing rules read it."""

    before: str  # the clause before the number
    after: str  # the clause after it
    rest: str  # the sentence after it, up to 200 characters
    raw: str  # the characters before it, across clause breaks
    head: str  # the sentence before it
    unit: str
    value: float

    @property
    def percent(self) -> bool:
        return self.unit.startswith("%")


def _clause_after(text: str, end: int, next_start: int) -> str:
    window = text[end : min(next_start, end + _WINDOW)]
    cut = _CLAUSE_BREAK.search(window)
    return window[: cut.start()] if cut else window


def _clause_before(text: str, start: int, previous_end: int) -> str:
    window = text[max(previous_end, start - _WINDOW) : start]
    cuts = list(_CLAUSE_BREAK.finditer(window))
    return window[cuts[-1].end() :] if cuts else window


def _unit_fits(unit: str, value: float, text: str, start: int, end: int) -> bool:
    """Whether a counter that has other meanings counts things here (60대 of cars, not of age)."""
    near = text[max(0, start - 40) : start]
    if unit == "대":
        if 10 <= value <= 90 and value % 10 == 0 and _AGE_AFTER.match(text[end:]):
            return False
        vehicles = _VEHICLES.search(near) or _CAR_WORD.search(near)
        return bool(vehicles) and not near.rstrip().endswith("~")
    if unit in ("회", "차례"):
        return value >= 100 and not _FREQUENCY_BEFORE.search(near)
    if unit == "호":
        return value >= 10
    if unit == "기":
        return value >= 10 and not near.endswith(("민선", "민선 "))
    if unit == "장":
        return value >= 100
    if unit == "점":
        return bool(_SATISFACTION.search(text[:start])) and "만점" not in text[end : end + 4]
    return True


def _skipped(spot: _Spot) -> bool:
    """Counts that are never targets: agenda items, evaluation pools, venues, planned places."""
    if _AGENDA_BEFORE.search(spot.raw) or (
        _REVIEW_VERB.search(spot.after) and not _STRONG_GOAL.search(spot.after)
    ):
        return True
    bodies = (
        _BODIES.match(spot.after.lstrip())
        or _BODIES.search(spot.before[-8:])
        or (spot.after.startswith("의 ") and _BODIES.search(spot.before))
    )
    return bool(bodies and _EVALUATION.search(spot.head + spot.rest))


def _at_venue(spot: _Spot, kind: str) -> bool:
    """`21곳에서 제공한다`, `25곳에 설치한다`: places, unless new ones are planned (12곳에 연다)."""
    place = _PLACE_AFTER.match(spot.after)
    if spot.unit not in _VENUE_UNITS or not place:
        return False
    if spot.after.startswith("에 대") or _GOAL_BEFORE.search(spot.before):
        return False
    if kind == "result":
        return place.group(1) == "에서"
    clause = _CLAUSE_END.split(spot.rest, maxsplit=1)[0]
    return not _PLANNED.search(clause)


def _special(spot: _Spot) -> str | None:
    """Result shapes that are not a cue next to the number: parts of a whole, surveys, growth."""
    rest = spot.rest
    if spot.percent:
        if _SHARE_SUBJECT.match(rest) and _ANSWERED.search(rest) and "만족" in spot.head + rest:
            return "result"
        if _CHANGE_AFTER.match(spot.after) and _CAUSED.search(spot.head):
            return "result"
        return None
    tail = _DECIDED.sub("", rest)
    past = _PAST_TENSE.search(tail) or _ENDS_IN_RESULT.search(tail) or _ongoing(spot, tail)
    whole = _OF_WHICH_AFTER.match(rest) and not _SHARE_NEXT.match(rest)
    if past and whole and _WHOLE_BEFORE.search(spot.raw):
        return "result"
    if past and _OF_WHICH_BEFORE.search(spot.before) and _REACHED.search(rest[: past.end()]):
        return "result"
    if _GREW_TO.match(rest) and not _CONTEXT_SUBJECT.search(spot.head):
        return "result"
    return None


def _ongoing(spot: _Spot, tail: str) -> re.Match[str] | None:
    """`올해는 112명이 참여해 … 일하고 있다`: still going on, within a reported period."""
    return (
        _ONGOING.search(tail)
        if _PAST_LEVEL_BEFORE.search(spot.head) or "올해" in spot.head
        else None
    )


def _any_verb(spot: _Spot) -> str | None:
    """A finished verb on the counted object, or a joined verb read by how the sentence ends."""
    if spot.percent:
        return None
    finished = _FINISHED.match(spot.rest)
    if finished and not _NOT_DONE.search(finished.group("verb")):
        visit = spot.unit in _VENUE_UNITS and _VISITED.search(finished.group("verb"))
        return None if visit else "result"
    joined = _JOINED_VERB.match(spot.rest)
    if joined is None or _NOT_DONE.search(joined.group("verb")):
        return None
    tail = _DECIDED.sub("", spot.rest[joined.end() :])
    past = _PAST_TENSE.search(tail)
    plan = _PLAN_WORDS.search(tail)
    if past and (plan is None or past.start() < plan.start()):
        return "result"
    # `300대를 새로 투입하고 … 짓는다` is a plan; `32명이 가정을 방문해 … 제공한다` and
    # `공무원 30명을 투입해 점검한다` tell how a program works.
    object_ = joined.group("particle").strip() in ("을", "를") and spot.unit != "명"
    if plan or (object_ and _FUTURE_END.search(tail)):
        return "goal"
    return None


def _type(spot: _Spot) -> str | None:
    before, after, rest, raw = spot.before, spot.after, spot.rest, spot.raw
    if (
        _ATTENDED.match(after)
        and _EVENT_TOPIC.search(spot.head)
        and not _MEETING_TOPIC.search(spot.head)
    ):
        return "result"
    if _RANGE_BEFORE.search(raw):
        return None
    ratio = _RATIO_BEFORE.search(raw)
    if ratio and all(is_plain_word(word) for word in ratio.group("words").split()):
        return None
    if _skipped(spot) or _GRADE_BEFORE.search(before) or _GRADE_AFTER.match(rest):
        return None
    if _MEANS_AFTER.match(after) or after.startswith("씩"):
        return None
    if spot.unit in _SINGLE_UNITS and spot.value == 1:
        return None
    if _GOAL_IN_BRACKET.match(rest) or _BEAT_GOAL_AFTER.match(rest):
        return "result"
    inline = _INLINE_ITEM.match(rest) and "▲" in spot.head
    if inline and _INLINE_RESULTS.search(spot.head):
        return "result"
    if inline and _INLINE_GOALS.search(spot.head):
        return "goal"
    if (
        _GOAL_BEFORE.search(before)
        or _GOAL_BRACKET.search(raw)
        or _GOAL_AFTER.match(after)
        or _RAISE_TO.match(after)
    ):
        return "goal"
    if _REACHES.match(after) and _SERVED_TOPIC.search(before) and not _AS_OF.search(spot.head):
        return "result"
    topic = _TOPIC_END.match(after) and _GOAL_TOPIC.search(spot.head)
    if topic and not _RESULT_BEFORE.search(before):
        return "goal"
    special = _special(spot)
    if special:
        return special
    if _PLAN_AFTER.match(after) or _SKIP_AFTER.match(after):
        return None
    if _RESULT_BEFORE.search(before) or _AGAINST_GOAL.search(raw):
        return "result"
    if _AWARD_NEAR.search(after) or _ROUGH_AFTER.match(after):
        return None
    if _NOUN_FINAL.match(rest) or _BY_GOAL.match(rest):
        return "result"
    planned = _PLAN_NOUN_FINAL.match(rest) or _GIVEN_TO.match(rest) or _ARROW_BEFORE.search(raw)
    if _BULLET.match(spot.head) and planned:
        return "result" if _PAST_MARKER.search(spot.head) else "goal"
    if _BRACKET_RESULT.match(rest) and _THIS_YEAR.search(before):
        return "result"
    if _FELL.match(rest):
        return None
    if (
        _PAST_LEVEL_BEFORE.search(before)
        and not _AS_OF.search(before)
        and (
            _COPULA.match(after)
            if spot.percent
            else _LEVEL_AFTER.match(after) and not _SHARE_BEFORE.search(before)
        )
    ):
        return "result"
    cue = _CUE_AFTER.search(after)
    if cue is None:
        return _any_verb(spot)
    between = after[: cue.start()]
    if not (_STRONG_GOAL.match(cue.group()) or _NEAR_VERB.match(between)):
        return None
    # Households visited are served (1,260가구를 찾아 점검); places visited by an official are not.
    if cue.group().startswith("찾아") and spot.unit != "가구":
        return None
    if spot.unit in _VENUE_UNITS and (_VISITED.match(cue.group()) or _VISITED.search(between)):
        return None
    if spot.percent and not (_PERCENT_CUE.search(cue.group()) or _PERCENT_CUE.search(raw)):
        return None
    if spot.percent and cue.group("result") and _SHARE_BEFORE.search(before):
        return None
    if cue.group("connective"):
        tail = _DECIDED.sub("", rest[cue.end() :])
        past = _PAST_TENSE.search(tail) or _ENDS_IN_RESULT.search(tail) or _ongoing(spot, tail)
        if past or _PAST_LEVEL_BEFORE.search(before):
            return "result"
        # A joined verb alone says only what was done; a plan must be said (발행해 … 끌어들일 계획,
        # 창출해 … 살린다).
        plain = not cue.group("done") and _PLAIN_CONNECTIVE.match(cue.group())
        return "goal" if plain or _PLAN_WORDS.search(rest[cue.end() :]) else None
    return "result" if cue.group("result") else "goal"


def _label(before: str, after: str) -> str | None:
    words = []
    noun = _NOUN_AFTER.search(after)
    if noun and all(is_plain_word(word) for word in noun.group(1).split()):
        words.append(noun.group(1))
    else:
        previous = _NOUN_BEFORE.search(before)
        if (
            previous
            and not _NOT_OBJECT.search(previous.group(1))
            and not _VERB_FORM.search(previous.group(1))
            and previous.group(1) not in VAGUE
        ):
            words.append(previous.group(1))
    verb = _VERB_NOUN.search(after)
    if verb:
        words.append(verb.group())
    return " ".join(words) or None


def _breakdown(text: str) -> set[int]:
    """Starts of the numbers in a past breakdown (`A가 4,870개, B가 5,220개였다`)."""
    if not _BREAKDOWN_END.search(text) or not _BY_KIND.search(text):
        return set()
    items = list(_BREAKDOWN_ITEM.finditer(text))
    if len(items) < 2:
        return set()
    last = items[-1]
    if not _BREAKDOWN_END.match(text, last.end()):
        return set()
    return {item.start("number") for item in items}


_DIGIT_RE = re.compile(r"\d")
# `정부는 …`, `경기도는 …` in a city's story: the upper body's numbers are context, not the
# story's targets. A story whose lead is such a body keeps them.
_UPPER_BODY = (
    r"(?:정부|국회|[가-힣]{2,8}부|(?:경기|강원|충북|충남|전북|전남|경북|경남|제주|충청북|충청남|전라북"
    r"|전라남|경상북|경상남)도)"
)
_UPPER_TOPIC = re.compile(
    rf"^(?:한편\s|또\s|앞서\s|특히\s|이와 별도로\s)?{_UPPER_BODY}(?:는|은|도)\s"
)
_LEAD_TOPIC = re.compile(r"^(?:\S+\s)?[가-힣]{2,12}(?:\([^()]{0,20}\))?(?:는|은|가|이)\s")
_UPPER_LEAD = re.compile(rf"^(?:\S+\s)?{_UPPER_BODY}(?:\([^()]{{0,20}}\))?(?:는|은|가|이)\s")


def _about_upper_body(pieces: list[Piece]) -> set[int]:
    """Starts of the sentences whose topic is the government or a province, in a story led by
    another body."""
    lead = next((piece for piece in pieces[:5] if _LEAD_TOPIC.match(piece.text)), None)
    if lead is not None and _UPPER_LEAD.match(lead.text):
        return set()
    return {piece.start for piece in pieces if _UPPER_TOPIC.match(piece.text)}


def _shares_type(kind: str, between: str, percent: bool) -> bool:
    """Whether a count shares the next count's type: a goal list, or a pair of counts that share
    one verb (`214개 기업 638명이`)."""
    if kind == "goal" and _JOINED.match(between):
        return True
    if _LISTED.match(between):
        return True
    return not percent and bool(_PAIRED.match(between))


def _typed(text: str) -> Iterator[tuple[re.Match[str], str, str, str]]:
    """Each target match in one sentence with its type and the clauses around it."""
    matches = [
        match
        for match in _TARGET_RE.finditer(text)
        if _unit_fits(
            match.group("unit"),
            parse_number(match.group("number")) or 0,
            text,
            match.start(),
            match.end(),
        )
    ]
    broken_down = _breakdown(text)
    typed: list[tuple[re.Match[str], str | None, str, str]] = []
    for index, match in enumerate(matches):
        after_text = text[match.end() : match.end() + 4]
        if after_text.startswith("원") or after_text.lstrip().startswith(("원", "세", "년")):
            continue
        previous_end = matches[index - 1].end() if index else 0
        next_start = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        before = _clause_before(text, match.start(), previous_end)
        after = _clause_after(text, match.end(), next_start)
        beat_goal = False
        goal_tail = _NEXT_GOAL.search(after)
        if goal_tail and index + 1 < len(matches) and len(after) == next_start - match.end():
            after = after[: goal_tail.start()]
            beyond = text[matches[index + 1].end() : matches[index + 1].end() + 20]
            beat_goal = bool(re.match(r"^\s?(?:으로|로)\s?(?:당초\s)?$", after)) and bool(
                _BEAT_GOAL.search(beyond)
            )
        if _RECIPIENTS_AFTER.match(text, match.end()):
            window = text[match.end() : match.end() + 60]
            cut = _CLAUSE_END.search(window)
            after = window[: cut.start()] if cut else window
        spot = _Spot(
            before,
            after,
            text[match.end() : match.end() + 200],
            text[max(0, match.start() - _WINDOW) : match.start()],
            text[: match.start()],
            match.group("unit"),
            parse_number(match.group("number")) or 0,
        )
        if beat_goal or match.start() in broken_down:
            kind: str | None = "result"
        else:
            kind = _type(spot)
        # `_unit_fits` saw a vehicle nearby; a result must also say they were supplied.
        cars = (
            spot.unit != "대" or kind == "goal" or bool(_SUPPLIED.search(before + spot.rest[:12]))
        )
        if kind is not None and (not cars or _at_venue(spot, kind)):
            kind = None
        typed.append((match, kind, before, after))
    # From the end, so that a list (A 1,500명, B 600가구, C 800명에게 … 계획) shares its goal and
    # a pair (214개 기업 638명이 지원을 받았다) its verb.
    for index in range(len(typed) - 2, -1, -1):
        match, kind, before, after = typed[index]
        following = typed[index + 1]
        between = text[match.end() : following[0].start()]
        percent = match.group("unit").startswith("%")
        if (
            kind is None
            and following[1] is not None
            and _shares_type(following[1], between, percent)
        ):
            typed[index] = (match, following[1], before, after)
    for match, kind, before, after in typed:
        if kind is not None:
            yield match, kind, before, after


def find(pieces: Iterable[Piece]) -> Iterator[Fact]:
    pieces = list(pieces)
    elsewhere = about_elsewhere(pieces) | _about_upper_body(pieces)
    typed: set[int] = set()
    for piece in pieces:
        if not _DIGIT_RE.search(piece.text) or piece.start in elsewhere:
            continue
        for match, kind, before, after in _typed(piece.text):
            value = parse_number(match.group("number"))
            if value is None:
                continue
            typed.add(piece.start + match.start())
            yield piece.fact(
                FactKind.TARGET,
                match.start(),
                match.end(),
                value=value,
                unit=match.group("unit"),
                type=kind,
                label=_label(before, after),
            )
    yield from _listed(pieces, typed | elsewhere)


def _listed(pieces: list[Piece], skipped: set[int]) -> Iterator[Fact]:
    """Counts ending list lines under a heading of results or plans (see `target_lists`)."""
    for item in list_counts(pieces, _UNIT):
        piece = item.piece
        match = _TARGET_RE.match(piece.text, item.start)
        if piece.start in skipped or piece.start + item.start in skipped or match is None:
            continue
        value = parse_number(match.group("number"))
        unit = match.group("unit")
        if value is None or not _unit_fits(unit, value, piece.text, match.start(), match.end()):
            continue
        yield piece.fact(
            FactKind.TARGET,
            match.start(),
            match.end(),
            value=value,
            unit=unit,
            type=item.kind,
            label=item.label,
        )
