"""The per-catalog memo of line work: never changes a result, bounded, not pickled."""

from __future__ import annotations

import pickle
from pathlib import Path

import cleandump
from cleandump import memo as memo_mod
from cleandump.classify import Label, classify
from cleandump.config import Config
from cleandump.features import line_features
from cleandump.memo import Memo
from cleandump.rules import Rules

SEED = next((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def test_a_warm_memo_gives_the_same_result_as_a_cold_one() -> None:
    dump = SEED.read_text(encoding="utf-8")
    cold = cleandump.clean(dump, rules=Rules.default().extend(ui_phrases=["zz unused phrase"]))
    rules = Rules.default().extend(ui_phrases=["zz unused phrase"])
    first = cleandump.clean(dump, rules=rules)
    again = cleandump.clean(dump, rules=rules)  # every short line now comes from the memo
    assert first == cold and again == cold
    assert again.to_dict() == cold.to_dict()


def test_the_memo_is_keyed_by_config() -> None:
    """A line labelled under one Config is not reused under another that labels it differently."""
    rules = Rules.default()
    raw = ["Short notes on the harbour and the tides"]
    stop = rules.stopwords_for(raw[0].casefold().split())
    loose = classify(line_features(raw, rules, stop), rules, Config(unpunctuated_words=3), stop)
    strict = classify(line_features(raw, rules, stop), rules, Config(), stop)
    assert loose[0].label is Label.CONTENT and strict[0].label is not Label.CONTENT


def test_a_pickled_catalog_starts_with_an_empty_memo() -> None:
    rules = Rules.default()
    cleandump.clean(SEED.read_text(encoding="utf-8"), rules=rules)
    assert rules.memo._tables
    copy = pickle.loads(pickle.dumps(rules))
    assert copy == rules and not copy.memo._tables


def test_a_full_memo_is_emptied(monkeypatch: object) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(memo_mod, "MEMO_MAX_ENTRIES", 4)
    memo = Memo()
    memo.table("k").update(a=1, b=2)
    memo.table("j").update(c=3)
    assert memo.table("k") == {"a": 1, "b": 2}  # three entries in all: under the limit
    memo.table("j").update(d=4)
    assert memo.table("k") == {} and memo.table("j") == {}  # four: every table emptied
