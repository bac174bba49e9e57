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


def simhash(text: str, *, normalized: bool = False) -> int:
    """64-bit SimHash over word 3-grams of the normalised text (0 for empty text).

    Texts longer than `SIMHASH_MAX_SHINGLES` shingles are hashed on their first shingles only.
    """
    tokens = (text if normalized else normalize_for_hash(text)).split(maxsplit=SIMHASH_MAX_SHINGLES + 2)
    feats = shingles(tokens[: SIMHASH_MAX_SHINGLES + 2])
    if not feats:
        return 0
    values = np.fromiter(
        (xxhash.xxh64_intdigest(f.encode("utf-8"), _SEED) for f in feats), dtype=np.uint64, count=len(feats)
    )
    bits = np.unpackbits(values.view(np.uint8).reshape(-1, 8), axis=1, bitorder="little")
    counts = bits.sum(axis=0, dtype=np.int64)
    on = counts * 2 > len(feats)
    return int(np.packbits(on, bitorder="little").view("<u8")[0])


def hashes(text: str) -> Hashes:
    """Both digests of one article text."""
    norm = normalize_for_hash(text)
    digest = hashlib.blake2b(norm.encode("utf-8"), digest_size=16).hexdigest()
    return Hashes(content=f"{HASH_VERSION}:{digest}", simhash=simhash(norm, normalized=True))
