"""Programs, projects, courses, centres, policies and initiatives a public body runs or plans.

These families of sentences name them:
- list items after ▲ (or ○, ■, ◆, □, ① …, and ·, - at a line start): `▲G밸리 고용 생태계 강화
  사업`; in 개조식 releases, an item described after a colon: `- 청년 월세 한시 특별지원 : …`;
- comma lists closed by `등(의) … 사업/프로그램/정책`: `일경험 지원사업, 광역 일자리 카페, 취준생
  인턴 스펙쌓기 등의 사업`, or introduced by `사업으로는 A, B 등이 꼽힌다`;
- a noun phrase headed by a program word (사업, 프로그램, 양성과정, 지원제도, 캠페인, 주거복지센터,
  주간활동서비스, 출산장려금 ...): `청년도전 지원사업을 추진`;
- a name in ‘ ’, 「 」, 『 』 or < > that ends in a program word, that a program word or running
  verb follows (`‘청년이룸’을 운영`), that a service kind precedes (`공영자전거 ‘어울링’`) or that
  is branded by its place (`‘은평형 통합돌봄’`, not `‘생존형 출마’`); a short name in double
  quotes likewise;
- a quoted name of two words or more that a clause describes as what it does (`도시락을 집까지
  전하는 ‘북구 든든밥상’`), or that the body runs, opens or sets up with words of when or where
  between (`‘마을 공동부엌’을 열고`, `‘청년 다락’을 두 면에 1곳씩 추가로 조성`);
- a named act a budget pays for (`보조경기장 조성에 38억 원`, `건강이용권 지원(9억 원)`) and two
  kinds of support side by side (`해상운송비 지원과 택배 추가배송비 지원도`).
Names are kept as written, without the marker, a trailing 등 or 운영; a later short mention is
named in full. A name needs a specific word: vague phrases (다양한 정책, 각종 사업), kinds of
work named by field, audience, time or funding (하반기 사업, 청년 사업, 공모사업, 새 사업),
budget lines (운영비 지원에 1억 원), lists of fields or of who may apply, organisations, awards,
slogans, aims, documents and measures are not programs. What someone says is speech, and is
skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from govreader.facts.phrases import VAGUE, is_plain_word, phrase_start, strip_particle, word_set
from govreader.facts.program_patterns import is_place
from govreader.facts.sentences import Piece, outside_speech
from govreader.model import Fact, FactKind

_SUFFIX = (
    r"사업|프로그램|과정|교육|센터|카페|제도|지원|정책|지원책|캠페인|박람회|프로젝트|아카데미|서비스|"
    r"축제|교실|바우처|수당|훈련|컨설팅|멘토링|조성|구축|운영|강화|확대|양성|행사|스쿨|사업단|"
    r"건립|정비|확충|설치|개선|보급"
)
_ITEM_END_RE = re.compile(rf"(?:{_SUFFIX})$")
_STRONG_END_RE = re.compile(
    r"(?:사업|프로그램|과정|교육|센터|카페|제도|지원|정책|캠페인|박람회|프로젝트|아카데미|축제|교실|"
    r"바우처|수당|지원금|장려금)$"
)
# Quoted names of initiatives end in words like these (‘강서 청년 마음쉼표’ 사업 is caught by the
# word after the quote instead).
_QUOTED_END_RE = re.compile(
    rf"(?:{_SUFFIX}|플랫폼|인턴십|캠프|클래스|투어|살기|공방|쉼터|일터|요금제|장려금|지원금|상품권|패스|"
    r"페스티벌|주간|데이|의 날|학당|배움터|문화제|자금|융자|장학금|연금|시스템|보험|적금|"
    r"이용권|쿠폰|택시|버스|주택|단지|약국|리모델링|조리원|상담소|하우스|패키지|공모전|안내서|체험|"
    # teams, exhibitions, handbooks and schemes a body sets up: `‘이웃사촌 안부살핌단’`,
    # `‘세계 모래조각 특별전’`, `‘규제혁신 사례집’`, `‘탄소중립 포인트제’`
    r"(?:지원|평가|살핌|봉사|지킴이|서포터즈|기자|자문|점검|순찰)단|지원반|"
    r"(?:특별|기획|사진|작품|순회)전|(?:사례|안내|자료)집|"
    r"(?:인증|포인트|신고|책임|관|실명|예약|할당|휴가|전담|등록|지정|공시|총량|보상|추천)제)$"
)
_STRONG_BULLETS = frozenset("▲○■◆□●◇")
_PARTICLE_AHEAD = (
    r"(?=(?:에서의|으로의|와의|과의|에서|으로|에는|에도|까지|부터|이다|이며|입니다|이고|을|를|이|가|은|는|"
    r"의|에|와|과|도|로|다)?(?:[\s,.)]|$)|\((?=\s?(?:총\s?|약\s?)?\d))"
)
# Heads that name a program on their own. 과정 only in course compounds (양성과정, not 세척과정);
# 제도, 정책, 교육 and bare 과정 only when a running verb follows (멘토링 제도를 운영한다). The
# patterns look for the head word's ending first and then check the whole word, which is much
# cheaper than trying every word start.
_HEAD_END_RE = re.compile(
    r"(?:사업|프로그램|캠페인|박람회|프로젝트|아카데미|제도|정책|과정|센터|서비스|"
    r"장려금|지원금|정착금|수당|바우처|상품권)" + _PARTICLE_AHEAD
)
# Centres that serve people (`일자리종합센터`, `주거복지센터`, `치매안심센터`), not offices
# (`행정복지센터`, dropped later); services and cash benefits named in one compound word
# (`주간활동서비스`, `출산장려금`, `자립수당`, `강릉사랑상품권`).
_HEAD_WORD_RE = re.compile(
    r"[0-9A-Za-z가-힣·‧]{0,30}?"
    r"(?:사업|프로그램|캠페인|박람회|프로젝트|아카데미|[가-힣]{2}(?:제도|정책)"
    r"|(?:양성|교육|전문가|실무|연수|훈련|입문|심화|기초|자격|취업|창업|역량)\s?과정"
    r"|[가-힣]{2,}(?:지원|일하기|종합|복지|안심|상담|활동|돌봄|창업|건강)센터"
    r"|[가-힣]{3,}서비스|[가-힣]{2,}(?:장려금|지원금|정착금|수당|바우처|상품권))"
)
# `보건소 치매안심센터 박은영 팀장`: the centre as someone's workplace.
_STAFF_AFTER_RE = re.compile(r"\s[가-힣]{2,4}\s(?:팀장|센터장|주무관|과장|소장|계장|직원)")
# `참여수당`, `훈련장려금`: pay for taking part in another program is part of it.
_PART_PAY_RE = re.compile(
    r"^(?:참여|활동|교육|훈련|수료|출석|근로|위험|초과근무|출장)(?:수당|장려금)$"
)
_BENEFIT_RE = re.compile(r"(?:장려금|지원금|정착금|수당|바우처|상품권)$")
# `대상포진 예방접종을 무료로 지원한다`, `전용 셔틀버스를 무료로 운행했다`: a service given free.
_FREE_RE = re.compile(
    r"(?<=[가-힣A-Za-z0-9])(?:을|를)\s무료로\s(?:지원|운행|운영|제공|실시|접종|대여|진행)"
)
# `정보기술 교육을 무료로 제공`: teaching or advice a program offers is part of it.
_OFFERED_RE = re.compile(r"(?:교육|상담|컨설팅|강의|수업|진단|멘토링|코칭)$")
_RUN_END_RE = re.compile(
    r"(?:제도|정책|과정|교육|프로그램|서비스)"
    r"(?=(?:을|를)\s(?:운영|추진|시행|도입|신설|실시|마련|열|개설|진행))"
    # `마음건강 지원도 새로 시작한다`: a kind of support started or brought in.
    r"|지원(?=(?:도|을|를)\s(?:(?:새로|올해|처음|본격|계속|꾸준히)\S*\s){0,2}"
    r"(?:시작|도입|신설|시행|이어|이어가|이어간))"
    # `외국인 전용 셔틀버스를 하루 4회 운행`: a bus or taxi service the body runs.
    r"|(?:버스|셔틀|택시)(?=(?:을|를|도)\s(?:[^\s,.]+\s){0,3}(?:운행|운영|투입))"
)
# `지식재산권(IP) 출원 비용 지원`: an English gloss inside a name, not a note after it.
_GLOSS_RE = re.compile(r"\([A-Za-z][A-Za-z0-9&.\- ]{0,15}\)(?=\s?[가-힣])")
# A list line that is one item ends without a verb: `- 센터 운영 및 판로 지원`.
_CLAUSE_END_RE = re.compile(r"(?:다|음|함|됨|임|요|까)[.!?]?$|\s등\S*\s")
_ACTS_RE = re.compile(r"(?P<act>운영|확대|조성|추진|구축|강화|개설|설치|발굴|개선)\s및\s")
_ORDINAL_RE = re.compile(r"제?\s?\d+\s?(?:호|조|항|차|번|장|절|안)?$")
_COLON_RE = re.compile(r"\s?[:：]\s")
_FIGURE_START_RE = re.compile(r"\s*(?:총\s?|약\s?)?\d")
# `- 지원 대상 : …`, `○ 사업 기간 : …`: a field of a notice, not an item.
_FIELD_END_RE = re.compile(
    r"(?:대상|기간|내용|규모|방법|장소|일시|문의|자격|금액|인원|시간|예산|사업비|위치|면적|목적|근거|"
    r"배경|효과|현황|계획|실적|성과|결과|일정|절차|서류|조건|기준|요건|범위|주관|주최|기관|방향|"
    r"대상자|명칭|제목|주제|[가-힣]명|시설|장비|품목|항목|종류|구성|분야|지역|대상지|내역|혜택|특전|"
    r"[가-힣]처|담당자?|연락처|전화|주소|비고|참고|첨부|붙임|출처|부서|개요|요약|사항)$"
)
_ITEM_JOIN_RE = re.compile(r",\s|(?<=[’'」』>》〉])(?:과|와)\s")
_INTRO_RE = re.compile(r"(?:사업|프로그램|정책|과제|공약|시책|서비스)(?:으로는|으론)\s")
_INTRODUCED_END_RE = re.compile(
    r"(?:사업|프로그램|과정|교육|센터|카페|제도|지원|정책|캠페인|박람회|프로젝트|아카데미|축제|교실|"
    r"바우처|수당|지원금|장려금|관리|검진|상담|돌봄|접종|진료|서비스|컨설팅|멘토링|인큐베이팅|양성|"
    r"육성)$"
)
_JOINED_RE = re.compile(r"(?:^|\s)(?P<word>[가-힣]{2,12})\s및\s$")
_WORD_CHAR_RE = re.compile(r"[0-9A-Za-z가-힣·‧]")
_VAGUE_HEADS = word_set(
    "사업 주요사업 핵심사업 주력사업 협력사업 지원사업 시범사업 공모사업 국비사업 "
    "신규사업 역점사업 중점사업 관련사업 본사업 전체사업 세부사업 단위사업 프로그램 "
    "캠페인 프로젝트 박람회 아카데미 지원정책 정책 제도 과정 교육과정 주요정책 "
    "우수사업 대표사업 후속사업 연계사업 해당사업 교육 "
    "서비스 지원센터 일자리사업"
)
# `맞춤형 프로그램`: a kind of program, not one.
_GENERIC_MODIFIERS = word_set("맞춤형 다양한 특화 체험형 참여형 신규 우수 전문 기본 심화")
# Circled numbers (① ② …) mark items too, but weakly: only plain program names count there.
_BULLET_RE = re.compile(r"[▲○■◆□●◇①-⑳](?=\s?\S)")
# `지원 대상은 ① 65세 이상 … ② … 지원이 필요한 장애인`: a list of who may apply, not of programs.
_WHO_LIST_RE = re.compile(r"(?:대상|대상자|자격|요건|조건|기준)(?:은|는|으로는|:)\s?$")
_LINE_BULLET_RE = re.compile(r"\s*[·\-•]\s")
_BULLET_ITEM_RE = re.compile(r"[▲○■◆□●◇①-⑳][^▲○■◆□●◇①-⑳]*?(?=[▲○■◆□●◇①-⑳]|\s등|$)")
_PROGRAM_CONTEXT_RE = re.compile(
    r"사업|프로그램|강좌|과정|교육|정책|지원|서비스|교실|분야|유형|과목|프로젝트|제도|강의|과제|시책"
)
_FIELD_ITEM_RE = re.compile(
    r"^\(|^(?:일시|장소|대상|기간|문의|내용|신청|방법|시간|주최|주관|참가비|비용|접수|일정|자격|인원|규모"
    r"|금액|예산|사업비|위치|면적|기타)(?:\s|$)"
)
# `▲건물 ▲수송 ▲폐기물 등 5대 부문`: a list of fields or criteria; only items that name a
# service (`▲방문건강관리 ▲치매 조기검진 등 4개 분야`) are programs. `▲A ▲B 등 5개 분야를
# 지원한다` lists the kinds of support given, which are programs.
_AREA_LIST_RE = re.compile(
    r"\s등\s(?:\d{1,2}|[한두세네]|[일이삼사오육칠팔구십])\s?(?:대|개)\s?"
    r"(?:분야|부문|영역|지표|항목|과제|전략|축|방향|목표)"
    r"(?!(?:을|를|에|로|으로)?\s(?:\S+\s){0,2}(?:지원|운영|추진|제공|실시|시행))"
)
_SERVICE_END_RE = re.compile(r"(?:관리|검진|상담|돌봄|접종|진료|검사|교실|서비스)$")
_LIST_END_RE = re.compile(
    r"\s등(?:의)?\s(?:다양한\s|각종\s|여러\s)?[가-힣‧·\s]{0,12}?"
    r"(?:사업|프로그램|정책|과정|교육|서비스|지원)"
)
# Names are quoted with ‘ ’, ' ', 「 」, 『 』, < >, 《 》 or 〈 〉; a mark's own pair closes it.
_QUOTED_RE = re.compile(
    r"(?P<open>[‘'「『<《〈])(?P<name>[^‘’'「」『』<>《》〈〉\n]{2,40})(?P<close>[’'」』>》〉])"
)
_QUOTE_PAIRS = {"‘": "’", "'": "'", "「": "」", "『": "』", "<": ">", "《": "》", "〈": "〉"}
_QUOTED_FOLLOW_RE = re.compile(
    r"(?:(?:을|를|은|는|이|가|의|에)?\s?(?:[가-힣]{1,4}\s)?"
    r"(?:사업|프로그램|캠페인|과정|교육|강좌|정책|서비스|제도)"
    r"(?![청관적자비장가])"
    # `‘X’를 운영`, `‘X’를 상시 운영`, `‘X’을 두 곳에 1곳씩 추가로 조성`: words between name and
    # verb say when, where or how much, not a second object (`‘X’를 대상으로 교육을 실시`).
    r"|(?:을|를|도)\s?(?:(?!(?:대상|중심|바탕|기반|계기|토대)으로|(?:목표|주제|원칙|과제|기조|모토|비전|전략|슬로건|방향|방침|가치|역점|중점)으?로)"
    r"[^\s,.]*(?<![고며서해여면다는한된던게록을를이가아어])\s){0,4}"
    r"(?:운영|운행|추진|시행|개최|실시|도입|진행|마련|시작|지원|제공|신설|보급|지급|이용|확대|늘린|늘리"
    r"|보내|보낸|준다|주고|드린|드립니다|꾸리|꾸려|꾸렸|꾸린|발행|펴내|펴냈|펴낸|세우|세웠|세운|수립"
    r"|구축|조성|건립|설치|개설|선보|가동|공급|계속|이어|열|연다|펼치|펼쳐|펼친|결성|채용|배치)"
    # `‘X’ 운영`, `‘X’ 운영비로`: the name with the running of it.
    r"|\s(?:운영|개설)(?:비|[에을를은는이과와도,.]|으로|\s|$)"
    # `‘X’ 1만 장을 발행`, `‘X’ 2,000대를 들여오고`: units of it (not `‘X’ 3대 전략`).
    r"|\s\d[\d,.]*\s?(?:[천만]\s?)?(?:장|대|호|가구|곳|개소|세대|채|기)(?:을|를|이|가|의)"
    r"|\s사례(?:로|를|가|는)"
    # `‘X’라는 이름으로`: the name given to what the body runs.
    r"|이?라는\s(?:이름|명칭|브랜드)(?!으?로\s불)"
    # `‘X’가 문을 열었다`, `‘X’도 내년부터 운영된다`: the name as the subject of its start.
    r"|(?:이|가|은|는|도)\s(?:[^\s,.]+\s){0,3}"
    r"(?:문을\s(?:열|연)|운영된|운영되|시행된|시행되|도입된|도입되|개소|개장|첫발)"
    # `‘용인 창업허브’ 입주기업`: a place one moves into is a centre run for them.
    r"|\s입주(?:기업|공간|자|업체|실|\s)"
    # `▲원주형 청년 일자리 ‘청년 내일 스텝’ ▲…`: the name that closes a list item.
    r"|\s?[▲■◆□●◇①-⑳]"
    r")"
)
_BRANDED_RE = re.compile(r"(?P<place>[가-힣]{2,4})형\s\S")
# `‘원스톱 지원 창구’ 역할`, `‘갤럭시 AI’ 기능`, `‘탄소중립 도시’ 비전`: the quote says what kind
# of role, feature or aim.
_ROLE_AFTER_RE = re.compile(
    r"\s?(?:역할|기능|구실|모델|방식|개념|형태|성격|의미|차원|수준|등급|점수|지표|분야|부문|제품|"
    r"비전|슬로건|구호|목표|원칙|가치|기조|철학|정신|브랜드)"
)
# Documents and measures: `‘2023년 일자리 목표 공시’를 확정`, `「… 세부계획」`, `‘청렴노력도’`.
_DOCUMENT_END_RE = re.compile(
    r"(?:계획|대책|공시|보고서|방안|결과|지침|백서|선언|헌장|협약|"
    r"(?:체감|노력|만족|신뢰|인지|선호)도|지수|[률율])$"
)
# The name as the sentence's subject, object or topic, or the end of a list line.
_CASE_AFTER_RE = re.compile(r"(?:은|는|이|가|을|를|도|에|과|와)?(?:\s|[,.]|$)|\s?[:：]")
# Verb forms that link, name or date rather than say what the thing does: `중국에 대한 ‘…’`,
# `미래로 불리는 ‘…’`, `라스베이거스에서 열린 ‘…’ 행사`.
_NOT_DESCRIBING = word_set(
    "대한 관한 위한 따른 통한 의한 향한 인한 비롯한 걸친 불리는 불린 일컫는 일컬어지는 알려진 "
    "꼽히는 꼽힌 열린 개최된 진행된 치러진 개최한 주최한 주관한"
)
# `처음 선보인 ‘…’`, `새로 도입한 ‘…’`: words of time or manner before the describing verb.
_WHEN_WORDS = word_set(
    "처음 새로 새롭게 올해 지난해 지난달 최근 직접 함께 본격 시범 자체 이번에 올"
)
# A public body as the subject (`군이`, `구청이`, `센터가`) and the verbs of running a program.
_BODY_RE = re.compile(r"(?:[시군구도]|[시군구도도]청|센터|[부처]|공단|재단|정부|지자체|자치단체)$")
_RUN_VERB_RE = re.compile(
    r"(?:운영|도입|추진|마련|시작|선보|만든|만드는|펼치|펼친|꾸린|꾸리는|신설|개설|시행|실시|조성|설치|"
    r"제공|지원|개발|출시|운행)"
)
# `녹음한 뒤 ‘…’에 연결하면`: the clause ends at a noun that links it to the next one.
_CONNECTIVE_NOUNS = word_set("뒤 후 다음 때 만큼 가운데 중 동안 이후 이전 전 끝 뒤로 즉시 대로 채")
# A word a verb takes before it: an object, a place or way, a share (`도시락을`, `집으로`, `1명씩`).
_COMPLEMENT_RE = re.compile(r"(?:을|를|에|에게|로|으로|까지|에서|씩|마다|와|과|께)$")
_DOUBLE_RE = re.compile(r"[“\"](?P<name>[^“”\"\n]{2,30})[”\"]")
# A sentence's ending or punctuation inside the quote, or a saying verb after it, marks speech.
_SAID_RE = re.compile(r"(?:다|요|죠|까|네|음|함|냐|자)[.!?]?$|[.!?,…]$|\s(?:을|를|이|가)\s")
_SAID_AFTER_RE = re.compile(r"(?:이?라며|이?라고|며|고\s|하고|면서|이?란\s|이?라는)")
# Quoted names joined by 과/와/, /및 into one run: `‘A’과 ‘B’, ‘C’ 등을 이용`.
_QUOTED_JOIN_RE = re.compile(r"^(?:과|와|및|,|\s){1,3}$")
_DEFINITION_RE = re.compile(
    r"^(?P<name>[^\s,]{2,20}(?:\s[^\s,]{1,20}){0,6}?)(?:은|는)\s.{4,160}?"
    r"(?:는|한|인|된)\s(?:사업|제도|프로그램|정책)(?:이다|다)\.?$"
)
_FIELD_NAME_RE = re.compile(
    r"(?:사업명|프로그램명|과정명|교육명|강좌명)\s?[:：]\s?(?P<name>[^:：\n(]{2,50}?)"
    r"(?=\s?[(\n○□■▲◆※]|\s-\s|$)"
)
_DEFINITION_END_RE = re.compile(r"(?:사업|제도|프로그램|정책)(?:이다|다)\.?$")
_NOT_PROGRAM_RE = re.compile(
    r"(?:(?<![밥책평])상|대상|평가|회의|간담회|토론회|설명회|회견|브리핑|[념대막범약상]식|총회|어워드|어워즈|심사|지침|법|조례|규정|규칙|기준|협회|위원회|재단|공단|공사|"
    r"대학교|연구원|진흥원|[시군구도]청|[가-힣]{2,}(?<!지)[부처청]|(?:조례|규칙|법|개정)안|경진대회)$|인증(?![제비])|[:：]|^\d{4}년\s?\S*(?:평가|대상)"
)
_ORG_RE = re.compile(r"(?:행정복지센터|보건소|복지관|주민센터|센터장|지원센터장)$")
_ORG_USE_RE = re.compile(r"\s?(?:누리집|홈페이지|에\s?문의|로\s?문의|으로\s?문의)")
# `치매관리사업 평가에서`: the program is named only as what an evaluation or prize is about.
_EVALUATED_RE = re.compile(r"\s?(?:평가|심사|경진대회|공모전|시상|유공)(?![가-힣])")
# `청년 일경험 사업 ‘청년 로컬 잡’`: the phrase before a quoted name says what kind it is.
_OPEN_QUOTE_RE = re.compile(r"\s?[‘'「『<《〈]")
# A quoted name that opens a list line (`- ‘강릉 스타트업 하우스’ 입주 공간 확대`) is the item.
_ITEM_START_RE = re.compile(r"\s*[-▲○■◆□●◇①-⑳·•]\s?")
# Kinds of public service a quoted brand name is given: `공영자전거 ‘어울링’`, `장애인콜택시 ‘…’`,
# `로컬푸드 직매장 ‘싱싱장터’`, `지역화폐 ‘…’`, `청년 일자리 ‘청년 내일 스텝’`.
_SERVICE_KIND_RE = re.compile(
    r"(?:택시|자전거|버스|셔틀|직매장|판매장|전화|사업|서비스|화폐|상품권|카드|쉼터|센터|"
    r"주택|플랫폼|프로그램|캠페인|축제|제도|정책|보험|적금|바우처|교육|강좌|과정)$"
)
_GRADE_RE = re.compile(
    r"(?:최우수|우수|장려|보통|미흡|양호|탁월|최고|[SA-E]{1,2})(?:\s?등급)?(?:\(.*\))?"
)
_COUNT_NAME_RE = re.compile(r"\d")
_CONTEST_AFTER_RE = re.compile(r"\s?(?:공모|등급|시상식|본선|수상|평가|심사|경진대회)")
# `A 운영, B 조성 등 청년 정착 정책`: a list and its category, not one name.
_LIST_INSIDE_RE = re.compile(r",\s.*\s등\s")
# A name starts after a list marker, after words that open a clause (`이 가운데`, `아울러`) and
# after a verb's one-syllable form.
_LEAD_RE = re.compile(
    r"(?:\s|[-·•]\s|(?:이|그|가운데|중|만큼|아울러|또한|또|특히|한편|이에|처음|지난)\s"
    # a one-syllable verb form before the name: `문을 연 광양시 주거복지센터`
    r"|(?:연|한|된|온|낸|준|둔|쓴|본|할|될|올|줄|든|선|난|진|친|찬|편)\s(?=\S))*"
)
# Words that end a clause inside a walked-back phrase: `감사인 만큼 구청장 공약 사업`.
_CLAUSE_WORD_RE = re.compile(r"(?<!\S)(?:가운데|만큼|지난|처음|중|초|말|중순)\s")
# A figure with money or a share is a budget line (`▲환경 846억 원`), and one ending in a
# count (`전문 상담 10회`) says how much of something, not a name.
_FIGURE_RE = re.compile(
    r"\d[\d,.]*\s?(?:[십백천만억조]\s?)*원|\d%|\d\s?(?:회|번|명|건|시간|개월|주)$"
)
_GENERIC_HEAD_RE = re.compile(
    r"(?:사업|정책|지원|프로그램|조성|구축|설치|건립|확충|보강|유치|정비)$"
)
_AREA_WORDS = word_set("분야 부문 영역")
_GENERIC_PARTS = word_set(
    "일자리 돌봄 안전 복지 고용 안전망 건강 생활밀착 소규모 대규모 상반기 하반기 후속 지원 보조 "
    "국 국비 시비 도비 구비 군비 민생 대응 공약 구청장 시장 군수 도지사 겨울철 여름철 어르신 직접 "
    "경제 환경 문화 관광 교육 보건 의료 주거 민선 현안 지역 생활 계속 "
    "단위 재정 자체 연계 협력 공동 주민 일반 기타 주요 핵심 역점 중점 신규 관련 각종 다양한 "
    "예산 행정 정부 국가 금융 기술 인력 자금 재원 추가 별도 집중 전폭 적극 필요 맞춤 "
    # which or how many: `새 사업`, `두 사업`, `이번 사업`
    "새 두 세 네 이 그 이번 해당 각 모든 여러 다른 같은 첫 양 "
    # who it is for, where, and how it came: `청년 사업`, `섬 주민 지원 사업`, `주민 제안 사업`
    "청년 노인 여성 아동 청소년 장애인 신중년 중장년 교통약자 저소득층 취약계층 소상공인 "
    "농업인 어업인 가족 가정 다문화 근로자 구직자 학생 섬 농촌 어촌 산촌 도시 마을 읍면동 "
    "공모 제안 특화 회계 체육 농업 산업 사회 "
    # what a budget line pays for: `운영비 지원`, `시설 보강`
    "시설 장비 운영 운영비 인건비 사업비 시설비 경상비 보조금 기업 투자 교통 "
    "맞춤형 다양한 체계적 종합 종합적 실질적 전방위 촘촘한"
)
# `관악 일자리 박람회 개최`, `시민감사관 제도 확대`: what is done to a named program.
_ACT_AFTER_RE = re.compile(r"\s(?:개최|확대|추진|실시|시행|도입|신설|강화|개설)$")
_ETC_RE = re.compile(r"\s등(?:의|이다|을|를|이|은|도|과|와|에|으로|이나)?(?:[\s.,]|$)")
_TRAILING_RE = re.compile(r"(?:\s?등|\s운영|\s?[.,;:])+$")
_COPULA_RE = re.compile(r"(?:이다|이며|입니다|이고|다)\.?$")
_MONEY = r"\d[\d,.]*\s?(?:[십백천만억조]\s?)+(?:\d[\d,.]*\s?(?:[십백천만억조]\s?)+)*원"
# Work a budget pays for, named with what is done: `보조경기장 조성에 38억 원`, `어르신 건강이용권
# 지원(9억 6천만 원)`, `경보시스템 구축에도 5억 원을`.
_FUNDED_RE = re.compile(
    r"(?:지원|조성|구축|조성사업|설치|건립|확충|보강|유치|정비)"
    rf"(?=\s?\((?:총\s?|약\s?)?{_MONEY}\)"
    rf"|(?:에|에도|에는|엔|으로)\s(?:(?:모두|총|약|각각|올해|내년)\s)?{_MONEY})"
)
# Two kinds of support named side by side: `해상운송비 지원과 택배 추가배송비 지원도 좋은 평가를
# 받았다`, `청년 월세 지원과 창업 점포 리모델링 지원에 6억 원을`.
_PAIRED_RE = re.compile(
    r"(?P<first>지원|조성|구축)(?:과|와)\s(?P<rest>(?:[^\s,.]+\s){1,5}?)"
    r"(?P<second>지원|조성|구축)(?=(?:도|을|를|이|은|는|에|에도|에는|까지)\s)"
)
# A list of acts closed by 등 and what is done with it: `… 등을 추진`, `… 등에 12억 원`, `… 등이다`.
# `… 등 42건의 주민 제안 사업`: items that only exemplify a kind of work named after 등 are not.
_ACT_LIST_END_RE = re.compile(r"\s등(?:을|이|에|에는|에도|이다|으로|도)(?:\s|\.|$)")
_ACT_ITEM_END_RE = re.compile(r"(?:지원|조성|구축|설치|건립|확충|보강|정비|보수|개선|현대화|유치)$")
_ACT_JOIN_RE = re.compile(
    r"(?P<act>지원|조성|구축|설치|건립|확충|보강|정비|보수|개선|현대화|유치)(?:,\s|(?:과|와)\s)"
)
_ACT_WORD_RE = re.compile(r"(?:지원|조성|구축|사업|설치|건립|확충|보강|유치|정비)$")


def _clean_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """`text[start:end]` without surrounding blanks, a trailing 등 / 운영 or punctuation, and
    without what is done to a program plainly named (`박람회 개최`)."""
    for clause in _CLAUSE_WORD_RE.finditer(text, start, end):
        start = clause.end()
    lead = _LEAD_RE.match(text, start, end)
    if lead:
        start = lead.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    trail = _TRAILING_RE.search(text, start, end)
    if trail:
        end = trail.start()
    act = _ACT_AFTER_RE.search(text, start, end)
    if act and _STRONG_END_RE.search(text, start, act.start()):
        end = act.start()
    while end > start and text[end - 1].isspace():
        end -= 1
    name = text[start:end]
    if len(name) < 3 or len(name) > 60 or name in VAGUE or name in _VAGUE_HEADS:
        return None
    if _NOT_PROGRAM_RE.search(name) or _ORG_RE.search(name) or _LIST_INSIDE_RE.search(name):
        return None
    if _FIGURE_RE.search(name) or _is_category(name) or "…" in name or "..." in name:
        return None
    return start, end


def _is_category(name: str) -> bool:
    """`돌봄·안전·일자리 사업`, `하반기 사업`, `일자리·돌봄 분야 복지사업`: a kind of work named
    by its field, time or funding, not one program."""
    words = name.split()
    if len(words) >= 3 and words[-1] == "지원사업":
        return False  # a formal title: `노인 일자리 지원사업`, `장애인 일자리 지원사업`
    head = _GENERIC_HEAD_RE.search(words[-1])
    if not head:
        return False
    prefix = words[-1][: head.start()]
    modifiers = [word for word in [*words[:-1], prefix] if word != "및"]
    parts = [part for word in modifiers for part in re.split(r"[·‧]", word) if part]
    if any(part in _AREA_WORDS for part in parts) and (not prefix or _generic(prefix)):
        return True
    return all(_generic(part) for part in parts)


def _generic(part: str) -> bool:
    """`part` is made of generic words only, written apart or in one compound (`지역복지`)."""
    if not part:
        return True
    return any(
        part[:cut] in _GENERIC_PARTS and _generic(part[cut:]) for cut in range(len(part), 0, -1)
    )


def _last_item_end(text: str, start: int, end: int) -> int | None:
    """Where the last item of an inline list ends: before ` 등`, or at its first particle."""
    etc = _ETC_RE.search(text, start, end)
    if etc:
        return etc.start()
    position = start
    for word in text[start:end].split(" "):
        bare = word.rstrip(".,")
        copula = _COPULA_RE.search(bare)
        if copula and len(bare) > len(copula.group()) + 1:
            return position + copula.start()
        stripped = strip_particle(bare)
        if stripped != bare:
            return position + len(stripped)
        if bare and not is_plain_word(bare):
            return None
        position += len(word) + 1
    return end


def _bullet_items(text: str) -> Iterator[tuple[int, int]]:
    """List items; plain noun phrases count only in a list about programs (강좌는 ▲…, ▲… 등을
    지원한다, or a list with one item that is plainly a program) or when a description follows
    the item after a colon (`- 청년 월세 한시 특별지원 : 무주택 청년에게 월 20만 원`)."""
    marks = [
        m for m in _BULLET_RE.finditer(text) if m.start() == 0 or text[m.start() - 1].isspace()
    ]
    line_mark = _LINE_BULLET_RE.match(text)
    if line_mark:
        marks.insert(0, line_mark)
    inline = [mark.start() for mark in marks if mark.start() > 1]
    if not marks or (inline and _WHO_LIST_RE.search(text, 0, inline[0])):
        return
    items = []
    for index, mark in enumerate(marks):
        span, described = _item_span(text, mark.end(), marks[index + 1 :])
        for part in _acts(text, span):
            if not _FIELD_ITEM_RE.search(text[part[0] : part[1]]):
                items.append((part, mark.group().strip() in _STRONG_BULLETS, described))
    names = [text[start:end] for (start, end), _, _ in items]
    program_list = bool(_PROGRAM_CONTEXT_RE.search(_BULLET_ITEM_RE.sub(" ", text))) or any(
        _STRONG_END_RE.search(name) for name in names
    )
    areas = bool(_AREA_LIST_RE.search(text))
    for ((start, end), strong, described), item in zip(items, names, strict=True):
        words = item.split()
        noun_phrase = len(words) <= 6 and all(_item_word(w) for w in words)
        plainly = _STRONG_END_RE.search(item)
        if areas:
            if plainly or _SERVICE_END_RE.search(item):
                yield start, end
            continue
        described = described and noun_phrase and len(item.replace(" ", "")) >= 4
        described = described and not _FIELD_END_RE.search(item)
        listed = strong and (_ITEM_END_RE.search(item) or (noun_phrase and program_list))
        if (described and not _ORDINAL_RE.match(item)) or plainly or listed:
            yield start, end


def _item_word(word: str) -> bool:
    """A word of a list item: a plain word, or a noun ending in 이 (`데모데이`, `놀이`), which
    in an item closed by the next mark is no subject particle."""
    return is_plain_word(word) or (
        len(word) >= 3 and word.endswith("이") and is_plain_word(word[:-1])
    )


def _acts(text: str, span: tuple[int, int] | None) -> list[tuple[int, int]]:
    """An item of two acts joined by 및 (`센터 운영 및 기업 판로 지원`) is two items."""
    if not span:
        return []
    joint = _ACTS_RE.search(text, *span)
    if not joint:
        return [span]
    parts = [_clean_span(text, span[0], joint.end("act")), _clean_span(text, joint.end(), span[1])]
    return [part for part in parts if part]


def _item_span(
    text: str, start: int, later: list[re.Match[str]]
) -> tuple[tuple[int, int] | None, bool]:
    """The span of the item starting at `start`, up to the next mark, a note in brackets or a
    colon; and whether a description (not a figure) follows the item's colon."""
    end: int | None = later[0].start() if later else len(text)
    colon = _COLON_RE.search(text, start, end)
    described = bool(colon) and not _FIGURE_START_RE.match(text, colon.end())
    if colon:
        end = colon.start()
    note = text.find("(", start + 2, end)
    while note > 0 and (gloss := _GLOSS_RE.match(text, note)):
        note = text.find("(", gloss.end(), end)
    if note > 0:
        end = note
    elif not later and not colon and not (start <= 3 and not _CLAUSE_END_RE.search(text)):
        end = _last_item_end(text, start, len(text))
    return (_clean_span(text, start, end) if end else None), described


