"""`govreader table`'s kept answers (`kept_tables`): asked again, the same bytes without reading
the table; any change the table could show (an import, a removal, facts read again, a hand edit,
an upgrade) gives the fresh rows; a kept file that is cut, damaged or made by other code is not
served; a folder that cannot be written keeps nothing and costs nothing."""

from __future__ import annotations

import os
import sqlite3
import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from govreader import kept_tables
from govreader.cli import main
from govreader.library import Library, connection
from govreader.library.location import DB_NAME
from govreader.library.prepared import Prepared
from govreader.library.reads import Reads
from govreader.library.schema import GENERATION_TRIGGERS, SCHEMA_VERSION
from govreader.model import Article, Fact, FactKind
from govreader.reading import ReaderVersions
from tests.old_libraries import version_1_library

READ_BY = ReaderVersions("cleaning-1", "facts-1")


def _article(recipient: str, prize: str, published: str = "2023-12-06") -> Article:
    body = f"{recipient}가 일자리대상에서 {prize}을 받았다."
    fact = Fact(FactKind.AWARD, 0, len(body), body, {"recipient": recipient, "prize": prize})
    return Article(
        text=body,
        title=f"{recipient} {prize}",
        published=published,
        source="구정소식",
        facts=(fact,),
    )


def _library(folder: Path) -> Path:
    with Library.open(folder) as library:
        for number, (recipient, prize) in enumerate([("구로구", "우수상"), ("성동구", "대상")]):
            prepared = Prepared.of(_article(recipient, prize), read_by=READ_BY)
            assert library.record(f"/p/{number}", f"h{number}", prepared) == "imported"
    return folder


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return _library(tmp_path / "library")


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many tables were read from the library (a kept answer reads none)."""
    calls: list[int] = []
    real = Reads.fact_table

    def counted(self: Reads, *args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Reads, "fact_table", counted)
    return calls


def ask(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> str:
    status = main(["table", *args, "--library", str(folder)])
    out, err = capsys.readouterr()
    assert status == 0 and not err
    return out


def answers(cache: Path) -> list[Path]:
    return sorted(cache.glob("*" + kept_tables.SUFFIX))


@pytest.mark.parametrize(
    "args",
    [
        ["award"],
        ["award", "--format", "csv"],
        ["award", "--format", "json"],
        ["award", "--group-by", "prize"],
        ["award", "--sort", "prize", "--since", "2023"],
        ["program"],  # no rows: the line that says so is kept too
    ],
)
def test_asked_again_the_answer_is_the_same_bytes_without_reading_the_table(
    capsys: pytest.CaptureFixture[str],
    library: Path,
    made: list[int],
    cache_dir: Path,
    args: list[str],
) -> None:
    first = ask(capsys, library, *args)
    assert len(made) == 1 and len(answers(cache_dir)) == 1
    assert ask(capsys, library, *args) == first
    assert len(made) == 1


def test_another_question_is_not_answered_with_a_kept_one(
    capsys: pytest.CaptureFixture[str], library: Path, made: list[int]
) -> None:
    by_prize = ask(capsys, library, "award", "--sort", "prize")
    by_recipient = ask(capsys, library, "award", "--sort", "recipient")
    assert by_prize != by_recipient and len(made) == 2
    assert ask(capsys, library, "award", "--source", "딴신문").startswith("No award")
    assert not ask(capsys, library, "award").startswith("No award")
    assert ask(capsys, library, "award", "--no-source").startswith("No award")


def _import(folder: Path) -> None:
    with Library.open(folder) as lib:
        lib.record("/p/new", "h-new", Prepared.of(_article("마포구", "장려상"), read_by=READ_BY))


def _remove(folder: Path) -> None:
    with Library.open(folder) as lib:
        lib.remove(lib.article_ids(["/p/0"]))


def _read_again(folder: Path) -> None:
    """The first article's facts read again by newer rules: another prize."""
    newer = Prepared.of(_article("구로구", "최우수상"), read_by=READ_BY)
    with Library.open(folder) as lib:
        assert lib.refresh("/p/0", "h0", newer) == "refreshed"


def _edit_by_hand(folder: Path) -> None:
    conn = sqlite3.connect(folder / DB_NAME)
    with conn:
        conn.execute("UPDATE fact_rows SET prize = '최우수상' WHERE prize = '우수상'")
    conn.close()


