"""Outside a relative clause, a time after or before an event, a means or an adverb modifies the
verb of the sentence, so an audience phrase starts after it; an event inside a clause that
qualifies the group (`… 후 N년 이내인`) stays. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.facts_helpers import audience_texts

found = audience_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("시는 사전 상담 후 저소득 가구를 대상으로 집수리를 지원한다.", "저소득 가구"),
        ("도는 사업장을 점검한 후 영세 사업자에게 안전 장비를 보급한다.", "영세 사업자"),
        ("공사는 임대 농장을 조성한 뒤 귀농 청년에게 장기간 빌려준다.", "귀농 청년"),
        (
            "센터는 정식으로 개관하기 전 인근 주민들을 대상으로 시설을 미리 공개한다.",
            "인근 주민들",
        ),
        ("시는 방문 진료를 늘림으로써 농촌 고령자에게 의료 서비스를 제공한다.", "농촌 고령자"),
    ],
)
def test_an_adverbial_before_the_group_is_left_out(text: str, expected: str) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "군은 현장 실사 후 신청 가구를 대상으로 지붕 개량을 지원한다.",
        "구는 복지관과 함께 일반 주민을 대상으로 생활 강좌를 연다.",
    ],
)
def test_an_adverbial_never_opens_an_audience(text: str) -> None:
    assert not any("후 " in phrase or "함께" in phrase for phrase in found(text)), found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "도는 혼인신고 후 7년 이내인 부부를 대상으로 전세자금 이자를 지원한다.",
            "혼인신고 후 7년 이내인 부부",
        ),
        (
            "시는 창업 후 3년 이내인 청년 창업자에게 임대료를 지원한다.",
            "창업 후 3년 이내인 청년 창업자",
        ),
    ],
)
def test_an_event_inside_a_qualifying_clause_stays(text: str, expected: str) -> None:
    assert expected in found(text), found(text)
