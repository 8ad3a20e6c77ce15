"""The cues of a level and what the sentence says of it: a goal set, named, pledged or called for,
a level reached or beaten, a topic whose number it is, an inline list's heading.

`target_typing` weighs these beside the general cues of `target_cues` (counters, tense, the verb
after a count); kept apart because each names one sentence shape, with its example.
"""

from __future__ import annotations

import re

from govreader.facts.target_sentence import plain

# `감축 목표는 … 2035년 48%다`: the number a goal is said to be.
# A planned quantity as the topic: `모집 인원은 … 모두 130명이다`, `지원 규모는 20개 기업 50명
# 정도이다`, `사업량은 총 66곳이다`, `공급계획은 … 총 1만 3,782건이다`.
GOAL_TOPIC = re.compile(
    r"(?:목표(?:치)?(?:\s[가-힣]{1,4})?|(?:모집|선발|채용|지원|계획|목표)\s?(?:인원|규모|대상)|사업량"
    r"|공급\s?계획|[가-힣]{2,4}\s계획)(?:는|은|도)\s"
)
# Read on the rest of the sentence, past a note in brackets (`총 208명(센터별 52명)이며`).
TOPIC_END = re.compile(
    r"^(?:\([^()]{0,30}\))?\s?(?:정도|내외|안팎|수준|가량|등)?(?:이)?(?:다|며|이며|이고|입니다|으로|로)"
    r"(?:[\s.,]|$)"
)
# Work done as the topic: `기관별 취업 실적은 … A 2,300명, B 380명 등이다`.
RESULT_TOPIC = re.compile(r"(?:실적|성과)(?:은|는)\s")
# A goal promised: `일자리 10만 개 창출을 공약한 데 이어`, `… 만들겠다고 약속했다`.
PLEDGED = re.compile(r"^(?:여)?\s?(?:[가-힣]{1,6}\s)?(?:[가-힣]{1,6}(?:을|를)\s)?(?:공약|약속)")
# A served group as the topic: `이용객은 3만 8천여 명에 이른다`, `찾아낸 위기가구는 … 달한다`.
SERVED_TOPIC = re.compile(
    r"(?:(?:이용객|방문객|관람객|관광객|이용자|참여자|참가자|수혜자|수강생|수료생|취업자)(?:\s?수)?"
    r"|(?:이용|참여|방문|누적)\s?인원"
    r"|[가-힣]+(?<!등록)(?:낸|한|받은|간|온)\s[가-힣]+)(?:은|는|이|가)\s$"
)
# `… 3만 8천여 명에 이른다`, `… 5만 명을 넘어섰다`: the level a served group reached.
REACHES = re.compile(
    r"^\s?(?:에\s?(?:이른다|달한다|이르며|달하며|이르고|달하고|달해|이르러|육박)"
    r"|[을를]\s?(?:넘었|넘겼|넘어섰|돌파))"
)
# A goal named in quotes or by what it amounts to: `‘좋은 일자리 5만 개 창출’을 목표로`, `취업자
# 수 5만 명 증가라는 ‘일자리 창출’을 최종 목표로`.
NAMED_GOAL = re.compile(
    r"^(?:여)?\s?(?:[가-힣]{1,4}(?:이)?라는\s[‘'“\"]?[^’'”\".,]{0,16})?[^’'”\".,]{0,10}?[’'”\"]?\s?"
    r"(?:을|를)\s(?:최종\s|핵심\s|주요\s)?목표"
)
# A goal beaten by a share: `목표를 20% 초과 달성했다`.
OVER_ACHIEVED = re.compile(r"^(?:여)?\s?(?:를|을)?\s?초과\s?달성\s?(?:했|하였|해|한)")
# A level set as the goal the sentence names: `유치 목표를 … 450만 명으로 설정했다`; a level
# aimed at needs no 목표 (`일자리 7,424개로 높여 잡았다`).
SET_AS = re.compile(
    r"^(?:으로|로)\s?(?:설정|정했|정하고|정해|정하며|잡았|잡고|잡아|세웠|세우고|세워)"
)
AIMED_AT = re.compile(r"^(?:으로|로)\s(?:높여|늘려|올려|높혀|상향해|상향)\s?잡")
# A level against its goal: `총 7,148개로 지난해 공시 목표 6,347개 대비 113% 초과 달성한`.
LEVEL_VS_GOAL = re.compile(
    r"^(?:여)?\s?(?:으로|로),?\s(?:[^\s,.]+\s){0,4}?목표(?:치|량)?\s?(?:\d[\d,.만천]*\s?[가-힣]{0,2}\s?)?"
    r"(?:\([^()]{0,20}\)\s?)?(?:대비|를\s(?:넘|초과|웃돌|상회|달성)|[’'”\"]?의\s[\d.]+%(?:를|을)?\s?달성)"
)
# `A 1,200개, B 300개 등 사회적기업을 육성했다`: the last item of a list the verb then carries.
LAST_ITEM = re.compile(r"^(?:여)?\s등\s(?:[^\s,.\d]+\s){0,4}?[^\s,.\d]+(?:을|를)\s")
# What a program will serve: `청년 220명을 대상으로 사업을 전개한다`, `28가정 32명의 자녀를
# 대상으로 진행되며`; told in the past it is a head count (30명을 대상으로 교육을 실시했다).
SERVED_BY = re.compile(r"^(?:여)?\s?(?:의\s[가-힣]{1,6})?(?:을|를)\s대상으로\s")
# A notice's noun-final call: `청년 30명, 내달 13일까지 모집`, `참여자 40명 모집(선착순)`.
CALLED_FOR = re.compile(
    r"^(?:여)?\s?(?:,\s[^,.]{0,16}까지\s)?(?:\s?(?:팀|개\s?팀|선착순|추가|신규|공개))?(?:을|를)?\s?"
    r"(?:모집|선발)(?:\s*$|\s?[,(/…·]|\s[-–]|\s?…)"
)
# Effects expected by a deadline (`2040년까지 관광객 3,500만 명, … 고용 창출 1만 5천 명으로 …
# 기대된다`) are what the plan aims at.
EXPECTED_END = re.compile(r"(?:기대된다|기대하고 있다|전망이다|전망된다|예상된다|내다봤다)[.\s]*$")
# `4만 2천 대 보급에 나선다`: a goal set out on.
SET_OUT = re.compile(r"^\s[가-힣]{2,4}(?:에\s?(?:나선|나서|나설)|을\s?추진(?:한다|할))")
# `1,500명 이상으로 늘리는`, `60실로 늘리고`: a level to be reached.
RAISE_TO = re.compile(
    r"^\s?(?:이상|수준)?\s?(?:으로|로|까지)\s?(?:늘리|늘릴|확대하(?!였)|확대할|확충하|확충할|늘어난다|늘어날|확대된다|확대될)"
)
# `1,140명(목표 1,000명)`: what was done, measured against its goal.
GOAL_IN_BRACKET = re.compile(r"^\s?\((?:당초\s|연간\s)?목표(?:치)?\s?:?\s?\d")
# `1,230명으로 목표치(1,000명)를 넘어섰다`: a level that beat its goal.
BEAT_GOAL_AFTER = re.compile(
    r"^(?:여)?\s?(?:으로|로),?\s?(?:당초\s|연간\s|올해\s)?목표(?:치|량)?\s?(?:\([^()]{0,20}\))?"
    r"(?:를|을)?\s?(?:넘|웃돌|초과|상회|달성)"
)
# `9,870톤으로 이미 지난해 한 해 실적을 넘어섰다`: a level that beat a past record.
BEAT_RECORD_AFTER = re.compile(
    r"^(?:여)?\s?(?:으로|로),?\s(?:이미\s|벌써\s)?(?:[^\s,.]+\s){0,3}?(?:실적|기록|전체)"
    r"(?:\s?\([^()]{0,20}\))?(?:을|를)\s?"
    r"(?:넘어섰|넘었|넘겼|웃돌|뛰어넘|초과)"
)
# An inline list (`주요 실적으로는 ▲방문진료 412명 ▲도시락 530명 등이 있다`) takes its type from
# the word that introduces it, or from the words that close it (`△A 2,600명 △B 8만 명을 목표로
# 하고 있다`, `A 96명, B 707명 등의 실적을 냈다`); ▲ and △ mark its items alike.
# The item may end on a verb noun (▲기업 100곳 신규 육성 ▲…).
INLINE_MARKS = "▲△"
INLINE_ITEM = re.compile(r"^(?:여)?\s?(?:[가-힣]{1,6}\s){0,2}?(?:[▲△]|등(?:이|을|의|\s)|$)")
INLINE_RESULTS = plain(r"(?:실적|성과)(?:으로는|로는|은|는|을 보면)\s")
INLINE_GOALS = plain(r"(?:목표|계획|과제)(?:으로는|로는|은|는)\s")
INLINE_CLOSES_GOALS = re.compile(
    r"(?:을|를)\s(?:주요\s|최종\s)?목표로\s?(?:하고\s있|한다|삼고|삼았|세웠)"
)
RESULTS_CLOSE = r"등의?\s(?:실적|성과)(?:을|를)\s?(?:냈|올렸|거뒀|거두었|기록했)"
INLINE_CLOSES_RESULTS = re.compile(RESULTS_CLOSE)
# The last item of a list of results: `…, 일자리 인프라 구축 50건 등의 실적을 냈다`, `훈련부문
# 52.5%(1,372명) 등의 실적을 올렸다`.
RESULTS_LISTED = re.compile(r"^(?:여)?\)?\s?" + RESULTS_CLOSE)
# A rate the count is said to show: `3,501개를 창출해 84.3%의 달성률을 보였다`.
RATE_SHOWN = re.compile(
    r"^의\s(?:[가-힣]{1,6}\s)?(?:달성률|달성율|취업률|이행률|집행률|완료율|참여율)(?:을|를)\s?"
    r"(?:보였|기록했|나타냈)"
)
# A program's outcome rate told as reached: `정규직 전환율은 58%를 기록했다`, `고용승계율 44%를
# 보였다`, `취업성공률은 24%로 지난해보다 4%포인트 상승했다` (not 고용률, a labour statistic).
OUTCOME_RATE = re.compile(
    r"(?:취업|재취업|취업\s?성공|취·창업|창업|정규직\s?전환|전환|고용\s?승계|고용\s?유지|근속|정착"
    r"|이수|수료|완주|매칭|연계)\s?(?:률|율)(?:은|는|이|가|도)?\s(?:평균\s)?$"
)
OUTCOME_RATE_SHOWN = re.compile(
    r"^\s?(?:를|을|로|으로|에)\s(?!\S*\s?목표)(?:(?:[^.목]|\.(?=\d)){0,40}?\s)?"
    r"(?:보였|기록했|기록해|나타냈|나타났|달했|집계됐|상승했|올랐|높아졌|달성했)"
)
# People who found work, said in words rather than 취업: `1,670명이 일자리를 구함으로써`,
# `구직자 96명이 새 직장을 얻었다`.
FOUND_WORK = re.compile(
    r"^(?:여)?\s?[이가]\s(?:새\s|새로운\s)?(?:일자리|직장|일터|일거리)(?:를|을)\s"
    r"(?:구했|구함으로써|구하였|얻었|찾았)"
)
# A goal raised from one level to another (`공급 목표를 지난해 15%에서 18%로 높였다`, `목표를
# 68%에서 70%로 상향했다`) or lowered (`감축 목표를 14%에서 11%로 낮췄다`, `목표를 1천만 명에서
# 800만 명으로 하향 조정했다`): the new level is the goal, the old one only a comparison.
LEVEL_CHANGE_VERB = (
    r"(?:으로|로)\s?(?:높였|높여|상향|올렸|올려|늘렸|늘려|끌어올|확대했|확대해"
    r"|낮췄|낮춰|하향|줄였|줄여|축소했|축소해)"
)
CHANGED_FROM = re.compile(
    r"^에서\s(?:[^\s,.]+\s)?\d[\d,.]*(?:만|천)?\s?[^\s\d]{0,3}?" + LEVEL_CHANGE_VERB
)
GOAL_CHANGED_TO = re.compile(r"^\s?" + LEVEL_CHANGE_VERB)
GOAL_FROM_BEFORE = re.compile(
    r"목표(?:치|량)?(?:를|을|는|은|도)?\s(?:[^\s,.]+\s){0,2}?\d[\d,.]*(?:만|천)?\s?[^\s\d]{0,3}?에서\s$"
)
# A share of a group with its people in brackets, said to have reached an outcome (`41명 중
# 80%(33명)가 정규직으로 전환됐고`, `이수자의 60%(48명) 이상이 취·창업에 성공했다`): what the
# program achieved, told as a share and a count.
SHARE_REACHED_OUTCOME = re.compile(
    r"^\(\s?\d[\d,]*(?:여)?\s?명\)(?:\s?이상)?(?:가|이|는|은)\s(?:[^\s,.]+\s){0,4}?[^\s,.]*?"
    r"(?:취업|채용|창업|정착|합격|성공|전환|근무|일하)"
)
