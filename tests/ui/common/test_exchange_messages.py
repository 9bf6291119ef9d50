"""Each reason a bundle is refused has its own words, and the merge summary says what an
import did not trust."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from storage.bundle_check import BundleError
from storage.bundles import MergeSummary, TableOutcome, export_bundle, import_bundle
from tests.report_fixtures import fill_day, sample_session
from tests.storage.test_bundles import dump
from ui.common.exchange_messages import (
    bundle_error_text,
    bundle_refusals,
    merge_summary_lines,
    merge_summary_text,
)

ROOT = Path(__file__).resolve().parents[3]
SOURCES = (
    "storage/bundle_check.py",
    "storage/bundles.py",
    "storage/bundle_confine.py",
    "storage/bundle_redaction.py",
)
SAME_WORDS = ({"not_a_bundle", "wrong_format"}, {"unknown_table", "unknown_column"})


def _raised_keys() -> set[str]:
    text = "".join((ROOT / name).read_text() for name in SOURCES)
    return set(re.findall(r'BundleError\(\s*"([a-z_]+)"', text))


def test_every_refusal_has_its_own_words():
    refusals = bundle_refusals()
    assert _raised_keys() <= set(refusals)
    by_text: dict[str, set[str]] = {}
    for key, text in refusals.items():
        by_text.setdefault(text, set()).add(key)
    shared = [keys for keys in by_text.values() if len(keys) > 1]
    assert all(keys in SAME_WORDS for keys in shared), shared


def test_a_clash_with_another_session_is_not_called_too_large():
    text = bundle_error_text(BundleError("foreign_session", "attendance 1"))
    assert "another session" in text and "large" not in text
    nowhere = bundle_error_text(BundleError("wrong_session", "notes 1 (2)"))
    assert "other than its own" in nowhere and "this laptop" not in nowhere


@pytest.mark.attack("bundle confinement")
def test_an_extra_member_is_named_not_called_too_large(db, tmp_path):
    session = sample_session(db)
    fill_day(db, session, people=2, notes_per_activity=1)
    good = export_bundle(db, session.id, tmp_path / "good.lokakarya")
    assert good.tables
    extra = tmp_path / "extra.lokakarya"
    with (
        zipfile.ZipFile(tmp_path / "good.lokakarya") as source,
        zipfile.ZipFile(extra, "w") as target,
    ):
        for name in source.namelist():
            target.writestr(name, source.read(name))
        target.writestr("readme.txt", b"hi")
    before = dump(db)
    with pytest.raises(BundleError) as error:
        import_bundle(db, extra, tmp_path / "backups")
    assert dump(db) == before
    text = bundle_error_text(error.value)
    assert "unexpected member readme.txt" in text and "large" not in text


def test_the_summary_counts_edit_times_from_the_future():
    summary = MergeSummary("s", "Pelatihan", {"notes": TableOutcome(1, 0, 2)}, future_times=3)
    lines = merge_summary_lines(summary)
    assert lines[0] == "notes: 1 added, 0 updated, 2 unchanged"
    assert lines[-1].startswith("records with an edit time in the future")
    assert "edit time in the future (a clock set wrong?): 3;" in merge_summary_text(summary)
    summary.future_times = 0
    assert "future" not in merge_summary_text(summary) and len(merge_summary_lines(summary)) == 1
