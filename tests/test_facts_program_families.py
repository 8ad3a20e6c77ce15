"""Program sentence families met on fresh real pages (issue 10, second round), in sentences
written for these tests: what is no program (kinds of work, verbs that describe, offices where
one applies, surveys and task forces) and what is one (courses, plans, campaigns, the types of
a scheme, lists whose items carry a clause)."""

from __future__ import annotations

import pytest

from govreader.facts import extract
from govreader.model import Article, FactKind


def names_in(text: str) -> set[str]:
    found = [fact for fact in extract(Article(text=text)) if fact.kind == FactKind.PROGRAM]
    for fact in found:
        assert text[fact.start : fact.end] == fact.text
    return {fact.fields["name"] for fact in found}


# --- precision: what is not a program name ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "시는 2025 신규사업 목록을 의회에 보고했다.",
        "구는 2024년 주요사업의 집행률을 점검했다.",
        "군은 정부 공모사업과 총액배분 사업 등 국비가 정해지지 않은 사업도 챙긴다.",
        "굵직한 국비확보 쟁점사업이 내년부터 차례로 추진된다.",
        "시는 시민 참여 캠페인을 이달부터 벌인다.",
        "구는 구민 참여 프로그램을 늘리기로 했다.",
    ],
)
def test_kinds_of_work_sorted_by_year_funding_or_who_takes_part_are_not_programs(
    text: str,
) -> None:
    assert names_in(text) == set()


def test_a_year_before_a_title_still_names_it() -> None:
    assert "2026년 장애인 일자리 사업" in names_in(
        "‘2026년 장애인 일자리 사업’ 참여자를 오는 20일까지 모집한다."
    )


@pytest.mark.parametrize(
    "text",
    [
        "강좌는 실용적이고 균형 잡힌 프로그램으로 짜였다.",
        "국비 예산에 담긴 주요사업을 보면 도로 정비가 가장 많다.",
        "센터는 다양한 시설을 갖춘 프로그램을 준비했다.",
    ],
)
def test_a_verb_that_describes_the_head_is_no_part_of_a_name(text: str) -> None:
    assert names_in(text) == set()


def test_a_first_of_its_kind_is_no_part_of_the_name() -> None:
    text = "구는 전국 최초 청년예산공시제를 올해부터 시행한다."
    assert names_in(text) == {"청년예산공시제"}


@pytest.mark.parametrize(
    "text",
    [
        "희망자는 신분증을 지참해 시니어클럽, 노인통합지원센터 등에 방문해 신청하면 된다.",
        "자세한 일정은 평생학습지원센터(☎000-0000)에서 안내받을 수 있다.",
        "참여를 원하는 주민은 가까운 치매안심센터로 직접 신청하면 된다.",
    ],
)
def test_a_centre_named_as_the_office_where_one_applies_is_not_a_program(text: str) -> None:
    assert names_in(text) == set()


def test_a_centre_that_runs_things_is_still_one() -> None:
    text = "북부보건소 치매안심센터는 기억력 교실을 오전까지 늘려 운영한다고 밝혔다."
    assert "북부보건소 치매안심센터" in names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "구는 통계청이 실시한 ‘2020 경제총조사’를 차질 없이 마쳐 기관표창을 받았다.",
        "시는 공시제를 돕기 위해 ‘일자리 전담 특별반’을 꾸리기로 했다.",
        "군은 여름철 ‘재난 대책반’을 꾸려 24시간 운영한다.",
    ],
)
def test_surveys_and_task_forces_of_officials_are_not_programs(text: str) -> None:
    assert names_in(text) == set()


def test_the_whole_process_after_a_list_is_no_course() -> None:
    text = "주민이 건강프로그램 기획, 운영, 평가 등 전 과정에 직접 참여한다."
    assert names_in(text) == set()
