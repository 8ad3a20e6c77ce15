"""The seed page's expected facts, as issue 3 states them.

The seed is read from `../shared/seeds` and cleaned by the real pipeline at test time; the test
skips when the shared folder is absent.
"""

from __future__ import annotations

import pytest
from labels.loader import SEED, seed_article

from govreader.facts import extract
from govreader.model import Fact, FactKind

pytestmark = pytest.mark.skipif(not SEED.is_file(), reason="shared seed folder is absent")


@pytest.fixture(scope="module")
def facts() -> list[Fact]:
    article = seed_article()
    found = extract(article)
    for fact in found:
        assert article.text[fact.start : fact.end] == fact.text
    return found


def of(facts: list[Fact], kind: FactKind) -> list[Fact]:
    return [fact for fact in facts if fact.kind == kind]


def test_one_award_with_every_field(facts: list[Fact]) -> None:
    awards = of(facts, FactKind.AWARD)
    assert [dict(a.fields) for a in awards] == [
        {
            "name": "2022년 전국 지방자치단체 일자리대상",
            "prize": "우수상",
            "category": "공시제 부문",
            "organizer": "고용노동부",
            "recipient": "구로구",
            "year": 2022,
        }
    ]


def test_programs_of_the_lists(facts: list[Fact]) -> None:
    names = {fact.fields["name"] for fact in of(facts, FactKind.PROGRAM)}
    assert names >= {
        "G밸리 고용 생태계 강화 사업",
        "마을버스 운전기사 양성과정",
        "중장년 재취업 토털 프로젝트",
        "일경험 지원사업",
        "광역 일자리 카페",
        "취준생 인턴 스펙쌓기",
        "청년도전 지원사업",
        "국민취업지원제도",
    }
    assert not any(name.startswith("▲") or name.endswith(" 등") for name in names)
    assert not names & {"다양한 정책", "각종 사업", "다양한 프로그램", "고용노동부"}


def test_programs_of_the_marked_list_are_named_without_their_describing_clauses(
    facts: list[Fact],
) -> None:
    names = {fact.fields["name"] for fact in of(facts, FactKind.PROGRAM)}
    named = {"구로형 고용성장지원책", "소상공인 지원정책", "스마트도시 조성사업", "청년이룸"}
    assert names >= named
    assert not any(word in name for name in names for word in ("대응하는", "대비하는", "위한"))


def test_targets(facts: list[Fact]) -> None:
    targets = {
        (f.fields["value"], f.fields["unit"], f.fields["type"]) for f in of(facts, FactKind.TARGET)
    }
    assert targets == {
        (13500, "개", "goal"),
        (22023, "개", "result"),
        (14000, "개", "goal"),
        (4, "개", "count"),
        (28, "개", "count"),
        (13, "년", "count"),
    }


def test_audiences(facts: list[Fact]) -> None:
    audiences = {fact.text: dict(fact.fields) for fact in of(facts, FactKind.AUDIENCE)}
    assert audiences["만 18세 이상 34세 이하 구직단념 청년"] == {"age_min": 18, "age_max": 34}
    assert "청소년 쉼터에서 1년 이상 보호한 청년" in audiences


def test_quote_of_the_official(facts: list[Fact]) -> None:
    quotes = of(facts, FactKind.QUOTE)
    assert [q.fields.get("speaker") for q in quotes] == ["구로구 관계자"]
    assert quotes[0].text.startswith("“") and quotes[0].text.endswith("”")


def test_nothing_from_the_sidebar(facts: list[Fact]) -> None:
    assert not [fact for fact in facts if "치과주치의" in fact.text]
