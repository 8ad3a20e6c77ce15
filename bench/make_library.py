"""Build a library of N generated articles, for benchmarks only.

The pages are made up from templates (municipalities, dates, numbers, programmes, sentences) in
the shapes users save: HTML with site chrome in UTF-8 or CP949, and text copied out of a page.
Usage: python bench/make_library.py N [--library DIR] [--pages DIR] [--jobs J]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLACES = (
    *("구로구", "성동구", "노원구", "마포구", "강서구", "금천구", "관악구", "도봉구", "은평구"),
    *("수원시", "성남시", "고양시", "용인시", "부천시", "안산시", "화성시", "전주시", "청주시"),
    *("강진군", "담양군", "완도군", "곡성군", "보성군", "홍천군", "영월군", "의성군", "합천군"),
    *("달서구", "해운대구", "유성구", "광산구", "남동구", "창원시", "포항시", "제주시", "춘천시"),
)
SOURCES = ("한빛일보", "동부뉴스", "지역타임즈", "새고을신문", "남도저널", "중부매일소식", None)
PROGRAMS = (
    "청년 일경험 지원사업",
    "어르신 공공일자리 사업",
    "신중년 재취업 프로젝트",
    "청년창업 사관학교",
    "경력보유 여성 인턴십",
    "사회적경제 육성 사업",
    "스마트도시 조성사업",
    "귀농귀촌 정착 지원",
    "소상공인 디지털 전환 지원",
    "평생학습 강좌 운영",
    "청년마을 만들기 사업",
    "공유주택 조성",
)
AWARDS = (
    "전국 지방자치단체 일자리대상",
    "지방자치단체 혁신평가",
    "대한민국 지방자치 경영대전",
    "전국 평생학습도시 평가",
    "사회적경제 활성화 유공 표창",
    "지역 균형발전 우수사례 경진대회",
)
PRIZES = ("대상", "최우수상", "우수상", "장려상", "국무총리 표창", "장관 표창")
AUDIENCES = (
    "만 18세 이상 34세 이하 구직단념 청년",
    "만 60세 이상 어르신",
    "만 19세 이상 39세 이하 청년",
    "관내 소상공인",
    "경력단절 여성",
    "저소득층 가구",
    "중장년 퇴직자",
    "다문화 가족",
)
SENTENCES = (
    "{place}는 올해 {program}에 예산 {money}억 원을 투입한다고 {day}일 밝혔다.",
    "{place}는 고용노동부 주관 ‘{year}년 {award}’에서 {prize}을 받았다.",
    "지원 대상은 {audience}이며, 참여자에게는 월 {small}만 원의 수당을 지급한다.",
    "구는 지난해 목표치인 {goal}개보다 많은 {result}개의 일자리를 창출했다.",
    "올해 일자리 {goal}개 창출 목표를 누리집에 공시했다.",
    "{place} 관계자는 “{audience}이 체감할 수 있는 정책을 펼치겠다”고 말했다.",
    "신청은 {month}월 {day}일부터 {place} 누리집이나 주민센터에서 받는다.",
    "이번 사업은 {program}의 하나로, 모두 {count}개 기관이 참여한다.",
    "시상식은 {day}일 정부세종컨벤션센터에서 열렸으며 상금 {small}00만 원이 주어진다.",
    "{place}는 {year}년부터 {count}년 연속 수상이라는 기록을 세웠다.",
    "교육은 {month}월부터 {count}주 동안 진행되며 수강료는 무료다.",
    "참여 기업은 {count}곳으로 지난해보다 {small}곳 늘었다.",
    "구청장은 “주민과 함께 만든 성과”라며 “{program}을 더 넓히겠다”고 강조했다.",
    "자세한 내용은 {place} 일자리정책과로 문의하면 된다.",
    "전체 예산 가운데 {percent}%는 국비, 나머지는 시비로 충당한다.",
)
CHROME_TOP = (
    "<div id='head'><a class='logo' href='/'>{site}</a><ul class='menu'><li>뉴스홈</li>"
    "<li>지자체</li><li>지방의회</li><li>교육</li><li>경제</li><li>사설·칼럼</li></ul></div>"
)
CHROME_BOTTOM = (
    "<div class='byline'>{reporter} 기자(news@example.com)</div>"
    "<div class='copy'>ⓒ {site} — 무단전재 및 재배포 금지</div>"
    "<div class='btns'><a href='#'>기사 메일전송</a> <a href='#'>목록 바로가기</a></div>"
    "<div class='side'><h3>많이 본 뉴스</h3><ol>{related}</ol></div>"
    "<div id='foot'><p>{site} · 등록번호 아00000 · 발행인 홍길동</p></div>"
)
REPORTERS = ("김민지", "이서준", "박하은", "최도윤", "정예린", "강시우", "윤서아", "조현우")


def _fill(rng: random.Random, template: str, place: str, year: int) -> str:
    goal = rng.randrange(1000, 30000)
    return template.format(
        place=place,
        program=rng.choice(PROGRAMS),
        award=rng.choice(AWARDS),
        prize=rng.choice(PRIZES),
        audience=rng.choice(AUDIENCES),
        money=rng.randrange(2, 300),
        small=rng.randrange(10, 90),
        goal=f"{goal:,}",
        result=f"{goal + rng.randrange(10, 3000):,}",
        day=rng.randrange(1, 29),
        month=rng.randrange(1, 13),
        year=year,
        count=rng.randrange(2, 30),
        percent=rng.randrange(10, 90),
    )


def make_article(rng: random.Random, i: int) -> dict[str, object]:
    """One article's parts: a headline, a date, a source and 4-8 paragraphs of 2-4 sentences."""
    place = rng.choice(PLACES)
    year = rng.randrange(2018, 2026)
    headline = _fill(
        rng,
        rng.choice(
            (
                "{place}, ‘{award}’ {prize} 수상…{count}년 연속",
                "{place}, {program}에 {money}억 원 투입",
                "{place}, 올해 일자리 {goal}개 창출 목표 공시",
                "{place}, {audience} 대상 {program} 참여자 모집",
            )
        ),
        place,
        year,
    )
    paragraphs = [
        " ".join(_fill(rng, rng.choice(SENTENCES), place, year) for _ in range(rng.randrange(3, 6)))
        for _ in range(rng.randrange(6, 12))
    ]
    paragraphs.append(f"문서번호 {i}번 기사.")
    return {
        "place": place,
        "headline": headline,
        "date": f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
        "time": f"{rng.randrange(7, 20):02d}:{rng.randrange(0, 60):02d}",
        "source": rng.choice(SOURCES),
        "reporter": rng.choice(REPORTERS),
        "paragraphs": paragraphs,
    }


