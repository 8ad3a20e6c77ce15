"""The reader's settings that stick across runs: theme, split, pane layout, symbols.

Kept in a small JSON file in the user's config folder (`GOVREADER_CONFIG_DIR` overrides it, which
tests use), written atomically: a new file beside the old one, then renamed over it, so a crash
leaves either the old settings or the new ones, never half a file. A file that is missing or
unreadable gives the defaults; a value that makes no sense gives that one default.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any, NamedTuple

from platformdirs import user_config_dir

ENV_VAR = "GOVREADER_CONFIG_DIR"
FILE_NAME = "settings.json"

LAYOUTS = ("auto", "side", "stacked")
"""auto: side by side on wide terminals, stacked on narrow ones; or always one of them."""
SYMBOLS = ("unicode", "ascii")
"""ascii: for terminals that draw symbols of ambiguous East Asian width (● ★ … ─) double."""
SPLIT_RANGE = (15, 75)
"""The list's share of the width (side by side) or height (stacked), in percent."""
OLD_DEFAULT_SPLIT = 40
"""The fixed split every settings file held before the split was automatic (each save wrote
all the settings): read as automatic, as the user never chose it."""


class Settings(NamedTuple):
    """A named tuple, not a frozen dataclass: the reader imports this before its first frame,
    and a frozen dataclass compiles generated code for each of its methods (about 1 ms)."""

    theme: str = "textual-dark"
    layout: str = "auto"
    split: int | None = None
    """The list's share chosen with `<` and `>`; None: fitted to the screen (`auto_split`)."""
    symbols: str = "unicode"

    def with_split(self, split: int | None) -> Settings:
        if split is None:
            return self._replace(split=None)
        low, high = SPLIT_RANGE
        return self._replace(split=min(max(split, low), high))


def config_dir() -> Path:
    env = os.environ.get(ENV_VAR)
    return Path(env).expanduser() if env else Path(user_config_dir("govreader"))


def settings_path() -> Path:
    return config_dir() / FILE_NAME


def _valid(name: str, value: Any) -> bool:
    if name == "layout":
        return value in LAYOUTS
    if name == "symbols":
        return value in SYMBOLS
    if name == "split":
        return value is None or (isinstance(value, int) and not isinstance(value, bool))
    return isinstance(value, str) and bool(value)


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings, each unreadable or nonsensical one replaced by its default."""
    path = path or settings_path()
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):  # nested too deep
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    known = set(Settings._fields)
    chosen = {k: v for k, v in data.items() if k in known and _valid(k, v)}
    settings = Settings(**chosen)
    return settings.with_split(None if settings.split == OLD_DEFAULT_SPLIT else settings.split)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically (raises OSError when the folder cannot be written)."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(settings._asdict(), indent=2, ensure_ascii=False) + "\n"
    handle, temporary = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
