"""Target labels: what a count measures and the work done to it, in the clause's own words;
None when the clause does not say. Sentences of our own."""

from __future__ import annotations

import pytest

from govreader.facts import extract
from govreader.model import Article, FactKind


def labels(text: str) -> dict[str, str | None]:
    """The label of each goal or result of `text`, by its text."""
    return {
        fact.text: fact.fields.get("label")
        for fact in extract(Article(text=text))
        if fact.kind == FactKind.TARGET and fact.fields["type"] != "count"
    }


@pytest.mark.parametrize(
    ("text", "count", "label"),
    [
        # the nouns before the count, past the goal word next to it
        ("군은 올해 일자리 목표 8,500개를 세웠다.", "8,500개", "일자리"),
        # a counter that names what it counts finishes the phrase
        ("시는 올해 한부모 140가구의 주거 환경을 개선했다.", "140가구", "한부모 가구"),
        # the noun the count owns after it, with the work done to it
        ("구는 지난해 3,200개의 일자리를 창출했다.", "3,200개", "일자리 창출"),
        # an adjective before the owned noun is left out
        ("교육 과정은 92%의 높은 수료율을 기록했다.", "92%", "수료율"),
        # who is counted and the work noun they own
        ("센터는 경력단절 여성 85명의 취업을 도왔다.", "85명", "경력단절 여성 취업"),
        # a topic right before the count
        ("올해 모집 인원은 모두 260명이다.", "260명", "모집 인원"),
        # the object right before a level raised to
        ("군은 고용률을 67.5%까지 끌어올린다는 계획이다.", "67.5%", "고용률"),
        # a count in brackets is labelled by the words before them
        (
            "분야별로는 공공 일자리 제공(2,300개)과 직업훈련(900개)을 목표로 한다.",
            "900개",
            "직업훈련",
        ),
        # a plan's work after the count
        ("시는 2027년까지 수소차 600대를 보급할 계획이다.", "600대", "수소차 보급"),
        # recipients are labelled by what they are given
        ("센터는 지난해 모두 36명에게 창업을 지원했다.", "36명", "창업 지원"),
        ("구는 올해 5,400명에게 일자리를 제공하기로 했다.", "5,400명", "일자리"),
        ("시는 연 900명의 저소득층에게는 여행활동을 지원한다.", "900명", "여행활동 지원"),
        ("공단은 그동안 320명에게 취업 기회를 제공했다.", "320명", "취업 기회"),
    ],
)
def test_a_label_names_what_is_counted_and_the_work(text: str, count: str, label: str) -> None:
    assert labels(text)[count] == label


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # only a date, a goal word and the subject stand before the count
        ("군은 올해 목표치인 4,100개를 넘어섰다.", "4,100개"),
        # an adjective and a verb are no label
        ("센터는 당초 계획보다 많은 1,300명을 배출했다.", "1,300명"),
    ],
)
def test_no_label_when_the_clause_does_not_say(text: str, count: str) -> None:
    found = labels(text)
    assert count in found
    label = found[count]
    assert label is None or not any(word in label for word in ("올해", "목표", "많은", "당초"))


def test_labels_hold_no_particle_date_or_adjective() -> None:
    text = (
        "구는 2024년 상반기 일자리 1만 200개를 창출해 목표 대비 96%를 달성했다. "
        "지난해에는 새로운 일자리 9,800개를 만들었다."
    )
    for label in labels(text).values():
        for word in (label or "").split():
            assert word not in ("2024년", "상반기", "지난해에는", "새로운", "대비")
            assert not word.endswith(("을", "를", "의", "에서"))


@pytest.mark.parametrize(
    ("text", "count", "label"),
    [
        # the count is what the sentence says of its topic, past a comparison in between
        (
            "프로그램 수강생은 전년보다 310명 늘어난 2,840명으로 집계됐다.",
            "2,840명",
            "프로그램 수강생",
        ),
        # a count of things (`… 수가`) keeps the nouns that say of what
        (
            "구는 올해 청년 취업자 수가 전년보다 640명 늘어난 4,120명을 기록했다고 밝혔다.",
            "4,120명",
            "청년 취업자 수",
        ),
        ("누적 방문객 수는 9월 말 기준 38만 명에 달했다.", "38만 명", "방문객 수"),
        # a total of a list said as the predicate
        ("선발 인원은 일반 40명과 우대 12명 등 모두 52명이다.", "52명", "선발 인원"),
    ],
)
def test_a_sentence_topic_labels_the_count_it_is_said_of(text: str, count: str, label: str) -> None:
    assert labels(text)[count] == label


def test_an_agent_topic_is_no_label() -> None:
    found = labels("복지재단은 올해 장학생을 뽑아 지원 대상이 모두 85명으로 늘었다.")
    assert found.get("85명") != "복지재단"


@pytest.mark.parametrize(
    ("text", "count", "label"),
    [
        (
            "군은 상반기 청년 일자리 목표 대비 103.5%를 달성했다.",
            "103.5%",
            "청년 일자리 목표 달성률",
        ),
        ("이는 귀농 가구 목표의 88%에 이른다.", "88%", "귀농 가구 목표 달성률"),
        (
            "구는 올해 공영주차장 확충 목표치 91%를 조기 달성했다.",
            "91%",
            "공영주차장 확충 목표 달성률",
        ),
        ("시는 임기 내 목표 3,000개의 46%를 채웠다.", "46%", "목표 달성률"),
    ],
)
def test_a_share_of_a_goal_is_labelled_as_the_goal_achieved(
    text: str, count: str, label: str
) -> None:
    assert labels(text)[count] == label


def test_a_rates_own_goal_is_no_share_of_a_goal() -> None:
    label = labels("도는 2026년까지 고용률 목표 70%를 세웠다.").get("70%")
    assert label is None or "달성률" not in label
