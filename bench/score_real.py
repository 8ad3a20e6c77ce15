"""Score govreader on the real labelled pages of `../shared/corpus/real`, the owner's way.

Runs the pipeline (`read_page`) over each folder of real pages, writes what `govreader facts
--format json` would print, and scores it with the owner's own `score.py` from that folder, so
the figures are counted exactly as the product owner counts them. Pages are split into halves by
their number (odd, even) so that a rule written while reading one half can be checked on the
other, which stands in for pages nobody has read.

    python bench/score_real.py                 # every folder, all pages and each half
    python bench/score_real.py excerpts --show # one folder, page by page (score.py's --show)
    python bench/score_real.py --half odd --show
    python bench/score_real.py excerpts --facts  # each kind's precision, recall and F1
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType

from govreader.export import ExportFormat, export
from govreader.model import Article, PageError
from govreader.reading import read_page

REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "real"
FOLDERS = ("excerpts", "html", "text")
HALVES = ("all", "odd", "even")
SHOWN = (
    "body_recall", "boiler_leak", "title_acc", "published_acc", "reporter_acc",
    "award_f1", "award_who_f1", "program_f1", "target_f1", "audience_f1", "amount_f1",
)  # fmt: skip
KINDS = ("award", "award_who", "program", "target", "audience", "amount")


def owner_scorer(real: Path = REAL) -> ModuleType:
    """The owner's `score.py`, loaded from the corpus folder (it is not part of the project)."""
    spec = importlib.util.spec_from_file_location("owner_score", real / "score.py")
    if spec is None or spec.loader is None:
        raise FileNotFoundError(real / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def in_half(name: str, half: str) -> bool:
    """Whether the page named `name` (`NNN.ext`) belongs to `half` (all, odd or even)."""
    if half == "all":
        return True
    return (int(name[:3]) % 2 == 1) == (half == "odd")


def read_folder(folder: Path) -> list[Article]:
    """Every labelled page of `folder`, read as govreader reads it; unreadable pages are left out
    (the scorer then counts them as missing)."""
    articles = []
    for label in sorted(folder.glob("*.json")):
        page = folder / json.loads(label.read_text("utf-8"))["file"]
        with contextlib.suppress(PageError):
            articles.append(read_page(page))
    return articles


def score_folder(
    folder: Path, articles: list[Article], half: str = "all", show: bool = False
) -> tuple[dict[str, float], dict[str, list[int]]]:
    """The owner's figures for the pages of `folder` in `half`, and hit/gold/predicted counts."""
    scorer = owner_scorer(folder.parent)
    with tempfile.TemporaryDirectory() as tmp:
        labels = Path(tmp) / "labels"
        labels.mkdir()
        for label in folder.glob("*.json"):
            if in_half(label.name, half):
                shutil.copy(label, labels)
        predictions = Path(tmp) / "predictions.json"
        predictions.write_text(export(articles, ExportFormat.JSON), "utf-8")
        shown = io.StringIO()
        with contextlib.redirect_stdout(shown):
            figures, counts = scorer.score(labels, predictions, show)
    if show:
        print(shown.getvalue(), end="")
    return figures, counts


def prf(figures: dict[str, float], kind: str) -> str:
    """`kind`'s precision, recall and F1 as `0.85/0.62/0.72`."""
    return "/".join(f"{figures[kind + part]:.2f}" for part in ("_p", "_r", "_f1"))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", metavar="FOLDER", help=f"of {', '.join(FOLDERS)}")
    parser.add_argument("--half", choices=HALVES, help="one half only (default: all and both)")
    parser.add_argument("--show", action="store_true", help="page by page, as score.py --show")
    parser.add_argument(
        "--facts", action="store_true", help="each kind's P / R / F1 instead of the summary row"
    )
    args = parser.parse_args(argv)
    if not REAL.is_dir():
        print(f"no real pages at {REAL}", file=sys.stderr)
        return 1
    unknown = set(args.folders) - set(FOLDERS)
    if unknown:
        parser.error(
            f"unknown folder {', '.join(sorted(unknown))}; choose from {', '.join(FOLDERS)}"
        )
    halves = [args.half] if args.half else list(HALVES)
    if args.facts:
        print(f"{'pages':15}" + "".join(f"{kind + ' P/R/F1':>24}" for kind in KINDS))
    else:
        print(f"{'pages':15}" + "".join(f"{name.removesuffix('_f1'):>14}" for name in SHOWN))
    for name in args.folders or FOLDERS:
        folder = REAL / name
        articles = read_folder(folder)
        for half in halves:
            figures, counts = score_folder(folder, articles, half, args.show)
            if args.facts:
                row = "".join(f"{prf(figures, kind):>24}" for kind in KINDS)
            else:
                row = "".join(f"{figures[key]:14.3f}" for key in SHOWN)
            print(f"{name + ' ' + half:15}{row}")
            if args.show:
                print("  " + " ".join(f"{k}={'/'.join(map(str, v))}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