@pytest.mark.parametrize(
    ("change", "gone", "new"),
    [
        (_import, None, "마포구"),
        (_remove, "구로구", None),
        (_read_again, ",우수상,", ",최우수상,"),
        (_edit_by_hand, ",우수상,", ",최우수상,"),
    ],
)
def test_a_change_between_two_questions_gives_the_fresh_rows(
    capsys: pytest.CaptureFixture[str],
    library: Path,
    made: list[int],
    change: Callable[[Path], None],
    gone: str | None,
    new: str | None,
) -> None:
    before = ask(capsys, library, "award", "--format", "csv")
    assert "구로구" in before and ",우수상," in before and "마포구" not in before
    change(library)
    after = ask(capsys, library, "award", "--format", "csv")
    assert len(made) == 2
    assert gone is None or gone not in after
    assert new is None or new in after
    assert ask(capsys, library, "award", "--format", "csv") == after and len(made) == 2


def test_reading_state_leaves_the_table_state_alone_and_a_source_does_not(library: Path) -> None:
    with Library.open(library) as lib:
        state = lib.table_state()
        assert state is not None and state[1] == SCHEMA_VERSION
        (first,) = lib.article_ids(["/p/0"])
        lib.set_read(first, True)
        lib.set_bookmark(first, True)
        lib.set_position(first, 10)
        assert lib.table_state() == state
        lib._conn.execute("UPDATE articles SET source = '딴신문' WHERE id = ?", (first,))
        assert lib.table_state() != state


def test_a_read_only_library_and_a_path_not_in_utf8_are_answered_from_kept_answers_too(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    made: list[int],
    cache_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = _library(tmp_path / os.fsdecode(b"lib-\xff"))
    monkeypatch.setattr(connection, "writable", lambda path: False)
    first = ask(capsys, folder, "award")
    assert "구로구" in first and ask(capsys, folder, "award") == first
    assert len(made) == 1 and len(answers(cache_dir)) == 1


def test_a_change_while_the_answer_is_made_keeps_nothing(
    capsys: pytest.CaptureFixture[str],
    library: Path,
    cache_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = Reads.fact_table

    def with_an_import(self: Reads, *args: Any, **kwargs: Any) -> Any:
        table = real(self, *args, **kwargs)
        _import(library)
        return table

    monkeypatch.setattr(Reads, "fact_table", with_an_import)
    ask(capsys, library, "award")
    assert answers(cache_dir) == []


def test_an_upgraded_library_keeps_its_generation_with_every_trigger(tmp_path: Path) -> None:
    folder = version_1_library(tmp_path / "old", [_article("구로구", "우수상")], version=5)
    with Library.open(folder) as lib:
        state = lib.table_state()
        assert state is not None and state[1] == SCHEMA_VERSION
        triggers = lib._conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
            " AND name GLOB 'table_generation_*'"
        ).fetchone()[0]
        assert triggers == GENERATION_TRIGGERS
        lib.record("/p/new", "h-new", _article("마포구", "장려상"))
        assert lib.table_state() not in (None, state)


def test_without_every_trigger_nothing_is_kept(
    capsys: pytest.CaptureFixture[str], library: Path, made: list[int], cache_dir: Path
) -> None:
    conn = sqlite3.connect(library / DB_NAME)
    conn.execute("DROP TRIGGER table_generation_fact_rows_update")
    conn.close()
    first = ask(capsys, library, "award")
    assert ask(capsys, library, "award") == first
    assert len(made) == 2 and answers(cache_dir) == []


def _cut(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-3])


