"""Stories a page carries in its scripts' data (invented text in the shapes such sites use).

Script-built news sites ship the article as JSON and draw it in the browser; a saved copy may
show no story in its DOM, or another story's teaser. The data's story stands in only when the
DOM does not show the page's own story.
"""

from __future__ import annotations

import json
from pathlib import Path

from govreader.clean import clean_page
from govreader.model import Article, Page, PageFormat

HEADLINE = "해오름시, 청년 월세 지원 3천 명으로 확대"
PARAGRAPHS = [
    "해오름시는 올해 청년 월세 지원 대상을 3천 명으로 늘린다고 5일 밝혔다.",
    "지원 대상은 만 19세부터 34세까지 무주택 청년이다.",
    "시는 이를 위해 예산 36억 원을 편성했다.",
    "시 관계자는 “청년의 주거 부담을 덜겠다”고 말했다.",
]
TEASER = (
    "<div class='related'><p>해오름군, 어르신 일자리 500개 만든다. 해오름군은 올해 어르신 "
    "일자리를 늘린다고 밝혔다. 군은 예산 20억 원을 투입한다. 자세한 내용은 군청 누리집에서 "
    "확인할 수 있다.</p></div>"
)


def read(body: str, head: str = "") -> Article:
    page = (
        f"<html><head><title>{HEADLINE} - 해오름일보</title>{head}</head><body>{body}</body></html>"
    )
    return clean_page(
        Page(path=Path("p.html"), text=page, format=PageFormat.HTML, encoding="utf-8")
    )


def script(data: object, before: str = "", after: str = "", attrs: str = "") -> str:
    return f"<script{attrs}>{before}{json.dumps(data, ensure_ascii=False)}{after}</script>"


def fusion(headline: str = HEADLINE) -> dict[str, object]:
    elements: list[dict[str, object]] = [{"type": "image", "caption": "해오름시청 전경"}]
    elements += [{"type": "text", "content": f"<p>{p}</p>"} for p in PARAGRAPHS]
    return {
        "headlines": {"basic": headline},
        "credits": {"by": [{"name": "홍길동", "type": "author"}]},
        "display_date": "2024-03-05T09:00:00+09:00",
        "content_elements": elements,
    }


def test_content_elements_stand_in_for_another_storys_teaser() -> None:
    data = script(
        fusion(), "window.Fusion=window.Fusion||{};Fusion.globalContent=", ";Fusion.x={};"
    )
    article = read(TEASER + data)
    assert article.paragraphs == PARAGRAPHS
    assert (article.reporter, article.published) == ("홍길동", "2024-03-05T09:00:00")


def test_an_app_state_with_one_long_body_stands_in_for_a_loading_notice() -> None:
    story = {"title": HEADLINE, "body": "".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
    data = script({"props": {"pageProps": {"article": story}}}, attrs=' type="application/json"')
    assert read("<div id='app'><p>불러오는 중입니다.</p></div>" + data).paragraphs == PARAGRAPHS


def test_json_ld_article_body_stands_in_for_an_empty_page() -> None:
    ld = {"@type": "NewsArticle", "headline": HEADLINE, "articleBody": "\n".join(PARAGRAPHS)}
    body = script(ld, attrs=' type="application/ld+json"')
    assert read("<div id='app'></div>", head=body).paragraphs == PARAGRAPHS


def test_a_page_that_shows_its_own_story_keeps_it() -> None:
    shown = "<div class='article_body'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>"
    summary = {"@type": "NewsArticle", "headline": HEADLINE, "articleBody": " ".join(PARAGRAPHS)}
    article = read(shown, head=script(summary, attrs=' type="application/ld+json"'))
    assert article.paragraphs == PARAGRAPHS


def test_data_about_another_story_does_not_replace_the_shown_one() -> None:
    shown = "<div class='article_body'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>"
    other = fusion("해오름군, 어르신 일자리 500개 만든다")
    other["content_elements"] = [
        {"type": "text", "content": f"해오름군은 어르신 일자리 {n}00개를 만든다고 밝혔다."}
        for n in range(1, 9)
    ]
    article = read(shown + script(other, "Fusion.globalContent=", ";"))
    assert article.paragraphs == PARAGRAPHS


def test_an_authors_printed_byline_stands_in_for_a_romanized_or_missing_name() -> None:
    printed = {"additional_properties": {"original": {"byline": "홍길동 기자"}}}
    for author in ({"name": "Hong Gil-dong", **printed}, {"type": "author", **printed}):
        data = {**fusion(), "credits": {"by": [author]}}
        article = read(TEASER + script(data, "Fusion.globalContent=", ";"))
        assert article.reporter == "홍길동"
