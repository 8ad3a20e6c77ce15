"""Table-driven cases for each fact kind, on sentences written for these tests.

Each kind gets sentences of the shapes Korean local-government news uses, and negative cases that
must stay silent: plans and calls for entries, vague phrases, dates, ages, streaks (13년 연속),
phone numbers and years.
"""

from __future__ import annotations

from typing import Any

import pytest

from govreader.facts import extract
from govreader.model import Article, Fact, FactKind


def facts_of(text: str, kind: FactKind, published: str | None = "2024-05-02") -> list[Fact]:
    article = Article(text=text, published=published)
    found = [fact for fact in extract(article) if fact.kind == kind]
    for fact in found:
        assert text[fact.start : fact.end] == fact.text
    return found


def fields_of(text: str, kind: FactKind) -> list[dict[str, Any]]:
    return [dict(fact.fields) for fact in facts_of(text, kind)]


# --- award -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "마포구가 행정안전부 주관 ‘2024년 지방자치단체 혁신평가’에서 최우수기관으로 선정됐다.",
            {
                "name": "2024년 지방자치단체 혁신평가",
                "prize": "최우수기관",
                "organizer": "행정안전부",
                "recipient": "마포구",
                "year": 2024,
            },
        ),
        (
            "광산구(구청장 박병규)는 보건복지부가 주최한 ‘지역복지 우수사례 경진대회’에서 "
            "돌봄 부문 대상을 수상했다고 2일 밝혔다.",
            {
                "name": "지역복지 우수사례 경진대회",
                "prize": "대상",
                "category": "돌봄 부문",
                "organizer": "보건복지부",
                "recipient": "광산구",
                "year": 2024,
            },
        ),
        (
            "중구는 ‘2024 청렴도 평가’에서 1등급을 받았다.",
            {"name": "2024 청렴도 평가", "prize": "1등급", "recipient": "중구", "year": 2024},
        ),
        (
            "순천시는 이날 시상식에서 국무총리 표창을 받았다.",
            {"prize": "국무총리 표창", "recipient": "순천시", "year": 2024},
        ),
    ],
)
def test_award_fields(text: str, expected: dict[str, Any]) -> None:
    assert fields_of(text, FactKind.AWARD) == [expected]


def test_award_history_gives_one_award_per_year_and_grade() -> None:
    text = "이번 수상으로 달서구는 2015년 최우수상, 2016년과 2017년 특별상과 우수상을 받게 됐다."
    found = {(f["year"], f["prize"]) for f in fields_of(text, FactKind.AWARD)}
    assert found == {(2015, "최우수상"), (2016, "특별상"), (2017, "우수상")}


def test_award_recipients_before_each_prize() -> None:
    text = (
        "김철수 복지관장과 이영희 주무관이 보건복지부장관 표창을, 박민수 센터장 등 5명이 "
        "구청장 표창을 받았다."
    )
    found = {(f["recipient"], f["prize"]) for f in fields_of(text, FactKind.AWARD)}
    assert found == {
        ("김철수 복지관장", "보건복지부장관 표창"),
        ("이영희 주무관", "보건복지부장관 표창"),
        ("박민수 센터장", "구청장 표창"),
    }


def test_award_mentioned_twice_is_one_award_with_merged_fields() -> None:
    text = (
        "성북구가 고용노동부 주관 ‘2023년 일자리대상’에서 우수상을 수상했다.\n\n"
        "6일 열린 시상식에서 성북구는 공시제 부문 우수상을 수상했다."
    )
    found = fields_of(text, FactKind.AWARD)
    assert len(found) == 1
    assert found[0]["category"] == "공시제 부문"


def test_award_to_the_body_the_article_is_about() -> None:
    text = (
        "경상남도는 올해 소상공인 자금을 지원한다.\n\n"
        "한편 도는 ‘2024년 지역 소상공인 지원 평가’에서 우수 기관으로 뽑혀 표창을 받았다."
    )
    found = fields_of(text, FactKind.AWARD)
    assert [(f["recipient"], f["prize"], f["year"]) for f in found] == [
        ("경상남도", "우수기관", 2024)
    ]


def test_award_of_last_year_is_dated_last_year() -> None:
    text = "강동구는 지난해 행정안전부 주관 ‘지방규제혁신 평가’에서 최우수기관으로 선정됐다."
    assert [f["year"] for f in fields_of(text, FactKind.AWARD)] == [2023]


