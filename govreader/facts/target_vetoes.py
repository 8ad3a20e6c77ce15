"""Counts that are never a target, whatever the counts beside them are.

A veto is said by the count's own clause: turnout at an event, bodies picked or counted, staff
and places a program runs, the reach of a thing, programs counted, calls received, applicants,
comparisons and changes, estimates, harm, agenda items, pools, winners, means. A vetoed count
takes no type from a list, a pair or a sum beside it (`target_parts`). Kept apart from
`target_typing`, which weighs the cues that do make a count a goal or a result. Counts of a
field (bodies evaluated or picked, winners, items reviewed) are read in `target_fields`, and
statistics of a place (rankings, populations, standing counts, records) in `target_statistics`.
"""

from __future__ import annotations

import re

from govreader.facts import target_cues as cues
from govreader.facts.phrases import is_plain_word
from govreader.facts.target_awarded import awarded, graded_winners
from govreader.facts.target_changes import changed_since, superseded
from govreader.facts.target_draws import drawn
from govreader.facts.target_fields import field_counted
from govreader.facts.target_opinions import opinion_share
from govreader.facts.target_rates import forecast, modelled_effect, per_period, petition_volume
from govreader.facts.target_scopes import ordinal, scope_of_bodies
from govreader.facts.target_sentence import plain
from govreader.facts.target_spot import Spot
from govreader.facts.target_statistics import people_share, statistic
from govreader.facts.target_turnout import (
    doers,
    entries,
    expected_at_event_before,
    surveyed,
    turnout_said_otherwise,
)

