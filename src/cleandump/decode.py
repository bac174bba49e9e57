"""Turn input bytes into text without ever crashing: BOM, charset sniffing, NULs, binary."""

from __future__ import annotations

import codecs

import charset_normalizer

__all__ = ["InputError", "decode", "looks_binary"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class InputError(ValueError):
    """The input cannot be cleaned (binary data, not text); the message says why."""


def looks_binary(data: bytes) -> bool:
    """Many control bytes in the first 8 KB (NULs alone are tolerated in small numbers)."""
    head = data[:8192]
    if not head:
        return False
    controls = sum(b < 9 or 13 < b < 32 for b in head)
    return controls / len(head) > 0.1


def decode(data: bytes | str) -> str:
    """Text of the input: UTF-8 when valid, else a sniffed charset, else UTF-8 with replacement.

    NUL bytes are dropped, a BOM is honoured and removed. Raises `InputError` for binary data.
    """
    if isinstance(data, str):
        text = data
    else:
        text = _decode_bytes(data)
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\x00", "") if "\x00" in text else text


def _decode_bytes(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    if looks_binary(data):
        raise InputError("input looks like binary data, not text or HTML")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data[:200_000]).best() if len(data) else None
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding, errors="replace")
        except LookupError:
            pass
    return data.decode("utf-8", errors="replace")
