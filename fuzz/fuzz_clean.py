"""Coverage-guided fuzzing of cleandump with atheris: any bytes give a result or a clear error.

    pip install '.[fuzz]'
    python fuzz/fuzz_clean.py -atheris_runs=200000          # or -max_total_time=600
    python fuzz/fuzz_clean.py fuzz/corpus -max_total_time=60  # keep and reuse a corpus

Each input is fed as bytes (charset sniffing), as text, and as HTML; the first byte picks extra
paths (rules from JSON, a fetch time, dedup index). An uncaught exception other than
`InputError` is a crash and stops the run with the input saved as `crash-*`.
"""

from __future__ import annotations

import json
import sys

import atheris

with atheris.instrument_imports():
    import cleandump
    from cleandump import DedupIndex, InputError, Rules, RulesError

INDEX = DedupIndex()
RULES = Rules.default()


def one_input(data: bytes) -> None:
    mode = data[0] if data else 0
    try:
        result = cleandump.clean(data, fetched_at="2025-07-09T12:00:00Z" if mode & 1 else None)
        json.dumps(result.to_dict())
    except InputError:
        pass
    text = data.decode("utf-8", "replace")
    json.dumps(cleandump.clean_text(text).to_dict())
    json.dumps(cleandump.clean_html(text).to_dict())
    if mode & 8:  # any text read as markdown (a dump that looks like it is read so anyway)
        json.dumps(cleandump.clean_markdown(text).to_dict())
    if mode & 2:
        INDEX.add(str(len(INDEX)), text)
    if mode & 4:  # a user's phrase (escaped by the catalog, so any text is safe)
        try:
            rules = RULES.extend(ui_phrases=[text[:200]])
        except RulesError:
            return
        json.dumps(cleandump.clean_text(text, rules=rules).to_dict())


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
