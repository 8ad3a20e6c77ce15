"""Which prizes and grades a sentence says someone received, read as labels write them.

A prize grade must be received (`우수상을 받았다`), not picked by an organizer (`우수 기관을
가려냈다`) nor the reward of an award told before (`이번 수상으로 장관상을 받는다`); praise
(`우수사례로 높은 평가를 받았다`) is no award. `총리상` is the 국무총리상; a grade keeps the word
등급 or the body word written with it (`최우수 등급`, `우수 시군`).
"""

from __future__ import annotations

import re

from govreader.facts.phrases import VAGUE, is_plain_word, word_set

TITLE = (
    r"(?:대통령|국무총리|(?<!국무)총리|도지사|시장|군수|구청장|교육감"
    r"|(?:[가-힣]{1,14}(?:부|처|청|원|회)\s?)?장관|(?:[가-힣]{1,8}·)?[가-힣]{1,12}"
    r"(?:시장|군수|구청장|도지사|교육감|의장|청장|위원장|사장|이사장|회장|원장|총장|처장|센터장"
    r"|본부장|지사장|서장|단장|지부장|지회장|교장|학장|관장|소장|국장|부총리|의원|총재))"
)
# The marks that open the items of a list of prizes or winners (`▲대상 A ▲최우수상 B`); a reader
# may take one or two more (`•`, `◦`, `◎`).
LIST_MARKS = "▲△○●◆■□◇▷▶"
# The 상 closing a prize named for what it honours (`공로상`, `인재상`), never that of a word
# that only ends like one (`홍보영상`, `현상`, `향상`, `시상`, `세상`, `입상`, `보상`).
NAMED_PRIZE_END = r"(?<![영현향시세입보])상"
# The prize and grade words, whatever follows them.
PRIZE_WORDS = (
    rf"(?<![가-힣])(?:{TITLE}\s?(?:기관\s?)?(?:표창|상)"
    r"|(?:최우수|우수|장려|특별|금|은|동|으뜸|혁신|공로|본|특|최고|대|종합대|최고대|특별대)상"
    r"|최고경영자상|(?<![가-힣])(?:표창장|공로패|감사패|표창)"
    r"|(?:[금은동철석]탑\s|[청황홍녹옥]조\s)?[가-힣]{0,4}(?:근정|국민|새마을|산업|체육|문화|보국|수교|과학기술|봉사)(?:훈장|포장)"
    r"|(?:최우수|우수)(?:작|단체)|(?:최우수|우수|장려|선도|모범|최고)[’']?\s?(?:기관|지자체|자치단체|단체|시[·ㆍ]?군[·ㆍ]?구|시[·ㆍ]?군|읍면동|읍면|의회|도시|부서|구|시|군)"
    r"|(?:최우수|우수)\s?[가-힣]{2}기관(?=(?:으로|로|에)\s?(?:선정|뽑|이름))"
    # `최우수 농업기술센터로 선정`: the best of a kind of centre.
    r"|(?:최우수|우수)\s?[가-힣]{2,8}센터(?=(?:으로|로|에)\s?(?:선정|뽑|이름))"
    r"|(?:최우수|우수|최고|탁월|SA|[SA]|[1-5])\s?등급|(?<![가-힣])[가나]\s?등급|우수사례|최우수|우수"
    r"|(?<=유공\s)기관\s?표창|(?<=유공)기관\s?표창)"
)
PRIZE_RE = re.compile(
    PRIZE_WORDS
    + r"(?=[’']?\s?(?:을|를|으로|로|에|과|와|,|까지|의 영예|의 영광|\s?수상|\s?선정|\s?차지|\s?표창"
    r"|\s자리|\s(?:단체|기관|지자체)(?:로|으로|에)\s)"
    r"|(?<=상)\s등\s|\s?\(|$)"
)
# `‘최우수’ 등급`, `2023년 ‘최우수’, 2025년 ‘우수’ 등급을`, `‘우수’를 받았다`: a grade in quotes.
QUOTED_GRADE_RE = re.compile(
    r"[‘'“\"](?P<grade>최우수|우수|최고|탁월|매우\s?우수|[SA]{1,2}|[가나다])[’'”\"]"
    r"(?=\s?등급|\s?,[^.]{0,40}?등급|(?:을|를|으로|로)\s?(?:받|획득|차지|선정))"
    r"|[‘'“\"](?P<prize>(?:최우수|우수|장려|특별|대)상|(?:최우수|우수)기관|[SABC1-5]\s?등급)[’'”\"]"
    r"(?=\s?(?:을|를|으로|로|에|,|수상|선정))"
)
_PRIME_MINISTER_RE = re.compile(r"^(?<!국무)총리(?=\s?(?:상|표창))")
# The word right before a special prize, unless it is a category, a year or a place, and only if
# it opens its noun phrase (after a particle or a verb's connective, or the sentence start):
# `평을 받아 도정협력 특별상을`, never `일자리 공시제 특별상` (a category written before it).
_QUALIFIER_RE = re.compile(
    r"(?:^|[을를이가은는아어해고며여서]\s)(?P<word>[가-힣]{2,8}(?<!부문)(?<!분야)(?<![시군구도])"
    r"(?<!년))\s$"
)
_HIGHEST_RE = re.compile(r"^최고\s?등급$")
# `최우수 등급` is the grade 최우수; numbered grades keep the word (`2등급`).
_LETTER_GRADE_RE = re.compile(r"^(?:[SA]{1,2}|[가나다])$")
_GRADE_WORD_AFTER_RE = re.compile(r"\s?등급")
# `우수 시군`, `최우수 자치단체`: a grade with a spaced body word, kept as written (as real
# pages' labels write it); `최우수 기관` is written as the one word 최우수기관, as labels and most
# releases write it.
_SPACED_BODY_RE = re.compile(r"^(최우수|우수|장려|선도|모범|최고) (기관|(?!등급)[가-힣]+)$")
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
# `우수사례로 선정됐다`, `우수사례에 뽑혔다`: a good practice is an award only when selected.
_CASE_SELECTED_RE = re.compile(r"(?:로|으로|에)\s(?:최종\s|각각\s)?(?:선정|뽑|채택)")
# `7개 지표가 우수사례로`, `… 위한 우수사례 지표가 … 평가받아 우수사례로`: indicators of an
# evaluation, the subject of a good practice.
_INDICATOR_BEFORE_RE = re.compile(r"지표(?:가|이)\s")
_BARE_GRADE_RE = re.compile(r"^(?:최우수|우수|대상)$")
# `최우수로 선정`, `최우수를 수상`, `최우수, 우수 …`: a bare grade with its own verb or in a list.
_BARE_OK_RE = re.compile(
    r"^\s?(?:기관)?(?:으로|로|에)\s?선정|^(?:을|를)\s?(?:수상|받)|^,|^\s?(?:과|와)\s"
)
_GRAND_PRIZE_OK_RE = re.compile(
    r"^(?:을|를|까지)\s?(?:수상|받|차지|안|거머)|^(?:에|으로)\s?(?:선정|올랐|올라|뽑)|^\s?수상"
    r"|^의\s(?:영예|영광)"
    r"|^(?:과|와)\s(?:최우수|우수|장려|특별)상"  # `대상과 우수상을 동시에 수상했다`
)
# Words of time, quantity or hosting that open no award's name (`6월 말 종합평가`, `올해 도시대상`,
# `충남도 주관 건강증진사업 평가`).
NOT_IN_NAMES = word_set("이번 올해 이날 각종 말 초 초순 중순 하순 연말 연초 주관 주최 후원 공동")
TITLE_PRIZE_RE = re.compile(rf"^{TITLE}|표창$")


