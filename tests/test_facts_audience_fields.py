"""Audiences in a notice's labelled fields (a label alone on its line, the groups on the rows
under it), in notices written for these tests."""

from __future__ import annotations

import pytest

from tests.facts_helpers import audience_texts

found = audience_texts


def test_each_row_under_a_label_is_a_group() -> None:
    text = (
        "신청 자격\n\n방문형\n\n만 70세 이상 홀몸 어르신\n\n동행형\n\n만 60세 이상\n\n"
        "신청 방법\n\n동 주민센터 방문"
    )
    assert found(text) == ["만 70세 이상 홀몸 어르신", "만 60세 이상"]


def test_a_row_lists_its_groups_one_by_one() -> None:
    text = "모집 대상\n\n- 관내 거주 미취업 청년, 경력단절 여성\n\n모집 기간\n\n3월 한 달"
    assert found(text) == ["관내 거주 미취업 청년", "경력단절 여성"]


def test_a_rows_bracketed_note_belongs_to_its_group() -> None:
    text = "참여 대상\n\n만 65세 이상 (일부 과정 만 60세 이상)\n\n교육 기간\n\n4월부터"
    assert found(text) == ["만 65세 이상 (일부 과정 만 60세 이상)"]


def test_a_table_with_an_eligibility_column_reads_its_rows() -> None:
    text = (
        "구분 신청 기준 지원 내용\n\n돌봄 서비스\n\n- 한부모가족자녀 (만 6세 ~ 만 12세)\n\n"
        "- 맞벌이 가정 초등학생\n\nㅁ 방과 후 돌봄\n\n학습 지원\n\n다문화가족"
    )
    assert found(text) == ["한부모가족자녀 (만 6세 ~ 만 12세)", "맞벌이 가정 초등학생"]


@pytest.mark.parametrize(
    "text",
    [
        # Who is left out is no audience.
        "참여 제외 대상\n\n만 80세 이상 어르신\n\n신청 방법\n\n방문 접수",
        # Rows under another field say no group.
        "신청 방법\n\n만 65세 이상 어르신 본인 방문\n\n문의처\n\n복지과",
        # A note row under the label.
        "지원 대상\n\n※ 만 65세 이상 어르신은 별도 문의",
    ],
)
def test_rows_that_name_no_one_who_may_take_part(text: str) -> None:
    assert found(text) == []


def test_a_sentence_ends_the_rows_of_a_field() -> None:
    text = (
        "지원 대상\n\n관내 저소득 청년\n\n구는 올해 청년 정책을 새로 세웠다.\n\n만 65세 이상 어르신"
    )
    assert found(text) == ["관내 저소득 청년"]


def test_a_field_or_alternative_names_each_group_whole() -> None:
    text = "○ 지원대상 : 활동 경력 20년 이상 원로 예술인 또는 관내 청년 예술인"
    assert found(text) == ["활동 경력 20년 이상 원로 예술인", "관내 청년 예술인"]
