"""Metadata shapes that many sites share: date lines, date stamps and bylines.

Each case is one shape of a family (invented names and dates), not a line of any one page.
"""

from __future__ import annotations

import pytest

from govreader.clean.boilerplate import is_chrome, is_end_marker
from govreader.clean.dates import (
    cued_date,
    date_alone,
    labelled_date,
    meta_date,
    signature_date,
    stamp_date,
)
from govreader.clean.metadata_lines import is_date_line, is_reporter_line
from govreader.clean.reporters import person_name, reporter_in, signer_in, writer_in


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("입력 2024.03.14 10:21", "2024-03-14T10:21"),
        ("기사입력 2024-03-14 오전 10:21", "2024-03-14T10:21"),
        ("기사입력 2024-03-14 오후 3:21", "2024-03-14T15:21"),
        ("입력 2024.03.14. 오전 12:05", "2024-03-14T00:05"),
        ("승인 2024.03.14 12:17:36", "2024-03-14T12:17:36"),
        ("등록일 24-03-14", "2024-03-14"),
        ("조회 12 등록일 24.03.14 15:20", "2024-03-14T15:20"),
        ("작성일 2024년 3월 14일", "2024-03-14"),
        ("게시일 : 2024-03-14", "2024-03-14"),
        ("배포일시 2024. 3. 14.(목) 11:00", "2024-03-14T11:00"),
        ("보도일시 2024.03.14(목) 06:00", "2024-03-14T06:00"),
        ("Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46", "2023-11-07T15:03:30"),
        ("Posted on 2024-03-14", "2024-03-14"),
        ("입력 2024 03 14 10:21", "2024-03-14T10:21"),
        ("글쓴날 : [24-03-14 10:21]", "2024-03-14T10:21"),
        ("최종수정 2024.03.15 08:02 입력 2024.03.14 10:21", "2024-03-14T10:21"),
        ("기사전송 2024/03/14 10:21", "2024-03-14T10:21"),
        ("뉴스일자: 2024-03-14", "2024-03-14"),
        ("Posted by admin on 2024-03-14", "2024-03-14"),
        ("[입력] 2024-03-14 10:21", "2024-03-14T10:21"),
        ("【입력】2024-03-14", "2024-03-14"),
    ],
)
def test_cued_date_lines(line: str, iso: str) -> None:
    assert is_date_line(line)
    assert cued_date(line) == (iso, False)


def test_update_dates_are_told_apart() -> None:
    assert cued_date("최종수정 2024-03-15 09:00") == ("2024-03-15T09:00", True)


def test_a_stamp_may_be_headed_by_its_outlet_or_department_but_not_by_a_subject() -> None:
    assert stamp_date("해오름일보 2024.03.14") == "2024-03-14"
    assert stamp_date("해오름군은 2024.03.14") is None
    assert stamp_date("기획예산과 2024-03-14 14:33") == "2024-03-14T14:33"


@pytest.mark.parametrize(
    "line",
    ["2024.03.14 해오름군", "관리자 2024-03-14 1520", "해오름소식 2024. 3. 14. 10:21",
     "2024-03-14 홍길동·김철수 기자"],
)  # fmt: skip
def test_a_stamp_may_hold_one_field_beside_its_date(line: str) -> None:
    assert stamp_date(line) is not None and stamp_date(line)[:10] == "2024-03-14"  # type: ignore[index]


@pytest.mark.parametrize(
    "line",
    ["마감: 2024년 3월 14일(목)까지", "2024.03.14 까지", "2024.03.14 목요일",
     "2024.03.14 최종수정", "해오름군은 2024.03.14", "2024.03.14 접수 시작 해오름군"],
)  # fmt: skip
def test_a_deadline_a_weekday_or_a_phrase_beside_a_date_is_no_stamp(line: str) -> None:
    assert stamp_date(line) is None