# Turnout at an event or a meeting (행사에는 … 150여명이 참석했다, 축제에 2백만 명이 다녀갔다) is
# not what a program achieved; 참석 is attendance wherever it is said. The rounds of a contest are
# events too (예선에는 40개 팀 500여 명이 참가했다): its entrants are its field, not a result.
ATTENDED = re.compile(r"^(?:[이가을를]\s)?(?:[^\s,.]+\s){0,2}?[^\s,.]*참석")
EVENT = re.compile(
    r"행사|축제|박람회|대회|페스티벌|기념식|시상식|설명회|발대식|개막식|개장식|준공식|개소식|공연"
    r"|전시회|훈련|회의|간담회|협의회|보고회|토론회|워크숍|세미나|포럼|총회|결의대회"
    r"|예선|본선|결선|경연"
)
# Turnout said in other words is turnout too: crowds that 몰린 or whose 발길/발걸음 came to a
# festival (`축제에는 9만여 명의 발길이 이어졌다`, `축제에 21만 명이 몰린 것으로 나타났다`).
TURNOUT = re.compile(
    r"^(?:여\s?)?[이가을를의]?\s?(?:[^\s,.]+\s){0,3}?[^\s,.]*?"
    r"(?:참여|참가|다녀|몰렸|몰려|몰린|모였|모인|모았|운집|찾았|찾은|찾아|방문|관람|발길|발걸음)"
)
# Programs counted as the topic (국도비 사업은 642개로 편성돼) are a count too, and so are projects
# counted in 건 (정비사업 등 4건, 15억원을 확보했다; 총 336건 3339억원 규모 국도비 사업을 발굴했다).
PROGRAMS_TOPIC = re.compile(
    r"(?:사업|과제|시책|강좌|프로그램|공약)(?:\s?수)?(?:은|는|이|가)\s(?:총\s|모두\s|약\s)?$"
)
PROJECTS_BEFORE = re.compile(r"(?:사업|과제|시책|공약)\s?등\s(?:총\s|모두\s)?$")
PROJECTS_AFTER = re.compile(
    r"^(?:여)?\s(?:[^\s,.]+\s){0,3}?[^\s,.]*(?:사업|과제|시책|공약)(?:을|를|이|가|은|는|에|으로|로)?\s"
)
# An estimate (방문객이 다녀간 것으로 추정된다, 640여 명으로 추산) is not a count made.
ESTIMATED = re.compile(r"(?:것으로|으로|로)\s(?:추정|추산)")
# Staff or places a program runs (재난 도우미 50여 명을 운영하는, 임시주차장 4곳과 셔틀버스를
# 운영했지만) are its means and scale, not what it achieves.
STAFF_RUN = re.compile(r"^(?:여\s?)?(?:을|를)\s(?:[^\s,.]+\s)?운영")
RUN_PLACES = re.compile(
    r"^(?:여\s?)?(?:을|를|과|와|및)\s(?:[^\s,.]+(?<![어해여고])\s){0,2}?(?:[^\s,.]+(?:을|를)\s)?"
    r"운영(?:했|하며|하고|한|해|하는)"
)
# Staff and volunteers who take part or are put in (복지통장 632명과 … 1,329명이 참여해, 공무원
# 30명을 투입해) are a program's means; hired or trained staff (전문인력 45명 채용) are not.
STAFF_BEFORE = re.compile(
    r"(?:공무원|직원|자원봉사자|봉사자|인력|관계자|위원|전문가|강사|도우미|활동가|통장|단원|요원|대원"
    r"|관계관|경찰|소방관|의료진|공동체)\s?(?:등\s)?$"
)
STAFF_ACT = re.compile(
    r"^(?:여\s?)?(?:[이가을를]|과|와)?\s?(?:[^\s,.]+\s){0,3}?[^\s,.]*?(?:참여|참가|투입|동원|나서|나선|활동|찾아|방문|배치)"
)
# The same staff counted before their noun (`3명의 상담 인력이 투입됐고`, `150여 명의 봉사자가
# 참여했다`, `12명의 출동 반장이 재능기부로 참여해`); people who took part in a program
# (`120명의 청년이 참여했다`) are not staff and stay.
STAFF_NAMED_AFTER = re.compile(
    r"^(?:여\s?)?의\s(?:[^\s,.]+\s){0,2}?[^\s,.]*?"
    r"(?:공무원|직원|봉사자|인력|관계자|전문가|강사|도우미|활동가|통장|단원|요원|대원|반장|의료진)"
    r"(?:들)?[이가]\s(?:[^\s,.]+\s){0,3}?[^\s,.]*?(?:참여|참가|투입|동원|나서|나선|활동|배치)"
)
# A count as the topic of its own clause (입교 기업 1,065개사는 매출액 1,194억 원을 달성했으며) is
# who did something, not what was done.
COUNT_TOPIC = re.compile(r"^(?:여)?(?:은|는)\s(?:[^\s,.]+\s){0,3}?[^\s,.]+(?:을|를)\s")
# Harm said after the count (전복 양식장 37곳이 피해를 입었고).
HARM_AFTER = re.compile(r"^(?:여)?[이가]\s(?:[^\s,.]+\s)?(?:피해|사망|부상|침수|파손|붕괴|고립)")
# What a thing spans (전 세계 150여 개 국가의 인증을, 12개국 참가자): countries and the world
# are its reach, not a goal, unless one is said.
SPAN_BEFORE = re.compile(r"(?:전\s?세계|세계|전국|국내외|해외)\s?$")
COUNTRIES_AFTER = re.compile(r"^(?:여)?\s?(?:국가|나라)")
REACH_AFTER = re.compile(
    r"^(?:여)?\s?(?:국가|나라)?(?:의\s|\s?(?:선수|참가|대표|바이어|기업|도시))"
)
# Calls and complaints received (119신고 건수가 12만 8,500건, △화재 신고 4,407건) are demand, a
# statistic; a rate (2분에 1건꼴) is no count at all.
DEMAND_BEFORE = re.compile(r"(?:신고|민원|출동|발생)[’'”\"]?\s?(?:건수)?(?:가|는|은|이)?\s?$")
RATE_AFTER = re.compile(r"^(?:여)?\s?(?:꼴|당|마다)")
# Applicants (교육생 모집에는 1,052명이 지원해 5.1대 1의 경쟁률을 기록했다, 공모에는 214개 팀이
# 신청해, 대회에는 60개 팀이 지원했다, 120곳이 신청해 … 심사를 거쳐 선정) are the demand a call
# met, and a pool looked over (68명을 대상으로 … 평가를 거쳐 38명을 선정) is not who was picked.
APPLIED = re.compile(
    r"^(?:여\s?)?(?:\s?(?:팀|기업|업체|단체))?[이가]\s(?:[^\s,.]+\s){0,2}?"
    r"(?:지원|신청|응모|응시)(?:해|했|하여|하였|한|하는|하며)"
)
CALL = re.compile(r"경쟁률|\d\s?대\s?1|모집|공모|대회|선정|선발|심사")
POOL_REVIEWED = re.compile(
    r"^(?:여)?\s?(?:을|를)\s대상으로\s(?:[^\s.]+\s){0,8}?[^\s.]*(?:평가|심사|심의|면접|서류)"
)
# A total of agenda items (조례안 12건, 동의안 3건 등 모두 15건을 처리했다).
AGENDA = re.compile(r"조례안|동의안|안건|의안|결의안|건의안|예산안|규칙안|개정안")
# A figure compared against (지난해 1천900건보다) or a change (2천220건(117%)이 증가했다) is no
# level reached, and, since the two add up to this year's level, no part of it either.
COMPARED = re.compile(r"^(?:여)?\s?보다\s")
CHANGED = re.compile(r"^(?:여)?(?:\([^()]{0,12}\))?[이가]\s(?:증가|늘었|늘어|감소|줄었|줄어)")
# The ends of a range (`마을별로 10명에서 15명의 참여자를`) are no counts made; a level raised to
# (`8명에서 15명으로 늘렸다`, `1,000명에서 1,500명까지 늘린다`) is.
RANGE_FROM = re.compile(
    r"^(?:여)?\s?에서\s(?:최대\s)?\d[\d,.]*(?:만|천)?\s?(?:명|개|곳|가구|팀)"
    r"(?:의|\s?이내|까지(?!\s?(?:늘|확대|증가|확충|끌어)))"
)
RANGE_TO_BEFORE = re.compile(r"\d\s?(?:명|개|곳|가구|팀)에서\s(?:최대\s)?$")
RANGE_TO_AFTER = re.compile(r"^(?:의|\s?이내|까지(?!\s?(?:늘|확대|증가|확충|끌어)))")
# Categories a plan is split into (`6개 분야에서 추진된다`, `3개 부문`) and an evaluation's
# criteria (`40개의 세부지표별로`, `5개 국정 목표에 따른`), as the labels ask; so are the criteria
# met out of them (`80개 지표 가운데 74개를 달성해`).
CATEGORY_AFTER = re.compile(
    r"^(?:의)?\s?(?:[가-힣]{1,6}\s){0,2}?(?:분야|부문|유형|영역|권역|세부\s?지표|지표|항목"
    r"|국정\s?(?:목표|과제))(?=[으로에별의,\s]|$)"
    r"(?![가-힣]{0,2}\s?(?:일자리|인력))"
)
CRITERIA_BEFORE = re.compile(r"(?:지표|항목)\s(?:가운데|중)\s$")
# The courses, classes or routes a program runs (`8개 교육과정을 운영해`, `6개 과정 200여명`,
# `5개반을 운영한다`, `24개 프로그램을 진행할 예정`, `12개 노선을 신설`) are its means, as the
# labels of course counts ask, not what it yields.
COURSES_AFTER = re.compile(
    r"^(?:의)?\s?[가-힣]{0,4}(?:과정|강좌|코스|과목|노선|프로그램|반)(?=[을를은는이가에의,\s]|$)"
)
# A range's upper end (300~500명) and a ratio (선배 1명이 신규 청년 2명을) are no counts made.
RANGE_BEFORE = re.compile(r"\d\s?[~∼〜-]\s?$")
RATIO_BEFORE = re.compile(r"\d\s?(?:명|곳|개|가구)(?:이|가|당)\s(?P<words>(?:[^\s,.]+\s){0,3})$")
# `3,500개가 늘어난 2만 5,500개`: a change before a level is no ratio.
CHANGE_WORD = re.compile(r"늘어|줄어|증가|감소")
# `적게는 4명에서 많게는 110명까지`: the ends of a spread, not counts made.
SPREAD_BEFORE = re.compile(r"(?:적게는|많게는)\s$")
# `목표인 12만 개보다 2만 9천 개, 24% 초과 달성했다`, `작년보다 700명 많은`: the difference
# between two levels, not a level.
DIFFERENCE = re.compile(
    r"^(?:여)?(?:[이가]|\s?\([^()]{0,12}\))?\s?(?:,\s[\d.]+%\s)?(?:가량\s|정도\s)?"
    r"(?:더\s|초과|많|늘|증가|적(?=[은게어])|감소|줄)"
)
# `참여하지 않은 청년농보다 18% 높았다`: a gap to another group is context, not a level reached;
# so is a goal raised by a share (`지난해 목표보다 4.6%p 높여 잡았다`).
GAP_AFTER = re.compile(r"^\s?(?:(?:높|낮|많|적)(?:았|었|다|아|고)|(?:높여|늘려|올려|낮춰|줄여)\s)")
# A single place or thing (센터 1곳 더, 1곳씩) belongs to a program, not to a counted target; a
# single person is the unit of a rule or a ratio (`여성 1명이 평생 낳을 것으로 예상되는 평균
# 출생아 수`, `3명을 새로 뽑으면 1명의 연봉을 지원`), not people counted.
SINGLE_UNITS = ("곳", "개소", "개교", "개", "실", "대", "기", "호", "명", "인")
# Harm counted (사망자는 23명으로 집계됐다, 피해 가구는 …) is a statistic, never an achievement.
# Not 사상 as 'ever' (사상 최대, 사상 처음으로).
HARM_BEFORE = re.compile(
    r"사망|부상|사상(?!\s?(?:최|처음|첫))|실종|확진|사고|피해|범죄|이재민|실업자|체납"
)
# Winners counted by grade (우수상 3곳, 5곳을 우수기관으로 선정, 우수구 5곳, 장려 시군 3곳) are an
# award's, not a target.
GRADE = (
    r"(?:(?:최우수|우수|장려|특별|으뜸|금|은|동)(?:상|기관|사례|지자체|단체)|(?:최우수|우수)\s사례"
    r"|(?:최우수|우수|장려|으뜸)\s?(?:시군|시·군|자치구|지방정부|기관|시|군|구))"
)
GRADE_BEFORE = re.compile(rf"{GRADE}\s?$")
# `5곳을 우수기관으로 선정`, `10건의 우수 사례를 선정했다`: the winners.
GRADE_AFTER = re.compile(
    rf"^(?:[을를이가]\s)?(?:[^\s,]+\s)?{GRADE}(?:으로|로)|^의\s(?:[^\s,]+\s)?{GRADE}(?:을|를|이|가|로)\s"
)
# A count that owns a measure (직매장 3곳의 올해 매출이 86억 원) says whose figure it is.
OWNS_MEASURE = re.compile(
    r"^의\s(?:[가-힣]{1,4}\s)?(?:매출|소득|수익|판매|생산|수출|예산|평균|비율|면적|규모|점수|인구)"
)
# `4개 언어로 만들어`: a count of the means, not of what was done.
# A spread to places (100개 지방정부로 확산, 24개 읍면동으로 확대할) is a level, not a means, and
# an adverb (30명 새로 뽑는다, 500개 추가로) is neither.
MEANS_AFTER = re.compile(
    r"^\s(?!규모|수준|이상|내외|선으|정도|창출|달성|유치|배출|공급|보급)"
    r"(?!새로|따로|추가로|별도로|신규로|스스로|처음으로|최초로|[가-힣]{1,3}적으로)[가-힣]{1,5}(?:으로|로)\s"
    r"(?!확산|확대|늘리|늘릴|늘린|늘렸|넓히|넓힐|넓힌|넓혔)"
)


