"""Awards as real pages tell them: the award's name told once (the headline, an earlier sentence)
and the winners later, in lists per grade and per category.

Every sentence here was written for these tests, after the families that regional papers and
ministries' releases use; near-misses stay silent.
"""

from __future__ import annotations

from typing import Any

from govreader.facts import extract
from govreader.model import Article, FactKind


def awards(
    text: str, title: str | None = None, published: str | None = "2025-11-20"
) -> list[dict[str, Any]]:
    article = Article(text=text, title=title, published=published)
    found = [fact for fact in extract(article) if fact.kind == FactKind.AWARD]
    for fact in found:
        assert text[fact.start : fact.end] == fact.text
    return [dict(fact.fields) for fact in found]


def named(text: str, title: str | None = None) -> set[tuple[Any, ...]]:
    """(name, prize, recipient, year) of every award."""
    return {
        (a.get("name"), a.get("prize"), a.get("recipient"), a.get("year"))
        for a in awards(text, title)
    }


# --- an award's name told once ---------------------------------------------------------------


def test_the_headline_names_the_award_the_body_gives_the_winner() -> None:
    found = named(
        "시상식에서 평창군이 우수상을 받았다.",
        title="산림청 주최 ‘2025 산림경영 대상’ 시상식 열려",
    )
    assert found == {("2025 산림경영 대상", "우수상", "평창군", 2025)}


def test_an_earlier_sentence_names_the_evaluation() -> None:
    text = (
        "행정안전부는 ‘2024 지방규제혁신 평가’ 결과를 20일 발표했다. "
        "이 평가에서 거창군이 최우수기관으로 선정됐다."
    )
    assert named(text) == {("2024 지방규제혁신 평가", "최우수기관", "거창군", 2024)}


def test_no_name_anywhere_stays_unnamed() -> None:
    assert named("고성군이 우수상을 받았다.") == {(None, "우수상", "고성군", 2025)}


def test_a_past_award_keeps_its_own_year_under_the_events_name() -> None:
    text = "곡성군은 ‘2025 농촌관광 대상’에서 대상을 받았다. 군은 2023년에도 우수상을 받았다."
    found = named(text)
    assert ("2025 농촌관광 대상", "대상", "곡성군", 2025) in found
    assert ("2025 농촌관광 대상", "우수상", "곡성군", 2023) in found


def test_a_short_mention_is_named_as_the_page_names_it_in_full() -> None:
    text = (
        "올해 도시재생 협업 평가에서 남해군이 최우수기관으로 선정됐다. "
        "국토교통부는 ‘2025 도시재생 협업’ 평가 결과를 3일 공개했다."
    )
    assert named(text) == {("2025 도시재생 협업", "최우수기관", "남해군", 2025)}
