"""`DedupIndex`: have I seen this article — exactly, nearly, or as a teaser of a stored one?

Three kinds of match, checked in this order for every text that is added or queried:

- `exact`: the same `cd1` content hash (see `cleandump.hashing`): equal after normalisation.
- `near`: MinHash LSH over word 3-grams finds candidates (`bands` x `rows` of the signature);
  each is verified on the signatures: a Jaccard estimate of at least `threshold`.
- `teaser`: a second LSH over the text's *lead* (its first `LEAD_WORDS` words) finds texts that
  start alike; a candidate is a teaser match when the shorter text is mostly contained in the
  longer (containment estimated from the signatures and the shingle counts, at least
  `containment`). A teaser, a truncated copy, or the full article after its teaser.

Memory (documented in the README, measured by `bench/dedup.py`): per stored text a 16-byte
digest, a 4-byte shingle count, the low byte of each of 128 MinHash values (b-bit MinHash: the
1/256 chance agreement is subtracted from the Jaccard estimate), 64 16-bit lead values, and 41
table entries of 8 bytes (a 32-bit band key packed with a 32-bit id): about 600 bytes plus the
key string. Tables are sorted numpy runs plus a small dict buffer, so there is one Python object
per text (its key), not one per band.

With `path=` the index lives in SQLite: every added text is written, committed every
`commit_every` additions and on `commit()`/`close()`; a killed process keeps what was committed.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import numpy as np
import xxhash

from .hashing import finalise, normalize_for_hash, shingle_hashes, signature_and_lead
from .model import Article

__all__ = ["LEAD_WORDS", "DedupIndex", "Match", "Signature", "band_keys", "compare", "duplicate_groups"]

#: The lead of a text: its first this many words (teasers and truncated copies start alike).
LEAD_WORDS = 64
FULL_PERMS = 128
LEAD_PERMS = 64
LEAD_BANDS, LEAD_ROWS = 16, 2  # 32 of the lead's 64 values: finds leads with Jaccard >= ~0.35
KEY_SALT, LEAD_SALT = 0xFFFF, 0x100
BLOCK = 65_536  # rows per storage block: full blocks are never copied; the first one grows
BUFFER_DOCS = 8_192  # texts held in the dict buffer before it becomes a sorted run
MAX_RUN = 4_000_000  # entries in a run beyond which runs are no longer merged (bounds merge memory)
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
                 0xFF51AFD7ED558CCD], dtype=np.uint64)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Match:
    """A stored text that the queried text duplicates.

    `similarity`: 1.0 for `exact`, the Jaccard estimate for `near`, the containment of the
    shorter text in the longer for `teaser`.
    """

    key: str
    kind: str  # "exact" | "near" | "teaser"
    similarity: float

    def to_dict(self) -> dict[str, Any]:
        """The contract's `duplicate_of` object."""
        return {"id": self.key, "kind": self.kind, "similarity": round(self.similarity, 4)}


@dataclass(frozen=True, slots=True, eq=False)
class Signature:
    """What the index keeps of one text: digest, shingle count, b-bit MinHash of text and lead."""

    digest: bytes  # 16 bytes: the `cd1` content hash
    size: int  # number of word 3-grams (1 for a text of one to three words, 0 when empty)
    full: np.ndarray  # uint8[FULL_PERMS]: the low byte of each MinHash value (b-bit MinHash)
    lead: np.ndarray  # uint16[LEAD_PERMS]: 16 bits, since lead bands are only 2 values wide

    @classmethod
    def of(cls, item: Article | str) -> Signature:
        """Signature of an article's text (its title when it has no paragraphs) or of a string."""
        text = item if isinstance(item, str) else (item.text or item.title or "")
        norm = normalize_for_hash(text)
        digest = hashlib.blake2b(norm.encode("utf-8"), digest_size=16).digest()
        values = shingle_hashes(norm)
        if len(values):
            full, head = signature_and_lead(values, FULL_PERMS, LEAD_PERMS, max(1, LEAD_WORDS - 2))
        else:
            full, head = np.zeros(FULL_PERMS, np.uint32), np.zeros(LEAD_PERMS, np.uint32)
        return cls(digest, len(values), (full & 0xFF).astype(np.uint8), (head & 0xFFFF).astype(np.uint16))