def _list_items(text: str) -> Iterator[tuple[int, int]]:
    for anchor in _LIST_END_RE.finditer(text):
        items = []
        end = anchor.start()
        while True:
            comma = text.rfind(", ", 0, end)
            item_start = comma + 2 if comma >= 0 else 0
            words = text[item_start:end].split()
            clean = bool(words) and all(is_plain_word(w) for w in words)
            if not clean:
                head = text.rfind(" ", item_start, end - 1) + 1
                item_start = phrase_start(text, head)
            items.append((item_start, end))
            if not clean or comma < 0 or len(items) >= 8:
                break
            end = comma
        if len(items) < 2:
            continue
        for start, end in items:
            span = _clean_span(text, start, end)
            if span:
                yield span


def _introduced_items(text: str) -> Iterator[tuple[int, int]]:
    """`새로 시작하는 사업으로는 A, B, C 등이 꼽힌다`: the items a sentence introduces as its
    programs, when each is a plain noun phrase named as a kind of support or service."""
    intros = list(_INTRO_RE.finditer(text))
    if not intros:
        return
    intro = intros[-1]
    etc = _ETC_RE.search(text, intro.end())
    if not etc:
        return
    start = intro.end()
    for comma in [*_ITEM_JOIN_RE.finditer(text, start, etc.start()), None]:
        end = comma.start() if comma else etc.start()
        quoted = _QUOTED_RE.fullmatch(text, start, end)
        words = text[start:end].split()
        plain = 0 < len(words) <= 6 and all(is_plain_word(w) for w in words)
        if quoted:
            span = _clean_span(text, quoted.start("name"), quoted.end("name"))
        elif plain and _INTRODUCED_END_RE.search(text, start, end):
            span = _clean_span(text, start, end)
        else:
            span = None
        if span:
            yield span
        start = comma.end() if comma else end


