"""Targets: rates per day or month and modelled effects of an investment are no targets.

Each family is tested with sentences of our own beside the look-alike that must still come out;
no sentence is copied from a page.
"""

from __future__ import annotations

import pytest

from tests.facts_helpers import typed_targets

targets = typed_targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rate per day or month says how busy, not how much was done
        ("개장 뒤 석 달 동안 하루 평균 약 1,300명이 공원을 찾았다.", set()),
        ("센터는 월평균 420건의 상담을 처리해 대기 시간을 줄였다.", set()),
        ("행사 기간 매일 35건의 현장 접수가 이뤄졌다.", set()),
        ("하루 평균 410명이 마을버스를 이용하고 있다.", set()),
        ("도서관은 1일 수용 인원을 300명에서 600명으로 늘렸다.", set()),
        # the level reached over the period stays, beside the rate
        (
            "올해 상반기 도서관 이용객은 5만 2천명에 달했고 하루 평균 280명이 찾았다.",
            {(52000, "명", "result")},
        ),
        ("센터는 지난해 상담 5,040건을 처리했다.", {(5040, "건", "result")}),
        # a date is no rate: `지난 1일` starts the sentence
        ("구는 지난 1일 청년 120명을 선발했다.", {(120, "명", "result")}),
        # a share is left to its own rules (`연평균 고용률` is a level)
        ("시는 임기 중 연평균 고용률 67%를 달성했다.", {(67, "%", "result")}),
    ],
)
def test_rates_per_day_or_month_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "산업단지가 완공되면 연간 900억원의 생산유발효과와 1,250명의 고용유발효과가 기대된다.",
            set(),
        ),
        (
            "협약에 따라 투자가 이뤄지면 520억원의 생산유발 효과와 410명의 고용창출 및 "
            "130억원의 부가가치 유발효과가 예상된다.",
            set(),
        ),
        ("입주가 끝나면 생산 4천억원, 고용 3,100여명의 직접 파급효과가 있을 것으로 본다.", set()),
        ("분석 결과 고용 유발효과 2,310명, 취업 유발효과 2,870명으로 나타났다.", set()),
        # the jobs the firms say they will create stay goals
        (
            "협약 기업들은 2027년까지 850억원을 투자해 260명의 일자리를 창출하게 되며, "
            "투자가 시작되면 700억원의 생산유발 효과가 예상된다.",
            {(260, "명", "goal")},
        ),
        (
            "14개 업체가 입주할 예정으로 총 900명 고용유발과 3천억원 생산유발 효과가 기대된다.",
            {(14, "개", "goal")},
        ),
    ],
)
def test_modelled_effects_of_an_investment_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # staff and volunteers counted before their noun are a program's means
        (
            "센터에는 4명의 상담 인력이 투입됐고 지난해 구직자 1,200명을 도왔다.",
            {(1200, "명", "result")},
        ),
        ("이번 방역에는 80여 명의 봉사자가 참여했다.", set()),
        ("9명의 출동 반장이 재능기부로 참여해 120가구를 고쳤다.", {(120, "가구", "result")}),
        ("행사 기간 25명의 직원들이 현장에 배치됐다.", set()),
        # people who took part in the program stay
        ("올해 교육에는 120명의 청년이 참여했다.", {(120, "명", "result")}),
        ("사업에는 모두 45명의 어르신이 참여해 일자리를 얻었다.", {(45, "명", "result")}),
    ],
)
def test_staff_counted_before_their_noun_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the volume of petitions handled or certificates issued is a statistic
        ("시가 지난해 처리한 민원은 모두 84만 2천 건으로 전년보다 3% 늘었다.", set()),
        ("창구 즉결 민원 처리 건수도 전년 대비 12% 늘어난 5만 1,200건을 처리했다.", set()),
        ("시청 무인발급기는 지난 2년 동안 민원서류 3만 4,120건을 발급했다.", set()),
        # what a program did with petitions stays a result
        (
            "이동민원실은 올해 9월까지 1,460건의 민원을 현장에서 처리했다.",
            {(1460, "건", "result")},
        ),
        ("센터는 지난해 상담 2,300건을 처리해 전년보다 10% 늘었다.", {(2300, "건", "result")}),
    ],
)
def test_petition_volumes_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected
