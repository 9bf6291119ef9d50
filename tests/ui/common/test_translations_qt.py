"""Qt's own widgets (standard buttons, edit menus) speak Indonesian too."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from ui.common.i18n import TRANSLATIONS_DIR, install_translator


def test_standard_buttons_are_translated(qapp) -> None:  # noqa: ANN001
    install_translator(qapp, "id")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"
        assert QCoreApplication.translate("QLineEdit", "&Paste") == "T&empel"
    finally:
        install_translator(qapp, "en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


@pytest.mark.slow
def test_qtbase_qm_is_compiled_from_its_ts(tmp_path: Path) -> None:
    compiled = tmp_path / "qtbase_id.qm"
    subprocess.run(
        ["pyside6-lrelease", str(TRANSLATIONS_DIR / "qtbase_id.ts"), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == (TRANSLATIONS_DIR / "qtbase_id.qm").read_bytes()
