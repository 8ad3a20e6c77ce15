"""Counts that are statistics of a place, never a target: the labels count what a program did or
aims at, not how many live, move, work or are active somewhere.

- a figure ranked against others (`전국에서 가장 많았다`);
- a population, labour statistics or who moved to the country as the topic (`주민등록 인구는`,
  `고용률은`, `귀촌가구는`);
- members or firms active now, a milestone passed or a record set (`210개가 활동하고 있다`,
  `처음으로 3백만 명을 넘어섰다`, `역대 최대치를 기록했다`);
- a share of people as the topic (`재방문한 사람은 61%로`);
- households that move into new flats in a coming season (`다음 달 3,200가구가 입주할 예정이다`).

All but the share give way when the sentence speaks of work done or aimed at. `target_vetoes`
asks these beside its other vetoes.
"""

from __future__ import annotations

import re

from govreader.facts import target_cues as cues
from govreader.facts.sentences import Piece
from govreader.facts.target_sentence import plain
from govreader.facts.target_spot import Spot

# A figure ranked against others (`… 176명이 귀농해 전국에서 가장 많았다`, `고용률 … 상승폭이
# 가장 높게 나타났다`) is a statistic of who came first, unless the sentence speaks of work
# done or aimed at.
RANKED = plain(r"가장\s(?:많|높|적|낮)|순으로|순이었")
WORK_WORDS = plain(r"목표|실적|성과|달성|창출|계획")
# A population counted (`주민등록 인구는 … 1만 5,913명으로 집계됐다`) is a statistic.
POPULATION = plain(r"인구(?:는|은|가|이|\s?수)|주민등록")
# Labour statistics as the topic (`실업자는 … 3만 5천 명으로 집계됐다`, `고용률은 … 64.7%로
# 나타났다`) are statistics too, unless the sentence speaks of work done or aimed at, or the
# level is said to be recorded or reached (`고용률은 78.5%를 기록했다`, `50.2%를 달성`).
LABOUR_STATISTIC = plain(
    r"(?:실업자|실업률|고용률|경제활동참가율|경제활동인구)(?:\s?수)?(?:는|은|이|가)\s"
)
# Who moved to the country, named as a kind of household or person (`작년 귀농·귀촌가구는 32만
# 명으로 전년보다 3.1% 늘었다`, `귀촌인은 42만 명이었다`), is a population statistic in the same
# way; those said to have come to a place (`강진으로 귀농한 가구는`) are what it drew.
# (Two joined words are as many as the search needs: a longer run holds a match starting later.)
MIGRANTS_TOPIC = plain(
    r"(?:귀농|귀촌|귀어)(?:[·ㆍ]?(?:귀농|귀촌|귀어)){0,2}\s?(?:가구원|가구|인구|인)?(?:는|은|이|가)\s"
)
# Figures told on a statistics release's or an analysis's authority (`통계청이 발표한 ‘고용동향’에
# 따르면`, `‘복지 통계연보’에 따르면`, `한국은행 분석 결과`) are that release's statistics, not what
# the body the article is about did; its own figures (`구에 따르면 … 1만 2천 개로`) stay.
SOURCED = plain(r"(?:통계|동향|연보|보고서|분석)[’'”\"]?\s?(?:에\s?따르면|결과)|통계청")
# Employment counted as a population's level and told with its change since a past period
# (`지난해 취업자는 2,810만 명으로 전년보다 31만 명 늘었다`, `대졸자 취업률은 61.2%로 지난해보다
# 낮아졌다`) is a labour statistic too, unless a centre, a program or a fair is its source
# (`센터를 거친 취업자는 320명으로 지난해보다 늘었다` is what the centre did).
EMPLOYED_TOPIC = re.compile(r"(?:취업자|취업률)(?:\s?수)?(?:는|은)\s$")
SINCE = re.compile(
    r"^(?:여)?\s?(?:으로|로),?\s(?:[^\s.]+\s){0,4}?[^\s.]*(?:보다|비해|대비)\s"
    r"(?:\S+\s){0,3}?[^\s.]*(?:늘|줄|증가|감소|낮아|높아|상승|하락)"
)
PROGRAM_WORDS = plain(r"센터|사업|프로그램|과정|교육|박람회")
RECORDED = re.compile(r"^(?:여)?\s?(?:를|을)\s?(?:[^\s,.]+\s)?(?:기록|달성)")
# Members or firms active now (`마을기업 210개가 활동하고 있다`, `12개 모임 180명의 회원이 활동하고
# 있으며`) are a standing count, not what a program did or aims at.
STANDING_AFTER = re.compile(
    r"^(?:여)?(?:[이가의은는]\s|\s)(?:[^\s,.]+\s){0,3}?[^\s,.]*활동(?:하고\s있|\s?중)"
)
# So are people who work or live somewhere now, places run now and firms still at work
# (`현재 800여 명이 근무하고 있다`, `모두 31개의 돌봄센터를 운영하고 있다`, `52개 업체가 아직
# 공사를 진행하고 있어`): a state said to go on, with only its subject, object or place between
# (`120명이 참여하는 교육을 진행하고 있다` tells of people served and stays).
STATE_AFTER = re.compile(
    r"^(?:여)?(?:[이가의은는]\s|\s)"
    r"(?:(?:현재|지금|이미|아직|모두|총)\s|[^\s,.]+(?:이|가|을|를|에서|에)\s){0,3}?"
    r"(?:근무|재직|거주|운영|가동|진행|입주|영업)(?:하고\s?있|\s?중(?:이|으로)|해\s?있)"
)
# A milestone or a record (`처음으로 3백만 명을 넘어섰다`, `… 12만 개로 역대 최대치를 기록했다`,
# `통계 작성 이후 최대`) is a statistic, unless the sentence speaks of work done or aimed at
# (`고용률 48.1%를 달성, 역대 최고를 기록했다`) or of a program's running total (`누적 이용자는 3만
# 명을 넘어섰다`), which is what it did.
RECORD_AFTER = re.compile(
    r"^(?:여)?\s?(?:[을를]\s(?:처음으로\s)?(?:돌파|넘어서|넘어섰|넘어선|넘었)"
    r"|(?:으로|로)?\s?(?:[^\s,.]+\s){0,2}?(?:역대\s?최(?:대|고|다)|통계\s?작성\s?이후))"
)
RUNNING_TOTAL = plain(r"누적")
# A share of people as the topic (`재방문한 사람은 61%로 집계됐다`, `외지인은 71%`) describes who
# came or answered: a statistic, not a level reached.
PEOPLE_SHARE = re.compile(
    r"(?:사람|주민|시민|방문객|관광객|관람객|응답자|거주자|외지인|이용자|참가자|참여자|가구)(?:은|는|이|가)\s$"
)

