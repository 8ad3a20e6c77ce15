"""Session 12 precision audit: audience phrases that a written mark inside them (a quoted law, a
bracketed note, a range of ages) cut short when read back from the head word. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.facts_helpers import audience_texts

found = audience_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A law quoted inside one word is the argument of the clause (`…에 따라 등록된`).
        (
            "참여 자격은 ‘장애인복지법’에 따라 등록된 만 18세 이상 장애인이다.",
            ["‘장애인복지법’에 따라 등록된 만 18세 이상 장애인"],
        ),
        (
            "정원은 40명으로 ‘한부모가족지원법’에 의해 지정된 한부모 가정이면 신청할 수 있다.",
            ["‘한부모가족지원법’에 의해 지정된 한부모 가정"],
        ),
        # `‘…법’상`: what the law calls them is part of who they are.
        (
            "지원 대상은 도내 소재 ‘소상공인기본법’상 소상공인으로 한다.",
            ["도내 소재 ‘소상공인기본법’상 소상공인"],
        ),
        # A short note opening a word (`(예비)`) is read as the word it marks.
        (
            "신청 자격은 (예비)점포를 시장 안에 두고 창업을 희망하는 청년 상인이다.",
            ["(예비)점포를 시장 안에 두고 창업을 희망하는 청년 상인"],
        ),
        # A note naming several schools belongs to the word it explains.
        (
            "관내 3개 대학(가나대학교, 다라대학교 제2캠퍼스, 마바사 전문대학교) 재학생이면 누구나 "
            "응모할 수 있다.",
            ["관내 3개 대학(가나대학교, 다라대학교 제2캠퍼스, 마바사 전문대학교) 재학생"],
        ),
    ],
)
def test_a_quoted_name_or_a_note_inside_the_phrase_is_kept(text: str, expected: list[str]) -> None:
    assert found(text) == expected, found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A total before the phrase (`총 30명으로`) is how many are taken, not who they are.
        ("모집 인원은 총 30명으로 시내에 사는 청년이면 신청할 수 있다.", ["시내에 사는 청년"]),
        (
            "선발 규모는 50가구로 ‘주거기본법’에 따라 정한 주거취약 가구가 대상이다.",
            ["‘주거기본법’에 따라 정한 주거취약 가구"],
        ),
        # `따라` left at the front when what it follows stops the phrase is dropped.
        ("이번 방침에 따라 군내에 사는 어르신이 참여할 수 있다.", ["군내에 사는 어르신"]),
    ],
)
def test_a_total_or_a_dangling_glue_word_stays_out(text: str, expected: list[str]) -> None:
    assert found(text) == expected, found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A range of decades, of years in business, or from months to an age is one word of the
        # phrase, not where it starts.
        ("시는 40~50대 여성을 대상으로 재취업 교육을 연다.", ["40~50대 여성"]),
        (
            "군은 창업 2∼5년차 소상공인을 대상으로 컨설팅을 제공한다.",
            ["창업 2∼5년차 소상공인"],
        ),
        (
            "구는 생후 3개월∼만6세 이하 영유아를 대상으로 검진을 한다.",
            ["생후 3개월∼만6세 이하 영유아"],
        ),
        # Under a theme, before the age that starts the group, is how the sentence goes.
        (
            "박람회는 ‘새로운 출발’이라는 주제 아래 20~30대 구직자를 대상으로 열린다.",
            ["20~30대 구직자"],
        ),
    ],
)
def test_a_range_inside_the_phrase_is_kept(text: str, expected: list[str]) -> None:
    assert found(text) == expected, found(text)


def test_below_after_a_pool_stays_inside() -> None:
    text = "지원 대상은 만 9세 이상 24세 이하 청소년 중 아래 조건에 맞는 해당자이다."
    assert found(text) == ["만 9세 이상 24세 이하 청소년 중 아래 조건에 맞는 해당자"], found(text)