def render_html(parts: dict[str, object], related: list[str], charset: str) -> str:
    site = parts["source"] or "지역소식"
    body = "".join(f"<p>{p}</p>\n" for p in parts["paragraphs"])  # type: ignore[union-attr]
    return (
        f"<!DOCTYPE html><html lang='ko'><head><meta charset='{charset}'>"
        f"<title>{parts['headline']} : {site}</title></head><body><div id='wrap'>"
        + CHROME_TOP.format(site=site)
        + f"<div class='art_head'><h1 class='art_title'>{parts['headline']}</h1>"
        f"<p class='art_meta'>기사입력 {parts['date']} {parts['time']} | "
        f"{parts['reporter']} 기자</p></div>\n<div class='art_body'>\n{body}</div>"
        + CHROME_BOTTOM.format(
            site=site,
            reporter=parts["reporter"],
            related="".join(f"<li>{title}</li>" for title in related),
        )
        + "</div></body></html>\n"
    )


def render_text(parts: dict[str, object]) -> str:
    lines = ["기사 메일전송", str(parts["headline"]), f"  • {parts['reporter']} 기자"]
    lines += [f"  • 등록 {parts['date']} {parts['time']}:00", "", "기사수정", ""]
    for paragraph in parts["paragraphs"]:  # type: ignore[union-attr]
        lines += [str(paragraph), "", " ", ""]
    lines += ["많이 본 뉴스", "목록 바로가기", "ⓒ 무단전재 및 재배포 금지"]
    return "\n".join(lines) + "\n"


def generate_pages(folder: Path, count: int, seed: int = 1) -> list[Path]:
    """`count` pages in `folder` (100 a subfolder): 70% UTF-8 HTML, 15% CP949 HTML, 15% text."""
    rng = random.Random(seed)
    headlines: list[str] = []
    pages = []
    for i in range(count):
        parts = make_article(rng, i)
        sub = folder / f"{i // 100:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        roll = rng.random()
        related = rng.sample(headlines, min(3, len(headlines)))
        if roll < 0.70:
            path = sub / f"{parts['place']}-{i:05d}.html"
            path.write_text(render_html(parts, related, "utf-8"), encoding="utf-8")
        elif roll < 0.85:
            path = sub / f"article-{i:05d}.htm"
            path.write_bytes(render_html(parts, related, "euc-kr").encode("cp949", "replace"))
        else:
            path = sub / f"copied-{i:05d}.txt"
            path.write_text(render_text(parts), encoding="utf-8")
        headlines = [*headlines[-50:], str(parts["headline"])]
        pages.append(path)
    return pages


def build_in_temp(count: int) -> Path:
    """A library of `count` generated articles in a new temporary folder, built by a child
    process so that the caller's own timings start with nothing of govreader loaded."""
    library = Path(tempfile.mkdtemp(prefix="govreader-bench-")) / "library"
    subprocess.run(
        [sys.executable, __file__, str(count), "--library", str(library)],
        check=True,
    )
    return library


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from govreader.library import Library, import_paths

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--library", type=Path, help="library folder (default: a new temp one)")
    parser.add_argument("--pages", type=Path, help="where to write the pages (default: temp)")
    parser.add_argument("--jobs", type=int, default=None)
    args = parser.parse_args(argv)
    pages = args.pages or Path(tempfile.mkdtemp(prefix="govreader-pages-"))
    library_folder = args.library or Path(tempfile.mkdtemp(prefix="govreader-library-"))
    started = time.perf_counter()
    generate_pages(pages, args.count)
    print(f"wrote {args.count} pages to {pages} in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    with Library.open(library_folder) as library:
        summary = import_paths(library, [pages], jobs=args.jobs)
    elapsed = time.perf_counter() - started
    print(
        f"library {library_folder}: imported {summary.imported}, unchanged {summary.unchanged}, "
        f"failed {len(summary.failed)} in {elapsed:.1f} s ({args.count / elapsed:.0f} pages/s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
