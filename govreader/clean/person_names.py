"""Whether a bare word can be a Korean person's name.

A byline slot or a meta value holds a name, a site's name or a desk's; Korean names start with
a surname and run two to four syllables, which site names (해오름경제), board words (비밀번호)
and sections (정치, 공보관) mostly do not.
"""

from __future__ import annotations

_SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변"
    "염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감호견계"
    "승빈범돈묵옹탄팽풍필흥학좌춘"
)
"""First syllables a Korean person's name starts with: the one-syllable surnames, rare ones
included where few common words start with them (not 시, 영, 포: 시장, 영상, 포토)."""
_NOT_BARE_NAMES = frozenset(
    {
        *("홍보", "공보", "공보관", "홍보관", "기획관", "구청장"),
        *("정치", "경제", "사회", "문화", "국제", "연예", "전국", "지역", "기획", "사설"),
        *("기사", "전체", "최신", "인터뷰", "편집"),
    }
)
"""Words of a site's sections and offices that start like a name (정치, 공보관): a byline slot
holding one alone names no one. Those whose first syllable is no surname (대변인, 시장, 군수,
담당) fail `plausible_name` already."""
_COMPOUND_SURNAMES = frozenset({"남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방"})


def plausible_name(name: str) -> bool:
    """Whether a bare 2-4 syllable word can be a person's name: it starts with a surname, and a
    four-syllable one with a two-syllable surname (남궁, 황보). Site names (해오름경제, 포털이름),
    board words (비밀번호) and desks fail, which a bare value has no `기자` to tell apart."""
    if name in _NOT_BARE_NAMES:
        return False
    if len(name) == 4:
        return name[:2] in _COMPOUND_SURNAMES
    return 2 <= len(name) <= 3 and name[0] in _SURNAMES