@pytest.mark.parametrize(
    "text",
    [
        "시는 ‘2025년 도시재생 우수사례 공모전’에 참여할 팀을 다음 달 10일까지 모집한다.",
        "수상자는 심사를 거쳐 12월 중 발표될 예정이다.",
        "구는 각종 평가에서 13년 연속 수상이라는 기록을 세웠다.",
        "군은 올해 대상 가구를 300곳으로 늘린다.",
        "전국 243개 자치단체를 대상으로 평가했다.",
        "구는 주민들로부터 우수한 평가를 받았다.",
        "시상식은 오는 20일 세종시에서 열린다.",
        "곡성군이 ‘2025년 전남형 청년마을 만들기 사업’ 대상지로 선정됐다.",
    ],
)
def test_not_awards(text: str) -> None:
    assert facts_of(text, FactKind.AWARD) == []


# --- program ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "주요 사업은 ▲어르신 건강 걷기 교실 ▲치매 예방 프로그램 "
            "▲독거노인 안부 확인 서비스 등이다.",
            {"어르신 건강 걷기 교실", "치매 예방 프로그램", "독거노인 안부 확인 서비스"},
        ),
        (
            "구는 청년 면접정장 대여 사업, 청년 마음건강 상담, "
            "청년 주거 상담 카페 등의 사업을 펼쳤다.",
            {"청년 면접정장 대여 사업", "청년 마음건강 상담", "청년 주거 상담 카페"},
        ),
        ("시는 올해 소상공인 디지털 전환 지원사업을 추진한다.", {"소상공인 디지털 전환 지원사업"}),
        ("군은 청년 귀농인을 위한 ‘함께 농사짓기’를 운영한다.", {"함께 농사짓기"}),
        ("신규 귀농인에게 선배 농가를 짝지어 주는 멘토링 제도를 운영한다.", {"멘토링 제도"}),
        ("○ 사업명: 청년 월세 한시 특별지원 ○ 기간: 12개월", {"청년 월세 한시 특별지원"}),
        (
            "노인 일자리 지원사업과 연계한 국민기초생활보장제도를 안내했다.",
            {"노인 일자리 지원사업", "국민기초생활보장제도"},
        ),
    ],
)
def test_program_names(text: str, names: set[str]) -> None:
    assert {f["name"] for f in fields_of(text, FactKind.PROGRAM)} == names


@pytest.mark.parametrize(
    "text",
    [
        "구는 다양한 정책과 각종 사업을 펼쳐왔다.",
        "이번 사업은 올해 처음 시작한다.",
        "▲일시: 5월 3일 ▲장소: 구청 대강당",
        "고용노동부와 한국산업인력공단이 함께했다.",
        "신청은 행정복지센터에서 받는다.",
        "선정 과정에서 공정성을 높였다.",
        "구청장은 “청년 일자리 사업을 더 늘리겠다”고 말했다.",
    ],
)
def test_not_programs(text: str) -> None:
    assert facts_of(text, FactKind.PROGRAM) == []


# --- target ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("올해 일자리 1만5,000개 창출을 목표로 한다.", 15000, "개", "goal"),
        ("목표치인 2,000명을 넘어 2,345명이 취업했다.", 2000, "명", "goal"),
        ("목표치인 2,000명을 넘어 2,345명이 취업했다.", 2345, "명", "result"),
        ("지난해 3만 2천 개의 일자리를 창출했다.", 32000, "개", "result"),
        ("취업률 목표 대비 108.5%를 달성했다.", 108.5, "%", "result"),
        ("구는 올해 참여자 500명을 모집할 계획이다.", 500, "명", "goal"),
        ("지금까지 공공임대주택 1,200가구를 공급했다.", 1200, "가구", "result"),
        ("경로당은 지난해 120곳에서 올해 135곳으로 늘었다.", 135, "곳", "result"),
    ],
)
def test_targets(text: str, value: float, unit: str, kind: str) -> None:
    found = [(f["value"], f["unit"], f["type"]) for f in fields_of(text, FactKind.TARGET)]
    assert (value, unit, kind) in found


