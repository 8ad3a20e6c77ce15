"""Whole classes of false winners seen on other kinds' real pages: a kind of work the body did
(`금연지원사업`) and the host of the event a prize came from (`X가 … 실시한 조사에서`). Sentences
written for these tests; near-misses keep their winners."""

from __future__ import annotations

import pytest

from govreader.facts.award_winner_words import is_kind_of_work
from govreader.model import FactKind
from tests.facts_helpers import award_winners, kind_fields


def winners(text: str) -> set[str | None]:
    return {who for _, who in award_winners(text)}


@pytest.mark.parametrize(
    ("text", "work"),
    [
        (
            "시는 보건소가 올해 추진한 금연지원사업이 주민 건강에 기여함을 인정받아 도로부터 "
            "우수기관 표창을 받는다고 밝혔다.",
            "금연지원사업",
        ),
        ("도는 올해 평가에서 노인복지사업은 최우수상, 청년정책은 우수상을 받았다.", "노인복지사업"),
        ("구의 ‘함께 걷기’ 사업이 우수사례 공모에서 ‘최우수상’을 수상했다.", "사업"),
    ],
)
def test_a_kind_of_work_is_no_winner(text: str, work: str) -> None:
    assert work not in winners(text)


def test_a_kind_of_work_won_for_the_body_the_article_is_about() -> None:
    text = (
        "나래군은 올해 지역 복지 평가에서 대상을 받았다고 5일 밝혔다. 대상 외에도 "
        "노인복지사업은 최우수상을 받았다."
    )
    assert ("최우수상", "나래군") in award_winners(text)


def test_a_project_named_by_its_place_is_no_kind_of_work() -> None:
    assert is_kind_of_work("복지사업")
    assert not is_kind_of_work("가람동 골목 정원 조성사업")


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "군은 지난 5월 가나일보와 다라방송이 전국 성인을 대상으로 실시한 온라인 조사에서 "
            "최고 점수를 받아 도시부문 대상을 받았다.",
            "다라방송",
        ),
        (
            "나래군이 최근 미래정책연구원이 90여 일간 진행했던 ‘군정 공약 평가’ 최종 결과 "
            "우수 등급에 선정됐다.",
            "미래정책연구원",
        ),
    ],
)
def test_the_host_of_the_event_is_no_winner(text: str, host: str) -> None:
    assert host not in winners(text)


def test_a_winner_before_another_host_stays_the_winner() -> None:
    text = "가람구가 지난달 노동부가 주최한 ‘일자리 평가’에서 우수상을 수상했다."
    assert any(who and who.endswith("가람구") for who in winners(text))


@pytest.mark.parametrize(
    "text",
    [
        "구는 장학생 300명을 모집한다. 신청 대상은 공고일(4월 2일) 기준 1년 이상 구에 사는 "
        "학생이다.",
        "교실은 3월부터 운영된다. 참여 대상은 만 65세 이상 주민으로 정상 군, 치매 고위험군으로 "
        "나뉜다.",
    ],
)
def test_whom_a_programme_is_for_is_no_grand_prize(text: str) -> None:
    assert not {prize for prize, _ in award_winners(text)} & {"대상"}


def test_a_grand_prize_told_as_a_result_stays() -> None:
    text = "심사 결과 대상은 김하늘 씨, 금상은 이바다 씨가 차지했다."
    assert ("대상", "김하늘 씨") in award_winners(text)


def test_bodies_an_evaluation_was_held_for_are_no_winners() -> None:
    text = (
        "1차 심사로 뽑힌 광역자치단체 15개와 기초자치단체 80개 등 총 95개 자치단체를 대상으로 "
        "심사를 거쳐 우수 지자체를 최종 선발했다."
    )
    assert not {who for _, who in award_winners(text)} & {"광역자치단체", "기초자치단체"}


