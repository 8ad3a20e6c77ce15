"""Who signed a saved HTML page's story (invented pages in the shapes Korean news sites use).

A page states its author in meta tags, JSON-LD, a script's data and byline elements, and many
of those values name the outlet, a desk or an account rather than a person. The reporter is a
person's name, never the site's; a byline the article shows is never overridden by metadata.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govreader.clean import clean_page
from govreader.clean.html_reporter import meta_person
from govreader.clean.person_names import plausible_name
from govreader.model import Article, Page, PageFormat

HEADLINE = "해오름시, 동네 돌봄 일자리 두 배로 늘린다"
PARAGRAPHS = [
    "해오름시는 올해 동네 돌봄 일자리를 지난해의 두 배인 400개로 늘린다고 9일 밝혔다.",
    "돌봄 인력은 혼자 사는 어르신 집을 주 3회 찾아가 안부를 묻고 식사를 챙긴다.",
    "시는 이를 위해 시비 15억 원을 편성했으며 다음 달까지 채용을 마칠 계획이다.",
    "시 관계자는 “이웃이 이웃을 돌보는 도시를 만들겠다”고 말했다.",
]
SITE = "해오름경제"
TEASER = (
    "<div class='related'><p>해오름군, 청년 창업 공간 20곳 연다. 해오름군은 올해 청년 창업 공간을 "
    "늘린다고 밝혔다. 군은 예산 8억 원을 들인다. 입주 신청은 군청 누리집에서 받는다.</p></div>"
)


def read(head: str = "", header: str = "", tail: str = "", dom: str | None = None) -> Article:
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    body = dom if dom is not None else (
        f"<nav><a href='/'>홈</a> <a href='/n'>뉴스</a></nav><article><h1>{HEADLINE}</h1>"
        f"{header}<div id='article-body'>{story}{tail}</div></article>"
        f"<footer>Copyright {SITE} All rights reserved.</footer>"
    )  # fmt: skip
    markup = (
        f"<html><head><title>{HEADLINE} - {SITE}</title>"
        f"<meta property='og:site_name' content='{SITE}'>{head}</head><body>{body}</body></html>"
    )
    return clean_page(
        Page(path=Path("p.html"), text=markup, format=PageFormat.HTML, encoding="utf-8")
    )


def meta(name: str, value: str, attr: str = "name") -> str:
    return f"<meta {attr}='{name}' content='{value}'>"


def json_ld(data: object) -> str:
    return f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"


def fusion(credits: object) -> str:
    data = {
        "headlines": {"basic": HEADLINE},
        "credits": credits,
        "content_elements": [{"type": "text", "content": p} for p in PARAGRAPHS],
    }
    return f"<script>Fusion.globalContent={json.dumps(data, ensure_ascii=False)};</script>"


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("홍길동 기자(hong@haeorum.example)", "홍길동"),
        ("By 홍길동,김철수,이영희", "홍길동"),
        ("해오름=홍길동 기자", "홍길동"),
        ("해오름일보 | 홍길동 기자", "홍길동"),
        ("홍길동·김철수 기자", "홍길동"),
        ("남궁민수", "남궁민수"),
        ("글·사진 홍길동 기자", "홍길동"),
        ("홍길동 본부장", "홍길동"),
        ("홍길동 에디터", "홍길동"),
        ("홍길동 논설위원", "홍길동"),
    ],
)
def test_a_metadata_value_names_its_first_person(value: str, name: str) -> None:
    assert meta_person(value) == name


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("홍길동 국제부장", "홍길동"),
        ("홍길동 논설실장", "홍길동"),
        ("홍길동 해오름대 교수", "홍길동"),
        ("홍길동 해오름대 교수·행정학", "홍길동"),
        ("홍길동 해오름연구원 선임연구원", "홍길동"),
        ("홍길동 변호사", "홍길동"),
        ("홍길동 디지털뉴스부장", "홍길동"),
        ("홍길동 주필", "홍길동"),
        ("홍길동 해오름연구소장", "홍길동"),
    ],
)
def test_a_column_writers_post_after_the_name_names_the_writer(value: str, name: str) -> None:
    assert meta_person(value) == name


@pytest.mark.parametrize(
    "value",
    [
        *("해오름대 교수", "사회부 부장", "경제부 국장"),
        *("해오름연구원 연구위원", "편집국장", "해오름일보 대표"),
    ],
)
def test_a_post_after_a_bodys_name_names_no_person(value: str) -> None:
    assert meta_person(value) is None  # 해오름대, 사회부: the body, not who holds the post


@pytest.mark.parametrize(
    "value",
    [
        *("해오름경제", "관리자", "admin", "hong@haeorum.example", "디지털뉴스팀", "사회부"),
        *(
            "편집국",
            "https://www.facebook.com/haeorum",
            "해오름일보 | 포털뉴스",
            "기자",
            "비밀번호",
        ),
    ],
)
def test_outlets_desks_accounts_and_addresses_name_no_person(value: str) -> None:
    assert meta_person(value) is None


def test_a_name_that_is_the_sites_own_is_no_person() -> None:
    assert meta_person("한마음", ["한마음 뉴스"]) is None
    assert meta_person("한마음") == "한마음"


@pytest.mark.parametrize("word", ["정치", "공보관", "구청장"])
def test_a_section_or_office_word_alone_in_an_author_slot_names_no_one(word: str) -> None:
    assert meta_person(word) is None  # each starts with a surname (정, 공, 구)


@pytest.mark.parametrize(
    ("word", "plausible"), [("홍길동", True), ("황보민", True), ("승하늘", True), ("빈소라", True)]
)
def test_a_bare_name_starts_with_a_surname(word: str, plausible: bool) -> None:
    assert plausible_name(word) is plausible
    assert not plausible_name(word[::-1] + "터")  # 4 syllables without a two-syllable surname


@pytest.mark.parametrize(
    "head",
    [
        meta("author", "홍길동 기자(hong@haeorum.example)"),
        meta("og:article:author", "홍길동 기자", attr="property"),
        meta("author", "By 홍길동,김철수"),
        meta("dd:author", "홍길동 기자", attr="property"),
        meta("dable:author", SITE) + meta("author", "홍길동"),
        json_ld({"@type": "NewsArticle", "author": [{"@type": "Organization", "name": SITE},
                                                     {"@type": "Person", "name": "홍길동"}]}),
        json_ld({"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "author": "홍길동"}]}),
    ],
)  # fmt: skip
def test_the_metadatas_person_signs_the_story(head: str) -> None:
    assert read(head).reporter == "홍길동"


@pytest.mark.parametrize(
    "head",
    [
        meta("author", SITE),
        meta("author", "관리자"),
        meta("author", "admin"),
        meta("author", "hong@haeorum.example"),
        meta("article:author", "https://www.facebook.com/haeorum", attr="property"),
        meta("og:article:author", f"{SITE} | 포털", attr="property"),
        json_ld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": SITE}}),
    ],
)
def test_metadata_naming_no_person_leaves_the_reporter_unknown(head: str) -> None:
    assert read(head).reporter is None


def test_a_site_whose_name_reads_as_a_persons_is_no_reporter() -> None:
    head = meta("og:site_name", "한마음", attr="property") + meta("author", "한마음")
    assert read(head).reporter is None


def test_a_name_a_copyright_line_of_the_page_gives_is_an_outlet() -> None:
    rights = "<p>ⓒ 한마음 무단전재 및 재배포 금지</p>"
    assert read(meta("author", "한마음"), tail=rights).reporter is None
    assert read(meta("author", "홍길동"), tail=rights).reporter == "홍길동"


def test_a_portals_copy_names_the_paper_not_a_reporter() -> None:
    outlet = meta("twitter:site", "@한마음")
    assert read(outlet + meta("author", "한마음 | 포털")).reporter is None
    assert read(meta("og:article:author", "한마음 | 포털", attr="property")).reporter is None
    assert read(meta("og:article:author", "한마음 기자", attr="property")).reporter == "한마음"


def test_a_graphs_author_given_by_reference_is_the_node_it_names() -> None:
    def graph(author: str) -> str:
        return json_ld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {"@type": "NewsArticle", "author": {"@id": "#p1"}, "publisher": {"@id": "#o"}},
                    {"@type": "Organization", "@id": "#o", "name": "한마음"},
                    {"@type": "Person", "@id": "#p1", "name": author},
                ],
            }
        )

    assert read(graph("홍길동")).reporter == "홍길동"
    assert read(graph("관리자")).reporter is None
    assert read(graph("한마음")).reporter is None  # the publisher the graph names


def test_metadata_falls_back_to_the_byline_closing_the_story() -> None:
    article = read(meta("author", "디지털뉴스팀"), tail="<p>홍길동 기자 hong@haeorum.example</p>")
    assert article.reporter == "홍길동"


def test_a_byline_the_article_shows_beats_another_name_in_the_metadata() -> None:
    header = "<div class='byline'>홍길동 기자 hong@haeorum.example</div>"
    assert read(meta("author", "김철수"), header=header).reporter == "홍길동"


def test_the_metadata_names_the_lead_of_several_bylines_shown() -> None:
    header = "".join(
        f"<span class='reporter'>{name} 기자</span>" for name in ("김철수", "홍길동", "이영희")
    )
    assert read(meta("author", "홍길동"), header=header).reporter == "홍길동"
    assert read(header=header).reporter == "김철수"


def test_a_byline_element_signed_with_another_title_than_reporter_names_its_writer() -> None:
    assert read(header="<div class='byline'>홍길동 본부장</div>").reporter == "홍길동"
    assert read(header="<div class='byline'>본부장 인사 안내</div>").reporter is None


def test_a_byline_element_holding_the_sites_name_is_no_reporter() -> None:
    assert read(header="<div class='writer'>한마음</div>").reporter == "한마음"
    site = meta("og:site_name", "한마음", attr="property")
    assert read(site, header="<div class='writer'>한마음</div>").reporter is None


@pytest.mark.parametrize(
    "credits",
    [
        {"by": [{"type": "author", "name": "홍길동 기자(hong@haeorum.example)"}]},
        {"by": [{"type": "reference", "referent": {"id": "A1"}}, {"name": "홍길동"}]},
        {"by": [{"type": "author", "name": SITE}, {"type": "author", "name": "홍길동"}]},
    ],
)
def test_a_script_built_pages_credits_name_the_first_person(credits: object) -> None:
    article = read(dom=TEASER + fusion(credits))
    assert article.paragraphs == PARAGRAPHS
    assert article.reporter == "홍길동"


def test_a_script_built_columns_credits_name_the_writer_before_the_post() -> None:
    author = {
        "_id": "A1",
        "additional_properties": {"original": {"byline": "", "email": "a@haeorum.example"}},
        "name": "홍길동 해오름대 교수",
        "org": "",
        "type": "author",
    }
    assert read(dom=TEASER + fusion({"by": [author]})).reporter == "홍길동"
    person = {"@type": "Person", "name": "홍길동 국제부장"}
    assert read(json_ld({"@type": "NewsArticle", "author": person})).reporter == "홍길동"


def test_the_same_story_kept_twice_is_signed_by_whichever_copy_names_a_person() -> None:
    summary = {
        "@type": "NewsArticle",
        "headline": HEADLINE,
        "author": {"@type": "Organization", "name": SITE},
        "articleBody": "\n".join(PARAGRAPHS),
    }
    article = read(json_ld(summary), dom=TEASER + fusion({"by": [{"name": "홍길동"}]}))
    assert article.reporter == "홍길동"


def test_the_pages_own_story_in_its_data_signs_the_story_the_dom_shows() -> None:
    assert read(tail=fusion({"by": [{"name": "홍길동"}]})).reporter == "홍길동"
    other = fusion({"by": [{"name": "홍길동"}]}).replace(HEADLINE, "해오름군, 청년 창업 공간 연다")
    assert read(tail=other).reporter is None


def test_an_apps_list_of_reporters_signs_its_story() -> None:
    story = {"title": HEADLINE, "body": "".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
    story["reporters"] = [{"reporterName": "홍길동", "name": "홍길동"}]
    data = json.dumps({"props": {"pageProps": {"article": story}}}, ensure_ascii=False)
    page = TEASER + f"<script id='__NEXT_DATA__' type='application/json'>{data}</script>"
    assert read(dom=page).reporter == "홍길동"


def test_a_comment_forms_labels_are_no_writer() -> None:
    form = (
        "<form><label>작성자</label><input name='n'><label>비밀번호</label>"
        "<input type='password'></form>"
    )
    assert (
        read(
            tail="",
            header="",
            dom=f"<article><h1>{HEADLINE}</h1>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
            + f"</article>{form}",
        ).reporter
        is None
    )


LONG_STORY = [  # one prose string of 400 characters and more
    *PARAGRAPHS[:3],
    "채용된 인력은 두 주 동안 응급 처치와 말벗 되기 교육을 받은 뒤 현장에 나간다.",
    "시는 돌봄을 받는 어르신의 만족도를 해마다 조사해 사업을 고쳐 나갈 방침이다.",
    "올해 처음 여는 야간 돌봄은 밤늦게 귀가하는 자녀를 둔 가정의 어르신을 찾아간다.",
    "시는 또 돌봄 인력의 처우를 높이려고 활동비를 한 달에 10만 원씩 올려 주기로 했다.",
    PARAGRAPHS[3],
]


@pytest.mark.parametrize(
    ("field", "name"),
    [
        ('"writer":"홍길동 기자"', "홍길동"),
        ('"credits":{"by":[{"type":"author","name":"홍길동"}]}', "홍길동"),
        (f'"author":"{SITE}"', None),
    ],
)
def test_a_story_read_from_undecodable_script_prose_is_signed_by_its_author_field(
    field: str, name: str | None
) -> None:
    prose = json.dumps("".join(f"<p>{p}</p>" for p in LONG_STORY), ensure_ascii=False)
    state = f'{{"article":{{"title":"{HEADLINE}","html":{prose},{field},"views":undefined}}}}'
    article = read(dom=f"<div id='app'></div><script>window.__STATE__={state};</script>")
    assert article.paragraphs == LONG_STORY
    assert article.reporter == name