# Bodies on the other side of an agreement (`9개 기업과 투자협약을 맺고`, `12개 부처와 협업해`) are
# partners, not what the agreement yields.
PARTNER_UNITS = ("곳", "개", "개사", "개소", "개교", "팀", "개 기업")
PARTNERS_AFTER = re.compile(
    r"^(?:여)?\s?(?:[^\s,.]+\s){0,2}?[^\s,.]*(?:과|와)\s(?:[^\s,.목]+\s){0,5}?[^\s,.]*"
    r"(?:협약|양해\s?각서|MOU|협업)"
)


# A sentence about a prize, a contest or a ceremony (`우수 조합 7곳을 선정해 시상한다`, `경기 A시 등
# 4곳은 학회장상을 받았다`, `예선에서 2팀을 뽑아 본선에 올린다`) counts
# winners, entries, judges and criteria, unless it speaks of work done (`총 21명에게 창업을 지원한
# 사업으로 최우수상을 받았다`).
# A prize said by its grade or giver (우수상을, 대통령상이, 금상은); not 향상을, 예상을 or 세상을,
# which end in the same syllable.
PRIZES = (
    r"우수|장려|특별|대통령|총리|장관|지사|시장|군수|구청장|의장|교육감|청장|공로|본|작품|인기|금|은|동"
    r"|최고|위원장|회장|이사장"
)
PRIZE_SENTENCE = plain(
    rf"시상|공모전|결선|본선|진출작|수상|입상|장관상|표창|포상|(?:^|[\s(‘'\"]|{PRIZES})상(?:을|이|은)\s"
)
PRIZE_WORK = plain(r"목표|실적|달성|창출|취업|일자리|창업")


