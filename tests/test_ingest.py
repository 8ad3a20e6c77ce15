"""Loading saved pages: formats, encodings, terminal safety and every kind of bad input."""

from __future__ import annotations

import base64
import os
import quopri
from pathlib import Path

import pytest

from govreader.ingest import NotAPage, discover, load_page, terminal_safe
from govreader.model import PageError, PageFormat

KOREAN = "구로구가 고용노동부 주관 일자리대상에서 우수상을 수상했다."


def html_doc(head: str = "", body: str = KOREAN) -> str:
    return (
        f"<!DOCTYPE html><html><head>{head}<title>제목</title></head>"
        f"<body><p>{body}</p></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "encoding"),
    [
        ('<meta charset="utf-8">', "utf-8"),
        ('<meta charset="euc-kr">', "cp949"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=EUC-KR">', "cp949"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987">', "cp949"),
        ("", "cp949"),
        ("", "utf-8"),
    ],
)
def test_html_in_each_declared_and_undeclared_encoding(
    tmp_path: Path, head: str, encoding: str
) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(html_doc(head).encode(encoding))
    page = load_page(path)
    assert page.format is PageFormat.HTML
    assert KOREAN in page.text
    assert page.encoding.replace("_", "-") == encoding


def test_cp949_only_characters_decode(tmp_path: Path) -> None:
    """Syllables outside EUC-KR's 2,350 (똠, 햏) need CP949, which the EUC-KR label means."""
    text = "똠방각하와 햏자가 " + KOREAN
    path = tmp_path / "page.htm"
    path.write_bytes(html_doc('<meta charset="euc-kr">', text).encode("cp949"))
    assert text in load_page(path).text


def test_declared_euc_kr_over_utf8_bytes_reads_utf8(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(html_doc('<meta charset="euc-kr">').encode("utf-8"))
    page = load_page(path)
    assert KOREAN in page.text
    assert page.encoding == "utf-8"


def test_stray_bad_byte_keeps_the_right_encoding(tmp_path: Path) -> None:
    data = html_doc('<meta charset="utf-8">', KOREAN * 40).encode("utf-8")
    path = tmp_path / "page.html"
    path.write_bytes(data[:200] + b"\xff" + data[200:])
    page = load_page(path)
    assert page.encoding == "utf-8"
    assert KOREAN in page.text


def test_truncated_page_reads_as_far_as_it_goes(tmp_path: Path) -> None:
    data = html_doc('<meta charset="utf-8">').encode("utf-8")
    cut = data.index(KOREAN.encode()) + len(KOREAN.encode()) - 2  # in the middle of a syllable
    path = tmp_path / "cut.html"
    path.write_bytes(data[:cut])
    page = load_page(path)
    assert page.format is PageFormat.HTML
    assert KOREAN[:-2] in page.text


def test_html_fragment_without_html_tag_is_html(tmp_path: Path) -> None:
    path = tmp_path / "fragment.txt"
    path.write_text(f"<div class='article'><p>{KOREAN}</p><p>둘째 문단이다.</p></div>", "utf-8")
    assert load_page(path).format is PageFormat.HTML


def test_format_comes_from_content_not_name(tmp_path: Path) -> None:
    text_named_html = tmp_path / "notes.html"
    text_named_html.write_text(KOREAN + "\n둘째 줄이다.\n", "utf-8")
    assert load_page(text_named_html).format is PageFormat.TEXT
    html_named_txt = tmp_path / "page.txt"
    html_named_txt.write_text(html_doc(), "utf-8")
    assert load_page(html_named_txt).format is PageFormat.HTML


@pytest.mark.parametrize("encoding", ["utf-8", "cp949", "utf-16", "utf-8-sig"])
def test_text_pages_in_each_encoding(tmp_path: Path, encoding: str) -> None:
    text = f"제목 줄\n\n{KOREAN}\r\n마지막 문단이다.\n"
    path = tmp_path / "copied.txt"
    path.write_bytes(text.encode(encoding))  # Python's utf-16 writes a BOM
    page = load_page(path)
    assert page.format is PageFormat.TEXT
    assert KOREAN in page.text
    assert "\r" not in page.text
    assert not page.text.startswith("\ufeff")


def test_utf16_html_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(html_doc('<meta charset="utf-16">').encode("utf-16"))
    page = load_page(path)
    assert page.format is PageFormat.HTML
    assert KOREAN in page.text


def mhtml(html: str, charset: str, transfer: str) -> bytes:
    body = html.encode(charset)
    payload = (
        quopri.encodestring(body) if transfer == "quoted-printable" else base64.encodebytes(body)
    )
    return (
        b"From: <Saved by Blink>\r\n"
        b"Snapshot-Content-Location: https://news.example.kr/view/1\r\n"
        b"Subject: page\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related; type="text/html";\r\n'
        b' boundary="----MultipartBoundary--x"\r\n'
        b"\r\n"
        b"------MultipartBoundary--x\r\n"
        b"Content-Type: image/png\r\n"
        b"Content-Transfer-Encoding: base64\r\n"
        b"Content-Location: https://news.example.kr/logo.png\r\n\r\n"
        b"iVBORw0KGgo=\r\n"
        b"------MultipartBoundary--x\r\n"
        + f"Content-Type: text/html; charset={charset}\r\n".encode()
        + f"Content-Transfer-Encoding: {transfer}\r\n".encode()
        + b"Content-Location: https://news.example.kr/view/1\r\n\r\n"
        + payload
        + b"\r\n------MultipartBoundary--x--\r\n"
    )


@pytest.mark.parametrize("transfer", ["quoted-printable", "base64"])
@pytest.mark.parametrize("charset", ["utf-8", "euc-kr"])
def test_mhtml_picks_the_html_part(tmp_path: Path, transfer: str, charset: str) -> None:
    path = tmp_path / "page.mhtml"
    path.write_bytes(mhtml(html_doc(), charset, transfer))
    page = load_page(path)
    assert page.format is PageFormat.MHTML
    assert KOREAN in page.text
    assert page.url == "https://news.example.kr/view/1"


@pytest.mark.parametrize("garbage", ["!!!! #### $$$$", "가나다라마바사 아자차카"])
def test_mhtml_whose_page_part_is_not_base64_says_so(tmp_path: Path, garbage: str) -> None:
    """A damaged archive is named as such, not as an empty file."""
    path = tmp_path / "page.mhtml"
    whole = mhtml(html_doc(), "utf-8", "base64")
    payload = base64.encodebytes(html_doc().encode("utf-8"))
    path.write_bytes(whole.replace(payload, garbage.encode("utf-8")))
    with pytest.raises(PageError) as raised:
        load_page(path)
    assert raised.value.reason == "a damaged web archive: its page part is not valid base64"


def test_mhtml_detected_under_any_name(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_bytes(mhtml(html_doc(), "utf-8", "quoted-printable"))
    assert load_page(path).format is PageFormat.MHTML


def test_terminal_safety_of_decoded_text(tmp_path: Path) -> None:
    nasty = (
        "앞\x1b[31m빨강\x1b[0m \x1b]0;title\x07제목 \x00널\x07벨 "
        "\u202e뒤집기\u202c \u2066격리\u2069\x9b31m \x85다음\r\n줄\t탭"
    )
    path = tmp_path / "nasty.txt"
    path.write_text(nasty, "utf-8")
    text = load_page(path).text
    assert text == terminal_safe(nasty)
    assert "빨강" in text and "제목" in text and "줄\t탭" in text
    for bad in (
        "\x1b",
        "\x00",
        "\x07",
        "\x9b",
        "\x85",
        "\r",
        "\u202e",
        "\u202c",
        "\u2066",
        "\u2069",
    ):
        assert bad not in text
    assert "31m" not in text and "0;title" not in text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "not a text page (PNG image)"),
        (b"PK\x03\x04" + bytes(100), "not a text page (ZIP archive)"),
        (b"%PDF-1.7\n" + bytes(100), "not a text page (PDF document)"),
        (bytes(range(256)) * 4, "not a text page (binary data)"),
    ],
)
def test_bad_files_raise_one_line_reasons(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.html"
    path.write_bytes(data)
    with pytest.raises(PageError) as caught:
        load_page(path)
    assert caught.value.reason == reason
    assert caught.value.path == str(path)


def test_missing_path_and_folder(tmp_path: Path) -> None:
    with pytest.raises(PageError, match="no such file"):
        load_page(tmp_path / "missing.html")
    with pytest.raises(PageError, match="is a folder"):
        load_page(tmp_path)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.html"
    path.write_text(html_doc(), "utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):  # root reads anything: make the read fail as it would
            real_open = os.open

            def denied(name: object, *args: object, **kwargs: object) -> int:
                if Path(str(name)) == path:
                    raise PermissionError(13, "Permission denied", str(name))
                return real_open(name, *args, **kwargs)  # type: ignore[arg-type]

            monkeypatch.setattr(os, "open", denied)
        with pytest.raises(PageError, match=r": permission denied$"):
            load_page(path)
    finally:
        path.chmod(0o644)


def test_size_limit_is_a_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.html"
    path.write_bytes(html_doc(body=KOREAN * 20_000).encode("utf-8"))  # about 1.6 MB
    monkeypatch.setenv("GOVREADER_MAX_PAGE_MB", "1")
    with pytest.raises(PageError) as caught:
        load_page(path)
    assert caught.value.reason.startswith("too large (1.")
    assert "the limit is 1 MB, set GOVREADER_MAX_PAGE_MB" in caught.value.reason
    monkeypatch.setenv("GOVREADER_MAX_PAGE_MB", "5")
    assert load_page(path).format is PageFormat.HTML


def test_loading_never_writes(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(html_doc('<meta charset="euc-kr">').encode("cp949"))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    load_page(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(tmp_path.iterdir()) == [path]


def make_tree(root: Path) -> None:
    (root / "b").mkdir(parents=True)
    (root / "a_files").mkdir()
    (root / ".hidden").mkdir()
    (root / "a.html").write_text(html_doc(), "utf-8")
    (root / "a_files" / "inner.html").write_text(html_doc(), "utf-8")
    (root / "a_files" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / ".hidden" / "x.html").write_text(html_doc(), "utf-8")
    (root / ".secret.html").write_text(html_doc(), "utf-8")
    (root / "b" / "c.mhtml").write_bytes(mhtml(html_doc(), "utf-8", "base64"))
    (root / "b" / "d.txt").write_text(KOREAN, "utf-8")
    (root / "b" / "view.do").write_text(html_doc(), "utf-8")
    (root / "b" / "style.css").write_text("p {}", "utf-8")
    (root / "b" / "app.js").write_text("var x;", "utf-8")
    (root / "b" / "font.woff2").write_bytes(b"wOF2")
    (root / "b" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (root / "b" / "report.pdf").write_bytes(b"%PDF-1.4")
    (root / "b" / "data.json").write_text("{}", "utf-8")
    (root / "b" / "pyproject.toml").write_text('[project]\nname = "x"\n', "utf-8")
    (root / "b" / "blob").write_bytes(b"PK\x03\x04" + bytes(20))


def test_discover_walks_folders_in_order_and_skips_assets(tmp_path: Path) -> None:
    make_tree(tmp_path)
    found = list(discover([tmp_path]))
    pages = [p.relative_to(tmp_path).as_posix() for p in found if isinstance(p, Path)]
    passed_over = [Path(e.path).name for e in found if isinstance(e, NotAPage)]
    assert pages == ["a.html", "b/c.mhtml", "b/d.txt", "b/view.do"]
    assert passed_over == ["blob", "data.json", "pyproject.toml", "report.pdf"]
    assert not any(isinstance(e, PageError) for e in found)


def test_a_companion_folder_given_by_name_is_passed_over(tmp_path: Path) -> None:
    """`govreader add 저장/*` names a page's `_files` folder too: it goes with its page, unread,
    without a line; a folder of that name with no page beside it is walked as any folder."""
    make_tree(tmp_path)
    lone = tmp_path / "모음_files"
    lone.mkdir()
    (lone / "e.html").write_text(html_doc(), "utf-8")
    found = list(discover(sorted(tmp_path.iterdir())))
    pages = [p.relative_to(tmp_path).as_posix() for p in found if isinstance(p, Path)]
    assert "a_files/inner.html" not in pages
    assert "a.html" in pages and "모음_files/e.html" in pages
    assert not any(isinstance(e, PageError) for e in found)


def test_in_a_folder_only_page_names_or_marked_up_files_are_pages(tmp_path: Path) -> None:
    """A README, notes or a licence beside the pages are text, not saved pages; a page saved
    under its address's name (`board.php`) or with no suffix is one when its bytes are markup."""
    (tmp_path / "README.md").write_text('<p align="center">소개</p>\n\n# 모음', "utf-8")
    (tmp_path / "notes").write_text(KOREAN, "utf-8")
    (tmp_path / "LICENSE").write_text("MIT License\n\nPermission is hereby granted", "utf-8")
    (tmp_path / "todo.org").write_text("* 읽을 것", "utf-8")
    (tmp_path / "board.php").write_text(html_doc(), "utf-8")
    (tmp_path / "saved").write_bytes(mhtml(html_doc(), "utf-8", "base64"))
    (tmp_path / "bom.asp").write_bytes(b"\xef\xbb\xbf" + html_doc().encode())
    (tmp_path / "wide.jsp").write_bytes(html_doc().encode("utf-16"))
    (tmp_path / "copied.txt").write_text(KOREAN, "utf-8")
    found = list(discover([tmp_path]))
    pages = sorted(p.name for p in found if isinstance(p, Path))
    passed_over = sorted(e.path.name for e in found if isinstance(e, NotAPage))
    assert pages == ["board.php", "bom.asp", "copied.txt", "saved", "wide.jsp"]
    assert passed_over == ["LICENSE", "README.md", "notes", "todo.org"]


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "cp949", "utf-16", "utf-16-le", "utf-16-be"]
)
def test_the_folder_walk_and_the_loader_agree_on_what_is_markup(
    tmp_path: Path, encoding: str
) -> None:
    """One sniff for both: a file without a page's suffix is taken for a page exactly when the
    loader reads it as HTML or MHTML, in every encoding the loader reads (UTF-16 without a BOM
    too, which the walk once passed over)."""
    archive = mhtml(html_doc(), "utf-8", "base64")
    files = {
        "page.do": html_doc().encode(encoding),
        "notes": f"{KOREAN}\n\n<b>굵게</b> 한 줄.".encode(encoding),
        "archive": archive.decode().encode(encoding),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    found = list(discover([tmp_path]))
    pages = sorted(p.name for p in found if isinstance(p, Path))
    for name in files:
        marked_up = load_page(tmp_path / name).format is not PageFormat.TEXT
        assert (name in pages) == marked_up, (name, encoding)
    assert "page.do" in pages and "notes" not in pages


def test_an_archive_after_a_utf8_bom_is_read_as_an_archive(tmp_path: Path) -> None:
    path = tmp_path / "bom.mhtml"
    path.write_bytes(b"\xef\xbb\xbf" + mhtml(html_doc(), "utf-8", "quoted-printable"))
    page = load_page(path)
    assert page.format is PageFormat.MHTML and KOREAN in page.text
    assert page.url == "https://news.example.kr/view/1"


def test_a_file_given_by_name_is_read_whatever_its_name(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text(KOREAN, "utf-8")
    assert list(discover([notes])) == [notes]
    assert KOREAN in load_page(notes).text


def test_discover_keeps_files_as_given_and_reports_missing(tmp_path: Path) -> None:
    image = tmp_path / "given.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n")
    found = list(discover([image, tmp_path / "missing.html"]))
    assert found[0] == image
    assert isinstance(found[1], PageError)
    assert found[1].reason == "no such file"


def test_discover_survives_symlink_loops(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "page.html").write_text(html_doc(), "utf-8")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "z.html").write_text(html_doc(), "utf-8")
    found = list(discover([tmp_path]))
    pages = [p.name for p in found if isinstance(p, Path)]
    loops = [e for e in found if isinstance(e, PageError)]
    assert pages == ["page.html", "z.html"]
    assert [e.reason for e in loops] == ["symlink loop"]


def test_discover_reports_unreadable_folder_and_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "a_locked"
    locked.mkdir()
    (locked / "page.html").write_text(html_doc(), "utf-8")
    (tmp_path / "b.html").write_text(html_doc(), "utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):  # root reads anything: make listing it fail as it would
            real_scandir = os.scandir

            def scandir(path: object) -> object:
                if Path(str(path)) == locked:
                    raise PermissionError(13, "Permission denied", str(path))
                return real_scandir(path)  # type: ignore[arg-type]

            monkeypatch.setattr(os, "scandir", scandir)
        found = list(discover([tmp_path]))
        assert isinstance(found[0], PageError) and found[0].reason == "permission denied"
        assert found[1] == tmp_path / "b.html"
    finally:
        locked.chmod(0o755)


def test_corpus_pages_all_load(corpus_dir: Path) -> None:
    for found in discover([corpus_dir / "html", corpus_dir / "text"]):
        assert not isinstance(found, PageError)
        if isinstance(found, NotAPage):  # the .json expectations beside the pages
            assert found.path.suffix in {".json", ".jsonl"}, found
            continue
        page = load_page(found)
        assert "\ufffd" not in page.text[:20000], found
        assert page.format in (PageFormat.HTML, PageFormat.TEXT)


def test_single_part_mhtml_is_decoded(tmp_path: Path) -> None:
    body = quopri.encodestring(html_doc().encode("cp949"))
    path = tmp_path / "single.mht"
    path.write_bytes(
        b"MIME-Version: 1.0\r\nContent-Type: text/html; charset=euc-kr\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n" + body
    )
    page = load_page(path)
    assert page.format is PageFormat.MHTML
    assert KOREAN in page.text
    assert "=3D" not in page.text


def test_the_hangul_filler_is_a_space(tmp_path: Path) -> None:
    """U+3164, the Hangul filler Korean sites use as an invisible blank (`ㅤ`), is two cells wide
    in terminals (glibc, tmux, xterm) and none in Rich: each one in a title or site name moved
    the reader's borders two cells left (the source chooser's right edge drawn inside its box).
    It is read as the blank it stands for, one character for one, so offsets stay."""
    page = tmp_path / "filler.txt"
    page.write_text("구청장\u3164인사말\n\n\u3164\u3164본문 첫 줄", "utf-8")
    text = load_page(page).text
    assert text == "구청장 인사말\n\n  본문 첫 줄" and len(text) == len(page.read_text("utf-8"))


def test_the_halfwidth_hangul_filler_is_a_space(tmp_path: Path) -> None:
    """U+FFA0, the halfwidth Hangul filler, is the same invisible blank one cell wide: a cell in
    terminals (glibc's wcwidth), none in Rich, so each one moved the borders after it a cell."""
    from rich.cells import cell_len

    page = tmp_path / "filler.txt"
    page.write_text("구청장\uffa0인사말\n\n\uffa0본문 첫 줄", "utf-8")
    text = load_page(page).text
    assert text == "구청장 인사말\n\n 본문 첫 줄" and len(text) == len(page.read_text("utf-8"))
    assert cell_len(text.splitlines()[0]) == 13  # as a terminal draws it
