"""The one table of page-chrome knowledge, shared by the HTML and the text cleaner.

Korean news CMSs and government boards repeat the same chrome on thousands of sites: share and
print bars, "기사 메일전송", 승인/입력 date lines, "많이 본 뉴스" sidebars, copyright lines,
board navigation (이전글/다음글, 첨부파일), satisfaction surveys and footers. Each entry here
names a family of such lines, never one page. The article's own metadata lines (dates, bylines,
copyright names) are read in `metadata_lines`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from govreader.clean.captions import is_caption

_SPACE = re.compile(r"\s+")
_BULLET = re.compile(r"^[\s•◦□☆★▪▫]+(?=\S)")

LINE_CACHE = 1 << 12
"""Lines remembered by each cached test below: chrome lines recur across the pages of a site, body
lines do not. At 1 << 17 an import worker's memory grew by 6 MB every 500 pages, past 200 MB
during a 100,000-page import, for no speed: 4,096 keeps it flat at the same pages per second."""


def squash(line: str) -> str:
    """One line with runs of white space made one space and list bullets from dumps removed."""
    return _BULLET.sub("", _SPACE.sub(" ", line).strip()) if line else ""


def squash_space(line: str) -> str:
    """One line with runs of white space made one space; its characters otherwise kept."""
    return _SPACE.sub(" ", line).strip() if line else ""


_PHONE_DIGITS = r"\d{2,4}[-.)]\s?\d{3,4}-\d{4}"
"""A Korean phone number (033-370-2222, 02)123-4567): contact lines, stories ending with one."""
_EMAIL_ADDRESS = r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[\s*email\s*protected\s*\])"
"""An e-mail address, or what a CDN's e-mail protection prints in its place ([email protected])."""

