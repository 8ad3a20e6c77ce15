"""Which elements of a news CMS's or a board's markup hold the story and which hold its chrome,
by their class and id words: the HTML side of the chrome knowledge in `boilerplate`."""

from __future__ import annotations

import re

UNLIKELY_ATTR = re.compile(
    r"(?:^|[\s_-])(?:share|sns|social|print|comment|reply|cmt|related|relation|popular|ranking|rank"
    r"|most|hot|best|footer|foot|gnb|lnb|snb|nav|menu|breadcrumb|location|banner|ad|ads|advert|aside"
    r"|sidebar|side|widget|copyright|copy|util|login|search|skip|tag|tags|keyword|subscribe|recommend"
    r"|btn|button|tool|toolbar|satisfaction|survey|poll|attach|file|prev|next|paging|pagination"
    r"|header|top|quick|family|popup|layer|modal|caption|photo_?desc|img_?desc)(?:$|[\s_\d-])",
    re.IGNORECASE,
)
"""class/id words of elements that are page chrome, unless they also look like content."""

LIKELY_ATTR = re.compile(
    r"article|content|contents|body|view|story|news_?txt|text|entry|post|main|read|detail|cont",
    re.IGNORECASE,
)

ARTICLE_IDS = (
    "articleBody",
    "article-view-content-div",
    "dic_area",
    "newsct_article",
    "articleBodyContents",
    "articeBody",
    "article_body",
    "articleText",
    "article_content",
    "news_body_area",
    "newsEndContents",
    "bo_v_con",
    "viewContent",
    "view_content",
    "boardContent",
)
ARTICLE_CLASSES = (
    "article_view",
    "article-view-content",
    "article_body",
    "article-body",
    "article_txt",
    "news_body",
    "news_view",
    "view_con",
    "view_cont",
    "view-con",
    "view_content",
    "view-content",
    "viewContent",
    "view_text",
    "bbs_content",
    "board_content",
    "board-view-content",
    "bod_view_cont",
    "cont_view",
    "txt_view",
)
"""Well-known article containers of Korean news CMSs and government boards (ids, then classes);
`itemprop="articleBody"` comes first of all."""
