"""Cleaning: the seed's expected reading, and each family of chrome and metadata, on pages
written here in the shapes real saved pages have."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govreader.clean import clean_page
from govreader.clean.boilerplate import is_chrome, is_end_marker
from govreader.clean.dates import cued_date, iso_date
from govreader.clean.reporters import reporter_in
from govreader.clean.site_names import strip_site
from govreader.ingest import load_page
from govreader.model import Article, Page, PageFormat

PARAGRAPHS = [
    "해오름시가 고용노동부 주관 ‘2024년 지역 일자리 평가’에서 최우수상을 받았다고 3일 밝혔다.",
    "시는 지난해 청년 일자리 2,400개를 만들어 목표치 2,000개를 넘겼다.",
    "▲청년 창업 공간 조성 ▲중장년 재취업 교육 ▲경력단절여성 일자리 연계 사업이 좋은 평가를 받았다.",
    "시 관계자는 “앞으로도 좋은 일자리를 만들기 위해 최선을 다하겠다”고 말했다.",
]
TITLE = "해오름시, 지역 일자리 평가 최우수상…청년 일자리 2,400개 창출"


def page(tmp_path: Path, text: str, name: str = "page.html", encoding: str = "utf-8") -> Page:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return load_page(path)


def news_html(body: str, head: str = "", before: str = "", after: str = "") -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">{head}
<title>{TITLE} - 해오름일보</title></head><body>
<div id="gnb"><ul><li><a href="/">홈</a></li><li><a href="/p">정치</a></li>
<li><a href="/e">경제</a></li><li><a href="/s">사회</a></li></ul></div>
{before}
<div class="share"><a href="#">기사 메일전송</a> <a href="#">인쇄</a> <a href="#">스크랩</a></div>
{body}
{after}
<div class="side"><h3>많이 본 뉴스</h3><ol>
<li><a href="/1">다른 구의 청년 정책이 발표됐다는 다른 기사의 제목이다</a></li>
<li><a href="/2">이웃 군의 축제 소식을 전하는 다른 기사의 제목이다</a></li></ol></div>
<div id="footer"><p>해오름일보 | 서울특별시 중구 세종대로 1 | 대표전화 02-123-4567</p>
<p>저작권자 ⓒ 해오름일보 무단전재 및 재배포 금지</p></div></body></html>"""


def article_div(paragraphs: list[str] = PARAGRAPHS) -> str:
    inner = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f'<div class="article_head"><h1>{TITLE}</h1></div><div id="articleBody">{inner}</div>'


def test_seed_reads_as_issue_2_says(seed_path: Path) -> None:
    article = clean_page(load_page(seed_path))
    assert article.title == "구로구, ‘전국 지자체 일자리대상’ 우수상 수상…13년 연속 수상"
    assert article.subtitle == "지난해 2만2,023개 일자리 창출…올해는 급변하는 노동시장에 대응 눈길"
    assert article.reporter == "김미경"
    assert article.published == "2022-07-21T12:17:36"
    assert article.text.startswith("구로구가 고용노동부 주관")
    assert article.text.endswith("최선을 다하겠다”고 전했다.")
    for chrome in (
        "기사 메일전송",
        "기사수정",
        "목록 바로가기",
        "많이 본 뉴스",
        "HOT ISSUE",
        "모바일 버전",
    ):
        assert chrome not in article.text
    for sidebar_story in ("치과주치의", "재정집행 평가", "양수기", "와이파이", "금연아파트"):
        assert sidebar_story not in article.text
    assert "▲G밸리 고용 생태계 강화 사업" in article.text
    assert article.text.count("구로구가 고용노동부 주관") == 1  # the repeated lead is kept once


def test_html_news_page_keeps_every_paragraph_and_drops_chrome(tmp_path: Path) -> None:
    before = '<div class="info"><span>김하늘 기자</span> <span>입력 2024.05.03 09:41</span></div>'
    after = '<p class="byline">김하늘 기자 sky@haeoreum.kr</p><div class="cmt">댓글 0</div>'
    article = clean_page(page(tmp_path, news_html(article_div(), before=before, after=after)))
    assert article.paragraphs == PARAGRAPHS
    assert article.title == TITLE
    assert article.reporter == "김하늘"
    assert article.published == "2024-05-03T09:41"
    assert article.source == "해오름일보"
    for chrome in ("메일전송", "많이 본 뉴스", "다른 기사의 제목", "저작권자", "대표전화", "홈"):
        assert chrome not in article.text


