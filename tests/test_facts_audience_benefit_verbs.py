"""People a benefit verb has as its subject, in every form the verb takes (sentences written for
these tests): `X도 신청 가능`, `X은 … 지원받으며`, `X이 … 지원받아`."""

from __future__ import annotations

import pytest

from tests.facts_helpers import audience_texts

found = audience_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "기초연금 수급자가 없으면 만 60세 이상 저소득 어르신도 참여가능, 선착순이다.",
            "만 60세 이상 저소득 어르신",
        ),
        ("※ 주거급여 수급자는 신청 가능", "주거급여 수급자"),
        (
            "도서 지역에 사는 한부모 가정은 10만 원을 추가로 지원받으며 사용 기한도 늘어난다.",
            "도서 지역에 사는 한부모 가정",
        ),
        (
            "귀농을 준비하는 청년들이 필요한 교육을 제때 지원받아 정착에 도움이 될 전망이다.",
            "귀농을 준비하는 청년들",
        ),
    ],
)
def test_the_subject_of_a_benefit_verb_is_an_audience(text: str, expected: str) -> None:
    assert expected in found(text), found(text)


def test_a_conjunction_ending_like_a_particle_marks_no_subject() -> None:
    texts = found("대상은 만 70세 이상 주민이며 주민센터로 방문 또는 전화로 신청할 수 있다.")
    assert "만 70세 이상 주민" in texts, texts
    assert not any("방문" in audience for audience in texts), texts