# Households that move into new flats (`9월에는 2,400가구가 입주할 예정이다`, `입주 예정 아파트는
# 4만 1,200세대로 집계됐다`, its parts by region or builder) are a ministry's tally of the housing
# market, not what a program supplies; a supply said in the sentence (`500가구를 공급해 내년에
# 입주한다`) stays.
HOUSEHOLD_UNITS = ("가구", "세대")
MOVE_IN = plain(r"입주(?:할|하는|한다|했|하며|하게|가\s?예정|\s?예정)")
SUPPLIED = plain(r"공급|모집|분양|건립|건설|지원|목표|계획|실적")


def _moving_in(spot: Spot) -> bool:
    """Households said to move into new flats, in a sentence that tells of no supply."""
    if spot.unit not in HOUSEHOLD_UNITS or not spot.in_sentence(MOVE_IN):
        return False
    return not spot.in_sentence(SUPPLIED)


def _standing_or_record(spot: Spot) -> bool:
    """A count of who is active now, a milestone passed or a record set: statistics."""
    if STANDING_AFTER.match(spot.after) or STATE_AFTER.match(spot.after):
        return True
    record = RECORD_AFTER.match(spot.rest) and not spot.in_sentence(WORK_WORDS)
    return bool(record) and not spot.in_head(RUNNING_TOTAL)


def statistic(spot: Spot) -> bool:
    """A standing count, a milestone or a record, a ranking, a population, labour statistics,
    a statistics release's or an analysis's figures, who moved to the country or households
    moving into new flats, in a sentence that speaks of no work done or aimed at."""
    if _standing_or_record(spot):
        return True
    if _moving_in(spot):
        return True
    if spot.in_sentence(RANKED) and not spot.in_sentence(WORK_WORDS):
        return True
    people = spot.unit in cues.PEOPLE_UNITS
    if people and spot.in_head(POPULATION) and not spot.in_sentence(WORK_WORDS):
        return True
    if spot.in_sentence(SOURCED) and not spot.in_sentence(WORK_WORDS):
        return True
    employed = EMPLOYED_TOPIC.search(spot.before) and SINCE.match(spot.rest)
    if employed and not spot.in_sentence(WORK_WORDS) and not spot.in_sentence(PROGRAM_WORDS):
        return True
    counted = (people or spot.percent) and spot.in_head(LABOUR_STATISTIC)
    counted = counted or (people and spot.in_head(MIGRANTS_TOPIC))
    return bool(counted) and not spot.in_sentence(WORK_WORDS) and not RECORDED.match(spot.rest)


def people_share(spot: Spot) -> bool:
    """A share of people as the topic: who came or answered, not a level reached."""
    return bool(spot.percent and PEOPLE_SHARE.search(spot.before))


# A page that tells a statistics release's figures (`관광통계 자료에 따르면`, `입장객 통계’를 분석한
# 결과`, `최종 통계를 발표했다`) tells them in sentences that do not name it again (`외국인 관광객은
# … 165만 명으로 집계됐다`, `국가별로는 중국 602만 명 … 등으로 나타났다`): levels found or changed,
# not what a program did or aims at. A sentence of the page that speaks of work done or aimed at,
# or of a program, or that reports no level found or changed (`시는 300명을 지원했다`) stays.
RELEASE_CITED = re.compile(
    r"통계(?:\s?자료)?[’'”\"]?\s?(?:에\s?따르면|(?:를|을)\s?(?:분석한|발표했|발표한|공표))"
)
LEVEL_REPORTED = re.compile(
    r"(?:으로|로)\s?(?:집계|나타났|나타나|조사됐|조사되)"
    r"|(?:늘|줄)어(?:났|들었|\s)|늘었|줄었|(?:증가|감소)(?:했|해|한\s?것)|순(?:으로|이었)"
)


def released(pieces: list[Piece]) -> set[int]:
    """Starts of the sentences of a page citing a statistics release that report levels found or
    changed and speak of no work done or aimed at: the release's figures, not the story's."""
    if not any(RELEASE_CITED.search(piece.text) for piece in pieces):
        return set()
    return {
        piece.start
        for piece in pieces
        if LEVEL_REPORTED.search(piece.text)
        and not WORK_WORDS.search(piece.text)
        and not PROGRAM_WORDS.search(piece.text)
    }
