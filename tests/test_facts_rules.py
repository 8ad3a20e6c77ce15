"""Which rule found each fact (`govreader facts --explain`): a sentence per family names its rule,
and every name is one of its kind's table (`facts.rules`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from govreader.facts import extract, rules, target_typing
from govreader.model import Article, FactKind
from govreader.reading import read_page

SAMPLES = Path(__file__).resolve().parents[1] / "sample_articles"


def _named(kind: FactKind, name: str) -> str:
    """`name`, which must be a rule of `kind`'s table: the tests use the reader's names."""
    assert name in {found.name for found in rules.table(kind)}
    return name


def _rules_of(text: str, kind: FactKind, published: str | None = None) -> list[tuple[str, str]]:
    article = Article(text=text, published=published)
    return [(fact.text, fact.rule or "") for fact in extract(article) if fact.kind == kind]


@pytest.mark.parametrize(
    ("sentence", "kind", "found", "name"),
    [
        (
            "해오름군은 고용노동부가 주관한 일자리 평가에서 우수상을 수상했다.",
            FactKind.AWARD,
            "해오름군은 고용노동부가 주관한 일자리 평가에서 우수상을 수상했다.",
            "prize told with a receiving verb",
        ),
        (
            "최우수상은 달빛시가 차지했고, 우수상은 별빛군에 돌아갔다.",
            FactKind.AWARD,
            "최우수상은 달빛시",
            "prize handed to its winners",
        ),
        (
            "▲대상 달빛군 ▲최우수상 별빛시",
            FactKind.AWARD,
            "대상 달빛군",
            "grades listed with their winners",
        ),
        (
            "은상에 김하늘 씨의 ‘머그컵’, 동상에 박서연 씨의 ‘열쇠고리’가 선정됐다.",
            FactKind.AWARD,
            "은상에 김하늘 씨",
            "contest prizes with the entrants of the winning work",
        ),
        (
            "군은 마을기업 평가 결과를 냈다. ‘가’ 등급을 받은 기관은 달빛마을, 별빛마을 등이었다.",
            FactKind.AWARD,
            "기관은 달빛마을, 별빛마을",
            "winners listed as what a group is",
        ),
        ("구는 올해 일자리 1,200개 창출을 목표로 세웠다.", FactKind.TARGET, "1,200개", "goal said"),
        ("구는 지난해 일자리 3,400개를 창출했다.", FactKind.TARGET, "3,400개", "the word after"),
        (
            "구는 4개 추진전략, 28개 주요사업을 마련했다.",
            FactKind.TARGET,
            "28개 주요사업",
            "plan counted in projects",
        ),
        (
            "지원 대상은 관내에 사는 만 19~39세 청년이다.",
            FactKind.AUDIENCE,
            "관내에 사는 만 19~39세 청년",
            "지원 대상은 X",
        ),
        (
            "구는 관내 미취업 청년을 대상으로 취업 교육을 연다.",
            FactKind.AUDIENCE,
            "관내 미취업 청년",
            "X을 대상으로, X가 대상이다",
        ),
        (
            "귀농인, 청년 농업인 등 누구나 신청할 수 있다.",
            FactKind.AUDIENCE,
            "귀농인, 청년 농업인",
            "X 등 누구나",
        ),
        (
            "구는 ‘청년이룸’ 사업을 운영한다.",
            FactKind.PROGRAM,
            "청년이룸",
            "quoted name marked as a program",
        ),
        (
            "구는 청년도전 지원사업을 추진한다.",
            FactKind.PROGRAM,
            "청년도전 지원사업",
            "phrase headed by a program word",
        ),
        ("구는 사업비 5억 원을 들여 센터를 짓는다.", FactKind.AMOUNT, "5억 원", "sum in 원"),
        (
            "군은 올해 예산 1조2천억을 편성했다.",
            FactKind.AMOUNT,
            "1조2천억",
            "sum in 억 without 원",
        ),
        (
            "구 관계자는 “청년이 떠나지 않는 도시를 만들겠다”고 말했다.",
            FactKind.QUOTE,
            "“청년이 떠나지 않는 도시를 만들겠다”",
            "statement in double quotes",
        ),
    ],
)
def test_a_sentence_of_a_family_names_its_rule(
    sentence: str, kind: FactKind, found: str, name: str
) -> None:
    assert (found, _named(kind, name)) in _rules_of(sentence, kind)


def test_an_award_told_again_takes_the_rule_that_retells_it() -> None:
    """`N년 만에` and `같은 상을` copy the award told before; the copy is named for how it was
    retold, the first telling keeps its own name."""
    told = _named(FactKind.AWARD, "prize told with a receiving verb")
    first = "해오름시는 2024년 일자리 평가에서 최우수상을 받았다."
    again = _rules_of(f"{first} 2019년 이후 5년 만에 다시 최우수상을 받았다.", FactKind.AWARD)
    assert again == [
        (first, told),
        ("2019년 이후 5년 만에", _named(FactKind.AWARD, "won again after years")),
    ]
    same = _rules_of(f"{first} 시는 2020년과 2022년에도 같은 상을 받은 바 있다.", FactKind.AWARD)
    assert [name for _, name in same] == [
        told,
        *[_named(FactKind.AWARD, "same prize in earlier years")] * 2,
    ]


def test_target_typing_rules_are_the_targets_table() -> None:
    names = {found.name for found in rules.table(FactKind.TARGET)}
    assert {typing.name for typing in target_typing.RULES} <= names


def test_every_rule_has_a_name_and_an_example_and_a_name_is_declared_once() -> None:
    for kind in FactKind:
        assert rules.table(kind), kind
        for found in rules.table(kind):
            assert found.kind == kind and found.name.strip() and found.example.strip()
    existing = rules.table(FactKind.AMOUNT)[0]
    assert rules.rule(FactKind.AMOUNT, existing.name, existing.example) is existing
    with pytest.raises(ValueError):
        rules.rule(FactKind.AMOUNT, existing.name, "다른 예문 3억 원")


def test_every_fact_of_the_bundled_samples_names_a_rule_of_its_kind() -> None:
    """A finder added without a rule name shows here first."""
    seen = 0
    for path in sorted(p for p in SAMPLES.iterdir() if p.is_file()):
        for fact in read_page(path).facts:
            seen += 1
            assert fact.rule in {found.name for found in rules.table(fact.kind)}, (path, fact)
    assert seen > 20
