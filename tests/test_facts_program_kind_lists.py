"""Programs a sentence names after their kind (issue 10, session 6), in sentences written for
these tests: names joined to their kind by 인, and items a list calls programs."""

from __future__ import annotations

import pytest

from govreader.facts import extract
from govreader.model import Article, FactKind
from tests.facts_helpers import program_names


def rules_of(text: str) -> dict[str, str | None]:
    found = [fact for fact in extract(Article(text=text)) if fact.kind == FactKind.PROGRAM]
    return {str(fact.fields["name"]): fact.rule for fact in found}


# --- names after their kind and 인 -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "구는 직영하는 청년공간인 꿈마루, 청춘너나들이, 두레다락에 운영비 2억 원을 준다.",
            {"꿈마루", "청춘너나들이", "두레다락"},
        ),
        ("도는 농촌형 돌봄시설인 ‘햇살돌봄터’를 12곳으로 늘려 부모 부담을 던다.", {"햇살돌봄터"}),
        ("시는 신혼부부 전세주택Ⅱ인 '봄날의 집'을 올해는 2000호를 내놓는다.", {"봄날의 집"}),
    ],
)
def test_names_after_their_kind_and_in_are_programs(text: str, names: set[str]) -> None:
    found = rules_of(text)
    assert names <= set(found)
    assert {found[name] for name in names} == {"names after their kind and 인"}


@pytest.mark.parametrize(
    "text",
    [
        # one unquoted word after its kind names a kind of building, not a program
        "어르신들은 노인복지시설인 경로당에서 모인다.",
        # a count after each item is a breakdown, not names
        "시설인 보육실 3곳, 놀이실 2곳을 갖췄다.",
        # a kind of no program work
        "도청 소재지인 홍성군과 예산군에 걸쳐 있다.",
    ],
)
def test_no_name_is_read_where_the_kind_names_none(text: str) -> None:
    assert "names after their kind and 인" not in set(rules_of(text).values())


# --- items a list calls programs are named, though their words only sort ---------------------


def test_items_of_a_list_closed_by_a_count_of_projects_are_named() -> None:
    text = "군은 노노케어와 마을환경정비, 아동시설 지원 등 20개 사업에 1천명을 배치한다."
    assert {"마을환경정비", "아동시설 지원"} <= program_names(text)


def test_a_sibling_of_a_program_in_a_run_list_is_named_though_its_words_only_sort() -> None:
    text = "센터는 이주여성을 위해 한국어 교육, 가족교육, 취업 상담 프로그램을 운영한다."
    assert "가족교육" in program_names(text)


def test_short_fields_in_a_list_of_projects_stay_unnamed() -> None:
    assert program_names("시는 보건, 복지, 안전 등 3개 분야 사업에 예산을 늘린다.") == set()
