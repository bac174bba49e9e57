from __future__ import annotations

import dataclasses
import json

import pytest

import cleandump
from cleandump.hashing import content_hash, simhash


def test_public_names() -> None:
    assert set(cleandump.__all__) >= {"clean", "clean_text", "clean_html", "Rules", "Article", "Removal", "CleanResult"}
    for name in cleandump.__all__:
        assert hasattr(cleandump, name)


def test_results_are_frozen_and_json_ready(seed_text: str) -> None:
    result = cleandump.clean(seed_text, fetched_at="2025-07-09T12:00:00Z")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.main.title = "x"  # type: ignore[misc, union-attr]
    data = json.loads(json.dumps(result.to_dict()))
    assert data["error"] is None and [a["role"] for a in data["articles"]] == ["main", "related", "related", "related"]
    assert data["articles"][3]["published"] == "2025-07-09T10:00:00+00:00"
    assert data["articles"][0]["text"] == "\n\n".join(data["articles"][0]["paragraphs"])
    assert data["articles"][0]["hashes"]["content"].startswith("cd1:")
    assert {"line", "text", "span", "rule", "reason"} <= set(data["removed"][0])
    assert result.articles == (result.main, *result.related)


def test_content_hash_invariances() -> None:
    a = content_hash("The “quick” brown fox — jumps.\n\nOver   the dog.")
    assert a == content_hash('the "quick" brown fox - jumps. over the dog.')
    assert a != content_hash("The quick brown cat jumps. Over the dog.")
    assert simhash("one two three four five six") == simhash("ONE two  three four, five six")
    assert simhash("") == 0


def test_url_is_set_on_main() -> None:
    result = cleandump.clean(
        "Headline\nA paragraph of the story with enough words to be content.", url="https://x.test/a"
    )
    assert result.main is not None and result.main.url == "https://x.test/a"
