"""Hostile and broken saved pages, written at test time into a temporary folder.

Nothing here is committed as a blob: each case is a small function that writes its file, so the
50 MB page costs a test run a moment of disk and the repository nothing. The payloads are the
shapes the open web really produces (terminal escapes, markup, deep nesting, endless lines,
wrong charsets), not the text of any page.
"""

from __future__ import annotations

import math
import os
import re
import select
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

LIMIT_S = 12.0
"""Each pathological input finishes (or is refused) within this many seconds of CPU time (the
command and its worker processes together): a bound on work, which a busy machine sharing the
cores does not inflate as it inflates wall time. Most inputs take 0.8-2.5 s of `govreader facts`
on a quiet 2-core machine, the slowest (200,000 line breaks) 3.5 s: the bound keeps three times
that."""

HEAVY_LIMIT_S = 30.0
"""The bound for the two largest inputs (a 20 MB line, 100,000 paragraphs), which take about 5 s
on a quiet machine and 8-9 s at a load of 10 on 2 cores: cleaning them is linear, and a
super-linear step would take minutes at their size."""

LIMIT_RSS_MB = 1024
"""... and this much resident memory."""

HANG_FACTOR = 12
"""A run still going after this many times its CPU bound in wall time is killed: a hang, or a
wait that costs no CPU, fails the test through its status."""

ESCAPES = (
    "\x1b[31mRED\x1b[0m",  # colour (CSI SGR)
    "\x1b[2J\x1b[H",  # clear the screen, cursor home
    "\x1b]0;pwned title\x07",  # window title (OSC 0)
    "\x1b]52;c;cm0gLXJmIH4K\x07",  # clipboard write (OSC 52)
    "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\",  # hyperlink (OSC 8)
    "\x1bP+q696e646e\x1b\\",  # DCS query
    "\x9b6n",  # 8-bit CSI: report the cursor position
    "\x9d0;c1 title\x9c",  # 8-bit OSC
    "\x07\x08\x00\x7f\x85",  # BEL, backspace, NUL, DEL, NEL
    "\u202eevil\u202c \u2066isolate\u2069",  # bidi override and isolate
)
"""Sequences that would drive a terminal if page text reached it raw."""

MARKUP = (
    "[bold]굵게[/bold]",
    "[/]",
    "[link=https://evil.example/]링크[/link]",
    "[@click=app.quit]끝[/]",
)
"""Rich / Textual markup that must show as the characters it is."""

EVIL = " ".join((*ESCAPES, *MARKUP))

_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_UNSAFE = re.compile(rf"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")


def unsafe_characters(text: str, *, allow_cr: bool = False) -> list[str]:
    """The characters of `text` that must never reach a terminal (\\n and \\t are fine)."""
    if allow_cr:
        text = text.replace("\r\n", "\n")
    return sorted({f"U+{ord(c):04X}" for c in _UNSAFE.findall(text)})


PROSE = (
    "구로구는 지난해 일자리 2만2,023개를 창출해 목표치인 1만3,500개를 넘겼다고 밝혔다. "
    "구는 만 18세 이상 34세 이하 청년에게 65억 원을 지원하며, 구청장은 “청년이 머무는 "
    "도시를 만들겠다”고 말했다. "
)
"""A paragraph with one of each common fact shape, for pages that need an article in them."""


def evil_html() -> str:
    """An article page whose every field carries escapes and markup, raw and as entities."""
    entities = "&#27;[31m엔티티&#27;[0m &#x1b;]0;t&#7; &#x202e;뒤집기 &#0; &#x9b;6n &#155;6n"
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>구로구 일자리대상 수상 {EVIL}</title>"
        f"<meta property='og:title' content='구로구, 일자리대상 우수상 수상 {EVIL}'>"
        f"<meta property='og:site_name' content='가나일보 {EVIL}'>"
        f"<meta name='author' content='홍길동 기자 {EVIL}'>"
        "</head><body><article>"
        f"<h1>구로구, 일자리대상 우수상 수상 {EVIL}</h1>"
        f"<p>홍길동 기자 {EVIL}</p>"
        f"<p>{PROSE}{EVIL}</p>"
        f"<p>구청장은 “{EVIL} 좋은 일자리를 만들겠다”고 말했다. 예산 65억 원을 투입한다.</p>"
        f"<p>{entities} 이 문장은 본문이 충분히 길어야 기사로 읽힌다는 점을 고려해 넣었다.</p>"
        f"<p>{PROSE}</p>"
        "</article></body></html>"
    )


def evil_text() -> str:
    """A copied-text page with escapes and markup in its headline, byline and body."""
    return (
        f"구로구, 일자리대상 우수상 수상 {EVIL}\n\n홍길동 기자 {EVIL}\n\n{PROSE}{EVIL}\n\n{PROSE}\n"
    )