def test_body_found_without_a_known_container(tmp_path: Path) -> None:
    body = "<div class='xq7'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>"
    article = clean_page(page(tmp_path, news_html(body)))
    assert article.paragraphs == PARAGRAPHS


def test_br_separated_body_and_entities(tmp_path: Path) -> None:
    inner = "<br><br>".join(PARAGRAPHS).replace("‘", "&lsquo;").replace("’", "&rsquo;")
    article = clean_page(page(tmp_path, news_html(f'<div class="article_view">{inner}</div>')))
    assert article.paragraphs == PARAGRAPHS


def test_cp949_page_with_http_equiv(tmp_path: Path) -> None:
    html = news_html(article_div()).replace(
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">',
    )
    article = clean_page(page(tmp_path, html, encoding="cp949"))
    assert article.paragraphs == PARAGRAPHS


def test_og_metadata_and_site_suffix(tmp_path: Path) -> None:
    head = (
        f'<meta property="og:title" content="{TITLE} | 해오름일보">'
        '<meta property="og:site_name" content="해오름일보">'
        '<meta property="article:published_time" content="2024-05-03T09:41:07+09:00">'
    )
    article = clean_page(page(tmp_path, news_html(article_div(), head=head)))
    assert article.title == TITLE
    assert article.source == "해오름일보"
    assert article.published == "2024-05-03T09:41:07"


def test_json_ld_article_body_when_the_dom_has_none(tmp_path: Path) -> None:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": TITLE,
        "datePublished": "2024-05-03T09:41:00+09:00",
        "author": {"@type": "Person", "name": "김하늘 기자"},
        "articleBody": "\n".join(PARAGRAPHS),
    }
    head = f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
    html = news_html('<div id="app"></div>', head=head)
    article = clean_page(page(tmp_path, html))
    assert article.paragraphs == PARAGRAPHS
    assert article.reporter == "김하늘"
    assert article.published == "2024-05-03T09:41:00"


def test_government_board_view(tmp_path: Path) -> None:
    rows = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = f"""<html><head><meta charset="utf-8"><title>보도자료 상세보기 | 해오름시청</title>
    </head><body><ul class="lnb"><li>보도자료</li><li>공지사항</li></ul>
    <table class="board_view"><tr><th>제목</th><td>{TITLE}</td></tr>
    <tr><th>작성자</th><td>박소연</td><th>등록일</th><td>2024-05-03</td></tr>
    <tr><td colspan="4" class="view_content">{rows}</td></tr>
    <tr><th>첨부파일</th><td><a href="/f">보도자료.hwp</a></td></tr></table>
    <div class="prev_next"><p>이전글 다른 보도자료의 제목</p><p>다음글 또 다른 보도자료</p></div>
    <div class="satisfaction"><p>이 페이지에서 제공하는 정보에 만족하십니까?</p></div>
    <div class="manager"><p>담당부서 일자리정책과</p><p>연락처 031-123-4567</p></div>
    <div class="kogl"><p>공공누리 제1유형: 출처표시</p></div></body></html>"""
    article = clean_page(page(tmp_path, html))
    assert article.paragraphs == PARAGRAPHS
    assert article.title == TITLE
    assert article.published == "2024-05-03"
    assert article.reporter == "박소연"


def test_truncated_html_reads_as_far_as_it_goes(tmp_path: Path) -> None:
    html = news_html(article_div())
    cut = html.index(PARAGRAPHS[2]) + 20
    article = clean_page(page(tmp_path, html[:cut]))
    assert article.paragraphs[:2] == PARAGRAPHS[:2]
    assert PARAGRAPHS[2][:20] in article.text


@pytest.mark.parametrize(
    "html",
    [
        "<",
        "<html><body>",
        "<div><p>" * 5000 + "깊이 중첩된 문단이다. 끝까지 읽는다.",
        "<table><tr><td>셀<td>셀</table></p></div></span>",
        "<p>&#27;[31m&#x202E;뒤집기&#0;</p>",
    ],
)
def test_malformed_html_never_raises(tmp_path: Path, html: str) -> None:
    article = clean_page(Page(tmp_path / "x.html", html, PageFormat.HTML, "utf-8"))
    assert isinstance(article, Article)
    for bad in ("\x1b", "\u202e", "\x00"):
        assert bad not in article.text


