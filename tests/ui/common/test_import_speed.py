"""PySide6's per-import source scan is off (ui/common/import_speed.py) and Qt still works as
usual."""

from __future__ import annotations

import importlib
import inspect
import sys
from pathlib import Path

import pytest

import ui.common.import_speed


def test_modules_imported_after_pyside6_are_not_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # noqa: ANN001
    (tmp_path / "uses_qt_late.py").write_text(
        "from PySide6.QtWidgets import QLabel\n\ndef make(text):\n    return QLabel(text)\n",
        encoding="utf-8",
    )

    def no_source_reading(_object: object) -> str:
        raise AssertionError("PySide6 read a module's source on import")

    monkeypatch.setattr(inspect, "getsource", no_source_reading)
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("uses_qt_late")
    label = module.make("Sesi")
    qtbot.addWidget(label)
    assert label.text() == "Sesi"
    sys.modules.pop("uses_qt_late", None)


def test_switching_off_again_is_harmless() -> None:
    assert ui.common.import_speed.skip_pyside_source_scan()
    feature = sys.modules[ui.common.import_speed.FEATURE_MODULE]
    assert feature._mod_uses_pyside is ui.common.import_speed._selects_no_feature
