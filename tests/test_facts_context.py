"""The article read as a whole: the events it names, where, with year and organizer, and the body
it is about. Every sentence here was written for these tests."""

from __future__ import annotations

from govreader.facts import context
from govreader.facts.context import Context, Event
from govreader.facts.sentences import sentences
from govreader.model import Article


def read(text: str, title: str | None = None, subtitle: str | None = None) -> Context:
    article = Article(text=text, title=title, subtitle=subtitle, published="2025-11-20")
    return context.read(article, list(sentences(article.text)))


def names(found: Context) -> list[str]:
    return [event.name for event in found.events]


def test_the_headline_names_the_event_with_its_year_and_organizer() -> None:
    found = read(
        "최우수상은 김해시와 양산시가 받았다.",
        title="환경부 주최 ‘2025 탄소중립 도시 대상’ 시상식 열려",
    )
    assert found.events == (Event("2025 탄소중립 도시 대상", -1, 2025, "환경부"),)
    assert found.year == 2025


def test_two_events_of_one_ceremony() -> None:
    found = read(
        "한국지역정책연구원이 주최하는 제9회 지역혁신대상과 제4회 의정봉사대상 시상식이 열렸다."
    )
    assert names(found) == ["제9회 지역혁신대상", "제4회 의정봉사대상"]
    assert {event.organizer for event in found.events} == {"한국지역정책연구원"}


def test_hosts_listed_before_a_ceremony_are_no_events() -> None:
    found = read("가람시와 한빛신문, 제5회 이웃봉사상 시상식이 12일 열렸다.")
    assert names(found) == ["제5회 이웃봉사상"]


def test_an_announced_evaluation_and_its_host() -> None:
    found = read("행정안전부는 ‘2025 재난대응 안전훈련’ 평가 결과를 18일 발표했다.")
    assert found.events == (Event("2025 재난대응 안전훈련", 0, 2025, "행정안전부"),)


def test_a_grade_written_into_a_quoted_name_is_not_the_name() -> None:
    found = read("군은 지난해에도 ‘2024년 상반기 재정집행 최우수기관’에 선정됐다.")
    assert names(found) == ["2024년 상반기 재정집행"]
    assert found.events[0].year == 2024


def test_quoted_grades_and_programmes_are_no_events() -> None:
    found = read(
        "구는 ‘최우수상 및 특별상’을 받았다. 시는 ‘스마트 안전도시 챌린지’ 사업에 선정됐다."
    )
    assert found.events == ()


def test_mentions_of_one_event_are_one_named_in_full() -> None:
    found = read(
        "올해 ‘도시숲 가꾸기 평가’에서 영천시가 우수기관으로 뽑혔다. "
        "산림청은 ‘2025 도시숲 가꾸기 평가’ 결과를 공개했다."
    )
    assert found.events == (Event("2025 도시숲 가꾸기 평가", 0, 2025, "산림청"),)


def test_one_series_in_two_years_is_two_events() -> None:
    found = read(
        "군은 ‘2025년 지방세정 평가’에서 우수기관에 올랐다. "
        "앞서 ‘2024년 지방세정 평가’에서도 최우수기관으로 선정됐다."
    )
    assert [(e.name, e.year) for e in found.events] == [
        ("2025년 지방세정 평가", 2025),
        ("2024년 지방세정 평가", 2024),
    ]


def test_the_event_for_an_unnamed_award() -> None:
    text = (
        "국토교통부는 ‘2025 스마트도시 대상’ 시상식을 열었다. 대상은 세종시가 받았다. "
        "한편 ‘2025 녹색건축 평가’ 결과도 나왔다. 녹색건축 우수상은 춘천시가 받았다. "
        "스마트도시 대상 최우수상은 원주시가 받았다."
    )
    found = read(text)
    first, second, third = (
        text.index(s) for s in ("대상은", "녹색건축 우수상", "스마트도시 대상 최")
    )
    assert found.event_for(first).name == "2025 스마트도시 대상"
    assert (
        found.event_for(second, "녹색건축 우수상은 춘천시가 받았다.").name == "2025 녹색건축 평가"
    )
    echoed = found.event_for(third, "스마트도시 대상 최우수상은 원주시가 받았다.")
    assert echoed.name == "2025 스마트도시 대상"


