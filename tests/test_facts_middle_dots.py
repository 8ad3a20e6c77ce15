"""The middle dot written as `ㆍ` (a Hangul letter) or `‧` reads as `·` in every kind.

Pages type the dot in several ways (`확ㆍ포장`, `시‧군`); a fact found with one must be found with
the others, at the same span, spelled as the page spells it.
"""

from __future__ import annotations

import pytest

from govreader.facts import extract
from govreader.model import Article, Fact

SENTENCES = [
    "구는 올해 도로 확·포장 사업에 10억 원을 들인다.",
    "시는 청년·신혼부부 300가구에 월세를 지원한다.",
    "평가 결과 가람시·누리군·보람구가 최우수기관으로 선정됐다.",
    "군은 노인·장애인 일자리 사업 참여자 120명을 모집한다.",
    "도는 시·군 협력사업 20건을 선정해 30억 원을 지원한다.",
]


def _facts(text: str, title: str) -> list[Fact]:
    found = extract(Article(text=text, title=title, published="2025-05-01"))
    for fact in found:
        assert text[fact.start : fact.end] == fact.text
    return found


def _shape(facts: list[Fact], dot: str) -> list[tuple[object, ...]]:
    return [
        (
            fact.kind,
            fact.start,
            fact.end,
            sorted(
                (k, v.replace(dot, "·") if isinstance(v, str) else v)
                for k, v in fact.fields.items()
            ),
        )
        for fact in facts
    ]


@pytest.mark.parametrize("dot", ["ㆍ", "‧"])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_every_middle_dot_reads_as_the_dot(sentence: str, dot: str) -> None:
    plain = _facts(sentence, "소식")
    written = sentence.replace("·", dot)
    other = _facts(written, "소식")
    assert plain
    assert _shape(other, dot) == _shape(plain, "·")


def test_names_keep_the_dot_the_page_wrote() -> None:
    text = "구는 올해 도로 확ㆍ포장 사업에 10억 원을 들인다."
    names = [f.fields.get("name") for f in _facts(text, "소식") if f.kind == "program"]
    assert names == ["도로 확ㆍ포장 사업"]