# Lines that are chrome whatever their context (matched against the whole squashed line).
_TOOL = (
    r"(?:기사\s*)?(?:메일\s*전송|이메일\s*보내기|메일\s*보내기|스크랩(?:\s*하기)?|인쇄(?:하기)?|프린트(?:하기)?|글자\s*크기"
    r"|읽어\s*주기|다시\s*듣기|폰트\s*(?:확대|축소)|키보드\s*단축키(?:\s*안내)?"
    r"|글씨\s*(?:크게|작게)|폰트\s*크기|본문\s*듣기|음성(?:으로)?\s*듣기|공유(?:하기)?|URL\s*복사"
    r"|링크\s*복사|주소\s*복사|기사\s*수정|기사\s*삭제|바로가기|닫기|더보기|확대|축소|페이스북"
    r"|트위터|카카오(?:톡|스토리)?|네이버\s*(?:밴드|블로그)|밴드|라인|텔레그램|블로그|엑스|북마크|좋아요|추천|구독"
    r"|이메일|글자"
    r"|목록\s*(?:보기|바로가기)|목록|(?:이전|다음)\s*기사|이전|다음|맨\s*위로|(?:SNS\s*)?기사\s*보내기"
    r"|[▲△↑]\s*top|top|print|share|tweet|facebook|twitter|kakao"
    r"|e-?mail|more|close|\+|-|가\s*가|가)"
)
_TOOL_TOKEN = rf"\[\s*{_TOOL}\s*\]|{_TOOL}"
"""A tool alone or as a bracketed button ([인쇄] [공유하기] [URL복사])."""
_SITE_TOOL = (
    r"(?:로그인|로그아웃|회원가입|마이페이지|통합검색|검색|전체\s*메뉴|사이트\s*검색|사이트맵|홈|HOME|Home"
    r"|ENGLISH|English|KOREAN|Korean|뉴스레터|RSS|구독\s*신청|모바일\s*웹)"
)
_SECTION = (
    r"(?:전체\s*기사|전체|주요\s*뉴스|최신\s*뉴스|포토\s*뉴스|포토|영상|동영상|오피니언|사설|칼럼|정치|경제"
    r"|사회|문화|스포츠|연예|전국|국제|지역|교육|행정|의회|자치|기획|인물|피플|라이프|생활|건강|산업|과학"
    r"|부동산|금융|환경|농업|관광|복지|시정|군정|구정|도정|종합|IT|뉴스)"
)
"""Names of a news site's sections, which its menu row lists."""
_OUTLET_NAME = r"(?:일보|신문|뉴스|방송|TV|닷컴|타임즈|타임스|미디어|통신|뉴시스|뉴스1|뉴스핌|저널)"
_CHANNEL = r"(?:페이스북|트위터|카카오톡|카카오스토리|네이버\s*밴드|네이버|밴드|라인|텔레그램|엑스)"
_TOOL_ROWS = (
    # share / print / font / listen bars and article tools, one or a row of them
    rf"(?>{_TOOL_TOKEN})(?:(?:\s*[|·]\s*|\s+)(?>{_TOOL_TOKEN}))*+",  # atomic: one way to read a row
    r"이\s*기사를\s*공유합니다",
    # share buttons copied with no space between them (트위터로 보내기카카오톡 네이버 밴드 공유)
    rf"(?:(?>{_CHANNEL}(?:으?로\s*)?(?:보내기|공유(?:하기)?)?|공유(?:하기)?)\s*)++",
)
_TOOL_ROW = re.compile("|".join(f"(?:{p})" for p in _TOOL_ROWS), re.IGNORECASE)
_CHROME_PATTERNS = (
    *_TOOL_ROWS,
    r"(?:기사|뉴스)\s*(?:URL|주소)(?:이|가)?\s*복사(?:되었습니다|됐습니다)?\.?",
    r"(?:모바일|PC)\s*(?:버전|화면)(?:으로)?\s*(?:바로\s*)?(?:가기|보기)",
    r"(?:본문|주\s*메뉴|메인\s*메뉴|메뉴|하단\s*메뉴|서브\s*메뉴|상단\s*메뉴|컨텐츠|콘텐츠)\s*(?:바로가기|건너뛰기)",
    r"댓글\s*\d*\s*(?:개)?",
    r"\d+",
    r"[\d\s,./:()\[\]-]+",
    rf"(?>{_SITE_TOOL})(?:\s*[|·]?\s+(?>{_SITE_TOOL}))*+",  # 로그인 회원가입, 홈 | 검색
    r"(?:다음|이전)\s*(?:글|게시물|기사)\s*(?::.*)?|(?:다음|이전)\s*(?:글|게시물)(?:이|가)?\s*없습니다\.?",
    r"(?:다음|이전|윗|아랫)\s*(?:글|게시물)\s+.{1,100}",
    r"(?:첨부\s*파일|첨부|파일\s*첨부|다운로드|미리보기|바로보기|내려받기)(?:\s*:.*)?",
    r"(?:\S+\s+)?기자\s*(?:의\s*)?(?:다른\s*기사|기사\s*더보기|구독|페이지).*",
    r"(?:QR\s*코드|모바일로\s*QR).*",
    r"(?:\S+\s+)?웹\s*접근성\s*(?:품질\s*)?인증\s*마크(?:\s*획득)?",
    r"(?:\S{0,8}\s*(?:공유하기|공유|복사하기|보내기|새창열기|새\s*창)\s*)+",
    r"(?:\S{1,8}\s*(?:바로\s*가기|건너\s*뛰기)\s*)+",
    # breadcrumbs: 홈 > 농업·수산, 전남 > 도정, HOME 행정 서울
    r"(?:HOME|Home|홈)\s+[^.!?]{2,30}",
    r"(?:(?:현재\s*)?위치\s*[:：]?\s*)?"
    r"(?:[^\s<>]{1,12}(?:\s[^\s<>]{1,12})?\s*[>›»]\s*)+[^\s<>]{1,12}(?:\s[^\s<>]{1,12})?",
    # a row of the site's sections (전체기사 정치 경제 사회 문화, 사회 | 지역 | 교육)
    rf"(?>{_SECTION})(?:(?:\s*[|·/]\s*|\s+)(?>{_SECTION})){{2,}}|(?>{_SECTION})",
    # a portal's reader widgets: its summary box's notes (the summary repeats body sentences,
    # which stay), text-to-speech, translation, font-size samples
    r".{0,80}(?:자동\s*요약|요약한\s*결과입니다|요약\s*결과입니다).{0,160}",
    r".{0,80}본문\s*(?:전체\s*)?(?:보기|읽기)를?\s*권장.{0,20}",
    # a machine-made summary's notice to the reader (이 요약문은 AI가 작성했습니다. … 본문에서 …)
    r"[※*]?\s*(?:이|본)?\s*요약(?:문|본)?(?:은|는)\s*(?:AI|인공\s*지능|생성형\s*AI)\S{0,6}\s*[^.]{0,20}"
    r"(?:작성|생성|요약|정리)[^.]{0,10}니다\..{0,200}"
    r"|.{0,30}(?:AI|인공\s*지능)(?:가|이|로)?\s*요약한\s*(?:내용|결과|기사)입니다\..{0,200}",
    r"\(\s*예시\s*\).{0,200}",
    r"음성\s*재생(?:\s*설정)?|번역\s*beta.{0,40}|Translated\s+by.{0,40}",
    # a table's note to phone readers, a table's summary for screen readers
    r".{0,40}(?:좌우|옆)으?로\s*(?:이동|스크롤|밀어).{0,30}(?:표|테이블).{0,20}",
    r".{0,80}(?:내용\s*)?표\s*[:：].{0,120}정보(?:가|를)\s*(?:있습니다|제공합니다)\.?",
    # a satisfaction survey's options (5점 - 매우만족 ... 1점 - 매우 불만족)
    r"(?:\(\s*\)\s*)?[1-5]\s*점\s*[-–:]?\s*(?:매우\s*)?(?:만족|불만족|보통).{0,120}",
    # links to the original story, "read full story"
    r"(?:기사\s*)?원문\s*(?:링크|보기|바로\s*가기)(?:\s*[:：].{0,200})?|원본\s*보기",
    # a link alone on its line, perhaps after a link's label (웹사이트: …, 첨부 …): a release's
    # footer, a page's own address, an attached video; a body sentence has words around its link
    r"(?:[-▶▷☞※·•]\s*)?(?:(?:웹\s*사이트|사이트|출처|원문|첨부(?:\s*파일)?|링크|URL|영상)\s*[:：]?\s*)?"
    r"(?:https?://|www\.)[^\s가-힣]+",
    r".{0,160}read\s+(?:the\s+)?full\s+(?:story|article)\.?",
    # a browser notice (… 지원하지 않습니다, 다른 브라우저를 사용하여 주십시오, 업데이트 …)
    r".{0,60}(?:브라우저(?:가|는|에서)?.{0,30}지원하지\s*않|다른\s*브라우저를\s*(?:사용|이용)"
    r"|브라우저를\s*(?:최신\s*(?:버전|상태)으로\s*)?업데이트).{0,60}",
    # an outlet's tip line (기사문의 및 제보 : …, [카카오톡] … 채널 추가)
    r".{0,30}(?:기사\s*문의|제보)\s*(?:및\s*(?:제보|문의))?\s*[:：].{0,80}",
    r"[※▲]?\s*['‘\"“]?당신의\s*제보가\s*뉴스가\s*됩니다['’\"”]?|제보\s*하기"
    r"|.{0,30}(?:여러분의|독자)\s*제보를\s*기다립니다\.?",
    r"\[\s*(?:카카오톡|카톡|전화|메일|이메일|팩스|제보)\s*\]\s*.{0,60}",
    r"[■□▶▷◆◇●○※☞]?\s*(?:기사\s*)?제보\s*(?:하기|안내|전화|메일|이메일|방법|창구|접수)(?:\s*[:：].{0,80})?",
    r"[■□▶▷◆◇●○※☞-]?\s*(?:카카오톡|카톡|카카오)\s*(?:채널)?\s*[:：]\s*.{0,40}(?:채널|친구)\s*추가",
    # a broadcast script's cue marks (◀ANC▶, ◀VCR▶, ▶REP., [앵커]), perhaps naming who speaks
    r"(?:[◀▶◁▷<\[【]\s*(?:ANC|VCR|INT|SYN|REP|END|CG|PIP|SOV|NAR|EFFECT|ST-?UP|S/U)\s*\.?\s*"
    r"[◀▶◁▷>\]】]?\.?\s*)+(?:\([^()]{1,12}\))?(?:\s+[^.!?\d]{1,24})?",
    r"[◀▶◁▷<\[【]\s*(?:앵커(?:\s*멘트)?|리포트|기자(?:\s*멘트)?|스탠딩|인터뷰)\s*[◀▶◁▷>\]】]",
    # who speaks next (▶ 인터뷰 : 홍길동 / 해오름군 주민), the anchor's hand-off to the reporter and
    # the reporter's sign-off: the script's cues, said in words
    r"[▶▷]\s*(?:인터뷰|싱크|스탠딩)(?:\s*\([^()]{1,8}\))?\s*[:：]\s*[가-힣]{2,5}\s*/\s*[^.!?/]{1,30}",
    r"(?:\S{2,12}\s)?[가-힣]{2,4}\s*기자가\s*(?:보도합니다|다녀왔습니다|취재했습니다|전해드립니다|전합니다)\.?",
    r"[A-Za-z가-힣]{2,10}\s*뉴스\s*[가-힣]{2,4}\s*입니다\.?",
    # a sponsored release's notice, tabs to another language's copy
    r".{0,40}(?:후원을\s*받아|제공처의).{0,40}(?:게재|보도\s*자료)\S{0,4}\.?",
    r"(?:국문|영문|한글|중문|일문)\s*기사(?:\s*보기)?",
    # reactions and subscriptions (좋아요 0 슬퍼요 0, 추천 0 비추천 0, 네이버 채널 구독)
    r"(?:(?:좋아요|훈훈해요|슬퍼요|화나요|후속\s*기사\s*원해요|추천해요|비추천|추천|공감|비공감"
    r"|감동이에요|놀랐어요|응원해요)\s*\d*\s*)+",
    r"[▶▷☞]?\s*.{0,30}(?:채널|유튜브|네이버|뉴스\s*스탠드|카카오\S{0,3}|언론사)\s*.{0,10}구독.{0,10}"
    r"|구독(?:하기|중)?(?:\s+구독(?:하기|중)?)*",
    r"이\s*기사를\s*(?:추천|후원)합니다\.?|기사\s*(?:후원|추천)\s*하기"
    r"|이\s*기사에\s*대해\s*어떻게\s*생각하시나요\??",
    # tags, logos, profile and home links
    r"(?:#[^\s#]{1,30}\s*)+|Tags?|태그|(?:Tags?|태그|키워드)\s*(?:[:：]|(?=\s*#))(?:\s*#?[^\s#]{1,20}){0,12}"
    r"|(?:Tags?|태그)(?:\s+[^\s#]{1,20}){1,8}",
    # an outlet's name with its address, its ethics pledge, a donation appeal, comment notices
    r"[가-힣][가-힣A-Za-z0-9]{0,19}\s*\(?(?:https?://)?www\.[\w.-]+/?\)?",
    r".{0,40}윤리\s*강령.{0,60}준수합니다\.?",
    r"(?:기사\s*(?:잘\s*)?(?:보셨나요|어떠셨나요)\??.{0,120})|(?:후원|구독)\s*하기",
    r"등록된\s*댓글이\s*없습니다\.?|.{0,12}댓글\s*(?:정책|운영\s*(?:원칙|규정))|독자\s*의견\s*\d*",
    # a photo's caption naming what it shows (해오름군청 전경, 해오름시청사 전경(사진=…))
    r"[가-힣A-Za-z0-9·]{2,20}(?:\s[가-힣A-Za-z0-9·]{1,20}){0,2}\s*전경(?:\s*[(\[].{0,30}[)\]])?\.?",
    # a story's note on where it came from (※ 이 기사는 … 보도자료를 바탕으로 작성되었습니다.)
    r"[※*]?\s*(?:이|본)\s*기사는\s.{0,100}(?:작성|제공|게재|재구성|편집)"
    r"(?:되었습니다|됐습니다|했습니다|하였습니다|된\s*것입니다)\.?",
    rf".{{0,15}}(?:{_OUTLET_NAME}|언론사|사이트|누리집|홈페이지)\s*로고",
    r"언론사\s*홈\s*(?:바로\s*)?가기|기자\s*프로필|(?:다른|이전)\s*기사\s*(?:보기|더보기)",
    r".{0,20}AI\s*(?:학습|데이터).{0,20}(?:금지|불가).{0,10}",
    # a comment box's rules, however long
    r"댓글은.{0,60}공간입니다\..{0,160}|.{0,300}댓글.{0,200}삭제될\s*수\s*있습니다\.?",
)