@pytest.mark.parametrize(
    ("text", "nobody"),
    [
        (
            "올해는 서면, 현장실사 등 두 차례 심사를 통해 8개 시·도와 15개 시·군·구가 우수사례로 "
            "뽑혔다.",
            {"서면", "현장실사", "시·도", "시·군·구"},
        ),
        (
            "최우수상의 영예는 한빛고 김하나 학생에게 돌아갔고, 우수상은 이도윤 학생이 받았다.",
            {"영예"},
        ),
        (
            "이번 정부포상은 오랜 봉사 공적을 인정받은 주민 대상으로 선정됐으며, 박서진 씨가 "
            "국민포장을 받았다.",
            {"인정받"},
        ),
        (
            "올해 평가에는 현장 점검도 병행실시, 그중 가람초, 나래중 등이 우수사례로 뽑혔다.",
            {"병행실시"},
        ),
    ],
)
def test_a_judging_step_an_honour_or_a_verb_is_no_winner(text: str, nobody: set[str]) -> None:
    assert not winners(text) & nobody


@pytest.mark.parametrize(
    ("text", "award"),
    [
        (
            "가람시는 서면과 현장실사를 거친 올해 평가에서 최우수기관으로 선정됐다.",
            ("최우수기관", "가람시"),
        ),
        (
            "최우수상의 영예는 한빛고 김하나 학생에게 돌아갔고, 우수상은 이도윤 학생이 받았다.",
            ("우수상", "이도윤 학생"),
        ),
        (
            "이번 정부포상은 오랜 봉사 공적을 인정받은 주민 대상으로 선정됐으며, 박서진 씨가 "
            "국민포장을 받았다.",
            ("국민포장", "박서진 씨"),
        ),
    ],
)
def test_the_winner_beside_such_words_stays(text: str, award: tuple[str, str]) -> None:
    assert award in award_winners(text)


def test_the_kind_of_body_that_judged_is_no_award() -> None:
    text = (
        "가람구는 올해 각종 평가에서 상을 받았다. 이밖에도 ▲푸른도시 조성 평가 ‘A등급’ 획득 "
        "▲나래 혁신대상 등 외부기관 평가에서도 수상했다."
    )
    awards = [(f.get("name"), f.get("prize")) for f in kind_fields(text, FactKind.AWARD)]
    assert ("외부기관 평가", None) not in awards
    assert ("푸른도시 조성 평가", "A등급") in awards


def test_a_named_evaluation_without_a_grade_stays() -> None:
    text = "가람구는 올해 ‘푸른도시 평가’에서 인증을 획득했다."
    awards = [(f.get("name"), f.get("recipient")) for f in kind_fields(text, FactKind.AWARD)]
    assert ("푸른도시 평가", "가람구") in awards


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "올해는 봉사를 이어 온 모범 주민 12명, 효행자 6명, 복지 기여자 2명이 군수 표창의 "
            "영예를 안았다.",
            {"모범 주민", "효행자", "복지 기여자"},
        ),
        (
            "1부에서는 생활안전, 자율방범, 청소년 선도 유공 등 9개 분야 31명이, 2부에서는 "
            "지역경제 유공 등 7개 분야 20명이 구청장 표창을 받았다.",
            {"생활안전", "자율방범", "분야"},
        ),
        (
            "시는 적극행정을 펼친 9명의 우수공무원과 3개의 우수 팀에 표창장을 수여했다.",
            {"우수공무원", "우수 팀"},
        ),
    ],
)
def test_kinds_of_people_counted_and_fields_honoured_are_no_winners(
    text: str, kinds: set[str]
) -> None:
    assert not winners(text) & kinds


@pytest.mark.parametrize(
    ("text", "winner"),
    [
        ("올해는 김하나 씨, 박두리 씨 등 3명이 군수 표창을 받았다.", "김하나 씨"),
        ("올해는 한빛노인회 이사 김하나 씨 외 2명이 도지사 표창을 받았다.", "김하나 씨"),
    ],
)
def test_named_winners_counted_after_their_names_stay_winners(text: str, winner: str) -> None:
    assert winner in winners(text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "청년 창업 경진대회 대상은 ‘다온랩’이 차지했다. 입상자는 도지사상과 최고 2000만원의 "
            "상금을 지원받는다.",
            "입상자",
        ),
        (
            "부문별 심사를 거쳐 가장 높은 점수를 받은 후보가 대상 격인 ‘으뜸상’을 받게 된다.",
            "후보",
        ),
        (
            "동요 부문은 누구나 쉽게 따라 부를 수 있도록 만든 한가람씨가 금상을 받았다.",
            "누구",
        ),
    ],
)
def test_a_role_in_the_rules_or_a_pronoun_is_no_winner(text: str, role: str) -> None:
    """`입상자는 …상을 받는다`: who would win under the rules; `누구나`: anyone. No one named."""
    assert role not in winners(text)