def test_numbers_parted_by_spaces_are_a_date_only_after_a_cue() -> None:
    assert cued_date("조회 2024 03 14 10") is None
    assert not is_date_line("2024 03 14 10:21")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("2024년 3월 14일(목)", "2024-03-14"),
        ("- 2024-03-14", "2024-03-14"),
        ("2024-03-14,", "2024-03-14"),
        ("(2024. 3. 14.)", "2024-03-14"),
        ("2024.03.14 (목) 10:21", "2024-03-14T10:21"),
        ("[2024-03-14 10:21]", "2024-03-14T10:21"),
        ("2024년 3월 14일 목요일", "2024-03-14"),
        ("2024.03.14 (목요일) 10:21", "2024-03-14T10:21"),
        ("2024.03.14 / 10:21", "2024-03-14T10:21"),
        ("24.03.14 10:21", "2024-03-14T10:21"),
        ("24.03.14", None),
        ("2024-03-14T10:21:00+09:00", "2024-03-14T10:21:00"),
        ("2024년 3월 14일 개막", None),
        ("03.14", None),
    ],
)
def test_a_date_alone_on_its_line(line: str, iso: str | None) -> None:
    assert date_alone(line) == iso


def test_a_sentence_mentioning_a_year_is_not_a_date_line() -> None:
    assert not is_date_line("보도 2024년 계획을 세웠다고 밝혔다.")
    assert cued_date("지난 2024년 3월 14일 열린 회의에서 결정됐다.") is None


@pytest.mark.parametrize(
    ("label", "value", "iso"),
    [
        ("등록일", "24-06-03", "2024-06-03"),
        ("작성일", "2024.06.03", "2024-06-03"),
        ("보도일시", "2024. 6. 3.(월) 10:00", "2024-06-03T10:00"),
        ("조회수", "2024", None),
    ],
)
def test_labelled_date_cells(label: str, value: str, iso: str | None) -> None:
    assert labelled_date(label, value) == iso


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("2025.02.20 10:12 | 최서연 기자 sy.choi@example.kr", "2025-02-20T10:12"),
        ("해오름구청 보도자료 | 2024. 12. 11.", "2024-12-11"),
        ("소식지 2025년 3월호 | 2025-03-05", "2025-03-05"),
        ("2024-03-14 10:21", "2024-03-14T10:21"),
        ("2024년 3월 14일 열린 회의에서 계획을 확정했다.", None),
        ("2024-03-14", None),  # a bare date may be a notice's signature, not a stamp
    ],
)
def test_stamp_dates(line: str, iso: str | None) -> None:
    assert stamp_date(line) == iso


def test_signature_date_is_a_paragraph_that_is_only_a_date() -> None:
    body = ["의견이 있으면 다음 달 4일까지 제출하기 바랍니다.", "2024년 10월 16일", "해오름협회장"]
    assert signature_date(body) == "2024-10-16"
    assert signature_date(["2024년 10월 16일 회의를 열어 논의했다."]) is None


def test_a_date_closing_the_last_sentence_dates_the_story() -> None:
    body = ["해오름군은 새 청사를 연다고 밝혔다.", "새 청사는 민원실을 1층에 둔다. 2024.03.14."]
    assert signature_date(body) == "2024-03-14"
    assert signature_date(["해오름군은 2024.03.14 새 청사를 연다."]) is None
    assert signature_date(["새 청사는 민원실을 둔다. 2024.03.14.", "준공식은 다음 달이다."]) is None


@pytest.mark.parametrize(
    "value", ["2024-03-14T10:21:00+09:00", "20240314T102100", "2024-03-14 10:21"]
)
def test_meta_dates(value: str) -> None:
    assert meta_date(value) is not None and meta_date(value).startswith("2024-03-14")


@pytest.mark.parametrize("value", ["1710379260", "1970-01-01T00:00:00Z", "9999"])
def test_meta_values_that_are_not_dates(value: str) -> None:
    assert meta_date(value) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("홍길동 기자", "홍길동"),
        ("글·사진 홍길동 기자", "홍길동"),
        ("홍길동 기자 = 해오름시는", "홍길동"),
        ("(서울=뉴스1) 홍길동 기자 =", "홍길동"),
        ("[광주=홍길동 기자]", "홍길동"),
        ("[해남=뉴시스]홍길동 기자 = 전남", "홍길동"),
        ("홍길동 선임기자", "홍길동"),
        ("사회부 홍길동 기자 hong@example.kr", "홍길동"),
        ("정리=홍길동 기자", "홍길동"),
        ("홍길동 시민기자", "홍길동"),
        ("홍길동 명예기자", "홍길동"),
        ("홍길동 주재기자", "홍길동"),
    ],
)
def test_bylines(line: str, name: str) -> None:
    assert reporter_in(line) == name
    assert is_reporter_line(line)


