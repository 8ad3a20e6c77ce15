"""The bundled sample pages: their shapes, their labels, and how the cleaner reads them.

The labels follow ../shared/corpus/LABELING.md. Pages are decoded here with the standard library
and Beautiful Soup only, so that a fault in `govreader.ingest` cannot hide a bad label.
"""

from __future__ import annotations

import email
import json
import re
from email import policy
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from govreader.clean import clean_page
from govreader.ingest import load_page
from govreader.model import Article

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_articles"
LABELS = ROOT / "tests" / "labels" / "sample_articles"

LABEL_KEYS = {
    "file",
    "multi_story",
    "title",
    "published",
    "reporter",
    "body_in",
    "boiler_out",
    "awards",
    "programs",
    "targets",
    "audiences",
    "amounts",
    "facts_labelled",
    "notes",
}
AWARD_KEYS = {"name", "prize", "category", "organizer", "recipient", "year"}
TARGET_KEYS = {"value", "unit", "type", "label"}
_LOOSE = re.compile(r"[\s\"'`“”‘’]")
_CHARSET = re.compile(rb"charset\s*=\s*[\"']?([\w-]+)", re.IGNORECASE)


def _pages() -> list[Path]:
    """Every sample page; the assets in a `NAME_files/` folder are not pages."""
    return sorted(
        p
        for p in SAMPLES.rglob("*")
        if p.is_file() and not any(part.endswith("_files") for part in p.relative_to(SAMPLES).parts)
    )


PAGES = _pages()


def _loose(text: str) -> str:
    """LABELING.md compares loosely: whitespace and quote marks do not count."""
    return _LOOSE.sub("", text)


def _label(page: Path) -> dict[str, Any]:
    return json.loads((LABELS / f"{page.name}.json").read_text(encoding="utf-8"))


def _html_part(page: Path) -> email.message.EmailMessage:
    message = email.message_from_bytes(page.read_bytes(), policy=policy.default)
    return next(part for part in message.walk() if part.get_content_type() == "text/html")


def _declared_charset(raw: bytes) -> str | None:
    match = _CHARSET.search(raw[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii").lower()
    return "cp949" if name in {"euc-kr", "euckr", "ks_c_5601-1987", "cp949"} else name


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_text_bytes(raw: bytes) -> str:
    """UTF-16 by its BOM, else UTF-8, else CP949 (what "EUC-KR" means on the web)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    return raw.decode("utf-8-sig") if _is_utf8(raw) else raw.decode("cp949")


def _visible_text(page: Path) -> str:
    """What a reader of the page sees: the HTML's text, or the text file as it is."""
    if page.suffix in {".mhtml", ".mht"}:
        return BeautifulSoup(_html_part(page).get_content(), "lxml").get_text("\n")
    raw = page.read_bytes()
    if page.suffix in {".html", ".htm"}:
        charset = _declared_charset(raw)
        markup = raw.decode(charset) if charset else _decode_text_bytes(raw)
        return BeautifulSoup(markup, "lxml").get_text("\n")
    return _decode_text_bytes(raw)


def _clean(page: Path) -> Article:
    try:
        return clean_page(load_page(page))
    except NotImplementedError:
        pytest.skip("govreader.ingest / govreader.clean are not written yet")


def test_there_are_enough_samples() -> None:
    assert len(PAGES) >= 8


def test_every_sample_has_a_label_and_every_label_a_sample() -> None:
    labelled = {p.name.removesuffix(".json") for p in LABELS.glob("*.json")}
    assert labelled == {p.name for p in PAGES}


def test_samples_have_the_shapes_of_saved_pages() -> None:
    suffixes = {p.suffix for p in PAGES}
    assert {".html", ".mhtml", ".txt"} <= suffixes

    asset_dirs = [d for d in SAMPLES.iterdir() if d.is_dir() and d.name.endswith("_files")]
    assert any(
        (SAMPLES / f"{d.name.removesuffix('_files')}.html").is_file()
        and any(d.glob("*.css"))
        and any(d.glob("*.js"))
        for d in asset_dirs
    ), "no 'Save page as' page with its NAME_files/ folder of style sheets and scripts"


def test_cp949_html_samples_come_declared_and_undeclared() -> None:
    cp949 = [p.read_bytes() for p in PAGES if p.suffix == ".html"]
    cp949 = [raw for raw in cp949 if not _is_utf8(raw) and raw.decode("cp949")]
    assert any(_declared_charset(raw) == "cp949" for raw in cp949)
    assert any(_declared_charset(raw) is None for raw in cp949)


def test_a_text_sample_is_not_utf8() -> None:
    raws = [p.read_bytes() for p in PAGES if p.suffix == ".txt"]
    assert any(raw.startswith((b"\xff\xfe", b"\xfe\xff")) or not _is_utf8(raw) for raw in raws)


def test_mhtml_sample_is_multipart_with_a_quoted_printable_html_part() -> None:
    page = next(p for p in PAGES if p.suffix == ".mhtml")
    message = email.message_from_bytes(page.read_bytes(), policy=policy.default)
    assert message.get_content_type() == "multipart/related"
    html = _html_part(page)
    assert html["Content-Transfer-Encoding"].lower() == "quoted-printable"
    assert html.get_content_charset() == "utf-8"
    assert any(part.get_content_maintype() == "image" for part in message.walk())


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_label_follows_the_labelling_format(page: Path) -> None:
    label = _label(page)
    assert set(label) == LABEL_KEYS
    assert label["file"] == page.name
    assert label["facts_labelled"] is True
    assert 4 <= len(label["body_in"]) <= 6
    assert 1 <= len(label["boiler_out"]) <= 15
    assert all(12 <= len(s) <= 30 for s in label["body_in"])
    assert all(set(a) == AWARD_KEYS for a in label["awards"])
    assert all(set(t) == TARGET_KEYS and t["type"] in {"goal", "result"} for t in label["targets"])
    assert all(a["unit"] == "원" and a["value"] > 0 for a in label["amounts"])
    if label["published"] is not None:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?", label["published"])


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_label_snippets_occur_in_the_page(page: Path) -> None:
    label = _label(page)
    text = _loose(_visible_text(page))
    assert _loose(label["title"]) in text
    for snippet in label["body_in"] + label["boiler_out"]:
        assert _loose(snippet) in text, snippet
    for name in label["programs"] + label["audiences"]:
        assert _loose(name) in text, name


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_sample_cleans_to_its_label(page: Path) -> None:
    label = _label(page)
    article = _clean(page)
    body = _loose(article.text)
    missing = [s for s in label["body_in"] if _loose(s) not in body]
    leaked = [s for s in label["boiler_out"] if _loose(s) in body]
    assert not missing, f"body snippets missing: {missing}"
    assert not leaked, f"boilerplate left in the body: {leaked}"
    assert _loose(article.title or "") == _loose(label["title"])
    assert article.reporter == label["reporter"]
    if label["published"] is None:
        assert article.published is None
    else:
        assert (article.published or "").startswith(label["published"])
