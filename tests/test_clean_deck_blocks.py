"""A copied story whose headline and decks stand in blocks of their own (invented text): the
headline alone, a blank line, one to three deck lines, a blank line, the lead. The headline is
the top line, the decks its subtitle, whether or not it reads as `subject, predicate`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govreader.clean import clean_page
from govreader.model import Article, Page, PageFormat

HEADLINE = "달빛마을 연꽃 축제 '북적'"
DECKS = ["지난해보다 방문객 2000명 늘어", "연잎차 시음·뗏목 체험 등 ‘호응’"]
BODY = [
    "‘연꽃 향기 따라 한여름 밤 산책’을 주제로 한 달빛마을 연꽃 축제가 지난 주말 사흘 동안 "
    "달빛군 연지면 마을 연못 일대에서 열렸다.",
    "올해 축제에는 1만 2000명가량이 찾아 연잎차 시음과 뗏목 체험, 연꽃 사진 공모전 등 "
    "다양한 프로그램을 즐기며 성황리에 마무리됐다.",
    "마을 관계자는 “찾아주신 분들께 감사드리며 내년에는 야간 프로그램을 늘려 더 알찬 축제를 "
    "준비하겠다”고 말했다.",
]


def read(head: str) -> Article:
    text = head + "\n\n" + "\n\n".join(BODY) + "\n"
    return clean_page(Page(path=Path("p.txt"), text=text, format=PageFormat.TEXT, encoding="utf-8"))


@pytest.mark.parametrize(
    "head",
    [
        f"{HEADLINE}\n\n{DECKS[0]}\n{DECKS[1]}",
        f"{HEADLINE}\n\n{DECKS[0]}\n\n{DECKS[1]}",
        f"이전기사 다음기사\n로그인\n일반기사\n\n{HEADLINE}\n\n{DECKS[0]}\n{DECKS[1]}",
        f"{HEADLINE}\n\n{DECKS[0]}\n{DECKS[1]}\n\n연꽃 축제장 전경. 달빛군 제공",
    ],
)
def test_the_headline_alone_above_its_deck_block_is_the_title(head: str) -> None:
    article = read(head)
    assert (article.title, article.subtitle) == (HEADLINE, "\n".join(DECKS))
    assert article.text.split("\n\n")[0] == BODY[0]


def test_a_single_deck_in_its_own_block_is_the_subtitle() -> None:
    article = read(f"{HEADLINE}\n\n{DECKS[0]}")
    assert (article.title, article.subtitle) == (HEADLINE, DECKS[0])


def test_a_clause_broken_off_above_the_decks_is_not_taken_for_the_headline() -> None:
    article = read(f"달빛마을 연꽃 축제가 올해도 주민과\n\n{DECKS[0]}\n{DECKS[1]}")
    assert article.title != "달빛마을 연꽃 축제가 올해도 주민과"


STACK_BODY = [
    "해오름군은 올해 첫 추가경정예산안 512억 원을 편성해 군의회에 제출했다고 밝혔다.",
    "추경안은 본예산보다 40억 원 늘었으며 도로 정비와 경로당 보수 사업에 주로 쓰인다.",
    "군의회는 오는 20일 본회의를 열어 추경안을 최종 확정할 예정이다.",
]


def read_stack(head: list[str]) -> Article:
    text = "\n".join([*head, *STACK_BODY]) + "\n"
    return clean_page(Page(path=Path("p.txt"), text=text, format=PageFormat.TEXT, encoding="utf-8"))


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        (
            ["추경 512억 군의회 제출", "도로 정비와 경로당 보수 등 생활 밀착 사업에 집중 편성"],
            "추경 512억 군의회 제출",
        ),
        (
            [
                "군, 첫 추경 512억 제출",
                "본예산 대비 추경안 40억 원 늘어나…",
                "20일 군의회 본회의 통해 최종 확정",
            ],
            "군, 첫 추경 512억 제출",
        ),
        (
            [
                "정치",
                "'첫 추경' 512억 제출",
                "도로 정비, 경로당 보수, 마을 안길 포장 등 생활 사업 위주로 편성",
                "20일 본회의에서 최종 확정",
            ],
            "'첫 추경' 512억 제출",
        ),
    ],
)
def test_the_top_of_a_stack_of_headline_and_decks_over_the_lead_is_the_title(
    head: list[str], headline: str
) -> None:
    article = read_stack(head)
    assert article.title == headline
    assert article.text.split("\n\n")[0] == STACK_BODY[0]


@pytest.mark.parametrize(
    ("head", "not_title"),
    [
        # a deck printed first reads as a clause (… 등은 …)
        (
            ["예산 사업 등은 하반기로 미뤄", "해오름군, 추경 512억 제출"],
            "예산 사업 등은 하반기로 미뤄",
        ),
        # a site's slogan above the headline tells nothing the lead tells
        (
            ["우리 고장 소식 한눈에 보기", "해오름군, 추경 512억 제출"],
            "우리 고장 소식 한눈에 보기",
        ),
    ],
)
def test_a_line_above_the_headline_that_is_no_headline_stays_out_of_the_title(
    head: list[str], not_title: str
) -> None:
    assert read_stack(head).title != not_title