def test_the_headline_event_comes_first() -> None:
    found = read("시상식에서 우수상은 보령시가 받았다.", title="‘2025 해양관광 대상’ 시상")
    assert found.event_for(0).name == "2025 해양관광 대상"


def test_no_event_no_guess() -> None:
    assert read("최우수상은 김해시가 받았다.").event_for(0) is None


def test_the_body_the_article_is_about() -> None:
    assert read("울산 남구는 청년 창업 지원을 늘린다.").body == "남구"
    assert read("부산 북구 복지정책과 이수민 주무관이 표창을 받았다.").body == "부산 북구"
    assert read("천안시와 아산시가 협약을 맺었다.").body is None
    assert read("최우수상은 김해시가 받았다.").body is None


def test_the_headline_and_date_are_kept() -> None:
    found = read("본문이다.", title="제목", subtitle="부제")
    assert (found.title, found.subtitle, found.published) == ("제목", "부제", "2025-11-20")


def test_a_dated_evaluation_that_selects_is_an_event() -> None:
    found = read("2025년도 지방세정분석은 재정 성과가 좋은 10개 단체를 선정했다.")
    assert names(found) == ["2025년도 지방세정분석"]
    assert read("2025년도 예산안은 시의회를 통과했다.").events == ()


def test_a_word_of_time_before_a_name_is_none_of_it() -> None:
    found = read("당초 도시대상 시상식은 지난달 열릴 예정이었다.")
    assert names(found) == ["도시대상"]


def test_this_years_half_before_a_name_is_none_of_it() -> None:
    found = read("청도군은 올 상반기 퇴직 공무원 정부포상 수여식을 가졌다.")
    assert names(found) == ["퇴직 공무원 정부포상"]


def test_an_event_the_page_says_was_held_is_named() -> None:
    found = read(
        "보건복지부는 올해 처음 정신건강복지센터 운영 평가를 실시했다. "
        "이번 평가에서 김포시가 최우수기관으로 뽑혔다."
    )
    assert names(found) == ["정신건강복지센터 운영 평가"]
    found = read("구는 지난달 청년 창업 아이디어 경진대회를 열고 5개 팀을 뽑았다.")
    assert names(found) == ["청년 창업 아이디어 경진대회"]


def test_a_step_of_judging_and_a_verb_before_the_name_are_no_event() -> None:
    found = read("심사는 온라인 주민평가를 진행해 점수를 매겼다.")
    assert found.events == ()
    found = read("본선에 오른 6개 팀이 선발되어 마지막 발표대회를 통해 순위를 가렸다.")
    assert names(found) == ["마지막 발표대회"]


def test_a_quoted_prize_is_no_event() -> None:
    found = read(
        "남원시가 농림축산식품부가 연 2025년 농촌 관광 우수사례 경진대회에서 "
        "‘농림축산식품부 장관상’을 받았다."
    )
    assert names(found) == ["2025년 농촌 관광 우수사례 경진대회"]


def test_a_step_of_judging_or_the_kind_alone_names_no_event() -> None:
    found = read("최종 발표대회 결과 최우수상은 새싹 팀이 받았다.")
    assert found.events == ()
    found = read("제안심사위원회 심사 결과 금상 2건과 은상 3건이 정해졌다.")
    assert found.events == ()
    found = read("도는 2025년 하천 정비 우수사례 발표대회 결과를 공개했다.")
    assert names(found) == ["2025년 하천 정비 우수사례 발표대회"]


def test_an_evaluation_named_loosely_then_formally_is_one() -> None:
    found = read(
        "보건복지부 위생관리 평가에서 양평군이 최우수기관으로 뽑혔다. "
        "복지부는 올해 식품 위생관리 종합평가 결과를 공개했다. "
        "우수기관에는 가평군이 이름을 올렸다."
    )
    assert names(found) == ["식품 위생관리 종합평가"]
    assert found.fullest("보건복지부 위생관리 평가") == "식품 위생관리 종합평가"


