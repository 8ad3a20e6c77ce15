"""Budget lines named in one compound word, by a waterway or built anew (issue 10, session 14),
in sentences written for these tests: `역전광장경관조성 8억원`, `마을상수도 정비 30억원`,
`청사별관 신축 12억원`."""

from __future__ import annotations

import pytest

from tests.facts_helpers import program_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "군은 역전광장경관조성 8억원, 터미널주변간판정비 4억원, 구도심골목길조성 6억원을"
            " 반영했다.",
            {"역전광장경관조성", "터미널주변간판정비"},
        ),
        (
            "주요 사업은 마을상수도 정비 30억원, 청사별관 신축 12억원, 어린이공원 정비 9억원"
            " 등이다.",
            {"마을상수도 정비", "청사별관 신축", "어린이공원 정비"},
        ),
        (
            "시는 농가경영안정지원 40억원, 청년농창업지원 12억원 등을 편성했다.",
            {"농가경영안정지원", "청년농창업지원"},
        ),
    ],
)
def test_budget_lines_named_in_one_compound_are_projects(text: str, names: set[str]) -> None:
    assert names <= program_names(text)


@pytest.mark.parametrize(
    "text",
    [
        # a short compound says only what kind of work
        "시는 환경정비 3억원, 도로정비 2억원 등을 반영했다.",
        # a cost, not a work
        "군은 시설운영비지원 1억원, 강사인건비지원 2억원을 편성했다.",
    ],
)
def test_short_or_cost_compounds_are_no_projects(text: str) -> None:
    assert program_names(text) == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # ▷ and ▴ mark a list's items as ▲ does
        (
            "주요 사업은 ▷마을회관 보수 지원 12억원 ▷어린이 통학로 정비 8억원 등이다.",
            {"마을회관 보수 지원", "어린이 통학로 정비"},
        ),
        (
            "분야별로는 ▴경로당 냉방기 교체 4억원 등 복지 분야 9억원 ▴하천 정비 5억원 등 안전"
            " 분야 7억원이다.",
            {"경로당 냉방기 교체", "하천 정비"},
        ),
        # each item gives its sum: a budget's list, named without the sums
        (
            "반영한 사업은 ▲농기계 임대료 보조 1억 5000만원 ▲우리 동네 가꾸기 5억원 등이다.",
            {"농기계 임대료 보조", "우리 동네 가꾸기"},
        ),
        # fields of a budget and halves of a year, each with its sum, are no programs
        ("분야별로는 ▲복지 분야 300억원 ▲환경 분야 120억원 등으로 편성했다.", set()),
        ("세출은 ▲환경 846억 원 ▲복지 500억 원 ▲교육 120억 원이다.", set()),
        ("시는 ▲상반기 20억원 ▲하반기 30억원을 투입한다.", set()),
    ],
)
def test_a_list_giving_each_item_its_sum_names_the_works(text: str, names: set[str]) -> None:
    assert program_names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "분야별로는 ▷국토 및 지역개발 1,200억원 ▷수송 및 교통 640억원 ▷예비비 및 기타 35억원"
        " 등이다.",
        "분야별 예산은 ▲사회복지 2,900억원(31.2%) ▲산업ㆍ중소기업 및 에너지 410억원(4.4%)"
        " ▲공공질서 및 안전 150억원(1.6%) 순이다.",
    ],
)
def test_a_budgets_fields_with_their_sums_are_no_programs(text: str) -> None:
    assert program_names(text) == set()


def test_a_field_beside_works_in_a_priced_list_is_left_out() -> None:
    text = "반영 사업은 ▲경로당 지붕 보수 2억원 ▲문화 및 관광 7억원 ▲하천 제방 정비 4억원이다."
    assert program_names(text) == {"경로당 지붕 보수", "하천 제방 정비"}
