import pytest

from govreader.model import Article, Fact, FactKind


def test_fact_span_must_match_article_text() -> None:
    text = "구로구가 우수상을 수상했다."
    fact = Fact(FactKind.PROGRAM, 0, 3, "구로구", {"name": "구로구"})
    assert Article(text=text, facts=(fact,)).facts == (fact,)
    with pytest.raises(ValueError):
        Article(text="다른 글", facts=(fact,))


def test_fact_to_dict_lists_every_field_of_its_kind() -> None:
    fact = Fact(FactKind.AMOUNT, 2, 6, "65억원", {"value": 6_500_000_000})
    assert fact.to_dict() == {
        "kind": "amount",
        "start": 2,
        "end": 6,
        "text": "65억원",
        "value": 6_500_000_000,
        "unit": None,
    }
    assert Fact.from_dict(fact.to_dict()) == fact


def test_fact_rejects_unknown_fields_and_bad_spans() -> None:
    with pytest.raises(ValueError):
        Fact(FactKind.QUOTE, 0, 1, "x", {"value": 1})
    with pytest.raises(ValueError):
        Fact(FactKind.QUOTE, 3, 3, "", {})


def test_the_rule_that_found_a_fact_is_no_part_of_the_contract() -> None:
    found = Fact(FactKind.AMOUNT, 0, 3, "65억", {"value": 6_500_000_000}, rule="sum in 원")
    plain = Fact(FactKind.AMOUNT, 0, 3, "65억", {"value": 6_500_000_000})
    assert found == plain
    assert found.to_dict() == plain.to_dict() and "rule" not in found.to_dict()
    assert found.rule == "sum in 원" and plain.rule is None