@pytest.mark.parametrize(
    "text",
    [
        "만 19세 이상 39세 이하 청년이 대상이다.",
        "2024년 5월 2일 구청에서 열렸다.",
        "문의는 구 일자리정책과(☎02-860-2345)로 하면 된다.",
        "회의에는 읍면 담당자와 돌봄 기관 관계자 25여 명이 참석했다.",
        "이날 행사에는 시장과 기업 대표 등 150여명이 참석했다.",
        "축제에는 사흘 동안 관광객 3만 2천여 명이 참여했다.",
        "사업비 30억 원을 투입해 목표를 달성했다.",
        "방문객은 지난해보다 1,200명 늘었다.",
        "제5회 청년의 날 행사를 열었다.",
        "인구는 3년 연속 증가했다.",
        "평가는 4개 분야 12개 지표로 이뤄졌다.",
    ],
)
def test_not_targets(text: str) -> None:
    assert facts_of(text, FactKind.TARGET) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "구는 4개 추진전략과 28개 세부사업을 세웠다.",
            {("4개 추진전략", 4, "개", "추진전략"), ("28개 세부사업", 28, "개", "세부사업")},
        ),
        ("시는 5대 핵심과제를 내놨다.", {("5대 핵심과제", 5, "대", "핵심과제")}),
        ("구는 13년 연속 수상이라는 기록을 세웠다.", {("13년 연속", 13, "년", "연속 수상")}),
        (
            "시는 3회 연속 최우수기관으로 선정됐다.",
            {("3회 연속", 3, "회", "연속 최우수기관")},
        ),
        ("군은 7년 연속 상을 받았다.", {("7년 연속", 7, "년", "연속 수상")}),
    ],
)
def test_counted_plans_and_streaks_are_counts(
    text: str, expected: set[tuple[str, int, str, str]]
) -> None:
    found = {
        (f.text, f.fields["value"], f.fields["unit"], f.fields["label"])
        for f in facts_of(text, FactKind.TARGET)
        if f.fields["type"] == "count"
    }
    assert found == expected


def test_a_goal_is_not_also_a_count() -> None:
    facts = facts_of("구는 올해 15개 사업을 선정할 계획이다.", FactKind.TARGET)
    assert [f.fields["type"] for f in facts if f.text.startswith("15개")] == ["goal"]


# --- audience --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "ages"),
    [
        (
            "만 65세 이상 기초연금 수급자를 대상으로 한다.",
            "만 65세 이상 기초연금 수급자",
            (65, None),
        ),
        ("지원 대상은 관내 거주 19~34세 미취업 청년이다.", "19~34세 미취업 청년", (19, 34)),
        ("구는 홀몸 어르신을 위해 안부 전화를 건다.", "홀몸 어르신", (None, None)),
        ("만 12세 미만 아동이라면 누구나 참여할 수 있다.", "만 12세 미만 아동", (None, 11)),
        ("다자녀 가정에게 수도요금을 감면해 지원한다.", "다자녀 가정", (None, None)),
        ("○ 지원대상: 만 19~39세 미취업 청년", "만 19~39세 미취업 청년", (19, 39)),
        ("모집 대상은 관내 중소기업 재직자로, 선착순이다.", "중소기업 재직자", (None, None)),
    ],
)
def test_audiences(text: str, phrase: str, ages: tuple[int | None, int | None]) -> None:
    found = {
        f.text: (f.fields.get("age_min"), f.fields.get("age_max"))
        for f in facts_of(text, FactKind.AUDIENCE)
    }
    assert any(phrase in text_ for text_ in found)
    assert ages in found.values()


@pytest.mark.parametrize(
    "text",
    [
        "일자리 창출을 위해 노력했다.",
        "주민을 대상으로 설명회를 열었다.",
        "고용보험 피보험자 수를 대상으로 평가했다.",
        "구는 지역 경제 활성화를 위한 방안을 논의했다.",
    ],
)
def test_not_audiences(text: str) -> None:
    assert facts_of(text, FactKind.AUDIENCE) == []


