"""The words an audience is named by: the head words for people (`청년`, `소상공인`, `수령자`)
and the ages that bound them (`만 19세 이상 39세 이하`, read as `age_min` / `age_max`).

Split from `audience_phrase` because every audience reader (triggers, lists, shapes, the
acceptance test) asks the same two questions of a phrase: does it name people, and how old.
"""

from __future__ import annotations

import re

_PEOPLE = (
    "청년|청소년|아동|어린이|유아|영유아|아이|학생|대학생|노인|어르신|주민|구민|시민|군민|도민|"
    "국민|가구|가구주|가정|가족|세대|세대주|계층|저소득층|장애인|여성|남성|소상공인|자영업자|근로자|노동자|구직자|"
    "실업자|수급자|대상자|신청자|이웃|기업|업체|기관|자치단체|지자체|농가|농업인|어업인|어민|"
    "고령자|임산부|산모|부부|부모|학부모|보호자|환자|종사자|외국인|이주민|이민자|중장년|유공자|"
    "독거노인|기업인|경영인|상공인|문화예술인|체육인|다문화가족|한부모가족|재직자|직장인|실직자|"
    "퇴직자|은퇴자|희망자|참여자|이용자|입주자|전입자|피해자|귀농인|귀촌인|귀어인|예술인|청년농|"
    "후계농|경로당|어촌계|지방정부|관광객|방문객|단체|상인|창업자|예비창업자|졸업생|미취업자|구직단념자|입주민|보훈대상자|"
    "공무원|공직자|직원|교직원|교사|근무자|전문인력|시군구|시군|시도|단체장|"
    "학급|유치원|어린이집|소유자|협동조합|조합|부처|교육청|자녀|영아|신생아|임신부|유학생|"
    "수강생|교육생|훈련생|세입자|임차인|사업자|가입자|운전자|당사자|개인|법인|사람|공동주택|창업가|예술가|활동가|"
    "대표|대표자|사업주|고용주|경영자|관계자|담당자|강사|의사|간호사|연구자|회원|주부|임업인|축산인|"
    "소방관|경찰관|장병|자치구|고위험군|환자 ?군|구성원|임직원|공동체|자치회|"
    "리더|지도자|회장|이장|통장|성인|장년|청장년|노년층|(?:중장년|장년|청장년|청년|고령|취약|배려|빈곤|서민)층|마을|거주자|취업자|프리랜서|남녀|"
    "시·군·구|시·군|시·도|구·군|노숙인|노숙자|(?:소년|소녀|여성|청소년)가장|거주인|유가족|유족|"
    "참전용사|제대군인|군인|동포|연수생|위원|"
    # Kin named by whom they are kin to (`참전유공자 배우자`, `독립유공자 후손`), the ranks of
    # those the veterans' laws name (`전몰군경`, `무공수훈자`), mothers around a birth and
    # seafarers.
    "배우자|후손|미망인|유자녀|손자녀|조부모|군경|수훈자|임무수행자|출산부|수유부|선원"
)
# `영주권자`, `직불금 수령자`, `만 65세 도래자`: one who holds, receives or has reached something.
_HOLDERS = (
    r"(?:[가-힣]권|수령|도래|납부|임차|진단|판정|해당|수혜|보유|재학|이수|수료|취득|소지|구매|양육"
    r"|출산|입양|종사|부상|체류)자"
)
# A head count as news writes it: `905`, `2만`, `2만 2천`, `3만8천4백94`, `2천7백`.
COUNT_NUMBER = r"\d[\d,]*(?:[만천백]\s?\d[\d,]*)*[만천백]?"
# `관내에 1년 이상 거주한 자`: 자 as a word of its own is whoever the clause before it says.
HEAD_RE = re.compile(
    rf"(?:{_PEOPLE}|{_HOLDERS}|[가-힣]민|\d학년|학년생|(?<!\S)자)(?:들)?"
    rf"(?:\s?{COUNT_NUMBER}여?\s?(?:명|가구|곳|개|세대|개교|개소))?$"
)
AGE_RE = re.compile(
    r"(?:만\s?)?(?P<low>\d{1,3})세\s?(?:이상|부터)"
    r"|(?:만\s?)?(?P<high>\d{1,3})세\s?(?P<bound>이하|미만|까지)"
    r"|(?:만\s?)?(?P<from>\d{1,3})\s?(?:세\s?)?(?:[~∼\-]|에서)\s?(?:만\s?)?(?P<to>\d{1,3})세"
)


def ages(text: str) -> tuple[int | None, int | None]:
    """`age_min`, `age_max` as the phrase states them (미만 20세 → at most 19).

    An age followed by other people marked as object or subject (`만 12세 이하 아동을 둔 가정`)
    is theirs, not the audience's.
    """
    low = high = None
    for match in AGE_RE.finditer(text):
        if _OTHERS_AGE_RE.match(text, match.end()):
            continue
        if match.group("low"):
            low = int(match.group("low"))
        elif match.group("high"):
            high = int(match.group("high")) - (match.group("bound") == "미만")
        else:
            low, high = int(match.group("from")), int(match.group("to"))
    return low, high


# `… 아동을 둔`, `… 영아가 있는`, `… 어르신이 사는`: the age is of someone else in a clause.
_OTHERS_AGE_RE = re.compile(r"(?:\s?[~∼\-]\s?\S+)?(?:\s[가-힣]+){0,2}?[가-힣](?:을|를|이|가)\s")
