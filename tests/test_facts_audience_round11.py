"""Session 11 precision audit: where an audience phrase read back from its head word begins, and
phrases that name people only by their wish to apply. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.facts_helpers import audience_texts

found = audience_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sequence adverb (`역시`, `또한`) before the people belongs to the sentence.
        ("이 역시 70세 이상 어르신이면 누구나 참여할 수 있다.", ["70세 이상 어르신"]),
        ("방문 간호도 역시 거동이 불편한 노인을 대상으로 한다.", ["거동이 불편한 노인"]),
        # `이날`, `당일`: the day of an event, not who the people are.
        ("구는 이날 관내 한부모 가정을 대상으로 상담을 진행했다.", ["관내 한부모 가정"]),
        ("당일 65세 이상 주민이면 누구나 입장할 수 있다.", ["65세 이상 주민"]),
        # The call itself as topic (`추가 모집은`, `참가 신청은`) is no verb of a clause.
        (
            "추가 모집은 시내 초등학교 5학년 학생 누구나 신청할 수 있다.",
            ["시내 초등학교 5학년 학생"],
        ),
        (
            "참가 신청은 관내에 사업장을 둔 소상공인이면 누구나 할 수 있다.",
            ["관내에 사업장을 둔 소상공인"],
        ),
        ("추가 접수는 읍면에 사는 농업인 누구나 신청할 수 있다.", ["읍면에 사는 농업인"]),
    ],
)
def test_a_phrase_starts_after_adverbs_and_topics(text: str, expected: list[str]) -> None:
    assert found(text) == expected, found(text)


@pytest.mark.parametrize(
    "text",
    [
        # What is left after the day word is a bare word for everyone.
        "이날 어르신을 위한 떡과 과일도 마련됐다.",
        "당일 주민들을 위한 체험 부스도 운영됐다.",
    ],
)
def test_a_day_word_before_a_bare_word_leaves_nothing(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Inside a clause a time word stays: it is one of its arguments.
        ("교육은 당일 접수한 60세 이상 주민을 대상으로 한다.", "60세 이상 주민"),
        ("모집 대상은 공고일 현재 시에 거주하는 청년이다.", "시에 거주하는 청년"),
    ],
)
def test_people_after_time_words_keep_their_clause(text: str, expected: str) -> None:
    assert any(expected in phrase for phrase in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Whoever wants what the program offers, with a word for anyone.
        "상담을 원하는 주민은 보건소로 전화하면 된다.",
        "컨설팅을 희망하는 업체는 이달 말까지 신청서를 내면 된다.",
        "교육을 원하는 기관은 구청 안전과로 신청할 수 있다.",
        # Whoever has applied, or qualifies with the criterion left unsaid.
        "사전 신청한 주민들은 다음 달부터 강좌를 들을 수 있다.",
        "자격 요건을 갖춘 대상 가구에 매달 바우처를 지급한다.",
        "구는 희망자 50명을 대상으로 목공 교육을 연다.",
    ],
)
def test_wanting_applying_or_qualifying_names_no_group(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A wish for a life change, or a word for a group, keeps the phrase.
        ("시는 취업을 희망하는 청년을 대상으로 면접 교육을 연다.", "취업을 희망하는 청년"),
        ("금연을 원하는 직장인은 누구나 클리닉을 이용할 수 있다.", "금연을 원하는 직장인"),
        (
            "복지관은 교육을 희망하는 65세 이상 어르신을 대상으로 수업을 연다.",
            "교육을 희망하는 65세 이상 어르신",
        ),
        (
            "소득 요건을 갖춘 한부모 가정을 대상으로 양육비를 지원한다.",
            "소득 요건을 갖춘 한부모 가정",
        ),
    ],
)
def test_a_wish_or_criterion_with_a_group_stays(text: str, expected: str) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The glue of an age or grade range (`~`, `부터`) is inside the range.
        (
            "신청 자격은 주택이 없는 19세 이상~34세 이하 청년이다.",
            "주택이 없는 19세 이상~34세 이하 청년",
        ),
        (
            "모집 대상은 만 20세 이상부터 만 45세 미만의 관내 거주자다.",
            "만 20세 이상부터 만 45세 미만의 관내 거주자",
        ),
        ("도서관은 6세~초등 3학년 어린이를 대상으로 인형극을 연다.", "6세~초등 3학년 어린이"),
        ("센터는 9세~13세 아동을 대상으로 코딩 교실을 운영한다.", "9세~13세 아동"),
    ],
)
def test_an_age_range_is_read_whole(text: str, expected: str) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A month or year with 부터 is still a time that ends the phrase.
        ("구는 3월부터 관내 한부모 가정을 대상으로 상담을 한다.", "관내 한부모 가정"),
        ("시는 내년부터 65세 이상 어르신을 대상으로 교통비를 준다.", "65세 이상 어르신"),
    ],
)
def test_a_time_with_buteo_still_ends_the_phrase(text: str, expected: str) -> None:
    assert found(text) == [expected], found(text)