def find_prizes(text: str) -> list[re.Match[str]]:
    found = []
    reward_of = is_reward(text)
    for match in PRIZE_RE.finditer(text):
        prize = match.group()
        after = text[match.end() : match.end() + 8]
        dated = re.search(r"\d{4}년\s?$", text[max(0, match.start() - 6) : match.start()])
        before = text[max(0, match.start() - 8) : match.start()]
        # `축제관광 부문 대상을, 야간경관 부문 우수상을`, `X 부문에서 대상을, Y 부문에서 …`: a grand
        # prize listed with others.
        in_category = re.search(r"부문(?:에서|에서는|에)?\s?$", before) and re.match(
            r"(?:을|를)?,", after
        )
        # `A에서 대상을, B에서 최우수상을 받았다`: a grand prize listed before another prize.
        listed = re.match(r"(?:을|를),\s", after) and PRIZE_RE.search(text, match.end())
        if prize == "대상" and not (
            _GRAND_PRIZE_OK_RE.search(after) or dated or in_category or listed
        ):
            continue
        if _BARE_GRADE_RE.match(prize) and prize != "대상" and not _BARE_OK_RE.search(after):
            continue
        if _PICKED_AFTER_RE.match(after) or _RECEIVED_BY_NOUN_RE.match(text, match.end()):
            continue
        if prize == "우수사례" and not _CASE_SELECTED_RE.match(text, match.end()):
            continue  # `우수사례로 높은 평가를 받았다`: praise, not an award
        if prize == "우수사례" and _INDICATOR_BEFORE_RE.search(text, 0, match.start()):
            continue  # `31개 지표 중 7개 지표가 우수사례로 선정`: how the evaluation scored it
        if reward_of and TITLE_PRIZE_RE.search(prize):
            continue
        found.append(match)
    found.extend(QUOTED_GRADE_RE.finditer(text))
    # `최고 등급을 받아 우수 시군으로 선정`: the grade's own name beats the highest grade.
    if len(found) > 1:
        found = [m for m in found if not _HIGHEST_RE.match(m.group())]
    # `‘최우수상’`: the grade in quotes and the grade inside them are one prize, the quoted one.
    kept: list[re.Match[str]] = []
    for match in sorted(found, key=lambda m: (m.start(), -m.end())):
        if kept and match.start() < kept[-1].end():
            continue
        kept.append(match)
    return kept


