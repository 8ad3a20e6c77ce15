"""Korean noun phrases read backwards from a head word, for program and award names.

Korean marks a phrase's end with particles (을, 를, 의, 에 ...) and verb endings (하는, 위한,
했고 ...), so walking back from a head word over words that carry neither gives the phrase
(`구직단념청년의 취업활동 지원과 고립 방지를 위해 청년도전 지원사업` → `청년도전 지원사업`).
"""

from __future__ import annotations

import re


def word_set(text: str) -> frozenset[str]:
    """The blank-separated words of `text`, for the word lists below and in the fact modules."""
    return frozenset(text.split())


# Longest first, so 와의 goes before 의.
PARTICLES = (
    "에서의", "으로의", "에서는", "으로는", "와의", "과의", "에서", "으로", "에는", "에도", "까지",
    "부터", "이나", "이며", "에게", "처럼", "을", "를", "이", "가", "은", "는", "의", "에", "와",
    "과", "도", "로", "만",
)  # fmt: skip
_STOP_END_RE = re.compile(
    r"(?:[을를이가은는의에와과도로며고서해여된될할한던게면록다라린든]|하는|되는)$"
)
_COUNT_RE = re.compile(r"^\d[\d,]*여?(?:개|명|곳|건|가구|개소|년|월|일|차)$|^\d[\d,.]*\D{0,3}씩$")
_NOUN_EXCEPTIONS = word_set(
    "어린이 아이 놀이 도우미 전문가 국가 마을 하늘 가을 제도 성과 결과 효과 피해 재해 "
    "참여 대여 도서 회의 강의 협의 경기도 강원도 제주도 충청북도 충청남도 전라북도 "
    "전라남도 경상북도 경상남도 지역 일자리 분야 인프라 카메라 기업가 창업가 활동가 예술가 작가 "
    "신고 광고 창고 경고 나라 캐나다"
)
# Compounds ending in such a noun are nouns too (청년마을, 평생교육도서, 주민참여).
_NOUN_TAILS = tuple(sorted(_NOUN_EXCEPTIONS, key=len, reverse=True))
VAGUE = word_set(
    "각종 다양한 여러 이번 해당 관련 주요 핵심 주력 이 그 본 동 각 모든 신규 기존 올해 지난해 내년 "
    "각각 또 또한 특히 이에 아울러 한편 등 중점 역점 우수 대표 총 약 및 새로운 기타 관내 이와 "
    "국내외 본인 함께 자체 개별 일반 공공 민간 정부 이런 그런 다른 같은 전체 여러가지 "
    "매일 매주 매월 매년 연중 상시"
)
# `바다`, `모다`: a word of two syllables in 다 after an open syllable is a name, unless that
# syllable is a verb's stem (`보다`, `하다`, `크다`) or the copula (`이다`).
_VERB_STEMS_BEFORE_DA = frozenset("이하되보주가오크나쓰사서자타차지치기비뜨끄켜펴쏘두내매세재새시")
_WORD_RE = re.compile(r"^[0-9A-Za-z가-힣·‧\-+]{1,20}$")


# Particles that end a name but never an enumerated item's word: `X로는`, `X(으)로서` (as),
# `X(으)로써` (by), `X(으)로부터` (from), longest first with the rest.
_LONGER_RO = ("로부터", "로는", "로서", "로써")
_STRIPPED = tuple(
    sorted((*PARTICLES, "으로부터", "으로서", "으로써", *_LONGER_RO), key=len, reverse=True)
)


def _takes_ro(syllable: str) -> bool:
    """Whether 로 (not 으로) follows `syllable`: one ending in a vowel or in ㄹ (`부로부터`,
    `서울로는`), so `진입로는` is 진입로 with 는, not 진입 with 로는."""
    return final_of(syllable) in (0, FINAL_L)


def strip_particle(word: str) -> str:
    """`word` without one trailing particle (`국민취업지원제도와의` → `국민취업지원제도`,
    `행정안전부로부터` → `행정안전부`)."""
    for particle in _STRIPPED:
        if word.endswith(particle) and len(word) > len(particle) + 1:
            if particle in _LONGER_RO and not _takes_ro(word[-len(particle) - 1]):
                continue
            return word[: -len(particle)]
    return word


def is_plain_word(word: str) -> bool:
    """A word that can sit inside a noun phrase: no particle, verb ending or punctuation."""
    if not _WORD_RE.match(word) or _COUNT_RE.match(word):
        return False
    if not _STOP_END_RE.search(word) or _name_in_da(word):
        return True
    return word.endswith(_NOUN_TAILS)


def _name_in_da(word: str) -> bool:
    return (
        len(word) == 2
        and word[1] == "다"
        and final_of(word[0]) == 0
        and word[0] not in _VERB_STEMS_BEFORE_DA
    )


FINAL_N, FINAL_L = 4, 8
"""The finals some readings ask for by name, as their index among a syllable's 28: ㄴ closes
past and adjective forms (`지낸`, `다닌`), and after ㄹ a particle takes 로 as after a vowel."""


def final_of(syllable: str) -> int | None:
    """A Hangul syllable's final consonant as its index among the 28 (0: none, `FINAL_N`,
    `FINAL_L`); None for any other character. One reading of the syllable's code for every
    rule that picks a particle's form or a verb's ending by the sound before it."""
    code = ord(syllable) - 0xAC00
    return code % 28 if 0 <= code < 11172 else None


def has_final(syllable: str) -> bool | None:
    """Whether a Hangul syllable ends in a consonant; None for any other character."""
    final = final_of(syllable)
    return None if final is None else final != 0


def phrase_start(text: str, head_start: int, max_words: int = 6) -> int:
    """Where the noun phrase whose head word starts at `head_start` begins in `text`.

    Walks back over plain words, then drops vague leading words (각종, 다양한, 이번 ...).
    """
    start = head_start
    words = 0
    while words < max_words and start > 0 and text[start - 1] == " ":
        previous = text.rfind(" ", 0, start - 1) + 1
        word = text[previous : start - 1]
        if not is_plain_word(word) or word in VAGUE:
            break
        start = previous
        words += 1
    return start