_DIVIDER = re.compile(r"[\W_]{2,}")
"""A line of rules or marks with no word in it (────────, * * *, ◆◆◆): a release's divider."""
_AD_START = re.compile(r"[\[<(【]?\s*(?:광고|AD|PR|Advert|Sponsor|스폰서|파워)", re.IGNORECASE)
_AD_FIRST = frozenset("[<(【광AaPp스파")
_AD = re.compile(
    r"(?:광고(?:\s*(?:로드|로딩)\s*중)?|AD|PR|Advertisement|Sponsored|스폰서(?:\s*링크)?|파워\s*링크)"
    r"|[\[<(【]\s*(?:광고|AD|PR|Advertisement|Sponsored|스폰서)\s*[\]>)】](?!.*[가-힣]다\.$).{0,100}"
    r"|광고\s*(?:문의|안내|제휴|게재\s*문의|신청|접수)(?:\s*[:：|]?\s*[^다]{0,60})?",
    re.IGNORECASE,
)
"""An in-article ad: a tag alone, or a tagged line that is not a sentence ([광고] 신규 분양 ...,
<광고>, 광고 문의)."""

# Lines that are chrome when short (a long line saying the same is more likely article text).
_SHORT_CHROME_WORDS = (
    r"댓글.*(?:욕설|비방|명예훼손|로그인|작성|입력|남겨|운영\s*원칙)|(?:소셜|SNS)\s*댓글"
    r"|(?:욕설|비방|명예훼손|악플).*(?:댓글|게시물|게시글)",
    r"저작권자|무단\s*(?:전재|복제)|재배포\s*금지|재판매\s*및\s*DB\s*금지|All\s+rights\s+reserved|Copyright|ⓒ|©",
    # a page survey widget, not a story sentence about a survey (…만족도 조사에서는 93%가 답했다.)
    r"만족도\s*조사(?!.*[가-힣]다\.$)|만족하십니까|의견을\s*남겨|정보에\s*만족|평가해\s*주",
    r"사진\s*확대|이미지\s*확대|사진\s*설명|사진\s*출처|\[사진\s*=|사진\s*=\s*\S+\s*제공|^[▲△▷]\s*사진\s*[=:]",
    r"좋아요를?\s*눌러|마음에\s*들었다면|구독해\s*보세요|구독하세요|추천해\s*주세요|응원해\s*주세요",
    r"요약봇|글자\s*크기|글씨\s*크기|본문\s*듣기|음성\s*변환|자동\s*추출\s*기술|텍스트\s*음성",
    r"공공누리|제\s*[1-4]\s*유형|출처\s*표시",
    r"\(\s*\d+\s*hit\s*/",
    r"개인정보\s*처리\s*방침|이용\s*약관|이메일\s*무단\s*수집|청소년\s*보호\s*정책"
    r"|사이트\s*맵|오시는\s*길",
    r"등록\s*번호|발행인|편집인|발행\s*일자|등록\s*일자|청소년\s*보호\s*책임자",
)
"""Words that make a short line chrome wherever they stand in it (copyright, survey, policy
links), like an e-mail address or a phone number (looked for only when "@" or "-" is there)."""
_SHORT_CHROME_PATTERNS = (
    r"(?:담당\s*부서|자료\s*관리\s*담당자|담당자|연락처|전화번호|문의|작성자|조회수?|부서명|최종\s*수정일"
    r"|등록자|게시자|작성일|등록일|수정일|출처)(?!.*다\.$)(?:\s*[:：|]|\s|$).{0,60}",
    r".*\d+(?:\.\d+)?\s*[KM]B\)?",
    # a file to download: its name, then maybe its count, size or buttons (다운로드 12) [미리보기]
    r".*\.(?:hwp|hwpx|pdf|jpg|jpeg|png|gif|zip|docx?|xlsx?|pptx?)\)?"
    r"(?:\s*(?:[\[(][^()\[\]]{0,20}[\])]|다운로드|내려\s*받기|미리\s*보기|바로\s*보기|download|preview))*",
    # press-release contact and attachment lines
    r"\(?.{0,60}(?:주무관|팀장|과장|계장|동장|실장|담당자|담당)\s*[가-힣]{0,4}\s*\(?\d{3,4}-\d{4}.{0,60}\)?",
    r"(?:자료\s*제공|보도\s*자료\s*제공|기사\s*제공|자료\s*문의|취재\s*문의)\s*[:：].{0,80}",
    r"※?\s*(?:별첨|첨부|붙임)\s*[:：]?\s*(?:사진|자료|파일).{0,30}",
    # what a release comes with (사업구상도 1장, 환영문 1부 첨부)
    r"[(\[]\s*[^()\[\]]{0,80}\d\s*(?:장|부|매|건|종)\s*첨부\s*[)\]]",
    r"\(?\d{5}\)?\s*\S+(?:특별시|광역시|특별자치시|특별자치도|도)\s.*(?:로|길)\s*\d+.*",
    # how long ago, perhaps after the outlet (해오름일보 · 1일 전, 2개월전)
    r"(?:[^·|\d]{1,20}\s*[·|]\s*)?\d{1,3}\s*(?:초|분|시간|일|주|개월|달|년)\s*전",
)
_RELEASE_NOTE = re.compile(
    r"[※*]\s*(?:이|본|상기|해당)\s*(?:보도\s*)?자료.{0,110}"
    r"|(?:이|본)\s*보도\s*자료(?:는|와|에|의|를|및)\s.{0,110}"
    r"|(?:이|본)\s*자료는.{0,80}(?:보실|볼|확인하실|내려\s*받으실|받아\s*보실)\s*수\s*있습니다\.?"
)
"""A release's closing note about itself (이 자료는 ... 보도자료 게시판에서도 보실 수 있습니다,
※ 이 보도자료와 관련하여 ... 연락주시기 바랍니다)."""
_RELEASE_HEADER = re.compile(
    r"(?:보도|배포)\s*(?:일시|일자|시점|시간|예정)\s*[:：]?\s*(?=[\d(]|배포|즉시|보도|오전|오후)"
    r"(?!.*[다요]\.$).{0,60}"
    r"|(?:총\s*\d{1,3}\s*(?:쪽|매|페이지|면)|매\s*수\s*[:：]?\s*\d{1,3}\s*매)(?:\s*\([^()]{0,30}\))?"
    r"|(?:배포\s*)?즉시\s*보도(?:\s*가능)?|엠바고\s*[:：]?.{0,40}"
)
"""Rows of a press release's header table (보도일시 ... 배포 즉시, 총 4쪽 (사진 2매 포함))."""
_SHORT_CHROME = re.compile("|".join(f"(?:{p})" for p in _SHORT_CHROME_PATTERNS), re.IGNORECASE)
_LIST_MARK = re.compile(r"^[-–•·∙◦▪]\s*")
"""A list item's mark ahead of a board's row (- 작성자 : 홍보팀, • 담당부서 : 복지과)."""
_SHORT_CHROME_WORD = re.compile("|".join(f"(?:{p})" for p in _SHORT_CHROME_WORDS), re.IGNORECASE)
_EMAIL = re.compile(_EMAIL_ADDRESS)
_PHONE_NUMBER = re.compile(_PHONE_DIGITS)
SHORT_LINE = 120
_SENTENCES = re.compile(r"[가-힣][다요]\.\s+\S.*[가-힣][다요]\.[”\"’']?\s*$")
_CONTACT_TAIL = re.compile(
    r"(?P<prose>.{16,}[가-힣][다요])\.?[”\"’']?\s*[(\[]?\s*(?:[※☎☏▶]\s*)*"
    r"(?:(?:문의|연락처|전화|담당)\s*[:：]?)?[^.!?]{0,50}?"
    rf"{_PHONE_DIGITS}\s*[)\]]?\s*\)?\.?"
)
"""A paragraph of the story that ends with whom to call (... 접수한다. 문의: 복지과 02-123-4567)."""
_PHONE = re.compile(rf"\(?\s*(?:☎|☏|TEL|전화)?\s*{_PHONE_DIGITS}\s*\)?", re.IGNORECASE)
_SENTENCE_CLOSE = re.compile(r"[가-힣][다요]\.[”\"’']?\s*$")
_NOTE_MARK = tuple("※*(<[☎☏▶-")
RIGHTS = re.compile(r"무단\s*(?:전재|복제)|재배포|All\s+rights\s+reserved|저작권자", re.IGNORECASE)
_CHROME = re.compile("|".join(f"(?:{p})" for p in _CHROME_PATTERNS), re.IGNORECASE)

