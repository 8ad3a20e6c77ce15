"""The vocabulary of target sentences: counters, cue words before and after a count, and the
clause shapes `target` reads, each with an example of the family it stands for.

`target` and `target_typing` hold the logic that weighs these cues; keeping the patterns here
lets a reader see the typing families at once and change a word list without touching the rules.
Patterns that only one veto or one counter check reads live beside it (`target_vetoes`,
`target_units`).
"""

from __future__ import annotations

import re

from govreader.facts.numbers import NUMBER
from govreader.facts.target_sentence import plain

# Counters that need their context checked (vehicles, housing units, facilities, sheets, points)
# are matched here and vetted by `target_units.unit_fits`.
UNIT = (
    r"개소|개사|개교|개국|가구|가족|세대|가정|농어가|농가|그루|마리|ha(?![A-Za-z])|㏊|"
    r"명(?!칭|예|소|단|의로)|건(?!강|물|축|설)|곳|개(?![월년관발선최편정])|%포인트|%p?(?![대포])|톤|팀"
    r"|t(?![A-Za-z])|채(?=[을를이가의은는로에와과,.\s]|$)"
    r"|호(?![점선실기텔])|대(?![상학표회통한형책전])|기(?=[가를을이의]|로\s|,\s[가-힣]|\s?\([가-힣]{1,6}\s\d|\)[를을이가])|장(?=[을를이가의])"
    r"|점(?=으로|이다|을|를|에서)|실(?=[을를이가은는로에→,.)\s]|$)|회(?![의장원관사계복차담견수])|차례"
)
TARGET_RE = re.compile(rf"(?<![제약])(?P<number>{NUMBER})(?P<approx>여)?\s?(?P<unit>{UNIT})")
CLAUSE_BREAK = re.compile(r"[,.;:()\[\]“”\"‘’'…]|\s[및과와]\s")

