"""The library: imported articles, their facts, read state and bookmarks, in SQLite.

Nothing here imports textual: the TUI and the CLI both build on this package.
"""

from govreader.library.errors import LibraryError
from govreader.library.importer import (
    ImportSummary,
    import_paths,
    import_samples_if_empty,
    sample_articles_dir,
)
from govreader.library.location import library_dir
from govreader.library.records import ArticleRow, ListQuery, SearchHit, StoredArticle
from govreader.library.store import Library

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
    "library_dir",
    "sample_articles_dir",
]