@pytest.mark.parametrize(
    "line", ["경제부 기자", "디지털뉴스팀 기자", "뉴스1 기자", "온라인뉴스팀 기자"]
)
def test_desks_and_outlets_are_not_reporters(line: str) -> None:
    assert reporter_in(line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("홍길동 해오름신문 기자 hong@example.kr", "홍길동"),
        ("김철수 새벽맘 기자 cs@example.com", "김철수"),
        ("이영희 해오름(haeorum) 기자 lee@example.kr", "이영희"),
        ("박민수 한국해오름경제신문 기자", "박민수"),
        ("/최수진 사회부 기자", "최수진"),
        # the other order: a place or an outlet, then the reporter's own name
        ("세종 홍길동 기자", "홍길동"),
        ("경북 김철수 기자 kim@example.kr", "김철수"),
        ("해오름뉴스 이영희 기자", "이영희"),
        ("서울 박민수 기자", "박민수"),
        ("사진 최수진 기자", "최수진"),
        ("홍길동 선임 기자", "홍길동"),
    ],
)
def test_a_byline_may_name_the_reporter_before_the_outlet(line: str, name: str) -> None:
    assert reporter_in(line) == name


def test_a_credit_word_before_an_outlet_is_no_reporter() -> None:
    assert reporter_in("사진 해오름일보 기자") != "사진"
    assert reporter_in("취재 해오름뉴스 기자 desk@example.kr") != "취재"


def test_senior_writers_sign_too() -> None:
    assert [reporter_in(f"홍길동 {role}") for role in ("대기자", "논설위원")] == ["홍길동"] * 2


@pytest.mark.parametrize("line", ["글 쓰기", "기자 프로필", "작성자 : 관리자"])
def test_board_words_are_no_writers(line: str) -> None:
    assert signer_in(line) is None


@pytest.mark.parametrize(
    "line", ["페이스북 트위터 카카오톡 URL복사", "목록 보기", "인쇄하기 공유하기", "가 가", "가가"]
)
def test_rows_of_article_tools_are_chrome(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line", ["가 " * 199 + "x", "기사수정 " * 79 + "끝", "목록 바로가기 " * 40 + "x"]
)
def test_long_rows_that_almost_match_fail_fast(line: str) -> None:
    """The row pattern is atomic: a near miss is not tried in every split (no blow-up)."""
    assert not is_chrome(line)


def test_a_short_wire_lead_is_article_text_not_a_byline() -> None:
    lead = "[해오름=바다뉴스] 홍길동 기자 = 해오름군이 주민 참여 사업을 늘린다."
    assert not is_reporter_line(lead)
    assert reporter_in(lead) == "홍길동"


@pytest.mark.parametrize("value", ["관리자", "운영자", "홍보팀", "기획예산과"])
def test_board_accounts_and_departments_are_not_people(value: str) -> None:
    assert person_name(value) is None
    assert writer_in("작성자", value) is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Posted on 2 May 2024 by the press office", "2024-05-02"),
        ("Published: Nov. 7, 2023 at 3:05 pm", "2023-11-07T15:05"),
        ("Updated 14 March 2024", "2024-03-14"),
    ],
)
def test_english_date_lines(line: str, iso: str) -> None:
    assert is_date_line(line)
    assert cued_date(line) == (iso, line.startswith("Updated"))


def test_english_words_that_are_not_dates() -> None:
    assert cued_date("The May 2024 budget was approved.") is None
    assert not is_date_line("The mayor thanked volunteers.")


@pytest.mark.parametrize(
    "line",
    ["Related stories", "Most Viewed", "Leave a Reply", "More news from the council", "3 Comments"],
)
def test_english_lines_that_end_an_article(line: str) -> None:
    assert is_end_marker(line)


@pytest.mark.parametrize(
    "line", ["More than 200 residents came to the meeting.", "Related costs will fall next year."]
)
def test_english_sentences_do_not_end_an_article(line: str) -> None:
    assert not is_end_marker(line)