def test_a_named_winner_beside_a_role_word_stays() -> None:
    text = "청년 창업 경진대회 대상은 ‘다온랩’이 차지했다. 입상자는 도지사상을 받는다."
    assert "다온랩" in winners(text)
    assert "한가람 씨" in winners(
        "동요 부문은 누구나 쉽게 따라 부를 수 있도록 만든 한가람씨가 금상을 받았다."
    )


@pytest.mark.parametrize(
    "text",
    [
        "누리시는 2025년 지방자치단체 합동평가에서 우수기관으로 선정됐다. 정성평가에서도 "
        "28개 지표 가운데 주민참여 예산 등 6개 지표가 우수사례로 선정됐다.",
        "다온도는 올해 합동평가에서 최우수기관에 올랐다. 정성평가에서는 도시재생을 위한 "
        "우수사례 지표가 처음으로 높이 평가받아 우수사례로 뽑혔다.",
    ],
)
def test_indicators_picked_as_good_practice_are_no_awards(text: str) -> None:
    assert all(prize != "우수사례" for prize, _ in award_winners(text))


def test_a_good_practice_of_a_named_project_is_still_an_award() -> None:
    text = (
        "가람구는 정량지표 40개 중 36개를 달성했고, 정성지표도 ‘마을 돌봄 한마당’ 사업이 "
        "행정안전부 우수사례로 선정됐다."
    )
    assert ("우수사례", "가람구") in award_winners(text)


@pytest.mark.parametrize("part", ["정량평가", "정성평가"])
def test_a_part_of_an_evaluation_names_no_award(part: str) -> None:
    text = (
        "누리시는 올해 ‘지방자치단체 합동평가’에서 최우수기관으로 선정됐다고 밝혔다. "
        f"누리시는 지표 달성률 1위를 차지했고 {part}에서도 최우수기관으로 선정됐다."
    )
    names = {fields.get("name") for fields in kind_fields(text, FactKind.AWARD)}
    assert names == {"지방자치단체 합동평가"}


@pytest.mark.parametrize(
    ("text", "nobody"),
    [
        (
            "올해는 80개 기관이 신청했으며, 이 가운데 20개 기관이 최우수 등급을, 15개 기관이 "
            "우수 등급을 받았다.",
            "가운데",
        ),
        (
            "병무청은 복무 분야별로 1명씩 뽑은 사회복무요원에게 트로피와 표창장을, 우수 "
            "복무관리기관 2곳에 상패와 표창장을 각각 수여했다.",
            "사회복무요원",
        ),
        ("주한미군 정보대대 잭 리 헤이스 육군 대령이 한미우호상을 수상했다.", "육군 대령"),
        ("특별상 ‘한미우호상’은 미 2사단 정보대 박가람 군무원에게 돌아갔다.", "군무원"),
    ],
)
def test_the_whole_a_count_is_of_a_kind_of_staff_or_a_bare_rank_is_no_winner(
    text: str, nobody: str
) -> None:
    assert nobody not in winners(text)


@pytest.mark.parametrize(
    ("text", "winner"),
    [
        ("특별상 ‘한미우호상’은 미 2사단 정보대 박가람 군무원에게 돌아갔다.", "박가람 군무원"),
        ("특별상은 해군 작전사령부 김하늘 대령이 받았다.", "김하늘 대령"),
    ],
)
def test_a_named_staff_member_or_officer_stays_the_winner(text: str, winner: str) -> None:
    assert winner in winners(text)
