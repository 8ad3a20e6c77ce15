"""Opening a saved page (the reader's `o`): with `$BROWSER`, else the desktop's opener, else a
browser that runs in the terminal.

No Textual here: the reader asks `choose_viewer`, then `start`s a viewer that opens a window of
its own, or hands the terminal over (suspended) to `run` one that draws in it. Python's
`webbrowser` is not used: it puts the path into `$BROWSER`'s `%s` as it is (see `_inert`).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

TERMINAL_BROWSERS = ("w3m", "lynx", "elinks", "links", "browsh", "carbonyl")
"""Tried in this order when there is no desktop to open a window on."""

IN_TERMINAL = frozenset(
    {*TERMINAL_BROWSERS, "links2", "less", "more", "most", "bat", "vi", "vim", "nvim", "nano"}
)
"""Programs that draw in the terminal: the reader hands it to them until they quit."""

DESKTOP_OPENERS = ("xdg-open", "open")
WINDOWS_OPENER = "start"
"""Windows opens a file with its associated program (`os.startfile`), not a command."""

Which = Callable[[str], str | None]


@dataclass(frozen=True, slots=True)
class Viewer:
    argv: list[str]
    in_terminal: bool

    @property
    def name(self) -> str:
        return Path(self.argv[0]).name


def _inert(path: Path) -> str:
    """The page as a `file://` address, for a `%s` that is only part of a word.

    Such a word is most likely a shell string (`sh -c 'firefox %s'`), and a browser names a
    saved page after its title, which the page's author chose: `$(…)`, backticks, `;` or quotes
    in the name would run as shell code. In the address every byte but letters, digits, `/` and
    `_.-~` is percent-encoded, so it is inert wherever it lands in a shell string — unquoted, in
    single or in double quotes — and every browser opens it. `shlex.quote` was not chosen: its
    single quotes protect only a bare `%s`; inside `"%s"` they are literal and `$(…)` runs.
    """
    return path.absolute().as_uri()


def _from_browser_variable(value: str, path: Path, which: Which) -> Viewer | None:
    """The first usable command of `$BROWSER` (commands separated by the path separator; `%s`
    stands for the page, else it goes last). A `%s` that is a whole word becomes the plain path
    (no shell reads it, and a pager such as `less` needs a path); one inside a larger word
    becomes the page's inert `file://` address (`_inert`)."""
    target = str(path)
    for entry in value.split(os.pathsep):
        try:
            words = shlex.split(entry)
        except ValueError:
            continue
        if not words or which(words[0]) is None:
            continue
        if any("%s" in word for word in words):
            inert = _inert(path)
            argv = [target if word == "%s" else word.replace("%s", inert) for word in words]
        else:
            argv = [*words, target]
        return Viewer(argv, Path(words[0]).name in IN_TERMINAL)
    return None


def has_desktop(env: Mapping[str, str], platform: str) -> bool:
    return platform == "darwin" or bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def choose_viewer(
    path: Path,
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
    which: Which | None = None,
) -> Viewer | None:
    """How to show `path`, or None when nothing on this machine can."""
    env = os.environ if env is None else env
    platform = platform or sys.platform
    which = which or shutil.which
    target = str(path)
    if platform == "win32":
        return Viewer([WINDOWS_OPENER, target], in_terminal=False)
    if env.get("BROWSER"):
        chosen = _from_browser_variable(env["BROWSER"], path, which)
        if chosen is not None:
            return chosen
    if has_desktop(env, platform):
        for opener in DESKTOP_OPENERS:
            found = which(opener)
            if found:
                return Viewer([found, target], in_terminal=False)
    for browser in TERMINAL_BROWSERS:
        found = which(browser)
        if found:
            return Viewer([found, target], in_terminal=True)
    return None


def start(viewer: Viewer) -> subprocess.Popen[bytes] | None:
    """Start a viewer that opens a window of its own, detached: it outlives the reader and never
    writes into its terminal. The process, for `failed_at_once` (None for Windows' opener, which
    answers at once). Raises OSError."""
    if viewer.argv[0] == WINDOWS_OPENER:
        os.startfile(viewer.argv[1])  # type: ignore[attr-defined]
        return None
    return subprocess.Popen(
        viewer.argv,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def failed_at_once(process: subprocess.Popen[bytes] | None) -> int | None:
    """The exit status of a viewer that has already quit with failure, else None: a viewer still
    running (a browser window) or one that handed the page on and quit cleanly succeeded."""
    if process is None:
        return None
    status = process.poll()
    return status if status else None


def run(viewer: Viewer) -> None:
    """Run a viewer that draws in the terminal, until it quits. Raises OSError."""
    subprocess.run(viewer.argv, check=False)