# Pathological sizes and shapes ------------------------------------------------------------


def _repeat_to(unit: str, chars: int) -> str:
    return (unit * (chars // len(unit) + 1))[:chars]


def huge_html(path: Path, megabytes: float = 51) -> None:
    """A real HTML page just over the default size limit."""
    chunk = f"<p>{PROSE}</p>\n".encode()
    size = int(megabytes * 1024 * 1024)
    with path.open("wb") as out:
        out.write(b"<html><body>")
        written = 12
        while written < size:
            out.write(chunk)
            written += len(chunk)
        out.write(b"</body></html>")


def long_line_text(path: Path, megabytes: float = 20) -> None:
    """One line, no breaks at all, of prose with numbers, ▲ lists and quotes."""
    unit = (
        "▲청년 일자리 1만4,000개 창출 목표 ▲예산 65억 원 "
        "“좋은 일자리를 만들겠다”고 구 관계자가 말했고 지역 기업과 함께 노력하고 있다 "
    )
    size = int(megabytes * 1024 * 1024)
    data = unit.encode() * (size // len(unit.encode()) + 2)
    path.write_bytes(data[: size + 3].decode("utf-8", "ignore").encode())


def nested_divs(path: Path, depth: int = 10_000) -> None:
    path.write_text(
        "<html><body>" + "<div>" * depth + PROSE + "</div>" * depth + "</body></html>",
        encoding="utf-8",
    )


def many_paragraphs(path: Path, count: int = 100_000) -> None:
    body = "".join(f"<p>{i}번째 문단에서 구는 일자리 {i}개를 창출했다.</p>" for i in range(count))
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")


def line_of(unit: str) -> Callable[[Path], None]:
    """A 1 MB single line of `unit` repeated."""

    def write(path: Path) -> None:
        path.write_text(_repeat_to(unit, 1024 * 1024 // len(unit.encode()) * len(unit)))

    return write


def entities_only(path: Path) -> None:
    """Nothing but character references: named, numeric, controls, surrogates, out of range."""
    unit = "&amp;&lt;&gt;&nbsp;&#27;&#x1b;&#155;&#x9b;&#0;&#xD800;&#x110000;&#x202e;&#44032;&copy;"
    path.write_text(_repeat_to(unit, 2 * 1024 * 1024), encoding="ascii")


def entities_page(path: Path) -> None:
    """The same references inside an HTML body, so the HTML parser has to expand them all."""
    path.write_text("<html><body><p>", encoding="ascii")
    with path.open("a", encoding="ascii") as out:
        entities_only(path.with_suffix(".part"))
        out.write(path.with_suffix(".part").read_text(encoding="ascii"))
        out.write("</p></body></html>")
    path.with_suffix(".part").unlink()


def nested_mhtml(path: Path, depth: int = 3000) -> None:
    """A web archive whose multiparts nest thousands deep before the page's own part."""
    head = 'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b0"\n\n'
    nests = "".join(
        f'--b{i}\nContent-Type: multipart/related; boundary="b{i + 1}"\n\n' for i in range(depth)
    )
    page = f"--b{depth}\nContent-Type: text/html; charset=utf-8\n\n<p>{PROSE}</p>\n"
    path.write_text(head + nests + page, encoding="utf-8")


def many_mhtml_parts(path: Path, parts: int = 50_000) -> None:
    """A web archive of fifty thousand tiny images, the page last."""
    head = 'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n'
    image = "--b\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\nAAAA\n"
    page = f"--b\nContent-Type: text/html; charset=utf-8\n\n<p>{PROSE}</p>\n--b--\n"
    path.write_text(head + image * parts + page, encoding="utf-8")


def many_attributes(path: Path, count: int = 200_000) -> None:
    attributes = " ".join(f'data-a{i}="{i}"' for i in range(count))
    path.write_text(f"<html><body><p {attributes}>{PROSE}</p></body></html>", encoding="utf-8")


def unclosed_bold(path: Path, depth: int = 100_000) -> None:
    path.write_text(f"<html><body>{'<b>' * depth}<p>{PROSE}</p>", encoding="utf-8")


def images_only_mhtml(path: Path, parts: int = 5000) -> None:
    """A web archive of images and no page: its MIME boundaries are not an article."""
    head = 'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n'
    image = "--b\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\nAAAA\n"
    path.write_text(head + image * parts + "--b--\n", encoding="utf-8")


def many_breaks(path: Path, count: int = 200_000) -> None:
    path.write_text(f"<html><body><p>{'<br>' * count}{PROSE}</p></body></html>", encoding="utf-8")


def unclosed_comment(path: Path) -> None:
    """A page that opens a comment and never closes it: everything after is inside it."""
    path.write_text("<html><body><!--" + _repeat_to(PROSE, 2_000_000), encoding="utf-8")


def empty_comments(path: Path) -> None:
    """281 bytes: forty empty comments, then a letter (minutes of backtracking in a sniffer)."""
    path.write_text("<!---->" * 40 + "x", encoding="ascii")


def long_title(path: Path) -> None:
    """A title of 2,000 syllables without a space (cubic in a site-name pattern)."""
    path.write_text(f"<html><head><title>{'가' * 2000}</title></head><body><p>{PROSE}</p>")


def open_canonical_links(path: Path) -> None:
    """A thousand `<link rel=canonical ` that never close (cubic in an address pattern)."""
    path.write_text("<html><head>" + "<link rel=canonical " * 1000 + f"<p>{PROSE}</p>")


def lines_of_one_width(path: Path, count: int = 5000) -> None:
    """Thousands of short lines of one width that never end a sentence: each could start a run of
    broken lines, and each run was once read again from every one of its lines (quadratic)."""
    lines = "\n".join(f"청년 일자리 사업 {i:05d}번 지원 항목과" for i in range(count))
    path.write_text(f"구로구 청년 일자리 사업 안내\n\n{PROSE}\n\n{lines}\n", encoding="utf-8")


def folded_mhtml_header(path: Path, count: int = 250_000) -> None:
    """An archive whose Content-Type header folds over 250,000 parameters (quadratic in the
    standard library's parameter reader)."""
    head = "MIME-Version: 1.0\r\nContent-Type: text/html;\r\n" + " a=b;\r\n" * count
    path.write_text(f"{head}\r\n<p>{PROSE}</p>", encoding="utf-8")


def image_in_script(path: Path, megabytes: float = 10) -> None:
    """A page that draws itself: a short notice in its markup, the story in its state, and a
    10 MB image in one of the state's strings (a `data:` address). Each character of a long
    string once cost the pattern reading scripts' strings a saved backtracking state: 1.4 GB."""
    image = "A" * int(megabytes * 1024 * 1024)
    state = f'{{"photo": "data:image/png;base64,{image}", "story": "{PROSE * 4}"}}'
    path.write_text(
        f"<html><body><script>window.__STATE__ = {state};</script><p>불러오는 중</p></body></html>",
        encoding="utf-8",
    )


def deep_json_ld(path: Path, depth: int = 100_000) -> None:
    """A page whose JSON-LD nests 100,000 arrays deep (the decoder recurses once a level): the
    data is unreadable, the article beside it is not."""
    data = "[" * depth + "]" * depth
    path.write_text(
        f"<html><head><script type='application/ld+json'>{data}</script></head>"
        f"<body><p>{PROSE}</p></body></html>",
        encoding="utf-8",
    )


@dataclass(frozen=True)
class Case:
    """One pathological file and what `govreader clean/facts` must answer."""

    name: str
    filename: str
    write: Callable[[Path], None]
    refused: str | None = None
    """A word the one-line refusal must contain, or None when the page must be read."""
    limit_s: float = LIMIT_S
    """Its bound in CPU seconds."""
    shows: str | None = None
    """Words of the page the output of a page that is read must hold (not an empty article)."""


BOUNDED_CASES: tuple[Case, ...] = (
    Case("50 MB HTML", "huge.html", huge_html, refused="too large"),
    Case("20 MB single line", "one-line.txt", long_line_text, limit_s=HEAVY_LIMIT_S),
    Case("10,000 nested divs", "nested.html", nested_divs),
    Case("100,000 paragraphs", "paragraphs.html", many_paragraphs, limit_s=HEAVY_LIMIT_S),
    Case("1 MB of ▲", "triangles.txt", line_of("▲")),
    Case("1 MB of digits and commas", "digits.txt", line_of("1,234,567,890,")),
    Case("1 MB of 만억조", "myriads.txt", line_of("만억조")),
    Case("1 MB of numbers with myriads", "amounts.txt", line_of("1만 2천억 3,000조 4.5억 ")),
    Case("entities only", "entities.html", entities_only),
    Case("entities in a body", "entities-body.html", entities_page),
    Case("MHTML nested 3,000 deep", "nested.mhtml", nested_mhtml),
    Case("MHTML of 50,000 parts", "parts.mhtml", many_mhtml_parts),
    Case("200,000 attributes", "attributes.html", many_attributes, shows="구로구는 지난해"),
    Case(
        "1,000,000 attributes",
        "million-attributes.html",
        lambda path: many_attributes(path, 1_000_000),
        shows="구로구는 지난해",
    ),
    Case("100,000 unclosed <b>", "bold.html", unclosed_bold, shows="구로구는 지난해"),
    Case("only NUL bytes", "nuls.html", lambda path: path.write_bytes(bytes(100_000)), "binary"),
    Case("MHTML of 5,000 images, no page", "images.mhtml", images_only_mhtml, refused="no page"),
    Case("200,000 line breaks", "breaks.html", many_breaks),
    Case("an unclosed comment", "comment.html", unclosed_comment, refused="no article text"),
    Case("2 MB of <", "angles.html", line_of("<")),
    Case("1 MB of unclosed tags in text", "tags.txt", line_of("<PHOTO id='1' title=\"a ")),
    Case("1 MB of <br /> in text", "breaks.txt", line_of("가나다 <br />")),
    Case("1 MB of open comments in text", "comments.txt", line_of("<!--<iframe ")),
    Case("a 2-million-syllable word", "word.txt", line_of("가")),
    Case("40 empty comments", "comments.html", empty_comments),
    Case("a 2,000-syllable title", "title.html", long_title),
    Case("1,000 unclosed canonical links", "canonical.html", open_canonical_links),
    Case("5,000 lines of one width", "narrow.txt", lines_of_one_width),
    Case("MHTML header of 250,000 parameters", "folded.mhtml", folded_mhtml_header),
    Case("a 10 MB image in a script's string", "inline-image.html", image_in_script),
    Case("JSON-LD nested 100,000 deep", "deep-json-ld.html", deep_json_ld),
)


# Running the CLI -------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """A finished `python -m govreader` run."""

    status: int
    stdout: bytes
    stderr: bytes
    seconds: float
    """Wall time."""
    cpu_seconds: float
    """CPU time of the command and of the worker processes it waited for."""
    max_rss_mb: float
    """The peak resident memory of the command or of any one of its workers."""

    @property
    def err_lines(self) -> list[str]:
        return self.stderr.decode("utf-8", "backslashreplace").splitlines()


def cli_env(**extra: str) -> dict[str, str]:
    """The environment for the CLI: the work tree importable, a strict UTF-8 stdout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env["PYTHONIOENCODING"] = "utf-8"
    env["COLUMNS"] = "100"
    env.pop("GOVREADER_MAX_PAGE_MB", None)
    env.update(extra)
    return env


def run_cli(
    args: Sequence[str | bytes | os.PathLike[str]],
    *,
    cwd: Path,
    timeout: float = 60.0,
    env: dict[str, str] | None = None,
    prefix: Sequence[str] = (),
) -> Run:
    """Run `python -m govreader ARGS` and measure its wall time, CPU time and peak memory."""
    out_path, err_path, usage_path = cwd / ".stdout", cwd / ".stderr", cwd / ".usage"
    command = [*prefix, sys.executable, "-m", "govreader", *args]
    with out_path.open("wb") as out, err_path.open("wb") as err:
        start = time.monotonic()
        process = subprocess.Popen(
            [sys.executable, "-c", _MEASURED, usage_path, *command],
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=env or cli_env(),
            start_new_session=True,
        )
        status = _wait(process, start + timeout)
        seconds = time.monotonic() - start
    cpu_seconds, max_rss_kb = math.inf, math.inf  # unknown when the run was killed
    if usage_path.exists():
        cpu_seconds, max_rss_kb = (float(value) for value in usage_path.read_text().split())
    run = Run(
        status=status,
        stdout=out_path.read_bytes(),
        stderr=err_path.read_bytes(),
        seconds=seconds,
        cpu_seconds=cpu_seconds,
        max_rss_mb=max_rss_kb / 1024,
    )
    for path in (out_path, err_path, usage_path):
        path.unlink(missing_ok=True)
    return run


_MEASURED = """
import os, signal, sys
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as out:
    out.write(f"{usage.ru_utime + usage.ru_stime} {usage.ru_maxrss}")
if os.WIFSIGNALED(status):
    signal.signal(os.WTERMSIG(status), signal.SIG_DFL)
    os.kill(os.getpid(), os.WTERMSIG(status))
sys.exit(os.WEXITSTATUS(status))
"""
"""Runs a command as the child of a small fresh process and writes the command's CPU time and
peak memory, its waited-for workers included. Measured from a child of pytest itself, the peak
would be at least pytest's own size when it forked (Linux keeps the peak across `exec`)."""


def _wait(process: subprocess.Popen[bytes], deadline: float) -> int:
    """The child's exit status; its whole group is killed if it overruns the deadline."""
    while True:
        pid, status = os.waitpid(process.pid, os.WNOHANG)
        if pid:
            process.returncode = os.waitstatus_to_exitcode(status)
            return process.returncode
        if time.monotonic() > deadline:
            os.killpg(process.pid, signal.SIGKILL)
            _, status = os.waitpid(process.pid, 0)
            process.returncode = os.waitstatus_to_exitcode(status)
            return process.returncode
        select.select([], [], [], 0.02)