def _paired_start(text: str, start: int) -> int:
    """`경로당 냉난방비와 양곡비 지원`: a noun joined by 와/과 to the phrase belongs to it,
    unless it is an act of its own (`월세 지원과 …`)."""
    if start < 2 or text[start - 1] != " ":
        return start
    previous = text.rfind(" ", 0, start - 1) + 1
    word = text[previous : start - 1]
    stem = word[:-1]
    if word[-1:] not in ("와", "과") or len(stem) < 2 or not is_plain_word(stem):
        return start
    if _ACT_WORD_RE.search(stem) or stem in VAGUE:
        return start
    return phrase_start(text, previous)


def _specific(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The cleaned span of a named act with five letters or more before its act word
    (`읍내 야간경관 조성`), not a bare act (`시설 보강`) or a kind of support (`급식비 지원`)."""
    span = _clean_span(text, start, end)
    if not span:
        return None
    words = text[span[0] : span[1]].split()
    if len(words) < 2 or len("".join(words[:-1])) < 5 - len(_ACT_WORD_RE.sub("", words[-1])):
        return None
    return span


def _funded_items(text: str) -> Iterator[tuple[int, int]]:
    """Named acts a budget pays for, and two kinds of support named side by side."""
    for head in _FUNDED_RE.finditer(text):
        start = _word_start(text, head.end())
        span = _specific(text, _paired_start(text, phrase_start(text, start)), head.end())
        if span:
            yield span
    for pair in _PAIRED_RE.finditer(text):
        first = _word_start(text, pair.end("first"))
        span = _specific(text, phrase_start(text, first), pair.end("first"))
        rest = pair.group("rest").split()
        if span and all(is_plain_word(word) for word in rest):
            yield span
            yield from filter(None, [_specific(text, pair.start("rest"), pair.end())])
    yield from _act_lists(text)


def _act_lists(text: str) -> Iterator[tuple[int, int]]:
    """`강변 꽃길 조성, 주차 시스템 구축, 시장 현대화 지원 등을 추진`: a list closed by 등 whose
    items each name an act (조성, 구축, 지원 …) is a list of projects; each item that names
    its object specifically is one."""
    for etc in _ACT_LIST_END_RE.finditer(text):
        items: list[tuple[int, int]] = []
        end = etc.start()
        while len(items) < 8:
            joins = list(_ACT_JOIN_RE.finditer(text, max(0, end - 40), end))
            start = joins[-1].end() if joins else max(0, end - 40)
            start = phrase_start(text, _word_start(text, end)) if not joins else start
            words = text[start:end].split()
            if not words or not all(is_plain_word(w) for w in words):
                break
            if not _ACT_ITEM_END_RE.search(text, start, end):
                break
            items.append((start, end))
            if not joins:
                break
            end = joins[-1].start() + len(joins[-1].group("act"))
        if len(items) < 2:
            continue
        for start, end in items:
            span = _specific(text, phrase_start(text, start) if start else start, end)
            if span:
                yield span


def _word_start(text: str, end: int) -> int:
    start = end
    while start > 0 and end - start < 40 and _WORD_CHAR_RE.match(text[start - 1]):
        start -= 1
    return start


def _heads(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each head word: `양성과정`, `양성 과정`, `청년도전 지원사업`'s `지원사업`."""
    for end_match in _HEAD_END_RE.finditer(text):
        end = end_match.end()
        start = _word_start(text, end_match.start())
        if _HEAD_WORD_RE.fullmatch(text, start, end):
            yield start, end
        elif start > 1 and text[start - 1] == " ":
            before = _word_start(text, start - 1)
            if _HEAD_WORD_RE.fullmatch(text, before, end):
                yield before, end
    for end_match in _RUN_END_RE.finditer(text):
        yield _word_start(text, end_match.start()), end_match.end()
    for free in _FREE_RE.finditer(text):
        start = _word_start(text, free.start())
        if not _OFFERED_RE.search(text, start, free.start()):
            yield start, free.start()


def _joined_start(text: str, start: int) -> int:
    """`노인일자리 및 사회활동 지원사업`: a noun joined by 및 to the phrase belongs to the name,
    unless it is a program or an act of its own (`센터 운영 및 판로 지원`)."""
    joined = _JOINED_RE.search(text, max(0, start - 18), start)
    if not joined or joined.end() != start:
        return start
    word = joined.group("word")
    if word in VAGUE or _ITEM_END_RE.search(word) or not is_plain_word(word):
        return start
    return phrase_start(text, joined.start("word"))


def _headed_phrases(text: str) -> Iterator[tuple[int, int]]:
    for head_start, head_end in _heads(text):
        word = text[head_start:head_end]
        start = _joined_start(text, phrase_start(text, head_start))
        if word in _VAGUE_HEADS and start == head_start:
            continue
        before = text[max(0, start - 3) : start]
        if re.search(r"등(?:의)?\s$|[’'」』]\s?$", before):
            continue
        if word.endswith("센터") and (
            _ORG_USE_RE.match(text, head_end) or _STAFF_AFTER_RE.match(text, head_end)
        ):
            continue
        if _PART_PAY_RE.search(word):
            continue
        if _EVALUATED_RE.match(text, head_end) or _OPEN_QUOTE_RE.match(text, head_end):
            continue
        words = text[start:head_end].split()
        if len(words) == 1 and len(word) < (4 if _BENEFIT_RE.search(word) else 5):
            continue
        if len(words) == 2 and words[0] in _GENERIC_MODIFIERS and word in _VAGUE_HEADS:
            continue
        span = _clean_span(text, start, head_end)
        if span:
            yield span


def _ends_in_program_word(name: str) -> bool:
    """`‘청년 희망 적금’` does; `‘이지원’` (an app) does not: its 지원 has no word before it.
    A name branded by its place (`‘은평형 통합돌봄’`, `‘천안형 AI 안부콜’`) is one too; a type
    (`‘맞춤형 돌봄’`, `‘생존형 출마’`) is no place."""
    match = _QUOTED_END_RE.search(name.strip())
    if match and match.start() >= 2:
        return True
    branded = _BRANDED_RE.match(name)
    return bool(branded) and is_place(branded.group("place"))


def _kind_before(text: str, match: re.Match[str]) -> bool:
    """`장애인콜택시 ‘아산 행복콜’ 차량을`, `공영자전거 ‘어울링’ 2,000대를`: a noun right before the
    quote says what kind of service the name is (not an organisation: `환경부 ‘…’ 평가`)."""
    start = match.start()
    if start < 3 or text[start - 1] != " " or _CONTEST_AFTER_RE.match(text, match.end()):
        return False
    if _GRADE_RE.fullmatch(match.group("name")) or _COUNT_NAME_RE.match(match.group("name")):
        return False  # `지원 사업 ‘최우수’ 선정`: the grade the program got
    word_start = text.rfind(" ", 0, start - 1) + 1
    word = text[word_start : start - 1]
    if re.search(r"[을를]\s$", text[max(0, word_start - 2) : word_start]):
        return False  # `기능을 갖춘 ‘…’`: the word is a verb taking an object
    return bool(_SERVICE_KIND_RE.search(word)) and is_plain_word(word)


def _adnominal(word: str) -> bool:
    """`찾아가는`, `배달하는`, `모은`, `배치한`: a verb form that describes the noun after it."""
    last = word[-1:]
    if word in _NOT_DESCRIBING:
        return False
    if word.endswith("는"):
        return len(word) >= 2
    if word.endswith(("보인", "들인")):
        return True  # `선보인`, `들인`; other words ending in 인 are a noun's copula (`공간인`)
    return "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 == 4 and last != "인"


def _described_before(text: str, match: re.Match[str]) -> bool:
    """`도시락을 집까지 전하는 ‘북구 든든밥상’`, `어르신을 찾아가는 순회진료선 ‘고흥 희망호’`: a
    quoted noun phrase that a clause before it describes as what it does is a service's name.
    The clause has a complement (`도시락을`, `집으로`, `1명씩`), so a sentence's subject
    (`구는 ‘…’`) is no such clause; speech, slogans that end in a place, grades and
    contests are not names."""
    words = text[max(0, match.start() - 60) : match.start()].split()
    name = match.group("name")
    if len(words) < 2 or _SAID_RE.search(name) or _SAID_AFTER_RE.match(text, match.end()):
        return False
    if _GRADE_RE.fullmatch(name) or _CONTEST_AFTER_RE.match(text, match.end()):
        return False
    if _ROLE_AFTER_RE.match(text, match.end()) or _DOCUMENT_END_RE.search(name):
        return False
    if not _CASE_AFTER_RE.match(text, match.end()):
        return False  # `기능을 갖춘 ‘갤럭시 북’으로 시장을`: a means, not a service run
    parts = name.split()
    if is_place(parts[-1]) or not 2 <= len(parts) <= 6:
        return False  # one word is as often a film, a song or a shop as a service
    typed = _BRANDED_RE.match(name)
    if typed and not is_place(typed.group("place")):
        return False  # `선거를 앞둔 ‘생존형 출마’`: a type, not a brand
    for index in range(len(words) - 1, max(len(words) - 4, 0), -1):
        word = words[index]
        if _adnominal(word) and _clause_before(words[index - 1], word):
            return True
        if not is_plain_word(word) or word in _CONNECTIVE_NOUNS:
            return False
    return False


def _clause_before(previous: str, verb: str) -> bool:
    """Whether `previous verb` is a clause describing what follows: the verb takes a complement
    (`도시락을 전하는`), a word of time or manner (`처음 선보인`), or a public body runs it
    (`군이 운영하는`, not `가수가 부른`)."""
    if _COMPLEMENT_RE.search(previous) or previous in _WHEN_WORDS:
        return True
    subject = previous[:-1] if previous[-1:] in ("이", "가") else ""
    return bool(subject) and _BODY_RE.search(subject) is not None and bool(_RUN_VERB_RE.match(verb))


def _quoted_runs(text: str) -> Iterator[list[re.Match[str]]]:
    """Quoted names, grouped into runs joined by 과/와/쉼표/및."""
    run: list[re.Match[str]] = []
    for match in _QUOTED_RE.finditer(text):
        if _QUOTE_PAIRS[match.group("open")] != match.group("close"):
            continue
        if run and not _QUOTED_JOIN_RE.match(text[run[-1].end() : match.start()]):
            yield run
            run = []
        run.append(match)
    if run:
        yield run


def _quoted_names(text: str) -> Iterator[tuple[int, int]]:
    """Quoted names that end in a program word or that a program word or running verb follows;
    a run of quoted names (`‘A’과 ‘B’ 등을 이용`) counts whole when its last name or any name
    in it does."""
    for run in _quoted_runs(text):
        after = re.match(r"\s?등", text[run[-1].end() :])
        tail = run[-1].end() + (after.end() if after else 0)
        run_follows = bool(_QUOTED_FOLLOW_RE.match(text, tail))
        named = [_ends_in_program_word(m.group("name")) for m in run]
        whole = run_follows or (len(run) > 1 and any(named))
        for match, ends_well in zip(run, named, strict=True):
            follows = _QUOTED_FOLLOW_RE.match(text, match.end())
            placed = _ITEM_START_RE.fullmatch(text, 0, match.start()) or _kind_before(text, match)
            described = _described_before(text, match)
            if not (whole or follows or ends_well or placed or described):
                continue
            if _EVALUATED_RE.match(text, match.end()):
                continue
            span = _clean_span(text, match.start("name"), match.end("name"))
            if span:
                yield span


def _double_quoted_names(text: str) -> Iterator[tuple[int, int]]:
    """`“청년 마음 쉼표” 사업을 추진`: a short double-quoted noun phrase that a program word or
    running verb follows is a name; what is said (`“…늘리겠다”고`, `“…결과”라며`) is not."""
    for match in _DOUBLE_RE.finditer(text):
        name = match.group("name")
        if _SAID_RE.search(name) or _SAID_AFTER_RE.match(text, match.end()):
            continue
        if _QUOTED_FOLLOW_RE.match(text, match.end()) or _ends_in_program_word(name):
            span = _clean_span(text, match.start("name"), match.end("name"))
            if span:
                yield span


def _field_names(text: str) -> Iterator[tuple[int, int]]:
    """`○ 사업명: 청년 월세 한시 특별지원` in a notice's field list."""
    for match in _FIELD_NAME_RE.finditer(text):
        span = _clean_span(text, match.start("name"), match.end("name"))
        if span:
            yield span


def _defined_names(text: str) -> Iterator[tuple[int, int]]:
    """`X은 … 지원하는 사업이다.`: a sentence defining X as a program names X."""
    if not _DEFINITION_END_RE.search(text):
        return
    match = _DEFINITION_RE.match(text)
    if match and all(is_plain_word(w) for w in match.group("name").split()):
        span = _clean_span(text, match.start("name"), match.end("name"))
        if span:
            yield span


def _outermost(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` without those lying inside another (a list item's inner 정책 phrase)."""
    kept: list[tuple[int, int]] = []
    reach = -1
    for start, end in sorted(set(spans), key=lambda span: (span[0], -span[1])):
        if end > reach:
            kept.append((start, end))
            reach = end
    return kept


def _full_names(names: Iterable[str]) -> dict[str, str]:
    """Each name's fullest form in the article: after `발달장애인 주간활동서비스`, a later (or
    earlier) `주간활동서비스` is the same program and is named in full."""
    distinct = sorted(set(names), key=len, reverse=True)
    full = {}
    for name in distinct:
        longer = (other for other in distinct if other.endswith(" " + name))
        full[name] = next(longer, name) if len(name) >= 4 else name
    return full


def find(pieces: Iterable[Piece]) -> Iterator[Fact]:
    found: list[tuple[Piece, int, int]] = []
    for piece in pieces:
        text = piece.text
        spans: list[tuple[int, int]] = []
        for finder in (
            _bullet_items,
            _list_items,
            _introduced_items,
            _headed_phrases,
            _funded_items,
            _quoted_names,
            _defined_names,
            _field_names,
        ):
            spans.extend(finder(text))
        spans = [*outside_speech(text, spans), *_double_quoted_names(text)]
        found.extend((piece, start, end) for start, end in _outermost(spans))
    full = _full_names(piece.text[start:end] for piece, start, end in found)
    for piece, start, end in found:
        name = full[piece.text[start:end]]
        yield piece.fact(FactKind.PROGRAM, start, end, name=name)
