"""The headline and the reporter of a copied story read from layout, not from words (invented
text in the shapes real pages print): lines that never are a headline whatever their place (an
address, an icon font's ligature names, a script's polite sentence, a caption with its credit),
a headline whose words a masthead or footer also uses, and a wire dateline byline left inside a
line that is not a byline row.
"""

from __future__ import annotations

import pytest

from govreader.clean.reporters import dateline_reporter, signer_in
from govreader.model import Article
from tests.clean_helpers import read_lines

HEADLINE = "해오름군, 마을 돌봄센터 세 곳 새로 문 열어"
BODY = [
    "해오름군은 읍내와 두 면에 마을 돌봄센터를 새로 열고 이달부터 운영한다고 7일 밝혔다.",
    "센터마다 돌봄 교사 두 명이 상주하며 방과 후 초등학생 20명씩을 맡아 돌본다.",
    "군 관계자는 “부모가 마음 놓고 일할 수 있는 고장을 만들겠다”고 말했다.",
]


def read(*lines: str, after: tuple[str, ...] = ()) -> Article:
    return read_lines(*lines, *BODY, *after)


@pytest.mark.parametrize(
    "chrome",
    [
        "chevron_right 지역소식 chevron_right 해오름군 chevron_right 복지",
        "home 홈 keyboard_arrow_right 뉴스 keyboard_arrow_right 사회일반",
        "https://www.haeoreum-news.example/news/articleView.html?idxno=12345",
        "www.haeoreum-news.example/news/view.php?no=2024",
    ],
)
def test_a_breadcrumb_of_icon_names_or_an_address_above_the_headline_is_not_it(
    chrome: str,
) -> None:
    short = "해오름군 돌봄센터 개소식"
    article = read("로그인", chrome, "일반기사", short)
    assert article.title == short


def test_a_script_with_no_headline_gets_none_from_its_polite_sentences() -> None:
    article = read(
        "해오름군이 올해 돌봄 사업 평가에서",
        "최우수 기관으로 뽑혔다고 밝혔습니다.",
        "또 우수 기관에는 두 곳을,",
        "장려 기관에는 세 곳을 선정했습니다",
    )
    assert article.title is None or not article.title.endswith(("습니다", ","))


def test_a_caption_with_its_credit_is_not_the_headline() -> None:
    caption = "해오름군 관계자들이 돌봄센터 개소식에서 기념촬영을 하고 있다. 사진제공"
    article = read(caption)
    assert article.title != caption


@pytest.mark.parametrize(
    "headline",
    ["해오름구, 주민 30명 소식지 명예기자단 출범", "해오름신문 발행인, 지역언론 공로패 받아"],
)
def test_a_headline_holding_a_mastheads_or_footers_word_is_still_the_headline(
    headline: str,
) -> None:
    article = read("기사상세페이지", headline, "입력 2024.06.07 10:21", "SNS 공유하기", headline)
    assert article.title == headline


def test_a_masthead_and_a_footer_row_stay_out_of_the_headline() -> None:
    masthead = "해오름구 소식지 2024년 6월호"
    article = read(masthead, "발행인 홍길동", "입력 2024.06.07 10:21")
    assert article.title not in {masthead, "발행인 홍길동"}


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("돌봄센터 세 곳 개소[해오름군 제공](해오름=연합뉴스) 김하늘 기자 = 군은", "김하늘"),
        ("▲ 개소식 모습 | [해오름뉴스통신=이바다 기자] 해오름군은 읍내에", "이바다"),
        ("[해오름=뉴시스] 박산들 특파원 = 현지 동포들은", "박산들"),
        ('"돌봄 공백 메운다"[해오름경제 최누리 기자]해오름군은 읍내에', "최누리"),
    ],
)
def test_a_dateline_byline_inside_a_line_names_the_reporter(line: str, name: str) -> None:
    assert dateline_reporter([line]) == name


@pytest.mark.parametrize(
    "line",
    [
        "(해오름=연합뉴스) 사회부 기자 = 군은",
        "[해오름=뉴시스] 군은 읍내에 센터를 열었다",
        "해오름군 관계자는 “기자 여러분께 감사드린다”고 말했다",
    ],
)
def test_a_desk_or_a_dateline_without_a_name_names_no_reporter(line: str) -> None:
    assert dateline_reporter([line]) is None


def test_an_outlet_between_the_name_and_its_title_is_no_name_before_an_address() -> None:
    assert signer_in("해오름ㅣ김하늘 해오름스포츠 기자 sky@haeoreum.example") != "기자"


def test_a_boards_poster_gives_way_to_the_storys_dateline_byline() -> None:
    article = read(
        HEADLINE,
        "작성자 돌봄이 작성일24-06-07 10:21 조회36회",
        "본문",
        "(해오름=연합뉴스) 김하늘 기자 = " + BODY[0],
    )
    assert article.reporter == "김하늘"


def test_a_boards_poster_stays_the_writer_when_the_story_names_no_reporter() -> None:
    article = read(HEADLINE, "작성자 한누리 작성일24-06-07 10:21 조회36회")
    assert article.reporter == "한누리"


@pytest.mark.parametrize(
    "title",
    [
        "해오름군 청년 인턴 참여자를 모집합니다",
        "겨울철 한파 대비 요령을 알려드립니다",
        "1번째 안내입니다",
    ],
)
def test_a_notice_title_in_the_polite_form_stays_the_headline(title: str) -> None:
    """Boards title notices politely (…모집합니다); only a script's past sentence (…했습니다) or a
    finished polite sentence with its full stop is no headline."""
    article = read(
        title, "", "해오름군은 올해 청년 인턴 20명을 모집한다고 밝혔다. 신청은 다음 달까지다."
    )
    assert article.title == title
