"""A refused bundle is told in the user's language, naming where and what is impossible."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitation.validation import PROBLEM_KEYS
from storage.bundle_check import BundleError
from ui.common.exchange_messages import bundle_error_text, row_problem_text
from ui.common.i18n import install_translator


def test_every_row_problem_has_words() -> None:
    for key in PROBLEM_KEYS:
        assert row_problem_text(key) != key


def test_an_impossible_date_is_told_in_indonesian(qapp) -> None:
    translator = install_translator(qapp, "id")
    try:
        error = BundleError("value_refused", "session_days.day_date", "date_invalid")
        assert bundle_error_text(error) == (
            "paket berisi nilai yang mustahil di session_days.day_date (bukan tanggal yang ada);"
            " tidak ada yang diimpor"
        )
    finally:
        QCoreApplication.instance().removeTranslator(translator)
