"""Who signed a saved HTML page's story, among what the page says of it.

A page names its author in several places that disagree: meta tags (`author`,
`article:author`, `og:article:author`, `dable:author`), JSON-LD's `author` (an object, a list,
a string), the data of a script-built page (`credits.by`), byline elements, and a `홍길동 기자`
line at the body's end. Many of those values are not a person: the site's own name
(`해오름경제`, `해오름일보 | 포털`), a board account (`관리자`, `admin`), a desk
(`디지털뉴스팀`), an e-mail address alone, a social-media URL. The reporter is the first value
that reads as a person's name and is not one of the site's names; a `기자` byline the article
itself shows beats a bare name the metadata states, since the metadata may name the account that
posted the story.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from govreader.clean.boilerplate import squash
from govreader.clean.person_names import plausible_name
from govreader.clean.reporters import person_name, reporter_in

MAX_AUTHORS = 8
"""Author names read from one value or one script (a list of contributors is no longer than this
where it names the story's own)."""
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ENCLOSED = re.compile(r"\([^()]{0,40}\)|<[^<>]{0,40}>")
_PARTS = re.compile(r"\s*(?:[,;|/·ㆍ&]|\s및\s|\s외\s)\s*")
"""Where a value lists several authors or joins an outlet to a name (홍길동·김철수 기자,
해오름일보 | 홍길동 기자)."""
_ROLE_TAIL = re.compile(r"\s*(?:기자|특파원|에디터|PD|앵커|본부장|지사장|편집장|칼럼니스트)$")
"""A writer's title after the name in a byline element or a meta value (홍길동 본부장)."""
_TITLE_TAIL = re.compile(
    r"(?:\s+[가-힣]{2,8}){0,2}\s+(?:교수|변호사|주필|[가-힣]{0,6}(?:위원|부장|국장|실장|연구원|소장|대표))$"
)
"""A column writer's post after the name, the body they serve between (홍길동 디지털뉴스부장,
홍길동 논설위원, 홍길동 해오름대 교수, 홍길동 해오름연구소장): an opinion page's author slot is
signed so."""
_BODY_END = re.compile(r"(?:대|시|군|구|청|원|부|처|과|팀|실|국|소|관|회|단|당)$")
"""How a body's short name ends (해오름대 교수, 사회부 부장): before a post, such a word is the
body, not its holder."""
_CREDIT_HEAD = re.compile(r"^(?:(?:written\s+)?by|글|사진|글\s*·\s*사진)\s*[:=]?\s+", re.IGNORECASE)
"""What a value may say before the name (By 홍길동, 글 홍길동)."""
_SITE_MARK = re.compile(r"[\s·.\-_()\[\]]")


def _site_key(text: str) -> str:
    return _SITE_MARK.sub("", text).lower()


def is_site_name(name: str, sites: Iterable[str]) -> bool:
    """Whether `name` is, or is part of, one of the site's names (한겨레 on 한겨레's own pages)."""
    key = _site_key(name)
    return bool(key) and any(key in _site_key(site) for site in sites if site)


def meta_person(value: str, sites: Iterable[str] = ()) -> str | None:
    """The first person a metadata value names (홍길동 기자(hong@example.kr) → 홍길동;
    서울=홍길동 기자; 해오름일보 | 홍길동; 홍길동·김철수 기자 → 홍길동), or None when it names
    none: a site, a desk, an account, an address or a URL."""
    value = squash(value)
    if not value or "://" in value or len(value) > 120:
        return None
    value = _ENCLOSED.sub(" ", _EMAIL.sub(" ", value))
    sites = tuple(sites)
    for part in _PARTS.split(value):
        part = part.strip()
        name = reporter_in(part)
        if name is None:
            bare = _ROLE_TAIL.sub("", _CREDIT_HEAD.sub("", part))
            held = _TITLE_TAIL.sub("", bare)
            if held != bare:
                bare = "" if _BODY_END.search(held) else held
            name = bare if person_name(bare) and plausible_name(bare) else None
            if name and reporter_in(f"{name} 기자") != name:
                name = None  # a desk (사회부) or a role word (사진)
        if name and not is_site_name(name, sites):
            return name
    return None


def first_person(values: Iterable[str], sites: Iterable[str] = ()) -> str | None:
    """The first person any of `values` names, in their order."""
    sites = tuple(sites)
    for value in values:
        name = meta_person(value, sites)
        if name:
            return name
    return None


def shown_bylines(bylines: Iterable[tuple[int, str]], start: int, end: int) -> list[str]:
    """The reporters of the `기자` byline elements that the article shows, between blocks
    `start` and `end` (its header and body), in their order."""
    names = []
    for position, text in bylines:
        if start <= position <= end and ("기자" in text or "특파원" in text):
            name = meta_person(text)
            if name and name not in names:
                names.append(name)
    return names


def signed_by(shown: list[str], stated: str | None) -> str | None:
    """The reporter, of those the article shows and the one the metadata states: the metadata's
    when the article shows it too (it names the lead of several) or shows none, else the
    article's first; metadata never overrides a byline the reader sees."""
    if stated and (not shown or stated in shown):
        return stated
    return shown[0] if shown else None