def _damaged(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[-2] ^= 0x01
    path.write_bytes(bytes(data))


def _not_a_header(path: Path) -> None:
    path.write_bytes(b"\x00garbage\n" + path.read_bytes())


def _nested_too_deep(path: Path) -> None:
    path.write_bytes(b"[" * 100_000 + b"\n" + path.read_bytes())


def _made_by_other_code(path: Path) -> None:
    header, body = path.read_bytes().split(b"\n", 1)
    path.write_bytes(header.replace(b'"python": "', b'"python": "0') + b"\n" + body)


@pytest.mark.parametrize(
    "spoil", [_cut, _damaged, _not_a_header, _nested_too_deep, _made_by_other_code]
)
def test_a_broken_kept_answer_is_not_served(
    capsys: pytest.CaptureFixture[str],
    library: Path,
    made: list[int],
    cache_dir: Path,
    spoil: Callable[[Path], None],
) -> None:
    first = ask(capsys, library, "award", "--format", "csv")
    (kept,) = answers(cache_dir)
    spoil(kept)
    assert ask(capsys, library, "award", "--format", "csv") == first
    assert len(made) == 2
    assert ask(capsys, library, "award", "--format", "csv") == first and len(made) == 2


def test_a_module_changed_since_the_answer_was_made_makes_it_afresh(
    capsys: pytest.CaptureFixture[str],
    library: Path,
    made: list[int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "printing.py"
    source.write_text("WIDTH = 1\n")
    module = types.ModuleType("printing")
    module.__file__ = str(source)
    monkeypatch.setitem(sys.modules, "printing", module)
    first = ask(capsys, library, "award")
    source.write_text("WIDTH = 22\n")
    assert ask(capsys, library, "award") == first and len(made) == 2


def test_a_folder_that_cannot_be_written_keeps_nothing(
    capsys: pytest.CaptureFixture[str],
    library: Path,
    made: list[int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("")
    monkeypatch.setenv(kept_tables.ENV_VAR, str(blocker / "tables"))
    first = ask(capsys, library, "award")
    assert "구로구" in first and ask(capsys, library, "award") == first and len(made) == 2


@pytest.mark.parametrize("stop", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_a_full_disk_or_ctrl_c_while_keeping_leaves_no_half_answer(
    capsys: pytest.CaptureFixture[str],
    library: Path,
    made: list[int],
    cache_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    stop: BaseException,
) -> None:
    def stopped(*args: Any) -> None:
        raise stop

    monkeypatch.setattr(kept_tables.os, "replace", stopped)
    status = main(["table", "award", "--library", str(library)])
    first, _ = capsys.readouterr()
    assert status == (130 if isinstance(stop, KeyboardInterrupt) else 0)
    assert "구로구" in first and list(cache_dir.iterdir()) == []
    monkeypatch.undo()
    monkeypatch.setenv(kept_tables.ENV_VAR, str(cache_dir))
    assert ask(capsys, library, "award") == first and len(answers(cache_dir)) == 1


def test_the_folder_keeps_the_answers_last_asked_within_its_bounds(
    capsys: pytest.CaptureFixture[str],
    library: Path,
    cache_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(kept_tables, "MAX_ANSWERS", 2)
    ask(capsys, library, "award")
    first = answers(cache_dir)
    os.utime(first[0], (1, 1))  # long ago, so the order does not rest on the clock's grain
    ask(capsys, library, "award", "--format", "csv")
    ask(capsys, library, "award", "--format", "json")
    assert len(answers(cache_dir)) == 2 and first[0] not in answers(cache_dir)
    stale = cache_dir / f"{kept_tables.PARTIAL}1-x"  # left by a process that was killed
    stale.write_bytes(b"half")
    os.utime(stale, (1, 1))
    ask(capsys, library, "award", "--sort", "prize")
    assert not stale.exists() and len(answers(cache_dir)) == 2
    monkeypatch.setattr(kept_tables, "MAX_ANSWER", 10)
    kept = answers(cache_dir)
    ask(capsys, library, "award", "--group-by", "prize")
    assert answers(cache_dir) == kept


def test_an_empty_library_names_the_add_command_and_that_answer_is_never_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, cache_dir: Path, made: list[int]
) -> None:
    folder = tmp_path / "my library"
    Library.open(folder).close()
    quoted = f"'{folder}'"  # a folder with a space, quoted as a shell would need it
    hint = f"The library {quoted} is empty: import pages with govreader --library {quoted} add PATH"
    assert ask(capsys, folder, "award") == hint + "\n"
    assert ask(capsys, folder, "award") == hint + "\n"
    assert answers(cache_dir) == [] and made == []
    assert main(["table", "award", "--format", "json", "--library", str(folder)]) == 0
    out, err = capsys.readouterr()
    assert out == "[]\n" and err == f"govreader: {hint}\n"  # a pipe still reads a table
    _import(folder)
    shown = ask(capsys, folder, "award")
    assert "마포구" in shown and "empty" not in shown


def test_a_kept_no_award_line_gives_way_to_the_award_an_import_brings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, cache_dir: Path
) -> None:
    folder = tmp_path / "library"
    with Library.open(folder) as lib:
        plain = Article(text="구가 도서관을 연다.", title="도서관 개관", published="2024-01-02")
        assert lib.record("/p/plain", "h-plain", Prepared.of(plain, read_by=READ_BY)) == "imported"
    assert ask(capsys, folder, "award") == "No award in the library.\n"
    assert len(answers(cache_dir)) == 1
    _import(folder)
    assert "마포구" in ask(capsys, folder, "award")
