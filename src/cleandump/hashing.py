"""Deduplication digests: a versioned exact hash and a 64-bit SimHash of normalised text.

Normalisation (version `cd1`): Unicode NFKC, quotes and dashes unified, case-folded, every run of
punctuation and whitespace folded to one space. So re-scrapes that differ only in whitespace,
curly quotes or boilerplate (removed before hashing) hash the same; any changed word does not.
Pure and deterministic across processes and platforms: xxh64 with a fixed seed, never `hash()`.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence

import numpy as np
import regex
import xxhash

from .model import Hashes
from .text import fold_quotes

__all__ = ["HASH_VERSION", "content_hash", "hashes", "normalize_for_hash", "shingles", "simhash"]

HASH_VERSION = "cd1"
_NON_WORD = regex.compile(r"[^\w]+")
_SEED = 0x6364  # "cd"


def normalize_for_hash(text: str) -> str:
    """The `cd1` normal form: NFKC, folded quotes/dashes, case-folded, punctuation to spaces."""
    folded = fold_quotes(unicodedata.normalize("NFKC", text)).casefold()
    return _NON_WORD.sub(" ", folded).strip()


def content_hash(text: str) -> str:
    """`cd1:` + 32 hex digits (BLAKE2b-128) of the normalised text."""
    digest = hashlib.blake2b(normalize_for_hash(text).encode("utf-8"), digest_size=16).hexdigest()
    return f"{HASH_VERSION}:{digest}"


def shingles(tokens: Sequence[str], size: int = 3) -> list[str]:
    """Word n-grams (the whole token list when it is shorter than `size`)."""
    if len(tokens) <= size:
        return [" ".join(tokens)] if tokens else []
    return [" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)]


#: SimHash reads at most this many shingles (a 50 MB text would otherwise take seconds).
SIMHASH_MAX_SHINGLES = 200_000


def shingle_hashes(tokens: Sequence[str]) -> np.ndarray:
    """64-bit hashes of the word 3-grams of `tokens` (one hash for a shorter text).

    Each distinct token is hashed once (xxh64, fixed seed); a 3-gram's hash mixes its three
    token hashes with fixed odd multipliers and a splitmix64 finaliser, in wrapping uint64
    arithmetic: deterministic on every platform, and a few vector operations instead of one
    Python call per shingle.
    """
    if not tokens:
        return np.zeros(0, dtype=np.uint64)
    if len(tokens) <= 3:
        return np.array([xxhash.xxh64_intdigest(" ".join(tokens).encode("utf-8"), _SEED)], dtype=np.uint64)
    table = {t: xxhash.xxh64_intdigest(t.encode("utf-8"), _SEED) for t in set(tokens)}
    h = np.fromiter((table[t] for t in tokens), dtype=np.uint64, count=len(tokens))
    x = (h[:-2] * _MIX[0]) ^ (h[1:-1] * _MIX[1]) ^ (h[2:] * _MIX[2])
    x ^= x >> np.uint64(30)
    x *= np.uint64(0xBF58476D1CE4E5B9)
    x ^= x >> np.uint64(27)
    x *= np.uint64(0x94D049BB133111EB)
    x ^= x >> np.uint64(31)
    return np.asarray(x, dtype=np.uint64)


_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x165667B19E3779F9))


def simhash(text: str, *, normalized: bool = False) -> int:
    """64-bit SimHash over word 3-grams of the normalised text (0 for empty text).

    Texts longer than `SIMHASH_MAX_SHINGLES` shingles are hashed on their first shingles only.
    """
    tokens = (text if normalized else normalize_for_hash(text)).split(maxsplit=SIMHASH_MAX_SHINGLES + 2)
    values = shingle_hashes(tokens[: SIMHASH_MAX_SHINGLES + 2])
    if not len(values):
        return 0
    bits = np.unpackbits(values.view(np.uint8).reshape(-1, 8), axis=1, bitorder="little")
    counts = bits.sum(axis=0, dtype=np.int64)
    on = counts * 2 > len(values)
    return int(np.packbits(on, bitorder="little").view("<u8")[0])


def hashes(text: str) -> Hashes:
    """Both digests of one article text."""
    norm = normalize_for_hash(text)
    digest = hashlib.blake2b(norm.encode("utf-8"), digest_size=16).hexdigest()
    return Hashes(content=f"{HASH_VERSION}:{digest}", simhash=simhash(norm, normalized=True))
