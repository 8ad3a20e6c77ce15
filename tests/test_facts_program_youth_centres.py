"""Youth centres and youth houses a district runs, named by their place (issue 10, session 14),
in sentences written for these tests: `강북청년센터`, `부평 청소년 문화의 집`."""

from __future__ import annotations

import pytest

from tests.facts_helpers import program_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("광명청년센터는 이달부터 취업 상담 창구를 새로 연다.", "광명청년센터"),
        ("건물 2층에는 수성구 청년센터가, 3층에는 공유 주방이 들어선다.", "수성구 청년센터"),
        ("경남 김해시 김해청년센터가 청년 동아리를 모집한다.", "김해청년센터"),
        ("부평 청소년 문화의 집이 여름방학 댄스 교실 참가자를 받는다.", "부평 청소년 문화의 집"),
        ("울산 동구 방어청소년문화의집은 구가 세운 청소년수련시설이다.", "방어청소년문화의집"),
        ("구는 옛 파출소를 ‘신촌청소년문화의집’으로 고쳐 열었다.", "신촌청소년문화의집"),
    ],
)
def test_a_youth_centre_named_by_its_place_is_a_program(text: str, name: str) -> None:
    assert name in program_names(text)


@pytest.mark.parametrize(
    "text",
    [
        # no place says which centre
        "청년센터를 찾는 청년이 해마다 늘었다.",
        "관내 청년센터를 찾는 청년이 늘었다.",
        "구에는 청소년문화의집이 두 곳 있다.",
        # the centre as the venue of the day
        "시는 이날 중앙동 청년센터에서 개소식을 열었다.",
        # the centre as where one asks
        "자세한 내용은 해운대청소년문화의집 홈페이지에서 볼 수 있다.",
    ],
)
def test_no_youth_centre_without_its_place_or_as_a_venue(text: str) -> None:
    assert not any("센터" in n or "문화의" in n for n in program_names(text))
