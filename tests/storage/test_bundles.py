"""Bundles: a session travels to another laptop, and a hostile or broken file changes nothing."""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.bundle_check import FORMAT_VERSION, BundleError
from storage.bundles import export_bundle, import_bundle, session_tables
from storage.database import open_store
from tests.report_fixtures import fill_day, sample_session


def dump(db) -> dict:
    """Every row of every session table, to prove that a refused import changed nothing."""
    return {
        t: sorted(map(tuple, db.execute(f"SELECT * FROM [{t}]").fetchall()), key=repr)
        for t in session_tables(db)
    }


@pytest.fixture(scope="module")
def good_bundle(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("source")
    opened = open_store(folder)
    session = sample_session(opened.db)
    fill_day(opened.db, session, people=12, notes_per_activity=2)
    target = folder / "sesi.lokakarya"
    export_bundle(opened.db, session.id, target)
    opened.db.close()
    return target


@pytest.fixture
def backup_dir(opened_store) -> Path:
    """Where an import puts the backup it takes before merging."""
    return opened_store.backup_dir


def entries(bundle: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(bundle) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_zip(path: Path, items: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in items:
            archive.writestr(name, content)
    return path


def refused(db, backup_dir, path: Path, key: str) -> None:
    before = dump(db)
    with pytest.raises(BundleError) as error:
        import_bundle(db, path, backup_dir)
    assert error.value.key == key, error.value
    assert dump(db) == before


def test_a_session_moves_to_an_empty_laptop(good_bundle, db, backup_dir):
    summary = import_bundle(db, good_bundle, backup_dir)
    assert summary.tables["participants"].added == 12
    assert summary.total("updated") == summary.total("skipped") == 0
    assert db.execute("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'loket'").fetchone()
    assert summary.backup and summary.backup.exists()


def test_zip_slip_and_absolute_names_are_refused(good_bundle, db, backup_dir, tmp_path):
    parts = entries(good_bundle)
    for name in ("../manifest.json", "/etc/data.json", "sub/../../data.json", "C:/data.json"):
        bad = write_zip(
            tmp_path / "slip.lokakarya",
            [("manifest.json", parts["manifest.json"]), (name, parts["data.json"])],
        )
        refused(db, backup_dir, bad, "bad_entry_name")


def test_extra_entries_and_symlinks_are_refused(good_bundle, db, backup_dir, tmp_path):
    parts = entries(good_bundle)
    extra = write_zip(tmp_path / "extra.lokakarya", [*parts.items(), ("readme.txt", b"hi")])
    refused(db, backup_dir, extra, "unexpected_member")
    link = zipfile.ZipInfo("data.json")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    linked = write_zip(
        tmp_path / "link.lokakarya",
        [("manifest.json", parts["manifest.json"]), (link, b"/etc/passwd")],
    )
    refused(db, backup_dir, linked, "link_entry")


def test_a_zip_bomb_is_stopped_by_the_bytes_really_inflated(good_bundle, db, backup_dir, tmp_path):
    parts = entries(good_bundle)
    bomb = b'{"tables": {"notes": []}}' + b" " * (20 * 1024 * 1024)  # under the size cap
    path = write_zip(
        tmp_path / "bomb.lokakarya",
        [("manifest.json", parts["manifest.json"]), ("data.json", bomb)],
    )
    refused(db, backup_dir, path, "compression_ratio")


def _with_data(
    tmp_path: Path,
    good_bundle: Path,
    data: bytes,
    name="x.lokakarya",
    manifest: bytes | None = None,
) -> Path:
    parts = entries(good_bundle)
    return write_zip(
        tmp_path / name,
        [("manifest.json", manifest or parts["manifest.json"]), ("data.json", data)],
    )


def test_duplicate_keys_nan_and_deep_nesting_are_refused(good_bundle, db, backup_dir, tmp_path):
    data = entries(good_bundle)["data.json"].decode()
    duplicate = data.replace('"title":', '"title":"x","title":', 1)
    refused(db, backup_dir, _with_data(tmp_path, good_bundle, duplicate.encode()), "duplicate_key")
    nan = data.replace('"planned_minutes":15', '"planned_minutes":NaN', 1)
    refused(db, backup_dir, _with_data(tmp_path, good_bundle, nan.encode()), "not_a_number")
    deep = b'{"tables": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    refused(db, backup_dir, _with_data(tmp_path, good_bundle, deep), "too_deep")
    refused(db, backup_dir, _with_data(tmp_path, good_bundle, b"\xff\xfe{"), "bad_json")


def test_unknown_tables_columns_and_values_are_refused(good_bundle, db, backup_dir, tmp_path):
    data = json.loads(entries(good_bundle)["data.json"])

    def variant(change) -> Path:
        copy = json.loads(json.dumps(data))
        change(copy["tables"])
        return _with_data(tmp_path, good_bundle, json.dumps(copy).encode())

    refused(db, backup_dir, variant(lambda t: t.update(store_facts=[])), "unknown_table")
    refused(db, backup_dir, variant(lambda t: t["notes"][0].update(secret="x")), "unknown_column")
    refused(db, backup_dir, variant(lambda t: t["notes"][0].update(starred="yes")), "bad_value")
    refused(db, backup_dir, variant(lambda t: t["notes"][0].update(text="a\x00b")), "bad_value")
    refused(db, backup_dir, variant(lambda t: t["notes"][0].update(id="../../x")), "bad_value")
    refused(
        db, backup_dir, variant(lambda t: t["notes"].append(dict(t["notes"][0]))), "duplicate_id"
    )
    other = "00000000-0000-4000-8000-000000000000"
    refused(
        db, backup_dir, variant(lambda t: t["notes"][0].update(session_id=other)), "wrong_session"
    )
    refused(
        db,
        backup_dir,
        variant(lambda t: t["notes"][0].update(activity_id="00000000-0000-4000-8000-0000000000aa")),
        "missing_reference",
    )


def test_a_manifest_from_elsewhere_is_refused(good_bundle, db, backup_dir, tmp_path):
    manifest = json.loads(entries(good_bundle)["manifest.json"])
    data = entries(good_bundle)["data.json"]
    for change, key in (
        ({"format": "zip"}, "wrong_format"),
        ({"format_version": FORMAT_VERSION + 1}, "newer_format"),
        ({"source_device": "me"}, "bad_manifest"),
        ({"extra": 1}, "bad_manifest"),
    ):
        path = _with_data(
            tmp_path, good_bundle, data, manifest=json.dumps({**manifest, **change}).encode()
        )
        refused(db, backup_dir, path, key)
    refused(db, backup_dir, tmp_path / "none.lokakarya", "not_found")


def test_rows_of_another_session_cannot_be_taken_over(good_bundle, db, backup_dir, tmp_path):
    import_bundle(db, good_bundle, backup_dir)
    data = json.loads(entries(good_bundle)["data.json"])
    manifest = json.loads(entries(good_bundle)["manifest.json"])
    thief = "11111111-1111-4111-8111-111111111111"
    data["tables"] = {
        "sessions": [{**data["tables"]["sessions"][0], "id": thief}],
        "notes": [
            {
                **data["tables"]["notes"][0],
                "session_id": thief,
                "activity_id": None,
                "text": "mine now",
            }
        ],
    }
    path = _with_data(
        tmp_path,
        good_bundle,
        json.dumps(data).encode(),
        manifest=json.dumps({**manifest, "session_id": thief}).encode(),
    )
    refused(db, backup_dir, path, "foreign_session")


@pytest.mark.slow
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_mangled_bundles_are_refused_cleanly(good_bundle, db, backup_dir, tmp_path, data):
    raw = bytearray(good_bundle.read_bytes())
    for _ in range(data.draw(st.integers(1, 6))):
        position = data.draw(st.integers(0, len(raw) - 1))
        raw[position] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        raw = raw[: data.draw(st.integers(0, len(raw)))]
    path = tmp_path / "mangled.lokakarya"
    path.write_bytes(bytes(raw))
    before = dump(db)
    try:
        import_bundle(db, path, backup_dir)
    except BundleError:
        assert dump(db) == before


@pytest.mark.slow
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
        ),
        max_leaves=12,
    )
)
def test_any_json_in_place_of_the_data_is_refused_or_merged(
    good_bundle, db, backup_dir, tmp_path, value
):
    path = _with_data(tmp_path, good_bundle, json.dumps({"tables": value}).encode())
    before = dump(db)
    with pytest.raises(BundleError):
        import_bundle(db, path, backup_dir)
    assert dump(db) == before