# --- amount ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("사업비 65억 원을 투입한다.", 6500000000),
        ("최대 3천만원까지 지원한다.", 30000000),
        ("본예산은 1조 2천억 원이다.", 1200000000000),
        ("참가비는 5,000원이다.", 5000),
        ("1인당 20만원씩 지급한다.", 200000),
        ("국비 1억5천만 원을 확보했다.", 150000000),
        ("위원회는 추경안에서 2억7천1백5십만원을 삭감했다.", 271500000),
        # A rough sum is read without its 여.
        ("의존재원은 총 179억 여원 늘었다.", 17900000000),
        ("장학금 4억4천6백여만원을 나눈다.", 446000000),
        ("청소년 수당은 지난해 월 10만 원에서 올해 15만 원으로 늘었다.", 150000),
        ("구는 기존 300만 원에서 500만 원으로 지원 한도를 올렸다.", 5000000),
        ("장려금은 30만 원이던 것을 올해 50만 원으로 인상했다.", 500000),
        ("구의 청년 예산은 지난해 20억 원에서 5억 원 늘었다.", 500000000),
    ],
)
def test_amounts(text: str, value: int) -> None:
    assert [f["value"] for f in fields_of(text, FactKind.AMOUNT)] == [value]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # A sum compared with is money the story states; only a replaced one is left out.
        ("올해 예산은 지난해 900억 원보다 100억 원 많은 1천억 원이다.", [9e10, 1e10, 1e11]),
        ("국·도비 512억 원(국비 400억, 도비 112억)을 확보했다.", [512e8, 400e8, 112e8]),
        # A value is one sum however often the story tells it, as the owner's labels count it,
        # unless a sum of the same value sits right beside it, joined: that is other money.
        ("사업비는 총 8천만 원(국비 4천만·군비 4천만)이다.", [8e7, 4e7, 4e7]),
        ("군은 특별교부세 2억 원을 받았다. 특별교부세 2억 원은 도로 정비에 쓴다.", [2e8]),
        ("국비 3억 원과 군비 3억 원을 들인다.", [3e8, 3e8]),
        ("상금은 각각 20억원, 10억원, 10억원이다.", [2e9, 1e9, 1e9]),
        ("국비 3억 원을 확보했다. 사업비는 국비 3억 원과 군비 2억 원이다.", [3e8, 2e8]),
        (
            "신규사업은 ▲가지구 하수도 3억원(총사업비 97억원) "
            "▲나지구 하수도 3억원(총사업비 67억원)이다.",
            [3e8, 97e8, 67e8],
        ),
        ("△대학생 100만원 △기업체 전입자 100만원을 준다.", [1e6]),
        ("도비 총 3억 원을 확보했다. 이번 도비 3억 원은 방재에 쓴다.", [3e8]),
        # A bound is a sum as written, as the owner's labels keep it.
        ("지난해 소득이 4천만 원 이상인 가구는 신청할 수 없다.", [4e7]),
        ("매달 30만 원 이상의 월세를 내는 청년에게 월 20만 원을 준다.", [3e5, 2e5]),
    ],
)
def test_amounts_of_a_story(text: str, values: list[float]) -> None:
    assert [f["value"] for f in fields_of(text, FactKind.AMOUNT)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # The low end of a range shares the high end's 원, and its unit when it has none.
        ("참여수당은 월 35만∼70만원이다.", [350000, 700000]),
        ("국비는 1억에서 5억원 안팎이다.", [100000000, 500000000]),
        ("연금액은 월 20,000~204,010원이다.", [20000, 204010]),
        ("보조금은 사업장당 1~3억원이다.", [100000000, 300000000]),
        # Not a range of money: a date, an age or a count before the sum.
        ("3월~5월 월 10만원을 준다.", [100000]),
        ("18~34세 청년에게 30만원을 준다.", [300000]),
    ],
)
def test_the_low_end_of_a_range_is_a_sum(text: str, values: list[float]) -> None:
    assert [f["value"] for f in fields_of(text, FactKind.AMOUNT)] == values