def test_text_page_line_by_line(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "해오름일보",
            "  • 로그인",
            "  • 회원가입",
            "정치 경제 사회 문화",
            "기사 메일전송",
            TITLE,
            "  • 김하늘 기자",
            "  • 승인 2024.05.03 09:41",
            "",
            *PARAGRAPHS,
            "",
            "김하늘 기자 sky@haeoreum.kr",
            "저작권자 © 해오름일보 무단전재 및 재배포 금지",
            "이 기사를 공유합니다",
            "댓글 0",
            "많이 본 뉴스",
            "1. 다른 구의 청년 정책이 발표됐다. 구는 올해 청년 예산을 늘렸다고 밝혔다.",
            "2. 이웃 군의 축제가 열렸다. 군은 관광객 10만 명이 찾았다고 밝혔다.",
            "모바일 버전 바로가기",
        ]
    )
    article = clean_page(page(tmp_path, text, "copied.txt"))
    assert article.paragraphs == PARAGRAPHS
    assert article.title == TITLE
    assert article.reporter == "김하늘"
    assert article.published == "2024-05-03T09:41"
    assert article.source == "해오름일보"


@pytest.mark.parametrize("encoding", ["utf-8", "cp949", "utf-16"])
def test_text_page_in_each_encoding(tmp_path: Path, encoding: str) -> None:
    text = "\r\n".join([TITLE, "등록 2024-05-03", "", *PARAGRAPHS])
    article = clean_page(page(tmp_path, text, "copied.txt", encoding))
    assert article.paragraphs == PARAGRAPHS
    assert article.published == "2024-05-03"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("등록 2022-07-21 12:17:36", ("2022-07-21T12:17:36", False)),
        ("입력 2024.05.30. 오후 11:40", ("2024-05-30T23:40", False)),
        ("승인 2024.05.30 00:05", ("2024-05-30T00:05", False)),
        ("작성일 : 2025년 12월 9일", ("2025-12-09", False)),
        ("수정 2024-05-31 08:00", ("2024-05-31T08:00", True)),
    ],
)
def test_dates_become_iso(line: str, expected: tuple[str, bool]) -> None:
    assert cued_date(line) == expected


def test_iso_date_keeps_the_precision_the_page_gives() -> None:
    assert iso_date("2025.12.09") == "2025-12-09"
    assert iso_date("2025-13-40") is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("김미경 기자", "김미경"),
        ("[서울=뉴시스]이현주 기자 = 삼성전자가", "이현주"),
        ("박지현 기자 jhpark@example.kr", "박지현"),
        ("(해오름=연합뉴스) 정해진 특파원 =", "정해진"),
        ("사진 기자단", None),
    ],
)
def test_reporter_names_without_the_title(line: str, name: str | None) -> None:
    assert reporter_in(line) == name


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("청년 일자리 늘린다 - 해오름일보", "청년 일자리 늘린다"),
        ("청년 일자리 늘린다 | 해오름일보", "청년 일자리 늘린다"),
        ("청년 일자리 늘린다 < 사회 < 기사본문 - 해오름일보", "청년 일자리 늘린다"),
        ("청년 일자리 늘린다-사회ㅣ해오름일보", "청년 일자리 늘린다"),
    ],
)
def test_site_suffixes_leave_the_headline(raw: str, title: str) -> None:
    assert strip_site(raw) == title


@pytest.mark.parametrize(
    "line",
    [
        "기사 메일전송",
        "기사수정",
        "목록 바로가기",
        "이 기사를 공유합니다",
        "저작권자 © 해오름일보 무단전재 및 재배포 금지",
        "Copyright © HAEOREUM. All Rights Reserved.",
        "첨부파일",
        "이전글 다른 보도자료의 제목",
        "공공누리 제1유형: 출처표시",
        "담당부서 일자리정책과",
        "모바일 버전 바로가기",
        "홈 > 알림마당 > 보도자료",
        "(일자리정책과장 김하늘 270-4730, 주무관 박소연 270-4724)",
        "자료제공: 일자리정책과 청년팀 (240-8940)",
        "※ 별첨 : 사진 2매",
        "이 기사가 마음에 들었다면, 좋아요를 눌러주세요.",
    ],
)
def test_chrome_lines(line: str) -> None:
    assert is_chrome(line) or is_end_marker(line)