SIDEBAR_HEAD = (
    r"(?:많이\s*본|가장\s*많이\s*본|인기|관련|추천|최신|주요|오늘의|실시간|화제의?|많이\s*읽은)\s*"
    r"(?:뉴스|기사|소식|이슈|포토)"
)
"""A sidebar's header (주요기사, 많이 본 뉴스): the story is over where one starts."""
# Lines after which the article is over: sidebars, related stories, comment sections, footers.
_END_PATTERNS = (
    SIDEBAR_HEAD + r"\s*(?:더보기)?",
    r"(?:HOT|TOP|BEST|핫|톱|탑|베스트)\s*(?:ISSUE|NEWS|CLICK|이슈|뉴스|클릭)S?\s*(?:더보기)?",
    r"(?:이\s*시각|지금)\s*(?:주요|인기|많이\s*본)?\s*(?:뉴스|기사)|(?:실시간\s*)?(?:인기|랭킹)\s*(?:뉴스|기사)"
    r"|핫\s*이슈|(?:이\s*)?기사(?:와\s*관련된|의\s*관련)\s*(?:기사|뉴스)|관련\s*태그",
    r"댓글\s*많은\s*(?:뉴스|기사)|[(<\[]\s*끝\s*[)>\]]|아래는\s*위\s*기사를.{0,140}",
    r"(?:related|recent|latest|popular|trending|top|more|other|similar)\s+(?:news|stories|articles"
    r"|posts|content|headlines|releases)(?:\s+from\s+.{1,40})?\s*:?|most\s+(?:read|viewed|popular"
    r"|shared)(?:\s+\w+)?|you\s+(?:may|might)\s+also\s+like|read\s+(?:more|next)\s*:?"
    r"|leave\s+a\s+(?:reply|comment)|\d*\s*comments?(?:\s*\(\d+\))?",
    r"[\[【<(▶▷☞■□◆◇●○·•\s]*(?:관련\s*기사(?:\s*목록)?|관련\s*뉴스|함께\s*(?:보면|볼\s*만한)\s*"
    r"(?:좋은\s*)?(?:기사|뉴스))\s*[\]】>)◀◁]?\s*(?:더\s*보기)?",
    r"(?:다음|이전)\s*(?:글|게시물)\s*(?::.*)?|(?:다음|이전)\s*(?:글|게시물)(?:이|가)?\s*없습니다\.?",
    r"(?:이\s*)?(?:페이지|정보)에서\s*제공하는\s*정보에\s*(?:대해\s*)?만족하십니까\??.*",
    r"댓글\s*\d*\s*(?:개)?|댓글\s*(?:쓰기|작성|달기|보기)|전체\s*댓글.*",
    r"목록\s*(?:바로가기|보기)?",
    r".{0,60}(?:무단\s*전재|재배포\s*금지|All\s+rights\s+reserved).{0,60}",
    rf"[가-힣]{{2,4}}\s*(?:기자|특파원)?\s*\(?{_EMAIL_ADDRESS}\)?",
)
_END = re.compile("|".join(f"(?:{p})" for p in _END_PATTERNS), re.IGNORECASE)