@pytest.mark.parametrize(
    "text",
    [
        "3원장이 참석했다.",
        "제3조에 따라 처리한다.",
        "30명이 참여했다.",
        "2024년 원도심 재생",
        "참가자 30명(남 12만, 여 18만)",
    ],
)
def test_not_amounts(text: str) -> None:
    assert facts_of(text, FactKind.AMOUNT) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # A sum named by where the money comes from is money without its 원.
        ("마중물 예산 80억원(국비 48억, 지방비 32억)으로 주차장을 짓는다.", [80e8, 48e8, 32e8]),
        ("면은 국비 6억을 지원받아 보건지소를 고친다.", [6e8]),
        ("도는 국비 210억, 도비 45억을 확보했다고 밝혔다.", [210e8, 45e8]),
        ("군은 특별교부세 3억5천만을 받았다.", [3.5e8]),
        # Read once, whole, when 원 follows; a source without a sum is no money.
        ("국비 1억5천만 원을 확보했다.", [1.5e8]),
        ("국비 2억 5천만원과 군비 1억 원이 든다.", [2.5e8, 1e8]),
        ("국비 사업 12건이 선정됐다.", []),
    ],
)
def test_a_sum_named_by_its_source_needs_no_won(text: str, values: list[float]) -> None:
    assert [f["value"] for f in fields_of(text, FactKind.AMOUNT)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # A sum in 억 that drops its 원 among sums in 원, or after a word naming money, is money.
        ("신규사업은 도로 정비 40억원, 하천 복원 20억, 주차장 6억원이다.", [40e8, 20e8, 6e8]),
        ("일반회계는 1천200억원으로 150억이 늘었다.", [1200e8, 150e8]),
        (
            "주요 사업은 체육관 건립(총사업비 120억), 도서관 신축(총사업비 85억) 등이다.",
            [120e8, 85e8],
        ),
        ("군은 올해 예산 1조2천억을 편성했다.", [1.2e12]),
        # Elsewhere a bare 억 counts other things; a counter or an article number is no sum.
        ("관광객 1억 명이 찾은 축제에 군비 3억 원을 들였다.", [3e8]),
        ("수출 3억 달러를 넘긴 기업에 5천만 원을 준다.", [5e7]),
        ("누적 조회수가 1억을 넘었다.", []),
        ("제3조의2에 따라 보조금 2억 원을 준다.", [2e8]),
        ("올해 예산은 10억 정도 늘었다.", []),
    ],
)
def test_a_sum_in_eok_without_won_is_money_only_in_a_money_sentence(
    text: str, values: list[float]
) -> None:
    assert [f["value"] for f in fields_of(text, FactKind.AMOUNT)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # A rough sum that an exact one of the story rounds is that money told again.
        ("군은 약 120억 원을 들인다.\n\n올해 사업비는 124억 원으로 늘었다.", [124e8]),
        ("도는 국비 310억여원을 확보했다. 확보한 국비는 310억7천만원이다.", [310.7e8]),
        ("5억 원가량이 든다. 정확히는 5억2천만 원이다.", [5.2e8]),
        ("복지예산이 처음으로 3조원을 넘는다. 복지예산은 3조1200억원이다.", [3.12e12]),
        ("기부금이 2억 원을 돌파했다.", [2e8]),
        # Other money: too far apart, or not the rough sum's digits.
        ("약 10억 원을 들인다. 국비는 12억 원이다.", [10e8, 12e8]),
        ("자체재원은 179억 여원, 의존재원은 183억 원 늘었다.", [179e8, 183e8]),
        ("약 50억 원이 든다. 이 가운데 국비는 48억 원이다.", [50e8, 48e8]),
    ],
)
def test_a_rough_sum_of_an_exact_one_is_told_once(text: str, values: list[float]) -> None:
    assert [f["value"] for f in fields_of(text, FactKind.AMOUNT)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("봉투에는 5만 원권 12장과 1만원권 3장이 들어 있었다.", []),
        ("지역화폐는 5천원권과 1만 원 권 두 가지로 30억원어치를 찍는다.", [30e8]),
        ("온누리상품권 1만원권 200매, 모두 200만 원어치를 샀다.", [2e6]),
        # 권 starting another word is no note: the sum stays.
        ("사업비 10억 원 권역별 배분을 마쳤다.", [10e8]),
    ],
)
def test_the_face_value_of_a_note_is_no_sum(text: str, values: list[float]) -> None:
    assert [f["value"] for f in fields_of(text, FactKind.AMOUNT)] == values


# --- quote -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("장인홍 구로구청장은 “주민과 함께 만든 성과”라고 말했다.", "장인홍 구로구청장"),
        (
            "시 관계자는 이날 “청년이 머무는 도시를 만들겠다”며 “지원을 늘리겠다”고 밝혔다.",
            "시 관계자",
        ),
        ("“모두가 함께 만든 결과”라고 김영희 복지국장은 말했다.", "김영희 복지국장"),
    ],
)
def test_quotes(text: str, speaker: str) -> None:
    found = facts_of(text, FactKind.QUOTE)
    assert [f.fields.get("speaker") for f in found] == [speaker]
    assert found[0].text.startswith("“")