# `대상인 대통령 표창은`, `최우수상인 보건복지부장관상을`: a grade, then the prize it is given as.
_GRADE_BEFORE_RE = re.compile(
    r"(?<![가-힣])(?P<grade>(?:종합)?대상|(?:최우수|우수|장려|특별|금|은|동)상)인\s$"
)
# The longest `_GRADE_BEFORE_RE` match (`최우수상인 `) is 6 characters: it is searched for in as
# many before a prize, not from the sentence's start for each prize (its lookbehind still sees
# the character before the window).
_GRADE_BEFORE_REACH = 8


def grade_of(prize: re.Match[str]) -> str:
    """The prize as written, without quote marks or doubled blanks; a grade keeps the word 등급
    or the body word written with it (`최우수 등급`, `우수 시군`), as labels of real pages keep
    them, but `최우수 기관` is the one word 최우수기관."""
    groups = prize.groupdict()
    text = groups.get("grade") or groups.get("prize") or prize.group()
    text = re.sub(r"\s+", " ", text.replace("’", "").replace("'", ""))
    if groups.get("grade"):
        # `‘가’ 등급`, `‘S’ 등급`: a letter is read with its 등급; `‘최우수’ 등급` keeps it too.
        if _LETTER_GRADE_RE.match(text):
            return f"{text}등급"
        if _GRADE_WORD_AFTER_RE.match(prize.string, prize.end()):
            return f"{text} 등급"
    text = canonical_prize(text)
    apposed = grade_apposed(prize.string, prize.start())
    if apposed:
        return apposed  # `대상인 대통령 표창`: the grade, its form written after
    spaced = _SPACED_BODY_RE.match(text)
    if spaced and spaced.group(2) == "기관":
        return text.replace(" ", "")
    if text == "특별상":
        qualifier = _QUALIFIER_RE.search(prize.string, 0, prize.start())
        word = qualifier.group("word") if qualifier else ""
        if word and is_plain_word(word) and word not in VAGUE and word not in NOT_IN_NAMES:
            return f"{word} {text}"  # `도정협력 특별상`: a special prize is named for its merit
    return text


def grade_apposed(text: str, start: int) -> str | None:
    """The grade written right before a prize at `start` as what that prize is (`금상인
    국무총리상에는`, `최우수상인 장관상을`): the prize is only the grade's form."""
    graded = _GRADE_BEFORE_RE.search(text, max(0, start - _GRADE_BEFORE_REACH), start)
    return graded.group("grade") if graded else None


def canonical_prize(text: str) -> str:
    """`총리상` is the 국무총리상 (as labels write it); any other prize as written."""
    return _PRIME_MINISTER_RE.sub("국무총리", text)


def is_reward(text: str) -> bool:
    """`이번 수상으로 장관상을 받고 국비를 확보했다`: the sentence tells what an award brings."""
    return bool(_REWARD_OF_RE.search(text))


# `기관 표창 45건을 수상했다`, `55차례 수상`, `54건의 기관표창`, `39개 부문을 수상`,
# `66개 기관으로부터 표창`, `역대 최다 기관상`, `모두 94명이 개인상을`: a count of prizes, the sum
# of a year's awards.
_COUNTED_PRIZES_RE = re.compile(
    r"\d[\d,]*\s?(?:건|개|차례|번)(?:의)?\s?(?:기관\s?)?(?:표창|상(?![가-힣])|기관상|포상)"
    r"|\d[\d,]*\s?(?:건|차례|번|개\s?(?:부문|분야))(?:을|를|에서|의)?\s?(?:수상|표창|상을)"
    r"|\d[\d,]*개\s?(?:기관|단체)으로부터"
    r"|최다\s?(?:기관상|수상|표창|상(?![가-힣]))"
    r"|모두\s?\d[\d,]*명이\s?[가-힣]{0,4}상(?:을|를)"
)
# A prize that names no grade: what a count of prizes adds up.
_GENERIC_PRIZE_RE = re.compile(r"^(?:기관\s?)?(?:표창|상|기관상|포상)$")


def counts_prizes(text: str, prize: str | None) -> bool:
    """`올 한 해 기관 표창 45건을 수상했다`: a sentence that counts a body's prizes tells no award
    of its own with them, only the sum; an award read from it with no grade is that sum."""
    return (prize is None or bool(_GENERIC_PRIZE_RE.match(prize))) and bool(
        _COUNTED_PRIZES_RE.search(text)
    )


# `금상, 은상, 동상 각 1팀이 선정됐다`, `대상 1명, 금상 2명이`, `9개사와 재직자 10명이 수상의
# 영예를`, `수상자 6명에게는`, `총 20명(…)`: the sentence counts the winners it does not name.
_COUNTED_WINNERS_RE = re.compile(
    r"(?:각\s?|총\s?)?\d[\d,]*\s?(?:명|팀|개사|개\s?업체|개\s?팀|개\s?작품|점)"
    r"(?:이|가|와|과|에게|\(|씩|,|\s등)"
)


def counts_winners(text: str) -> bool:
    """A sentence that counts the winners of its grades (`대상 1명, 금상 2명이 선정됐다`): the
    body the article is about is not the winner the sentence leaves unnamed."""
    return bool(_COUNTED_WINNERS_RE.search(text))