PLAIN_END = re.compile(r"[가-힣][다요]\.[”\"’')]*$")
_NAVIGATION_START = ("다음", "이전", "윗", "아랫")
_CHROME_HINTS = re.compile(
    r"\d{2,4}-\d{4}|@|댓글|공공누리|유형|만족|의견|문의|연락|담당|사진|요약|글자|기자|구독|좋아요|기사"
    r"|권장|예시|브라우저|제보|원문|후원|번역|테이블|정보가|강령"
    r"|이용|저작|출처|로그인|클릭|추천|공유|바로|제공|자료|첨부|파일|개인정보|전화|팩스|주소|QR|광고"
)


@lru_cache(maxsize=LINE_CACHE)
def _plain_sentence(line: str) -> bool:
    """A sentence-length line ending like a Korean sentence, with no copyright or board words:
    no chrome family matches it, so the slow table is skipped (pages with 100,000 lines)."""
    return (
        len(line) >= 30
        and bool(PLAIN_END.search(line[-8:]))
        and not line.startswith(_NAVIGATION_START)
        and not _CHROME_HINTS.search(line)
    )


@lru_cache(maxsize=LINE_CACHE)
def is_chrome(line: str) -> bool:
    """A line that is page chrome (share bars, widgets, board navigation, footers)."""
    if len(line) > 400 or _plain_sentence(line):
        return False
    if _CHROME.fullmatch(line):
        return True
    first = line[:1]
    if (not first.isalnum() and _DIVIDER.fullmatch(line)) or (
        first in _AD_FIRST and _AD_START.match(line) and _AD.fullmatch(line)
    ):
        return True
    if is_caption(line):
        return True
    if len(line) > SHORT_LINE:
        return False
    if "자료" in line and _RELEASE_NOTE.fullmatch(line):
        return True
    if len(line) >= 40 and _SENTENCES.search(line) and not RIGHTS.search(line):
        return False  # reads as article sentences, whatever words it contains
    if is_release_header(line):
        return True
    short_chrome = (
        (("@" in line or "protected" in line) and _EMAIL.search(line))
        or ("-" in line and _PHONE_NUMBER.search(line))
        or _SHORT_CHROME_WORD.search(line)
        or _SHORT_CHROME.fullmatch(_LIST_MARK.sub("", line, count=1))
    )
    return bool(short_chrome) and not _story_with_contact(line)