def test_one_syllable_body_in_a_speaker() -> None:
    text = "도 관계자는 “소상공인에게 도움이 되길 바란다”고 말했다."
    assert [f.fields.get("speaker") for f in facts_of(text, FactKind.QUOTE)] == ["도 관계자"]
    assert facts_of(text, FactKind.AUDIENCE) == []


def test_chained_quotes_are_one_statement() -> None:
    text = "구청장은 “첫째 문장이다”며 “둘째 문장이다”고 강조했다."
    found = facts_of(text, FactKind.QUOTE)
    assert len(found) == 1
    assert found[0].text == "“첫째 문장이다”며 “둘째 문장이다”"


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        # The quoting verb cut off or moved to a line of its own: the whole chain is the quote.
        (
            "군 관계자는 “돌봄은 오늘 시작이다”라며 “빈틈없이 챙기겠다”",
            "“돌봄은 오늘 시작이다”라며 “빈틈없이 챙기겠다”",
            "군 관계자",
        ),
        ("박 시장은 “끝까지 챙기겠다”\n라고 말했다.", "“끝까지 챙기겠다”", "박 시장"),
        ("구청장은 “모두의 성과다”", "“모두의 성과다”", "구청장"),
        # Closed by the wrong mark.
        ('이 국장은 “더 넓히겠다"라고 말했다.', '“더 넓히겠다"', "이 국장"),
        (
            "군수는 “첫째 성과다”라며 “더 늘려 나가겠다고“고 말했다.",
            "“첫째 성과다”라며 “더 늘려 나가겠다고“",
            "군수",
        ),
        # The speaker named as the topic, adverbials between it and the quote.
        (
            "김미래 복지국장은 이날 주민 간담회에서 “돌봄을 늘리겠다”고 말했다.",
            "“돌봄을 늘리겠다”",
            "김미래 복지국장",
        ),
    ],
)
def test_quotes_come_out_whole(text: str, quoted: str, speaker: str) -> None:
    found = facts_of(text, FactKind.QUOTE)
    assert [(f.text, f.fields.get("speaker")) for f in found] == [(quoted, speaker)]


def test_a_statement_going_on_is_the_last_speakers() -> None:
    text = (
        "박 구청장은 “첫 해의 성과다”고 말했다.\n\n이어 “내년에는 더 늘리겠다”고 덧붙였다.\n\n"
        "그는 “주민 덕분이다”고 했다.\n\n행사는 오후에 끝났다.\n\n“다음 달에 다시 연다”고 했다."
    )
    speakers = [f.fields.get("speaker") for f in facts_of(text, FactKind.QUOTE)]
    assert speakers == ["박 구청장", "박 구청장", "박 구청장", None]


@pytest.mark.parametrize(
    "text",
    [
        "‘청년이룸’을 운영한다.",
        "“서울이 통째로 테마파크” 황금연휴엔 축제",
        "그는 “예”",
        "“모두가 함께 만든 도시”",
        "이번 사업은 올해 “함께 사는 마을”",
    ],
)
def test_not_quotes(text: str) -> None:
    assert facts_of(text, FactKind.QUOTE) == []


# --- the whole --------------------------------------------------------------------------------


def test_facts_are_sorted_unique_and_exact() -> None:
    text = (
        "구로구가 고용노동부 주관 ‘2022년 일자리대상’에서 우수상을 수상했다.\n\n"
        "올해 일자리 1만4,000개 창출 목표를 세웠고 예산 65억 원을 투입한다."
    )
    found = extract(Article(text=text, published="2022-07-21"))
    assert found == sorted(found, key=lambda f: (f.start, f.end, f.kind))
    assert len({(f.kind, f.start, f.end, tuple(f.fields.items())) for f in found}) == len(found)
    assert {f.kind for f in found} >= {FactKind.AWARD, FactKind.TARGET, FactKind.AMOUNT}


def test_empty_and_english_articles_have_no_facts() -> None:
    assert extract(Article(text="")) == []
    assert extract(Article(text="The council awarded 3 grants worth $5,000 in 2024.")) == []


# --- families found on pages the rules were not written for ---------------------------------


def test_a_definition_names_the_whole_program_not_its_last_words() -> None:
    text = "해오름 산촌마을 가꾸기 사업은 귀촌 가구가 빈집을 고쳐 살도록 돕는 사업이다."
    names = [fact.text for fact in facts_of(text, FactKind.PROGRAM)]
    assert "가꾸기 사업" not in names
    assert all(name.startswith("해오름") for name in names)


