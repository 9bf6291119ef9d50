"""Shared test set-up: Qt runs offscreen, every test gets its own data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import ui.common.import_speed  # noqa: E402, F401 (as the app does: see ui/common/import_speed.py)
from ui.common.refcount_guard import keep_singletons_alive  # noqa: E402

# PySide6 6.12 on Python 3.11 leaks references to None/True/False with every void Qt call;
# a long test session would otherwise abort with "none_dealloc".
keep_singletons_alive()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> None:
    """QSettings write into the test's folder, never into the developer's real preferences."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        str(tmp_path / "settings"),
    )


@pytest.fixture(autouse=True)
def english_after_each_test():
    """A test that starts the app in Indonesian must not leave its translator to the next."""
    yield
    from PySide6.QtCore import QCoreApplication

    from ui.common.i18n import install_translator

    app = QCoreApplication.instance()
    if app is not None:
        install_translator(app, "en")
        from PySide6.QtCore import QThreadPool

        # Background jobs (PDFs, imports, backups) of one test must not occupy the pool's
        # two threads in the next one.
        assert QThreadPool.globalInstance().waitForDone(20_000), "a background job hangs"