@pytest.mark.parametrize(
    "line",
    [
        PARAGRAPHS[0],
        "문의는 일자리정책과(031-123-4567)로 하면 된다며 많은 참여를 당부했다고 시는 전했다. 시는 "
        "이번 사업으로 청년 200명이 새 일자리를 얻을 것으로 내다봤다.",
        "시는 댓글 조작과 명예훼손 사건에 대한 수사를 의뢰했다고 밝혔다. 경찰은 관련자를 조사하고 "
        "있으며 결과에 따라 추가 조치를 검토할 계획이다.",
    ],
)
def test_article_sentences_are_not_chrome(line: str) -> None:
    assert not is_chrome(line) and not is_end_marker(line)


@pytest.mark.parametrize(
    ("markup", "published"),
    [
        ('<time datetime="2024-05-03T09:41:00+09:00">5월 3일</time>', "2024-05-03T09:41:00"),
        ('<span class="date">2024.05.03 09:41</span>', "2024-05-03T09:41"),
        ('<p class="regdate">2024-05-03</p>', "2024-05-03"),
    ],
)
def test_dates_from_date_elements(tmp_path: Path, markup: str, published: str) -> None:
    html = news_html(article_div(), before=f'<div class="info">{markup}</div>')
    assert clean_page(page(tmp_path, html)).published == published


def test_site_name_title_gives_way_to_the_headline_element(tmp_path: Path) -> None:
    html = news_html(article_div()).replace(
        f"<title>{TITLE} - 해오름일보</title>", "<title>::: 해오름군청 :::</title>"
    )
    assert clean_page(page(tmp_path, html)).title == TITLE


PIECES = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div class='article_view'>",
        "</div>",
        "<br>",
        "<td>",
        "<table>",
        "<a href='#'>",
        "</a>",
        "<script>",
        "<h1>",
        "<!--",
        "-->",
        "&#27;",
        "&nbsp;",
        "기사 메일전송",
        "입력 2024.05.03 09:41",
        "김하늘 기자",
        "구가 일자리를 만들었다고 밝혔다. ",
        "많이 본 뉴스",
        "저작권자 © 무단전재",
        "\u202e",
        "\x1b[2J",
        "\x00",
    ]
)


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=60), st.sampled_from(list(PageFormat)))
def test_any_mix_of_page_pieces_cleans_without_error(pieces: list[str], fmt: PageFormat) -> None:
    text = "".join(pieces)
    article = clean_page(Page(Path("fuzz"), text, fmt, "utf-8"))
    for bad in ("\x1b", "\x00", "\u202e"):
        assert bad not in article.text
        assert bad not in (article.title or "")


@pytest.mark.parametrize(
    ("author", "reporter"),
    [("김하늘", "김하늘"), ("박지원", "박지원"), ("뉴시스", None), ("해오름일보", None)],
)
def test_meta_author_is_a_person_or_nothing(
    tmp_path: Path, author: str, reporter: str | None
) -> None:
    html = news_html(article_div(), head=f'<meta name="author" content="{author}">')
    assert clean_page(page(tmp_path, html)).reporter == reporter


def test_board_writer_is_a_person_not_a_department(tmp_path: Path) -> None:
    rows = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    for writer, expected in (("이륭", "이륭"), ("일자리정책과", None), ("홍보담당관", None)):
        html = (
            f"<html><body><table><tr><th>작성자</th><td>{writer}</td></tr>"
            f"<tr><td class='view_content'>{rows}</td></tr></table></body></html>"
        )
        assert clean_page(page(tmp_path, html)).reporter == expected


@pytest.mark.parametrize(
    "sign_off", ["홍길동 기자 hong@haeorum.kr", "/홍길동 기자", "- 홍길동 기자"]
)
def test_a_short_story_signed_off_inside_its_container_keeps_every_paragraph(
    tmp_path: Path, sign_off: str
) -> None:
    short = [p[:22] + "했다." for p in PARAGRAPHS]
    inner = "".join(f"<p>{p}</p>" for p in [*short, sign_off])
    article = clean_page(page(tmp_path, f'<h1>{TITLE}</h1><div class="story">{inner}</div>'))
    assert article.paragraphs == short
    assert article.reporter == "홍길동"