# Demand as the topic (`누적 지원자는 1,480명`, `신청자는 모두 640명`) says who applied, and
# visitors as the topic of a fair or a meeting (`채용박람회 … 방문객은 1만 2천여 명에 달했다`) who
# came, unless a goal is set for them (`방문객은 50만 명을 목표로`). Users a place drew (`올해
# 도서관 이용객은 12만 명에 달한다`) are what it did; a festival's visitors are turnout
# (`target_turnout`).
DEMAND_TOPIC = re.compile(
    r"(?:지원자|신청자|응시자|응모자|접수자)(?:\s?수)?(?:은|는|이|가)\s(?:총\s|모두\s|약\s)?$"
)
VISITORS_TOPIC = re.compile(
    r"(?:방문객|관람객|방문자)(?:\s?수)?(?:은|는|이|가)\s(?:총\s|모두\s|약\s)?$"
)
FAIR = re.compile(r"박람회|설명회|행사|대회|회의|간담회|토론회|세미나|포럼")
# At a job fair only the hires are what it yielded: the jobseekers it drew (`1,500여 명의 구직자를
# 맞았다`) are turnout. Anywhere, people at an interview stage (`2차 면접 예정자는 40명`, `300명이
# 현장 면접을 보고`, `90명은 심층 면접을 앞두고`) are steps, not who was hired.
JOB_FAIR = re.compile(r"박람회|채용\s?(?:행사|설명회|한마당|페어)|만남의\s?(?:날|장)")
FAIR_PEOPLE_TOPIC = re.compile(
    r"(?:구직자|방문자)(?:\s?수)?(?:은|는|이|가)\s(?:총\s|모두\s|약\s)?$"
)
FAIR_PEOPLE_AFTER = re.compile(
    r"^(?:여\s?)?의\s(?:[가-힣]{1,6}\s)?(?:구직자|방문객|면접자)(?:들)?(?:를|을|가|이)\s"
)
INTERVIEW_STAGE_TOPIC = re.compile(
    r"(?:면접자|면접\s?예정자|면접\s?대상자)(?:\s?수)?(?:은|는|이|가)\s(?:총\s|모두\s|약\s)?$"
)
INTERVIEWED_AFTER = re.compile(
    r"^(?:여\s?)?[이가은는]\s(?:[^\s,.]+\s){0,2}?(?:(?:현장|추가|2차|심층)\s?)?면접(?:을|를)\s"
    r"(?:보|봤|가졌|갖|치르|치렀|예약|거쳐|앞두)"
)


