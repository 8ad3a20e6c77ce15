"""The cues of counts read together: lists, pairs, deadlines, breakdowns, and the noun a count
names.

`target` reads these while it scans a sentence's counts and hands each its neighbours' type; the
cues that type one count on its own are in `target_cues` and `target_level_cues`.
"""

from __future__ import annotations

import re

from govreader.facts.numbers import NUMBER
from govreader.facts.target_cues import UNIT

# A counted plan carried out (40개 실행과제를 추진하고), owning a measure (187개 사업의 실적은) or
# given the money (186개 사업에 762억 원을 투입할 계획) is a count, whatever the sentence aims at.
PLAN_CARRIED = re.compile(
    r"의\s|에\s|별\s|(?:[을를이가은는]|으로|로)?\s?(?:[^\s,.]+\s){0,2}?"
    r"(?:추진|운영|시행|실시|펼치|펼쳐|펼친|편성|마련|담|세우|세운|세웠|내세|꾸려|구성)"
)
# `일자리 1만 2,500개 창출과 고용률 64.2% 달성을 목표로`, `기업 500곳, 고용 인원 4천 명 달성을
# 목표로`: a number joined to the next goal shares its type.
JOINED = re.compile(
    r"^(?:여)?\s?(?:(?:창출|달성|확보|유치|배출|조성|공급)(?:과|와)|,)\s"
    r"(?!.*(?:지난해|작년|전년|올해|대비|보다))(?:[^\s,.]{1,8}\s){0,2}$"
)
# Goals by deadline, one after another: `2025년까지 300대, 2030년까지 3만 대를 보급한다`.
BY_DEADLINES = re.compile(
    r"^(?:여)?(?:[을를])?,\s(?:\d{4}년|내년|임기\s?내)\s?까지\s(?:[^\s,.\d]+\s)?$"
)
# Between two counts that share a verb, a bare noun or nothing: `214개 기업 638명이 지원을 받았다`,
# `28가정 32명의 자녀를`. (A pair
# joined by 과/와, `기업 80곳과 구직자 1,900명이 다녀갔다`, is left: the firms are the venue's.)
PAIRED = re.compile(
    r"^(?:여)?\s(?:(?!가운데|중\s|대비|당\s)[가-힣]{1,6}(?<![에로을를은는의서려해고어아며여게난한된던])\s)?$"
)
# The marks that open an item of an inline list: ▲, and the others pages use the same way (`▷A
# 7,900명 ▷B 390명`, `■A 120명 ■B 80명`).
MARKS = "▲△▷▶►○◦□■●◆◇•"
# Items of an inline list before their total: `▲청년 일자리 1,200개 ▲신중년 일자리 300개 등
# 총 1,500개의 일자리를 창출할 계획`; up to five words name the next item.
LISTED = re.compile(
    rf"^(?:여)?\)?\s?(?:[{MARKS}]\s?[^\s\d{MARKS}]+(?:\s[^\s\d{MARKS}]+){{0,4}}\s?|등\s(?:총\s|모두\s)?"
    r"|(?:에|으로|로|까지)\s(?:총|모두)\s)$"
)
# From one item of a list of one counter to the next, its brackets taken out: a comma or a ▲,
# perhaps after the item's work (`6,000개 창출, 훈련 2,600명`), then the next item's name or
# means with no count and no clause ending in it (`▲A를 통해 700명 ▲B에서 260명`).
LIST_NEXT = re.compile(
    rf"^(?:여)?\)?(?:\s[가-힣]{{2,4}})?\s?(?:,\s|\s?[{MARKS}])"
    rf"(?![^{MARKS}]*(?:지난해|작년|전년|올해|내년|대비|보다|기준|다\s|며\s|으나\s|지만\s|는데\s|[했됐였었]고\s))"
    rf"[^\d.;:!?“”\"%{MARKS}]{{1,60}}$"
)
# Items of a breakdown, each named before its count: `공공부문 7,931명, 직업능력 개발훈련 394명,
# 취업 알선 등 고용서비스 1,610건과 …`, `일반형 48명(전일제 34명, 시간제 14명)`. Up to eight words
# name the next item; a topic or an object (가구 수는), a time or a comparison (지난해 1,200명,
# 올해 …) is not an item's name.
ITEM_NEXT = re.compile(
    r"^(?:여)?\)?(?:,|과|와|\s?\()\s?(?!.*(?:지난해|작년|전년|올해|대비|보다|기준|까지))"
    r"(?:[^\s,.\d()%]{1,12}(?:\([^()]{0,24}\))?(?<![은는을를])\s){0,8}$"
)
# `2,400여 건의 방문 진료를` → 방문 진료: up to two words after 의, the last with its particle.
NOUN_AFTER = re.compile(
    r"^의\s((?:[가-힣A-Za-z]{1,8}\s)?[가-힣A-Za-z]{1,8}?)(?:을|를|이|가|은|는)(?=\s|$)"
)
NOUN_BEFORE = re.compile(r"(?:^|\s)([가-힣A-Za-z]{2,8})\s$")
NOT_OBJECT = re.compile(
    r"(?:을|를|은|는|이|가|의|에|에서|로|으로|도|인|한|된|올해|지난해|내년|총|약|모두|최대|최소|연간"
    r"|매년|누적|전체|목표|목표치|대비|가운데|현재|이미|기준|까지|에만|역시|평균|대해|였던|보다)$"
)
# Joined verb forms (벌여, 키워, 거쳐, 투입해) say what was done, not what is counted.
VERB_FORM = re.compile(r"[여워쳐해져켜혀겨봐와]$")
WINDOW = 30
# `2,400명에게는 ‘…’을 지원하고`: the beneficiaries of a named program, past the quote marks.
RECIPIENTS_AFTER = re.compile(r"에게(?:는|도)?\s")
# `40만 명이 다녀가 당초 목표인 35만 명을`: that 목표 is the next number's.
NEXT_GOAL = re.compile(r"목표(?:치|량)?(?:인|은|는|였던|한|로 한|로 잡은)?\s?$")
# `18만 1,200명으로 목표한 17만 9천 명을 웃돌았다`: the first number beat the goal.
BEAT_GOAL = re.compile(r"웃돌|넘어섰|넘었|넘겼|초과|상회")
# `1,830개로 이는 목표 1,500개의 122%에 달한다`: the level is the share of the goal it reached.
SHARE_OF_GOAL = re.compile(r"의\s?\d[\d,.]*\s?%")
# Winners of a prize named as the topic: `군수 표창은 … 등 11명이 받았다`, `우수상은 … 4곳이`.
PRIZE_TOPIC = re.compile(
    r"(?:표창|감사패|공로패|훈장|(?:장관|지사|시장|군수|구청장|총리|대통령|교육감|의장)상"
    r"|(?:최우수|우수|장려|특별|금|은)상)(?:은|는)\s"
)
# Breakdowns: `직접 일자리가 4,870개, 민간 기업 채용 지원이 5,220개, … 3,360개였다`.
BREAKDOWN_ITEM = re.compile(
    rf"(?<![\w~])[가-힣]+[이가]\s(?P<number>{NUMBER})(?:여)?\s?(?P<unit>{UNIT})"
)
BY_KIND = re.compile(r"별로|별\s|내역|실적|구체적으로|세부적으로")
# The words that open a breakdown of a total told before: `사업 유형별로 살펴보면,`, `분야별로는`.
BREAKDOWN_OPENS = re.compile(
    r"[가-힣]별로(?:는|\s(?:살펴\s?)?보면)|세부적으로(?:는)?\s|구체적으로(?:는)?\s"
)
BREAKDOWN_END = re.compile(r"(?:였|이었)(?:다|고|으며)")
# Vehicles supplied or brought in are a result; vehicles run (4대를 운행했다) are not.
SUPPLIED = re.compile(
    r"보급|도입|투입|구입|구매|전환|교체|판매|등록|배치|설치|배부|적발|단속|회수|폐차"
)
# A count with its parts' count in brackets (`218세대(356명)가 전입해`, `88.6%(5,387개)를`): both
# are read with what follows the brackets.
BRACKETED_COUNT = re.compile(rf"\(\s?{NUMBER}(?:여)?\s?(?:{UNIT})\s?\)")
# A total with its parts or a part it includes in brackets (`전기차 240대(승용 160대, 화물 80대)를
# 보급`, `충전기 3만 대(급속 3천 대 포함)와`): the total and its parts are read past the brackets.
# A goal or an earlier figure in brackets (`1,140명(목표 1,000명)`) is no part.
BRACKETED_PARTS = re.compile(
    r"\((?!\s?(?:목표|계획|당초|전년|지난해|작년|대비|기준))"
    rf"(?:[^()\d,]{{1,16}}{NUMBER}(?:여)?\s?(?:{UNIT})(?:\s?포함)?(?:,\s?|·|\s)?){{1,4}}\)"
)
# A share told with the money it stands for is read with the money's verb: `3,492억 원(50.4%)을
# 집행했다` (past the brackets), `2,483억 원의 57.7%인 1,434억 원을 집행할 계획` (past the money).
_MONEY = r"\d[\d,.]{0,12}(?:\s?(?:조|억|천만|백만|만|천)(?:\s?\d[\d,.]{0,6})?){0,4}(?:여)?\s?원"
MONEY_BEFORE_SHARE = re.compile(rf"{_MONEY}\s?\($")
SHARE_CLOSES = re.compile(r"\)")
SHARE_AS_MONEY = re.compile(rf"인\s(?:약\s)?{_MONEY}")
# What was done with the money a share stands for: spent, or to be spent.
SPENT = re.compile(r"^(?:을|를)\s(?:[^\s,.]+\s){0,2}?(?:집행|투입|지출|사용|소진)")
