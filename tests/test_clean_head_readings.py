"""Which line above a copied story is its headline (invented text in the shapes real pages print):
a headline a copy's date stamp runs into, as against a deck after the stamp where the copy left
the headline out; a headline under a sidebar of other stories' headlines cut at a width, which
are not pieces of a wrapped sentence; a photo's caption above the lead, which is no headline; a
headline over its deck and a date row that names who posted it.
"""

from __future__ import annotations

import pytest

from govreader.clean.dates import stamp_date
from govreader.model import Article
from tests.clean_helpers import read_lines

TAIL = [
    "이번 사업에는 모두 12억 원이 들어가며 참여자는 다음 달부터 활동을 시작한다.",
    "관계자는 “주민이 체감하는 성과를 내겠다”고 말했다.",
]


def read(*lines: str) -> Article:
    return read_lines(*lines, *TAIL)


@pytest.mark.parametrize(
    ("stamped", "lead", "title"),
    [
        (
            "date 2025-03-04 해오름군, 청년 창업 공간 20곳 새로 연다",
            "해오름군은 청년 창업 공간 20곳을 새로 연다고 4일 밝혔다.",
            "해오름군, 청년 창업 공간 20곳 새로 연다",
        ),
        (
            "date 2024-11 2024년 해오름시 마을기업 심사, 예비 기업 6곳 뽑아",
            "[해오름일보 홍길동 기자] 경기 해오름시는 지난 20일 마을기업 심사를 열었다.",
            "2024년 해오름시 마을기업 심사, 예비 기업 6곳 뽑아",
        ),
        (
            "date 2025-10-02 해오름 소식지 ‘우리동네’ 독자 만족도 조사 실시",
            "해오름시는 이달 한 달간 소식지 독자를 대상으로 온라인 설문을 한다고 2일 밝혔다.",
            "해오름 소식지 ‘우리동네’ 독자 만족도 조사 실시",
        ),
        (
            "date 2026-01-07 달빛구 어르신 일자리 1200개로 늘려",
            "서울 달빛구가 올해 어르신 일자리를 1200개로 늘린다고 7일 밝혔다.",
            "달빛구 어르신 일자리 1200개로 늘려",
        ),
        (
            "date 2025-06-30 해오름도, 여름철 물놀이 안전요원 150명 배치",
            "해오름도는 다음 달 1일부터 해수욕장 20곳에 안전요원을 둔다고 30일 밝혔다.",
            "해오름도, 여름철 물놀이 안전요원 150명 배치",
        ),
    ],
)
def test_a_headline_a_date_stamp_runs_into_is_the_title(
    stamped: str, lead: str, title: str
) -> None:
    article = read(stamped, lead)
    assert article.title == title
    assert article.published is not None and article.published[:7] == stamped[5:12]


@pytest.mark.parametrize(
    ("stamped", "lead"),
    [
        (
            "date 2025-03-04 내달 3일까지 주소지 읍·면에서 신청서 제출",
            "해오름군은 청년 창업 공간 입주자를 모집한다고 4일 밝혔다.",
        ),
        (
            "date 2026-01-07 건강검진으로 질병 조기 발견 및 관리 강화",
            "서울 달빛구가 1인 가구 무료 건강검진을 시행한다고 7일 밝혔다.",
        ),
        (
            "date 2025-06-30 맞춤형 과정·수당 지급...구직 의욕 북돋워",
            "해오름도는 구직을 단념한 청년 100명을 모집한다고 30일 밝혔다.",
        ),
    ],
)
def test_a_deck_after_a_date_stamp_that_does_not_name_the_leads_subject_is_no_title(
    stamped: str, lead: str
) -> None:
    article = read(stamped, lead)
    assert article.title is None
    assert article.subtitle == stamped[16:]


