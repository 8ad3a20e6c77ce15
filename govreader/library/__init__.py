"""The library: imported articles, their facts, read state and bookmarks, in SQLite.

Nothing here imports textual: the TUI and the CLI both build on this package.
"""

from typing import TYPE_CHECKING, Any

from govreader.library.errors import LibraryError
from govreader.library.location import library_dir
from govreader.library.records import ArticleRow, ListQuery, SearchHit, StoredArticle
from govreader.library.store import Library
from govreader.library.titles import is_stand_in, stand_in_title

if TYPE_CHECKING:
    from govreader.library.importer import (
        ImportSummary,
        import_paths,
        import_samples_if_empty,
        sample_articles_dir,
    )

_IMPORTER = {"ImportSummary", "import_paths", "import_samples_if_empty", "sample_articles_dir"}


def __getattr__(name: str) -> Any:
    """The importer (and its process pool) loads on first use: opening the reader on a filled
    library never needs it."""
    if name in _IMPORTER:
        from govreader.library import importer

        return getattr(importer, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ArticleRow",
    "ImportSummary",
    "Library",
    "LibraryError",
    "ListQuery",
    "SearchHit",
    "StoredArticle",
    "import_paths",
    "import_samples_if_empty",
    "is_stand_in",
    "library_dir",
    "sample_articles_dir",
    "stand_in_title",
]