# The goal's noun, whatever it measures: `목표`, `목표치`, `목표량`, and in budget stories the
# money or the rate aimed at (`목표액 대비 57.4%`, `당초 목표율 66%를`).
GOAL_NOUN = r"목표(?:치|량|액|율|률)?"
# `유치 목표를 내국인 415만 명, …`: a goal split by item names the first item after it.
GOAL_BEFORE = re.compile(
    rf"{GOAL_NOUN}(?:인|는|은|도|로|를|가|였던|했던|한|로 한"
    r"|(?:으로|로)\s(?:잡|세|삼|정|내건|내걸)[가-힣]{0,2}(?<=[은운한던]))?\s*$"
    r"|목표(?:치|량)?(?:를|을|는|은)\s(?!올해|지난해|작년|내년|전년|현재)[가-힣]{2,6}(?<!보다)\s$"
    r"|(?:당초\s)?계획(?:한|했던|인)\s$"
)
# A rate of work done, or work done, named before a list line's colon (`- 이행률 : 83.5%`,
# `- 완료 : 54개`) or as a topic (`정책 반영률이 35%에 그쳤다`); not 고용률, a statistic.
RESULT_LINE = re.compile(
    r"(?<!목표)(?<!목표\s)(?:(?:달성|이행|진행|집행|취업|완료|반영|이수|수료)(?:률|율)|(?:^|\s)(?:완료|달성|준공))"
    r"(?:\s?\([^()]{0,40}\))?\s?(?:[:：]|(?<=[률율])(?:은|는|이|가))\s?$"
)
RESULT_BEFORE = re.compile(
    r"(?:실적|달성률|취업률|성과|실제로|실제)(?:은|는|이|가|인|도)?\s*$|(?:지금까지|그동안|누적)\s"
)
# A goal said right after the number beats a measure word before it (취업률 70% 이상 목표).
# Unless the verb is said as a feat: `32% 줄이는 성과를 거뒀다`, `120개를 늘리는 데 성공했다`.
NOT_FEAT = r"(?![가-힣]{0,3}\s(?:데\s성공|성과를|실적을|결실을))"
GOAL_AFTER = re.compile(
    r"^\s?(?:이상|이하|수준|선)?(?:으로|로|까지|을|를|의)?\s?"
    # the goal's year may stand between (`취업률 70%를 올해 목표로`, `2,000개를 내년 목표로`)
    r"(?:(?:올해|올|금년|내년|연간|최종|\d{2,4}년(?:도)?)\s(?=목표))?"
    r"(?:목표|끌어올(?!렸|린\s|리며|리고)|높이(?!며|고)|높인다|높일|달성할|달성하는|달성한다"
    r"|달성하겠|달성을 목표|창출을 목표"
    # what a measure is for: `친환경차 13만 대 보급을 위해`, `일자리 500개 창출을 위한`
    r"|(?:(?:신규\s)?(?:일자리|고용)\s)?"
    r"(?:보급|창출|유치|달성|확보|공급|조성|양성|육성|채용|모집)(?:을|를)\s?위(?:해|한|하여))"
    + NOT_FEAT
)
# A level raised in the past (38%까지 끌어올린 점, 60%로 높였다) is a result; a joined raise
# (27%로 끌어올리며 …) is read by how the sentence ends.
RAISED = re.compile(
    r"^\s?(?:으로|로|까지)\s?(?:끌어올렸|끌어올린\s|높였|높인\s"
    r"|(?P<joined>끌어올리며|끌어올리고|높이며|높이고|(?:확대|확충)되(?:며|고|어)|늘어나(?:며|고))[\s,])"
)
# Syllables ending in ㄹ: a verb's future form (만들어낼 계획, 늘어날 예정).
ALL_L = "".join(chr(0xAC00 + i) for i in range(8, 11172, 28))
RESULT_VERBS = (
    r"창출|달성|기록|초과|지원|배출|유치|취업|조성|선정|제공|정착|수료|참여|설치|보급|공급|개설"
    r"|발굴|양성|모집|운영|돌파|배치|이용|방문|진행|연결|발견|점검|정비|개선|완료|해결|채용|선발|교육"
    r"|관람|접수|등록|입주|가입|이수|합격|창업|발행|지급|상담|집계|구조|체험|처리|지정|확보|구축|준공|완공"
    r"|고용"
)
# The first cue after the number decides: a finished action is a result, a planned one a goal.
# A finding (`… 것으로 나타났다`) is a result only when the count's own verb is work done
# (`참여한 것으로 집계됐다`), not a status (`정상 추진되고 있는 것으로 나타났다`).
CUE_AFTER = re.compile(
    r"(?P<result>목표\s?(?:대비|를 넘|를 초과|를 달성|치를 넘)"
    rf"|(?:{RESULT_VERBS})\s?(?:했|하였|됐|되었|하게 됐|하게 되었)"
    r"|만들어\s?(?:냈|낸\s)"
    rf"|(?P<connective>(?:{RESULT_VERBS})(?:해|하여)\s|만들어\s|늘려\s|다녀가\s|생겨나\s|열어\s|[가-힣]{{1,3}}[아어러]내\s"
    r"|(?P<done>(?:발굴|발견|참여|개선|정비|점검|설치|진행|연결|발행|기록|창출|달성)(?:해|하며|하고)\s"
    r"|(?:채용|선정|지정|선발)돼\s|받아\s|찾아\s))"
    r"|(?:만들었|길러냈|길렀|고쳤|넘어섰|얻었|얻어|받았|이어졌|성공했|자리를 잡았|자리 잡았|마쳤"
    r"|손봤|달았|대피시켰|다녀갔|다녀간|모았|채웠|들여놓았|성과를 거뒀|성과를 냈|몰렸|찾았|열었"
    r"|생겼|생겨났|효과를\s(?:거뒀|거두었|냈|봤))"
    r"|에 달했|에 이르렀|[이가] 됐"
    rf"|(?:{RESULT_VERBS})한 것으로 (?:집계|나타났|파악|확인)"
    # done before, told as experience: `44가구를 지원한 바 있다`
    rf"|(?:{RESULT_VERBS})한\s?바\s?있"
    r"|(?<!것)(?<!것으)(?:으로|로|까지)\s?(?:대폭\s|크게\s|큰 폭으로\s)?"
    r"(?:늘었|증가했|확대됐|늘렸|확대했|확충했|늘어났|집계|나타났|파악됐|확인됐)"
    r"|(?:이용|참여|활동|근무|입주)(?:하고|해 오고) 있"
    r"|[가-힣]{1,5}한\s?데\s?이어"
    r"|[가-힣]{1,5}는\s(?:데\s성공|성과를\s|실적을\s|결실을\s))"
    r"|(?P<goal>목표|계획|예정|전망|예상|내다봤|방침"
    r"|(?:선정|모집|제공|지원|개설|운영|조성|양성|육성|창출|선발|배출|공급|보급|설치|유치|확대|신설"
    r"|배치|확충|도입|건립|발행|채용|교육|추진|구축|확보|개소|개관|개선|수리)"
    r"(?:한다|합니다|할\s|하는|하고|하기로|하며)|참여한다|참여합니다|참여할\s"
    # firms' hiring plans (`120명을 신규 고용한다`), not a staff they keep (고용하고 있다)
    r"|고용(?:한다|합니다|할\s|하기로|하며|하고(?!\s?있))|만든다|만듭니다|키운다|키웁니다"
    # jobs an investment is expected to bring, said as its effect (`고용 효과가 있을 것으로`)
    r"|효과가\s(?:있을\s것|기대|예상)|효과를\s기대"
    # `총 1,112명이 참여하게 된다`: who will take part, told as what will come about
    r"|(?:참여|활동|근무|고용|채용)하게\s(?:된다|되며|됩니다)"
    # jobs an investment is expected to bring (`일자리 180개가 창출될 것`, `… 고용이 창출된다`)
    r"|(?:공급|조성|설치|보급|제공|배치|확충|건립|개설|선발|선정|창출)(?:된다|되며|될\s|되고|됩니다)"
    r"|연다|열고|열어|뽑아|뽑는|늘리|늘릴|늘린|높이|높일|높인|높여|끌어올|들여오|들여올|지을|짓는"
    r"|돕는|돕기로|[가-힣]{1,4}하도록\s|[가-힣]{1,5}겠(?:다|습)|[가-힣]{1,5}[기키]로\s"
    rf"|[가-힣]{{0,4}}[{ALL_L}]\s(?:계획|예정|방침))"
)
SKIP_AFTER = re.compile(
    r"^\s?(?:[이가을를]\s)?(?:늘었|늘어|증가|감소|줄었|줄어|많|적(?=[었은다고어])|안팎|이상|이하|미만|초과|내외|분야"
    r"|유형|부문|종류|단계|권역|과제|전략|지표|항목|반\s|과목|과정|강좌|코스|올랐|상승|하락|떨어|낮아"
    r"|늘려\s|늘린|늘리"
    r"|대상으로|씩|규모의)" + NOT_FEAT
)
AWARD_NEAR = re.compile(
    r"표창|상을|수상|상장|참석|참가하는|모여|모인|운집|초청|초대|감사패|공로패|감사장|수여|시상"
)
# Who took part in a program said as its topic (캠프에는 45가족이 참가했다).
TOOK_PART = re.compile(r"^(?:[이가]\s)?(?:참여|참가)(?:했|하였)")
PROGRAM_TOPIC = re.compile(r"[가-힣’'”\"](?:에는|엔)\s")
ROUGH_AFTER = re.compile(r"^(?:[이가을를]\s?)?(?:넘는|넘게|남짓|정도|가량의|안팎)")
# Between a count and its verb: a particle, or `의 일자리를`, and at most four words; the cue may
# start inside the last word (발굴·육성할).
NEAR_VERB = re.compile(r"^(?:의\s|[을를이가에]\s|\s)?(?:[^\s]{1,12}\s){0,4}[^\s]{0,6}$")
STRONG_GOAL = re.compile(r"목표")
# A share (59%를 매립해 조성) is a target only beside a word that measures progress.
PERCENT_CUE = re.compile(
    r"목표|달성|기록|끌어올|높이|높여|높인|넘어|초과|률|율|집계|채웠|나타났|성과"
)
SHARE_BEFORE = re.compile(r"비중|비율|점유율|차지")
# `2030년까지 누적 500명`: a running total by a deadline is aimed at, not reached.
BY_DEADLINE = re.compile(r"(?:\d{2,4}년|내년|임기)\s?(?:말\s?|안\s?)?까지\s")
PAST_LEVEL_BEFORE = plain(r"지난해|작년|지금까지|그동안|누적")
# `지난해 말 기준 등록 장애인은 2만 4천여 명이다` is a statistic, not what was achieved.
AS_OF = re.compile(r"(?:말|월|일|(?<!학)년)\s?기준|현재")
COPULA = re.compile(r"^(?:였|이었)(?!던)")
FELL = re.compile(r"^(?:으로|로)\s(?:\S+\s){0,3}?(?:줄었|줄어|감소|떨어|하락|낮아)")
# A count ending a noun-final item that the sentence's verb then carries: `전기차 200대 보급, 노후
# 경유차 300대 폐차 지원으로 … 줄였다`, `4,000여 개의 신규 일자리 창출과 … 창출했다`, `612개의
# 일자리를 제공, … 성과를 보였다`.
VERB_NOUN_ITEM = re.compile(
    r"^(?:여)?\s?(?:의\s)?(?:[가-힣]{1,8}\s){0,2}?"
    r"(?:창출|보급|유치|채용|설치|조성|공급|양성|육성|배출|폐차|지정|취업|창업|발굴|제공)(?:\s?지원)?"
    r"(?:,\s|(?:과|와)\s|\s및\s|(?:으로|로)\s)"
)
# `8,800개 이상의 일자리를 창출하겠다`: a floor of what a goal aims at.
FLOOR_OF = re.compile(r"^\s?(?:이상|이하)의\s")
LEVEL_AFTER = re.compile(r"^(?:으로|로|이며|였(?!던)|이었(?!던)|이다|에 달)")
# Any syllable ending in ㅆ marks the past tense (했, 였, 섰, 났 ...), except 있 (하고 있다) and
# 겠 (하겠다); a decision (줄이기로 했다) is still a plan.
ALL_SS = "".join(chr(0xAC00 + i) for i in range(20, 11172, 28))
PAST_SYLLABLES = ALL_SS.replace("있", "").replace("겠", "")
PAST_TENSE = re.compile(rf"[{PAST_SYLLABLES}](?:다|습니다|으며|고|는데|지만|음)")
# `보급키로 했다` is `보급하기로 했다` said short.
PLAN_WORDS = re.compile(r"계획|예정|목표|방침|[기키]로|[할될일] 것|하겠")
# A goal measured against is no plan: `목표 대비 115%를 달성했다`, `목표를 넘어섰다`.
AGAINST_GOAL_WORDS = re.compile(
    rf"{GOAL_NOUN}\s?(?:\([^()]{{0,20}}\)\s?)?(?:대비|의\s|(?:를|을)\s?(?:초과|넘|웃|달성|채웠))"
)
# A plan said of the whole clause: `60곳을 발굴해 … 만든다는 목표를 세웠다`, `빌려줄 계획을 세웠다`.
STATED_PLAN = re.compile(r"다는\s?(?:목표|계획|방침|구상)|\s(?:계획|방침|예정)(?:이다|이며|을|를)")
DECIDED = re.compile(
    r"[기키]로\s?(?:했|하였)|(?:고|며)\s(?:\d{1,2}일\s)?(?:밝혔|전했|말했|설명했|덧붙였|강조했|알렸)"
)
# 개조식 lines end on a noun: `수용률 69.0%를 달성`, `조례·규칙 41건을 정비`, `65.9% 기록,`.
NOUN_FINAL = re.compile(
    r"^(?:여\s?)?(?:을|를)?\s?(?:달성|기록|정비|개선|완료|돌파)(?:\s*$|\s?[,(/→])"
)
# `고용률 63.5% 달성, 일자리 3만 개 창출 목표를 밝혔다`: noun-final items of a list of goals.
GOALS_LISTED = re.compile(r"^[^.]{0,40}?(?:창출|달성|확보|유치)\s?목표(?:를|로|치를)\s")
# `목표치 78%를 조기 달성했다` (a share of the goal), not `목표치인 64%를 넘어섰다` (the goal).
BARE_GOAL_BEFORE = re.compile(rf"{GOAL_NOUN}\s$")
SHARE_REACHED = re.compile(r"^(?:를|을)\s(?:[^\s,.]+\s)?(?:달성했|달성하였|채웠)")
# A bullet line of a plan ends on what will be done (`퇴직 전문인력 60명 채용,`, `20개사 → 30개사`);
# with a past marker in the line it tells what was done.
BULLET = re.compile(r"^\s?(?:[-○□◇▲△·•※①-⑩]|ㅇ\s)")
PLAN_NOUN_FINAL = re.compile(
    r"^(?:여\s?)?(?:을|를)?\s?(?:채용|양성|제공|조성|확대|보급|설치|공급|모집|선발|육성|유치|창출|지원"
    r"|유지|(?:으로|로|까지)\s?(?:확대|확충))(?:\s*$|\s?[,(/])"
)
ARROW_BEFORE = re.compile(r"→\s?$")
PAST_MARKER = re.compile(r"지난해|작년|그동안|누적|실적|성과|전년")
GIVEN_TO = re.compile(r"^(?:에게|에)\s(?:\S+\s){0,4}(?:제공|지원|지급|보급)(?:\s*$|\s?[,(/])")
# The first of two levels sharing one verb: `이용한 아동은 1,840명, 이용 건수는 3,200여 건으로
# 집계됐다`, `참여자는 620명, 만족도는 94%로 나타났다`.
SHARED_LEVEL = re.compile(
    r"^(?:여\s?)?,\s[^,.]{1,20}?(?:은|는)\s(?:약\s)?\d[\d,.만천여\s]*[가-힣%]{0,3}?(?:으로|로)\s"
    r"(?:집계|나타|조사|확인)(?:됐|났|되었)"
)
# People given something, said in the past (1,286명에게 이자를 지원했다, 85명에게 장학금을 줬다,
# 21명에게 창업을 지원한 사업);
# unless what they got is a harm or a burden (30명에게 불편을 줬다).
GAVE_TO = re.compile(
    r"^(?:여\s?)?에게\s(?:\S+\s){0,5}?\S*?(?:지원했|지원하였|지급했|지급하였|전달했|제공했|배부했"
    r"|수여했|나눠줬|나눠 줬|줬|주었|건넸|(?:지원|지급|제공|전달|배부)한(?=\s))"
)
GIVEN_HARM = re.compile(r"피해|불편|부담|혼란|상처|과태료|벌금|고통")
ENDS_IN_RESULT = re.compile(r"(?:달성|기록|정비|개선|완료)\s*$")
# `1만 5,274개 창출로 연간 목표(1만 5천 개) 101.8% 달성`: what beat the goal.
BY_GOAL = re.compile(r"^\s?(?:창출|달성|유치|배출|공급)로\s(?:연간\s|당초\s|올해\s)?목표")
# `(올해 58개 기업 참여)`: a result in brackets at the end of a line.
BRACKET_RESULT = re.compile(r"^\s?(?:[가-힣]{1,6}\s)?(?:참여|참가|수료|취업|입주|가입|이용)\)")
THIS_YEAR = re.compile(r"올해|지난해|누적|현재")
# `방문객은 8만 6천여 명으로 지난해보다 23% 늘었다`, `건수 합계는 5천874건으로 지난해 같은 기간
# 2천747건보다 3천127건(114%)이 증가했다`: a level that grew.
GREW_TO = re.compile(
    r"^(?:으로|로),?\s(?:[^\s,.]{1,12}\s){0,8}?[^\s,.]*보다\s"
    rf"(?:(?:약\s)?{NUMBER}\s?(?:%p|%|배|명|개|곳|건)(?:\([^()]{{0,12}}\))?(?:[이가]|\s정도)?\s)?"
    r"(?:크게\s|더\s|대폭\s)?(?:늘었|증가했|늘어났|많아졌)"
)
CONTEXT_SUBJECT = re.compile(r"인구|통계|평균")
# A rate that rose from one level to this one (46%에서 올해 63%로 뛰어올랐다); a result only when
# the sentence credits the work (그 결과, 힘입어), since rates also rise by themselves.
ROSE_TO = re.compile(
    r"^\s?(?:으로|로)\s(?:크게\s)?(?:뛰어올랐|올랐|높아졌|상승했|늘었|증가했|개선됐)"
)
FROM_BEFORE = re.compile(r"\d(?:%|%p)에서\s(?:\S+\s)?$")
VERB_NOUN = re.compile(r"창출|달성|취업|유치|배출|기록|조성|보급|공급|설치|육성|확충")
# Cues the clause cut hides: `목표(250명)` is a goal, `목표(250명) 대비 109.6%` a result.
GOAL_BRACKET = re.compile(rf"{GOAL_NOUN}\s?\($")
AGAINST_GOAL = re.compile(
    rf"{GOAL_NOUN}\s?(?:\([^()]{{0,20}}\)\s?|인?\s?\d[\d,.]*\s?(?:만\s?|천\s?)?[\d,]*\s?[가-힣]{{1,3}}\s?)?"
    r"(?:대비\s?|의\s)$"
)
CLAUSE_END = re.compile(r"[,.;:]")
SENTENCE_END = re.compile(r"(?<=[다요])\.(?:\s|$)")
# Places where something happens (21곳에서 제공) and where it is planned to go (25곳에 설치한다)
# are not targets; what reached them already (32개 단지에 달았다) is.
VENUE_UNITS = ("곳", "개소", "개교", "개")
PEOPLE_UNITS = ("명", "가구", "가족", "세대", "가정", "농가", "농어가")
PLACE_AFTER = re.compile(r"^(?:\s[가-힣·]{1,8})?(에서|에\s)")
# Teams, firms or households given something are its recipients, not where it happens:
# `지원금을 3개 팀에 지원한다`, `20개 기업에 컨설팅을 제공했다`.
RECIPIENTS_AT = re.compile(
    r"^\s(?:팀|기업|업체|단체|가구|가정|농가|마을|소상공인)에\s(?:[^.]{0,80}?(?:을|를)\s)?"
    r"(?:지원|지급|제공|전달|배부)"
)
PLANNED = re.compile(r"계획|예정|방침|목표|연다|열고|열어|개설|늘린|늘릴|늘려|확대|확충")
OPENED_AT = re.compile(r"\s(?:[^\s,.]+\s)?(?:연다|열|개설|개강|개소|문을)")
# A goal verb told as going on (서비스를 제공하고 있다) says what is, not what is planned.
GOING_ON = re.compile(r"^\s?있")
# Parts of a whole that reached something: `수료생 420명 가운데 318명이 취업`.
WHOLE_BEFORE = re.compile(
    r"(?:수료생|참여자|참가자|교육생|졸업생|이수자|훈련생|수강생|참여 청년|참여 기업|지원 기업"
    r"|마친|수료한|이수한|졸업한|참여한|참가한)\s?$"
)
OF_WHICH_AFTER = re.compile(r"^\s?(?:가운데|중)\s")
SHARE_NEXT = re.compile(r"^\s?(?:가운데|중)\s[\d.]+%")
OF_WHICH_BEFORE = re.compile(r"(?:가운데|중)\s$")
REACHED = re.compile(
    r"취업|채용|창업|정착|완료|개선|수료|합격|성공|마쳤|마친|등록|전환|해결|일하|근무"
)
# Survey shares: `응답자의 91.3%가 만족`, `1,240가구 가운데 92%가 만족한다고 답했다`.
SHARE_SUBJECT = re.compile(r"^(?:가|이|는|은)\s")
ANSWERED = re.compile(r"답했|응답했|꼽았")
# A percent change is a result only when the sentence says the program caused it (이 정책으로
# 매출은 12.4% 늘었고); otherwise it is context (폐업률은 전년보다 0.9%p 올랐다).
CHANGE_AFTER = re.compile(
    r"^\s?(?:늘었|증가했|줄었|감소했|낮아졌|높아졌|올랐|개선됐|상승했|하락했|줄어들었)"
)
CAUSED = re.compile(r"(?:이|그|해당)\s(?:정책|사업|제도)(?:으로|로)|그 결과|덕분에|효과로|힘입어")
# Joined verbs that say a plan unless the sentence ends in the past (창출해 … 살린다).
PLAIN_CONNECTIVE = re.compile(
    r"(?:창출|달성|선정|지원|조성|유치|정착|취업|수료|배출)해\s|만들어\s|늘려\s|다녀가\s|열어\s"
)
# Who is picked for a program: a planned number when the sentence ends in the present.
PICKED = re.compile(r"(?:선발|모집|선정|채용|양성|육성)(?:해|하여)\s")
# What else is near a count decides less than what comes right after it:
# a finished verb on the counted object (1,900여 명을 진료했다, 624명의 재취업을 이끌어냈다,
# 1,140명에게 … 연계했다), or any joined verb (보급해, 만들고) whose sentence then ends in the past
# (a result) or in a plan (a goal).
# A count paired with the money paid for it shares its verb: `1,530건, 모두 9억 원을 지급했다`.
MONEY_PAIRED = (
    r",\s(?:모두\s|총\s|약\s)?\d[\d,.]{0,12}(?:\s?(?:조|억|천만|만|천)(?:\s?\d[\d,.]{0,6})?){0,3}"
    r"\s?원(?:을|를)\s"
)
OBJECT = (
    r"(?:여\s?)?(?:[을를]\s|의\s[가-힣]{1,8}[을를이가]\s|에게(?:는|도)?\s(?:[^\s,.]+\s){0,3}?"
    rf"|{MONEY_PAIRED})"
)
FINISHED = re.compile(
    rf"^{OBJECT}(?:[^\s,.]+\s){{0,2}}?(?P<verb>[가-힣]+[{PAST_SYLLABLES}](?:다|고|으며|는데|지만))"
)
# `3,780개의 일자리를 만들고`, `62개의 사회적 기업을 지정하는 등`: a verb joined to the rest;
# not a quote's ending (`운영을 시작한다고 밝혔다`).
JOINED_VERB = re.compile(
    r"^(?:여\s?)?(?P<particle>[을를이가]\s|\s|의\s(?:[가-힣]{1,8}\s)?[가-힣]{1,8}[을를이가]\s)"
    r"(?:[^\s,.\d]+\s){0,2}?(?P<verb>[가-힣]{1,5}(?:해|하여|하며|(?<![다라냐자])고|어|돼|되어|는(?=\s등\s)))[\s,]"
)
# Reporting verbs, changes, attendance, means and penalties (과태료를 부과했다) say nothing about
# what a count achieved.
NOT_DONE = re.compile(
    r"밝혔|말했|전했|설명했|강조했|덧붙였|알렸|발표했|보고했|당부했|늘었|줄었|줄였|늘였|참석|모였"
    r"|숨졌|다쳤|대상|비롯|포함|통해|위해|대해|관해|의해|비해|따라|걸쳐|거쳐|넘어|넘고|이어|있어|있고"
    r"|초청|초대|넘었|넘겼|웃돌|밑돌|그쳤|머물렀|떨어|선임|임명|선출|위촉|검토|논의|심의|심사|살폈"
    r"|살펴|못했|않았|못하|않고|발생|숨|사망|다쳤|부상|가결|의결|부결|채택|상정|징계|부과|물렸|고발"
    r"|지적"
)
# Places an official visited (경로당 5곳을 방문했다) are a schedule, not a result.
VISITED = re.compile(r"방문|둘러|찾았|견학|시찰|순회")
ALL_N = "".join(chr(0xAC00 + i) for i in range(4, 11172, 28))
ALL_B = "".join(chr(0xAC00 + i) for i in range(17, 11172, 28))
# A press release tells what will happen in the plain present (짓는다, 이어간다).
FUTURE_END = re.compile(rf"(?:는|[{ALL_N}])다[.\s]*$|[{ALL_B}]니다[.\s]*$")
ONGOING = re.compile(r"고 있(?:다|으며|고|는)")
