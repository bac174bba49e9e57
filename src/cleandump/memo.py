"""Bounded caches of per-line work, kept on a rule catalog.

The same short lines (menus, footers, "Share this article") recur in every dump of a site, and
their features and context-free labels depend only on the line's text, the catalog, the
language's stop words and the `Config`. A `Memo` remembers them for the catalog that computed
them, so that a batch pays for each distinct line once. It never changes a result: a cached
value is the value the pure function returns. It is not pickled (a worker starts empty) and is
emptied when its tables together reach their size limit, so memory stays bounded however long
a stream runs.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

#: Lines longer than this are not remembered: prose rarely repeats, and it would cost memory.
MEMO_MAX_CHARS = 300
#: Entries over all tables before they are emptied (about 30 MB; a larger memo measured no faster
#: on the dev dumps, and 200,000 entries cost 110 MB more at peak).
MEMO_MAX_ENTRIES = 100_000


class Memo:
    """Tables of remembered values, one per context key (stop words and config, say)."""

    __slots__ = ("_tables",)

    def __init__(self) -> None:
        self._tables: dict[Hashable, dict[str, Any]] = {}

    def table(self, key: Hashable) -> dict[str, Any]:
        """The table for one context; every table is emptied first when together they are full."""
        if sum(map(len, self._tables.values())) >= MEMO_MAX_ENTRIES or len(self._tables) >= 64:
            self._tables.clear()
        table = self._tables.get(key)
        if table is None:
            table = self._tables[key] = {}
        return table

    def __reduce__(self) -> tuple[type[Memo], tuple[()]]:
        return (Memo, ())  # a copy sent to a worker process starts empty