def test_two_evaluations_sharing_a_word_without_a_body_glued_stay_two() -> None:
    found = read(
        "치매안심센터 운영평가에서 양평군이 A등급을 받았다. "
        "군은 치매안심센터 인력 평가 결과도 공개했다. "
        "우수기관에는 가평군이 이름을 올렸다."
    )
    assert names(found) == ["치매안심센터 운영평가", "치매안심센터 인력 평가"]


def test_a_contest_named_before_what_it_gave_is_an_event() -> None:
    found = read("해오름시는 제2회 해오름시 특산품 디자인 공모전 금상에 박하늘 씨를 뽑았다.")
    assert names(found) == ["제2회 해오름시 특산품 디자인 공모전"]
    found = read("다솔군이 주민과 연 다솔군 풍경 사진 전국 공모전 당선작 30점을 공개했다.")
    assert names(found) == ["다솔군 풍경 사진 전국 공모전"]
    found = read("구는 청소년이 참여한 안전 포스터 & 영상 공모전의 심사결과를 발표했다.")
    assert names(found) == ["안전 포스터 & 영상 공모전"]
    found = read("별빛시가 주최한 2024년 공무원 문예작품전에서 이나래 주무관이 금상을 받았다.")
    assert names(found) == ["2024년 공무원 문예작품전"]


def test_a_quoted_head_opens_the_contests_name() -> None:
    found = read("군은 ‘2024 가람 걷기 좋은 길’ 사진 공모전의 입상작을 발표했다.")
    assert names(found) == ["2024 가람 걷기 좋은 길 사진 공모전"]
    found = read("도청에서 열린 ‘새봄 농촌사업 종합평가회’에서 가람군이 대상을 받았다.")
    assert names(found) == ["새봄 농촌사업 종합평가회"]


def test_a_body_introduced_with_its_head_is_no_part_of_the_contests_name() -> None:
    found = read("나래시(시장 한별, 이하 나래시) 생활 수기 공모전 대상은 오하나 씨가 차지했다.")
    assert names(found) == ["생활 수기 공모전"]


def test_the_kind_of_contest_alone_before_its_grade_names_none() -> None:
    found = read("이번 공모전 대상은 오하나 씨가, 금상은 한별 씨가 받았다.")
    assert found.events == ()


def test_a_theme_a_judging_or_an_office_holder_is_no_event() -> None:
    found = read(
        "시는 ‘제4회 가온시 거리디자인 공모전’ 시상식을 열었다. ‘골목 상상, 마을 웃음, "
        "가온의 내일’이라는 주제로 열린 이번 공모전에는 300명이 참여했다. 대상은 한별 씨가 받았다."
    )
    assert names(found) == ["제4회 가온시 거리디자인 공모전"]
    assert found.event_for(found.events[0].at + 200) == found.events[0]
    found = read("공모전 심사 결과 금상은 오하나 씨의 작품이 차지했다.")
    assert found.events == ()
    found = read("시상식은 김도윤 가온시장과 공모전 수상자 등 40명이 참석한 가운데 열렸다.")
    assert found.events == ()


def test_an_event_named_right_before_its_winning_firms() -> None:
    found = read("한빛경영연구원은 나래 품질경영대상 수상기업 12곳을 선정했다.")
    assert names(found) == ["나래 품질경영대상"]
    found = read("가온협회는 지난달 가온 친환경대상 수상 업체를 발표했다.")
    assert names(found) == ["가온 친환경대상"]


def test_a_quoted_event_named_right_before_its_winners() -> None:
    found = read("가람군은 ''제2회 우리 마을 이야기 수기공모'' 수상자를 확정했다.")
    assert names(found) == ["제2회 우리 마을 이야기 수기공모"]
    found = read("시는 ‘나래 골목 사진전’ 수상작을 공개했다.")
    assert names(found) == ["나래 골목 사진전"]


def test_a_quoted_theme_followed_by_no_winners_names_no_event() -> None:
    found = read("시는 ‘우리 동네 안전지도’ 만들기 수상자 대상 교육을 열었다.")
    assert names(found) == []


def test_a_year_and_one_possessive_word_open_the_events_name() -> None:
    found = read("한빛경영연구원은 2024 대한민국의 품질경영대상 수상기업을 선정했다.")
    assert names(found) == ["2024 대한민국의 품질경영대상"]
    assert found.events[0].year == 2024
