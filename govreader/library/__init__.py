"""The library: imported articles, their facts, read state and bookmarks, in SQLite."""