# Sessions held (`2,140건의 현장 면접이 실시돼`, `총 38건의 자유발언을 진행했다`) are what was done
# to reach an outcome, not the outcome.
HELD_UNITS = ("건", "회", "차례")
HELD_AFTER = re.compile(
    r"^(?:여)?의\s(?:[^\s,.]+\s){0,2}?[^\s,.]*(?:이|가|을|를)\s(?:[^\s,.]+\s)?(?:실시|진행|개최|열)"
)


def _demand_or_turnout(spot: Spot) -> bool:
    """Applicants, or visitors to a fair or a meeting, as the topic of the count."""
    if cues.STRONG_GOAL.search(spot.after):
        return False
    if DEMAND_TOPIC.search(spot.before):
        return True
    sentence = spot.sentence
    if INTERVIEW_STAGE_TOPIC.search(spot.before) or INTERVIEWED_AFTER.match(spot.after):
        return True
    fair_people = FAIR_PEOPLE_TOPIC.search(spot.before) or FAIR_PEOPLE_AFTER.match(spot.after)
    if fair_people and JOB_FAIR.search(sentence):
        return True
    return bool(VISITORS_TOPIC.search(spot.before) and FAIR.search(sentence))


def _about_a_prize(spot: Spot) -> bool:
    """A count in a sentence about a prize or a contest that tells of no work done."""
    return spot.in_sentence(PRIZE_SENTENCE) and not spot.in_sentence(PRIZE_WORK)


