"""Bundles built to freeze or exhaust the importing laptop: every one is refused (or read) in
linear time and within ~300 MB, and changes nothing."""

from __future__ import annotations

import json
import os
import time
import uuid
from pathlib import Path

import pytest

from storage.bundle_check import (
    MAX_CONTAINERS,
    MAX_DATA_BYTES,
    MAX_ITEMS,
    BundleError,
    parse_json,
)
from storage.bundles import import_bundle
from tests.hostile_files import probe, repeat, write_zip
from tests.storage.test_bundles import dump

SIZE = 200 * 1024  # adversarial text of this size must be judged in well under 2 s
ADVERSARIAL = {
    "escaped quotes, never closed": '["' + '\\"' * (SIZE // 2),
    "quotes only": '"' * SIZE,
    "opening brackets": "[" * SIZE,
    "closing brackets": "]" * SIZE,
    "deep and closed": "[" * (SIZE // 2) + "]" * (SIZE // 2),
    "brackets inside strings": '["' + "[{" * (SIZE // 2) + '"]',
    "quote and bracket": '["[' * (SIZE // 3),
    "backslashes": '["' + "\\\\" * (SIZE // 2) + '"]',
    "escapes and brackets": '[\\"' * (SIZE // 3),
    "empty arrays": "[" + "[]," * (SIZE // 3) + "[]]",
    "empty objects": '{"tables": {"notes": [' + "{}," * (SIZE // 3) + "{}]}}",
    "unicode escapes": '["' + "\\u0041" * (SIZE // 6) + '"]',
    "a long number": "[" + "9" * SIZE + "]",
    "one long key": '{"' + "k" * SIZE + '": 1}',
}


def manifest(session_id: str) -> bytes:
    return json.dumps(
        {
            "format": "lokakarya-bundle",
            "format_version": 1,
            "app_version": "0.1",
            "created_at": "2026-11-30T10:00:00+07:00",
            "source_device": str(uuid.uuid4()),
            "session_id": session_id,
        }
    ).encode()


def bundle(path: Path, data_chunks, compresslevel: int = 9) -> Path:
    return write_zip(
        path,
        [("manifest.json", [manifest(str(uuid.uuid4()))]), ("data.json", data_chunks)],
        compresslevel,
    )


@pytest.mark.attack("hostile files")
@pytest.mark.parametrize("text", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_adversarial_json_is_judged_in_linear_time(text):
    started = time.perf_counter()
    try:
        parse_json(text.encode(), "data.json")
    except BundleError as error:
        assert error.key in {"bad_json", "too_deep", "too_large", "bad_value"}
    assert time.perf_counter() - started < 2


@pytest.mark.attack("hostile files")
def test_the_small_bundle_that_froze_the_app_is_refused_at_once(db, opened_store, tmp_path):
    """1.4 KB on disk, a megabyte of escaped quotes inside: the old pre-check tried every
    quote as the start of a string, for hours."""
    escaped_quotes = repeat(b'\\"', 400_000)  # 800 KB: under the 1 MB the ratio check spares
    path = bundle(tmp_path / "beku.lokakarya", ['{"tables": {"notes": ["', *escaped_quotes])
    assert path.stat().st_size < 4096
    before = dump(db)
    started = time.perf_counter()
    with pytest.raises(BundleError) as error:
        import_bundle(db, path, opened_store.backup_dir)
    assert time.perf_counter() - started < 2
    assert error.value.key == "bad_json"
    assert dump(db) == before


@pytest.mark.attack("hostile files")
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("[" + "{}," * MAX_CONTAINERS + "{}]", "too_large"),
        ("[" + "0," * MAX_ITEMS + "0]", "too_large"),
        ('["' + '",' * MAX_ITEMS + '"]', "too_large"),
        ('["\U0001f600' + "x" * (MAX_DATA_BYTES // 2) + '"]', "too_large"),
    ],
    ids=["objects", "values", "strings", "wide characters"],
)
def test_json_that_would_become_too_many_objects_is_refused_before_parsing(text, key):
    with pytest.raises(BundleError) as error:
        parse_json(text.encode(), "data.json")
    assert error.value.key == key


def test_nesting_within_the_limit_and_brackets_in_strings_still_parse():
    text = '{"tables": {"notes": [{"text": "[[[[[[[[{{{{ \\" ]]]]"}]}}'
    assert parse_json(text.encode(), "data.json")["tables"]["notes"][0]["text"].startswith("[[[")
    with pytest.raises(BundleError) as error:
        parse_json(b'{"tables": {"notes": [[[[[["x"]]]]]]}}', "data.json")
    assert error.value.key == "too_deep"


@pytest.mark.slow
@pytest.mark.attack("hostile files")
def test_a_bomb_of_a_data_json_stays_small_in_memory(tmp_path):
    """256 MB of JSON in a bundle of a few hundred KB: refused after a few MB (its ratio) or
    32 MB (the size cap), and memory stays low."""
    path = bundle(tmp_path / "bom.lokakarya", ['{"tables": {"notes": [', *repeat(b" ", 1 << 28)])
    assert path.stat().st_size < 1024 * 1024
    result = probe("bundle", path)
    assert result["outcome"] in {"too_large", "compression_ratio"}
    assert result["peak_mb"] < 300


@pytest.mark.slow
@pytest.mark.attack("hostile files")
def test_a_bundle_just_compressible_enough_is_stopped_at_the_size_cap(tmp_path):
    """Data that deflates ~100 times (under the bomb ratio) to 100 MB: before, a 1.6 MB
    bundle like this read 3.2 GB into memory before refusing."""
    block = os.urandom(320).hex().encode() * 100  # 64 KB that deflate shrinks ~100 times
    path = bundle(tmp_path / "besar.lokakarya", [b'["', *repeat(block, 1600, batch=16), b'"]'])
    result = probe("bundle", path)
    assert result["outcome"] == "too_large"
    assert result["peak_mb"] < 300


WORST_SHAPES = {
    "one object, many keys": lambda: (
        b'{"tables": {"k": {'
        + b",".join(b'"%d": %d' % (n, n) for n in range(MAX_ITEMS // 3 - 10))
        + b"}}}"
    ),
    "many floats": lambda: b'{"tables": {"notes": [' + b"1.5," * (MAX_ITEMS - 10) + b"2]}}",
    "many rows": lambda: (  # 12 values a row
        b'{"tables": {"notes": ['
        + b",".join([b'{"a": "xy", "b": 1.5, "c": "zz"}'] * (MAX_ITEMS // 12 - 10))
        + b"]}}"
    ),
    "many strings": lambda: (
        b'{"tables": {"notes": [' + b'"abcdefghij",' * (MAX_ITEMS // 2 - 10) + b'"x"]}}'
    ),
}


@pytest.mark.slow
@pytest.mark.attack("hostile files")
@pytest.mark.parametrize("shape", WORST_SHAPES.values(), ids=WORST_SHAPES.keys())
def test_the_costliest_json_under_the_limits_stays_under_300_mb(shape, tmp_path):
    path = bundle(tmp_path / "berat.lokakarya", [shape()], compresslevel=0)  # not a "bomb"
    result = probe("bundle", path)
    assert result["outcome"] in {"unknown_table", "bad_data"}  # parsed, then refused by shape
    assert result["peak_mb"] < 300
