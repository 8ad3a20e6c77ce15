"""A chrome family (invented lines): a link alone on its line, perhaps after a link's label (a
release's website footer, the page's own address, an attached video). Near-misses: story
sentences and application details with a link inside.
"""

from __future__ import annotations

import pytest

from govreader.clean.boilerplate import is_chrome
from tests.clean_helpers import read_paragraphs

TITLE = "해오름군, 청년 창업 지원센터 문 열어"
LEAD = "해오름군은 지난 3일 읍내 상가 2층에 청년 창업 지원센터를 열었다고 4일 밝혔다."
BODY = "센터에는 공유 사무실 12석과 회의실 2곳이 마련돼 창업 1년 미만 청년이 무료로 쓸 수 있다."


LINKS = [
    "https://www.haeoreum-news.kr/news/articleView.html?idxno=12345",
    "http://haeoreum.go.kr",
    "www.haeoreum.go.kr/board/view.do?id=77",
    "웹사이트: http://www.haeoreum.go.kr",
    "웹 사이트 https://haeoreum.or.kr",
    "- 첨부https://youtu.be/AbCdEf12345",
    "첨부파일: https://www.haeoreum.go.kr/files/notice.hwp",
    "▶ 출처: https://www.haeoreum-news.kr/news/1234",
    "영상 https://youtu.be/XyZ987",
]


@pytest.mark.parametrize("line", LINKS)
def test_a_link_alone_on_its_line_is_chrome(line: str) -> None:
    assert is_chrome(line)


LINK_SENTENCES = [
    "자세한 내용은 해오름군 누리집(https://www.haeoreum.go.kr)에서 확인할 수 있다.",
    "신청은 https://www.haeoreum.go.kr 에서 하면 된다.",
    "신청: https://apply.haeoreum.go.kr",
    "참가 신청은 오는 20일까지 온라인(www.haeoreum.go.kr)으로 받는다.",
    "영상 공모전 수상작은 해오름군 유튜브 채널에서 볼 수 있다.",
]


@pytest.mark.parametrize("line", LINK_SENTENCES)
def test_a_sentence_around_a_link_is_not(line: str) -> None:
    assert not is_chrome(line)


def test_a_release_footer_link_leaves_the_story() -> None:
    article = read_paragraphs(
        TITLE, LEAD, BODY, "문의: 해오름군 일자리정책과", "웹사이트: http://www.haeoreum.go.kr"
    )
    assert "http" not in article.text
    assert BODY in article.text