def _partners(spot: Spot) -> bool:
    """Bodies on the other side of an agreement."""
    return spot.unit in PARTNER_UNITS and bool(PARTNERS_AFTER.match(spot.after))


def vetoed(spot: Spot) -> bool:
    """Counts that are never a target, whatever the counts beside them are: turnout (also as the
    topic), statistics (standing counts, records, rankings, populations), partners of an
    agreement, counts about a prize, sessions held, ranges, harm, programs counted, estimates,
    agenda items (also a total after them), counts as topics, staff, ratios, pools, winners,
    means, shares of people as the topic, gaps to another group, a single place, rates per day
    or month, modelled effects and forecasts (`target_rates`), survey answers other than
    satisfaction (`target_opinions`), and bodies named as the scope of another figure or
    ordinals (`target_scopes`)."""
    before, after, rest, raw = spot.before, spot.after, spot.rest, spot.raw
    if _turnout(spot) or RANGE_BEFORE.search(raw) or HARM_BEFORE.search(before):
        return True
    if statistic(spot) or _partners(spot) or _about_a_prize(spot) or awarded(spot):
        return True
    if graded_winners(spot):
        return True
    if per_period(spot) or modelled_effect(spot) or petition_volume(spot) or drawn(spot):
        return True
    if opinion_share(spot) or forecast(spot) or scope_of_bodies(spot) or ordinal(spot):
        return True
    if _demand_or_turnout(spot) or turnout_said_otherwise(spot) or expected_at_event_before(spot):
        return True
    if entries(spot) or doers(spot) or surveyed(spot) or changed_since(spot) or superseded(spot):
        return True
    if spot.unit in HELD_UNITS and HELD_AFTER.match(after):
        return True
    if not spot.percent and (CATEGORY_AFTER.match(after) or CRITERIA_BEFORE.search(before)):
        return True
    if spot.unit == "개" and COURSES_AFTER.match(after):
        return True
    if RANGE_FROM.match(rest) or (RANGE_TO_BEFORE.search(raw) and RANGE_TO_AFTER.match(after)):
        return True
    if spot.unit in ("개", "건") and PROGRAMS_TOPIC.search(before):
        return True
    if spot.unit == "건" and (PROJECTS_BEFORE.search(raw) or PROJECTS_AFTER.match(rest)):
        return True
    if ESTIMATED.search(after) or (spot.unit == "건" and AGENDA.search(spot.head)):
        return True
    if (spot.unit == "건" and DEMAND_BEFORE.search(raw)) or RATE_AFTER.match(after):
        return True
    countries = spot.unit == "개국" or (spot.unit == "개" and COUNTRIES_AFTER.match(after))
    reach = SPAN_BEFORE.search(before) or (countries and REACH_AFTER.match(after))
    if reach and not cues.STRONG_GOAL.search(before + after):
        return True
    if COUNT_TOPIC.match(after) and not cues.STRONG_GOAL.search(after):
        return True
    if HARM_AFTER.match(after) or POOL_REVIEWED.match(rest):
        return True
    if not spot.percent and CHANGED.match(rest):
        return True
    goal = cues.STRONG_GOAL.search(before) or cues.GOAL_BEFORE.search(before)
    if COMPARED.match(rest) and not goal:
        return True
    # People who 지원했다 as the subject applied; firms may have been given support.
    if APPLIED.match(rest) and (spot.unit == "명" or CALL.search(spot.head + rest)):
        return True
    if spot.unit in cues.VENUE_UNITS and RUN_PLACES.match(rest):
        return True
    if spot.unit in cues.PEOPLE_UNITS and STAFF_RUN.match(rest):
        return True
    if spot.unit == "명" and STAFF_BEFORE.search(before) and STAFF_ACT.match(rest):
        return True
    if spot.unit == "명" and STAFF_NAMED_AFTER.match(after):
        return True
    ratio = RATIO_BEFORE.search(raw)
    words = ratio.group("words") if ratio else ""
    if ratio and all(is_plain_word(word) for word in words.split()):
        return not CHANGE_WORD.search(words)
    difference = not spot.percent and raw.endswith("보다 ") and DIFFERENCE.match(rest)
    if SPREAD_BEFORE.search(raw) or difference:
        return True
    if field_counted(spot) or GRADE_BEFORE.search(before) or GRADE_AFTER.match(rest):
        return True
    # `1,120명의 인구가 전입돼`: the people themselves, not a measure they own.
    people = spot.unit in cues.PEOPLE_UNITS and after.startswith("의 인구")
    if (
        MEANS_AFTER.match(after)
        or after.startswith("씩")
        or (OWNS_MEASURE.match(after) and not people)
    ):
        return True
    if people_share(spot):
        return True
    gap = spot.percent and GAP_AFTER.match(after) and "보다" in before
    if gap and not cues.CAUSED.search(spot.head):
        return True
    return spot.unit in SINGLE_UNITS and spot.value == 1


def _turnout(spot: Spot) -> bool:
    """People, teams or firms at an event or a meeting, or any who attended (참석), unless a goal
    is said."""
    if spot.percent or cues.STRONG_GOAL.search(spot.before + spot.after):
        return False
    if spot.unit in cues.PEOPLE_UNITS and ATTENDED.match(spot.after):
        return True
    if not TURNOUT.match(spot.rest):
        return False
    sentence = spot.head + cues.CLAUSE_END.split(spot.rest, maxsplit=1)[0]
    return bool(EVENT.search(sentence))