def _story_with_contact(line: str) -> bool:
    """A sentence of the story that names whom to call, after it or inside it (자세한 사항은
    청년정책팀(033-123-4567)으로 문의하면 된다): the sentence keeps the line in the body; a marked
    note (※ ... 연락주시기 바랍니다) does not."""
    if RIGHTS.search(line):
        return False
    match = _CONTACT_TAIL.fullmatch(line)
    if match is not None:
        prose = match["prose"] + "."
        return " " in prose and not is_chrome(prose)
    if len(line) < 30 or line.startswith(_NOTE_MARK) or not _SENTENCE_CLOSE.search(line):
        return False
    prose = _PHONE.sub("", line)
    return prose != line and prose.count(" ") >= 3 and not is_chrome(prose)


@lru_cache(maxsize=LINE_CACHE)
def is_tool_row(line: str) -> bool:
    """A row of the article's own tools (share, print, font size, listen), which news sites put
    between the headline block and the story; links to the site's own channels are not."""
    return len(line) <= 200 and bool(_ARTICLE_TOOL.search(line)) and bool(_TOOL_ROW.fullmatch(line))


_ARTICLE_TOOL = re.compile(
    r"공유|보내기|인쇄|프린트|스크랩|글자|글씨|폰트|듣기|읽어|URL|복사|메일|share|print", re.I
)


@lru_cache(maxsize=LINE_CACHE)
def is_release_header(line: str) -> bool:
    """A row of a press release's header: when, how many pages, embargo; never its headline."""
    return len(line) <= 80 and bool(_RELEASE_HEADER.fullmatch(line))


@lru_cache(maxsize=LINE_CACHE)
def is_end_marker(line: str) -> bool:
    """A line that opens what comes after an article: sidebars, related stories, comments."""
    if len(line) > 160 or _plain_sentence(line):
        return False
    return bool(_END.fullmatch(line))