SIDEBAR = [
    "해오름시, 내년 예산 1조 돌파…복지 분야 비중 가",
    "달빛구 어린이 도서관 문 열어…주말에도 운",
    "해오름도 청년 월세 지원 대상 두 배로 늘려 신청 받",
    "은하군 귀농인 정착금 올려…3년 거주하면 최대 5",
]


def test_a_sidebars_items_cut_at_a_width_and_set_apart_are_not_joined_into_the_story() -> None:
    lines = [
        *(part for item in SIDEBAR for part in (item, "")),
        "해오름군, 경로당 순회 건강교실 연다",
        "",
        "폰트 확대 폰트 축소 프린트하기",
        "",
        "해오름군은 다음 달부터 경로당 40곳을 돌며 건강교실을 연다고 3일 밝혔다.",
    ]
    article = read(*lines)
    assert article.title == "해오름군, 경로당 순회 건강교실 연다"
    assert not any(item[:10] in article.text for item in SIDEBAR)


def test_a_scripts_lines_wrapped_within_paragraphs_set_apart_by_blank_lines_still_join() -> None:
    lines = [
        "해오름군, 주차장 실태 조사",
        "",
        "해오름군은 부족한 주차 공간을 늘리기 위해",
        "주차장 실태 조사를 합니다.",
        "",
        "2억 원이 들어가는 이번 조사는",
        "군 전 지역을 120개 구역으로 나눠",
        "주차 수요를 살피는 방식으로",
        "진행됩니다.",
    ]
    article = read(*lines)
    assert article.title == "해오름군, 주차장 실태 조사"
    assert article.text.startswith(
        "해오름군은 부족한 주차 공간을 늘리기 위해 주차장 실태 조사를 합니다."
    )


@pytest.mark.parametrize(
    "caption",
    [
        "청소년 방과후 교실 운영 모습.",
        "지난해 해오름1동 현장 구청장실 행사 모습",
        "해오름 마을공동체 한마당 축제 모습",
        "해오름뉴스-달빛군청 전경",
        "↑ [사진제공 = 해오름시]",
    ],
)
def test_a_photos_caption_above_the_lead_is_no_title(caption: str) -> None:
    article = read(
        caption, "해오름시는 다음 달부터 경로당 40곳을 돌며 건강교실을 연다고 3일 밝혔다."
    )
    assert article.title is None
    assert caption not in article.text


@pytest.mark.parametrize(
    "headline",
    [
        "해오름군, 달라진 농촌 모습 담은 사진전 연다",
        "해오름시 새 청사 전경 공개…내년 3월 입주",
    ],
)
def test_a_headline_with_a_photos_words_inside_is_still_the_title(headline: str) -> None:
    article = read(
        headline, "해오름시는 다음 달부터 경로당 40곳을 돌며 건강교실을 연다고 3일 밝혔다."
    )
    assert article.title == headline


@pytest.mark.parametrize(
    ("row", "iso"),
    [
        ("2011-11-11     master", "2011-11-11"),
        ("with 2021.03.20 06:01", "2021-03-20T06:01"),
        ("2012-02-09 홍길동 편집국장", "2012-02-09"),
        ("2019.05.02 admin", "2019-05-02"),
    ],
)
def test_a_date_row_naming_its_poster_dates_the_story_under_its_headline_and_deck(
    row: str, iso: str
) -> None:
    headline, deck = "해오름보건소 치매예방교실 운영", "내년 3월까지 관내 경로당 27곳 대상"
    article = read(
        headline,
        "",
        deck,
        "",
        row,
        "",
        "해오름군보건소는 경로당 27곳을 돌며 치매예방교실을 연다고 11일 밝혔다.",
    )
    assert (article.title, article.subtitle, article.published) == (headline, deck, iso)


@pytest.mark.parametrize(
    "row", ["2024-03-14 해오름군은", "2024-03-14 까지 접수", "2024-03-14 Update now"]
)
def test_a_date_beside_words_that_name_no_poster_is_no_date_row(row: str) -> None:
    assert stamp_date(row) is None
