"""Where the library lives: `--library DIR`, `$GOVREADER_LIBRARY`, or the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "GOVREADER_LIBRARY"
DB_NAME = "library.sqlite3"


def library_dir(override: Path | None = None) -> Path:
    """The library folder; the command-line option wins over the environment, which wins over the
    platform's user data folder."""
    if override is not None:
        return Path(override).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir  # loaded only when needed: it costs a command's start

    return Path(user_data_dir("govreader"))