def band_keys(full: np.ndarray, lead: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """32-bit table keys of the LSH bands of signatures: (n, bands + LEAD_BANDS) uint32.

    Each band's rows are mixed with fixed odd multipliers and the band number, then finalised
    (splitmix64); vectorised over many signatures, used both when adding and when loading.
    """
    parts = [_mix(full[:, : bands * rows].reshape(len(full), bands, rows), 0)]
    parts.append(_mix(lead[:, : LEAD_BANDS * LEAD_ROWS].reshape(len(lead), LEAD_BANDS, LEAD_ROWS), LEAD_SALT))
    return np.concatenate(parts, axis=1)


def _mix(blocks: np.ndarray, salt: int) -> np.ndarray:
    _, bands, rows = blocks.shape
    x = (blocks.astype(np.uint64) * _MIX[:rows]).sum(axis=2, dtype=np.uint64)
    x ^= np.arange(salt + 1, salt + bands + 1, dtype=np.uint64) * np.uint64(0xA24BAED4963EE407)
    out: np.ndarray = (finalise(x) >> np.uint64(32)).astype(np.uint32)
    return out


class _Table:
    """A multimap uint32 -> text ids: sorted runs of packed `key << 32 | id` plus a dict buffer.

    Packing keeps a run one uint64 array sorted in place (no argsort index, no separate id
    array), so merging two runs needs only their concatenation as extra memory.
    """

    def __init__(self) -> None:
        self.runs: list[np.ndarray] = []  # sorted packed uint64
        self.buffer: dict[int, int | list[int]] = {}
        self.buffered_docs = 0

    def add(self, keys: np.ndarray, doc: int) -> None:
        buf = self.buffer
        for k in keys.tolist():
            old = buf.get(k)
            if old is None:
                buf[k] = doc
            elif isinstance(old, list):
                old.append(doc)
            else:
                buf[k] = [old, doc]
        self.buffered_docs += 1
        if self.buffered_docs >= BUFFER_DOCS:
            self.flush()

    def add_many(self, keys: np.ndarray, docs: np.ndarray) -> None:
        """Bulk insert (n, k) keys for n texts as one run (loading, merging)."""
        self.flush()
        ids = np.repeat(docs.astype(np.uint64), keys.shape[1])
        self._push((keys.reshape(-1).astype(np.uint64) << np.uint64(32)) | ids)

    def get(self, keys: np.ndarray) -> list[int]:
        found: list[int] = []
        lows = keys.astype(np.uint64) << np.uint64(32)
        highs = lows | np.uint64(0xFFFFFFFF)
        for run in self.runs:
            lo = np.searchsorted(run, lows, "left")
            hi = np.searchsorted(run, highs, "right")
            hit = hi > lo
            for a, b in zip(lo[hit].tolist(), hi[hit].tolist(), strict=True):
                found.extend((run[a:b] & np.uint64(0xFFFFFFFF)).tolist())
        buf = self.buffer
        for k in keys.tolist():
            got = buf.get(k)
            if got is not None:
                found.extend(got) if isinstance(got, list) else found.append(got)
        return found

    def flush(self) -> None:
        if not self.buffer:
            return
        packed = np.fromiter(
            ((k << 32) | d for k, v in self.buffer.items() for d in (v if isinstance(v, list) else (v,))),
            np.uint64,
        )
        self.buffer, self.buffered_docs = {}, 0
        self._push(packed)

    def _push(self, packed: np.ndarray) -> None:
        packed.sort()
        self.runs.append(packed)
        # size-tiered: merge the last two runs while the newer is at least as big, up to MAX_RUN
        while len(self.runs) > 1 and len(self.runs[-1]) >= len(self.runs[-2]):
            if len(self.runs[-1]) + len(self.runs[-2]) > MAX_RUN:
                break
            newer, older = self.runs.pop(), self.runs.pop()
            merged = np.concatenate((older, newer))
            del newer, older
            merged.sort()
            self.runs.append(merged)

    def nbytes(self) -> int:
        return sum(run.nbytes for run in self.runs)


class _Store:
    """Column storage of signatures in fixed-size numpy blocks (no copy when growing)."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.blocks: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []

    def __len__(self) -> int:
        return len(self.keys)

    def append(self, key: str, sig: Signature) -> int:
        i = len(self.keys)
        if i % BLOCK == 0:
            self.blocks.append(_block(min(1024, BLOCK)))
        elif i % BLOCK == len(self.blocks[-1][1]):  # the young last block is full: double it
            old = self.blocks[-1]
            new = _block(min(2 * len(old[1]), BLOCK))
            for target, source in zip(new, old, strict=True):
                target[: len(source)] = source
            self.blocks[-1] = new
        digests, sizes, full, lead = self.blocks[i // BLOCK]
        j = i % BLOCK
        digests[j] = np.frombuffer(sig.digest, np.uint8)
        sizes[j], full[j], lead[j] = min(sig.size, 2**31 - 1), sig.full, sig.lead
        self.keys.append(key)
        return i

    def get(self, i: int) -> Signature:
        digests, sizes, full, lead = self.blocks[i // BLOCK]
        j = i % BLOCK
        return Signature(digests[j].tobytes(), int(sizes[j]), full[j], lead[j])

    def nbytes(self) -> int:
        return sum(sum(a.nbytes for a in block) for block in self.blocks)


class DedupIndex:
    """Exact, near-duplicate and teaser matches over a stream of articles or texts.

    `add(key, item)` returns the best match among the texts stored before it, then stores it;
    `query(item)` only looks. `threshold`: least Jaccard estimate (word 3-grams) for `near`;
    `containment`: least share of the shorter text found in the longer for `teaser`; `bands` x
    `rows` <= 128: the LSH shape of the near-duplicate search (more bands, more recall).
    """

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        threshold: float = 0.5,
        containment: float = 0.6,
        bands: int = 24,
        rows: int = 5,
        commit_every: int = 10_000,
    ) -> None:
        if not 0 < threshold <= 1 or not 0 < containment <= 1:
            raise ValueError("threshold and containment must be in (0, 1]")
        if bands < 1 or rows < 1 or bands * rows > FULL_PERMS:
            raise ValueError(f"bands x rows must be at most {FULL_PERMS}")
        self.threshold, self.containment = threshold, containment
        self.bands, self.rows = bands, rows
        self.commit_every = commit_every
        self._store = _Store()
        self._table = _Table()
        self._pending: list[tuple[str, bytes, int, bytes]] = []
        self._db: sqlite3.Connection | None = None
        if path is not None:
            self._open(Path(path))

    # -- public API -------------------------------------------------------------------------

    def add(self, key: str, item: Article | str | Signature) -> Match | None:
        """Best match of `item` among stored texts (None if new); then store it under `key`."""
        sig = item if isinstance(item, Signature) else Signature.of(item)
        keys = self._keys(sig)
        match = self._best(sig, keys)
        self._insert(str(key), sig, keys)
        return match

    def query(self, item: Article | str | Signature) -> Match | None:
        """Best match of `item` among stored texts, without storing it."""
        sig = item if isinstance(item, Signature) else Signature.of(item)
        return self._best(sig, self._keys(sig))

    def matches(self, item: Article | str | Signature) -> list[Match]:
        """Every verified match of `item`, best first."""
        sig = item if isinstance(item, Signature) else Signature.of(item)
        return self._verify(sig, self._keys(sig))

    def __len__(self) -> int:
        return len(self._store)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        ids = self._table.get(np.array([self._key_slot(key)], np.uint32))
        return any(self._store.keys[i] == key for i in ids)

    def keys(self) -> Iterator[str]:
        """Stored keys in insertion order."""
        return iter(self._store.keys)

    def signatures(self) -> Iterator[tuple[str, Signature]]:
        """Stored (key, signature) pairs in insertion order."""
        for i, key in enumerate(self._store.keys):
            yield key, self._store.get(i)

    def merge(self, other: DedupIndex) -> None:
        """Add every text stored in `other` (no matching; both must use the same LSH shape)."""
        if (other.bands, other.rows) != (self.bands, self.rows):
            raise ValueError("cannot merge indexes with different bands/rows")
        for key, sig in other.signatures():
            self._insert(key, sig, self._keys(sig))

    def memory_bytes(self) -> int:
        """Bytes held by the numpy storage and the sorted tables (not the key strings)."""
        return self._store.nbytes() + self._table.nbytes()

    def commit(self) -> None:
        """Write pending additions to the SQLite file (no-op without `path`)."""
        if self._db is None or not self._pending:
            return
        self._db.executemany("INSERT INTO docs(key, digest, size, sig) VALUES (?, ?, ?, ?)", self._pending)
        self._db.commit()
        self._pending = []

    def close(self) -> None:
        """Commit and close the file."""
        if self._db is not None:
            self.commit()
            self._db.close()
            self._db = None

    def __enter__(self) -> DedupIndex:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    # -- internals --------------------------------------------------------------------------

    def _keys(self, sig: Signature) -> np.ndarray:
        # exact copies share every band, so the digest needs no table entry of its own
        keys: np.ndarray = band_keys(sig.full[None, :], sig.lead[None, :], self.bands, self.rows)[0]
        return keys

    @staticmethod
    def _key_slot(key: str) -> int:
        return xxhash.xxh32_intdigest(key.encode("utf-8", "surrogatepass"), KEY_SALT)

    def _insert(self, key: str, sig: Signature, keys: np.ndarray) -> None:
        doc = self._store.append(key, sig)
        self._table.add(np.append(keys, np.uint32(self._key_slot(key))), doc)
        if self._db is not None:
            packed = sig.full.tobytes() + sig.lead.astype("<u2").tobytes()
            self._pending.append((key, sig.digest, sig.size, packed))
            if len(self._pending) >= self.commit_every:
                self.commit()

    def _best(self, sig: Signature, keys: np.ndarray) -> Match | None:
        found = self._verify(sig, keys)
        return found[0] if found else None

    def _verify(self, sig: Signature, keys: np.ndarray) -> list[Match]:
        candidates: dict[int, None] = dict.fromkeys(self._table.get(keys))
        out: list[tuple[int, float, int, Match]] = []
        for doc in candidates:
            other = self._store.get(doc)
            kind, score = self._compare(sig, other)
            if kind:
                rank = {"exact": 0, "near": 1, "teaser": 2}[kind]
                out.append((rank, -score, doc, Match(self._store.keys[doc], kind, score)))
        out.sort(key=lambda t: (t[0], t[1], t[2]))
        return [m for *_, m in out]

    def _compare(self, a: Signature, b: Signature) -> tuple[str | None, float]:
        return compare(a, b, self.threshold, self.containment)

    def _open(self, path: Path) -> None:
        try:
            db = sqlite3.connect(path)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute(
                "CREATE TABLE IF NOT EXISTS docs (id INTEGER PRIMARY KEY, key TEXT NOT NULL,"
                " digest BLOB NOT NULL, size INTEGER NOT NULL, sig BLOB NOT NULL)"
            )
            db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
            db.execute("INSERT OR IGNORE INTO meta VALUES ('format', 'cleandump-dedup-1')")
            fmt = db.execute("SELECT value FROM meta WHERE name='format'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise ValueError(f"{path}: not a cleandump dedup index ({exc})") from None
        if fmt is None or fmt[0] != "cleandump-dedup-1":
            raise ValueError(f"{path}: unknown index format {fmt}")
        db.commit()
        self._db = db
        cursor = db.execute("SELECT key, digest, size, sig FROM docs ORDER BY id")
        while rows := cursor.fetchmany(BLOCK):
            self._load(rows)

    def _load(self, rows: list[tuple[str, bytes, int, bytes]]) -> None:
        packed = np.frombuffer(b"".join(r[3] for r in rows), np.uint8).reshape(len(rows), -1)
        full = packed[:, :FULL_PERMS]
        lead = packed[:, FULL_PERMS:].copy().view("<u2").astype(np.uint16)
        start = len(self._store)
        for (key, digest, size, _), f, h in zip(rows, full, lead, strict=True):
            self._store.append(key, Signature(digest, size, f, h))
        slots = np.fromiter((self._key_slot(r[0]) for r in rows), np.uint32, len(rows))
        keys = np.column_stack((band_keys(full, lead, self.bands, self.rows), slots))
        self._table.add_many(keys, np.arange(start, start + len(rows)))


_BYTE_CHANCE = 1 / 256  # two different MinHash values agree in their low byte this often


def _block(rows: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Empty storage for `rows` texts: digests, sizes, signatures, lead signatures."""
    return (
        np.zeros((rows, 16), np.uint8),
        np.zeros(rows, np.int32),
        np.zeros((rows, FULL_PERMS), np.uint8),
        np.zeros((rows, LEAD_PERMS), np.uint16),
    )


def duplicate_groups(items: Iterable[tuple[str, Article | str]], **settings: Any) -> dict[str, str]:
    """Group of every key: the smallest key of its connected component of verified matches.

    Every match `DedupIndex.matches` finds joins two groups (not only the best one), so the
    groups do not depend on input order; `cleandump.spark.dedup_dataframe` gives the same.
    `settings` go to `DedupIndex` (threshold, containment, bands, rows).
    """
    index = DedupIndex(**settings)
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for key, item in items:
        sig = Signature.of(item)
        parent.setdefault(key, key)
        for match in index.matches(sig):
            low, high = sorted((root(key), root(match.key)))
            parent[high] = low
        index.add(key, sig)
    return {key: root(key) for key in parent}


def compare(a: Signature, b: Signature, threshold: float, containment: float) -> tuple[str | None, float]:
    """How `a` duplicates `b`: ("exact"|"near"|"teaser", score) or (None, 0.0).

    The one verification used by `DedupIndex` and by `cleandump.spark.dedup_dataframe`.
    """
    if a.digest == b.digest:
        return "exact", 1.0
    if not a.size or not b.size:
        return None, 0.0
    agree = float(np.count_nonzero(a.full == b.full)) / FULL_PERMS
    jac = max(0.0, (agree - _BYTE_CHANCE) / (1 - _BYTE_CHANCE))  # minus chance byte collisions
    if jac >= threshold:
        return "near", jac
    small, large = min(a.size, b.size), max(a.size, b.size)
    lead_cap = LEAD_WORDS - 2
    lead_jac = float(np.count_nonzero(a.lead == b.lead)) / LEAD_PERMS
    lead_c = _containment(lead_jac, min(small, lead_cap), min(large, lead_cap))
    if small <= lead_cap:  # the shorter text is all lead: its containment is the lead's
        score = lead_c
    else:
        score = min(lead_c, _containment(jac, small, large))
    return ("teaser", score) if score >= containment else (None, 0.0)


def _containment(jaccard: float, small: int, large: int) -> float:
    """Share of the smaller set inside the larger, from their Jaccard and sizes (capped at 1)."""
    if small <= 0:
        return 0.0
    inter = jaccard * (small + large) / (1.0 + jaccard)
    return min(1.0, inter / small)