def test_quoted_names_in_one_run_are_programs_together() -> None:
    text = (
        "시가 운영하는 ‘청년 교통비 지원’과 ‘취업 사진 무료 촬영’, ‘면접 코칭’ 등을 이용할 수 있다."
    )
    names = {fact.text for fact in facts_of(text, FactKind.PROGRAM)}
    assert names == {"청년 교통비 지원", "취업 사진 무료 촬영", "면접 코칭"}


@pytest.mark.parametrize(
    "text",
    [
        "군은 주민들이 ‘행복 나눔 반찬’을 받을 수 있도록 ‘동네 부엌’을 새로 운영한다.",
        "도는 70세 이상 어르신에게 ‘효도 목욕권’을 보내고, 치매 가족을 위한 ‘마음 쉼 휴가제’도 "
        "도입한다.",
    ],
)
def test_a_quoted_name_before_a_running_verb_is_a_program(text: str) -> None:
    assert len(facts_of(text, FactKind.PROGRAM)) >= 1


def test_a_program_named_only_as_what_an_evaluation_is_about_is_not_one() -> None:
    text = "보건소는 ‘2024년 감염병관리사업 평가’에서 우수기관으로 선정됐다."
    assert facts_of(text, FactKind.PROGRAM) == []


def test_a_quoted_policy_with_상_inside_its_name_is_no_award() -> None:
    text = "구는 ‘골목상권 상생 살리기’ 정책으로 상인 매출을 끌어올린 점을 높이 평가받았다."
    assert facts_of(text, FactKind.AWARD) == []


def test_a_second_topic_after_a_clause_receives_the_next_prize() -> None:
    text = (
        "구 보건소는 ‘2024년 금연사업 평가’에서 우수기관으로 선정됐고, "
        "보건소 김민지 주무관은 보건복지부장관 표창을 받았다."
    )
    got = {(f["prize"], f.get("recipient")) for f in fields_of(text, FactKind.AWARD)}
    # the office before the name may be kept or left (the labels write both)
    assert any(
        prize == "보건복지부장관 표창" and (who or "").endswith("김민지 주무관")
        for prize, who in got
    )
    assert ("우수기관", "구 보건소") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "지난해에는 청년 180명이 군내에 정착해 목표(150명) 대비 120%를 달성",
            {(180, "result"), (150, "goal"), (120, "result")},
        ),
        (
            "관람객 12만 명이 다녀가 당초 목표인 10만 명을 넘어섰다.",
            {(120000, "result"), (100000, "goal")},
        ),
        ("선배 상인 1명이 신규 상인 3명을 6개월간 돕도록 할 계획이다.", set()),
        (
            "초등 3학년 학생 1,200명에게는 ‘책 읽는 교실’을 지원하고, 중학생 모두에게 교재를 준다.",
            {(1200, "goal")},
        ),
    ],
)
def test_targets_typed_past_brackets_quotes_and_ratios(
    text: str, expected: set[tuple[int, str]]
) -> None:
    got = {(f["value"], f["type"]) for f in fields_of(text, FactKind.TARGET)}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "audience", "ages"),
    [
        (
            "먼저 생후 12개월 미만 아기를 키우는 가정에는 ‘첫돌 꾸러미’를 보낸다.",
            "생후 12개월 미만 아기를 키우는 가정",
            (None, None),
        ),
        (
            "만 9세에서 18세 사이 학교 밖 청소년에게는 월 5만 원의 교통비를 준다.",
            "만 9세에서 18세 사이 학교 밖 청소년",
            (9, 18),
        ),
        (
            "‘건강 걷기 교실’은 만 60세 이상 64세 이하 군민에게 무료로 제공된다.",
            "만 60세 이상 64세 이하 군민",
            (60, 64),
        ),
        (
            "거동이 불편한 장애인과 보호자 1명도 함께 이용할 수 있다.",
            "장애인과 보호자",
            (None, None),
        ),
    ],
)
def test_audiences_in_more_sentence_shapes(
    text: str, audience: str, ages: tuple[int | None, int | None]
) -> None:
    found = {
        f.text: (f.fields.get("age_min"), f.fields.get("age_max"))
        for f in facts_of(text, FactKind.AUDIENCE)
    }
    assert found.get(audience) == ages, found
