"""File dialogs start in Documents, then where that kind of file went last; Qt's own dialog
speaks Indonesian with the rest of the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QTreeView

from ui.common import file_dialogs
from ui.common.file_dialogs import BUNDLES, REPORTS
from ui.common.i18n import install_translator


def test_each_kind_of_file_starts_where_it_went_last(qapp, tmp_path: Path, monkeypatch) -> None:
    offered: list[str] = []
    reports, bundles = tmp_path / "laporan", tmp_path / "bundel"
    reports.mkdir()
    bundles.mkdir()
    answers = iter([str(reports / "a.pdf"), str(bundles / "b.lokakarya")])

    def save(_parent, _caption, suggested, _filters):
        offered.append(suggested)
        return next(answers, ""), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    documents = file_dialogs.documents_folder()
    file_dialogs.ask_save_path(None, REPORTS, "Export PDF", "a.pdf", "PDF (*.pdf)")
    file_dialogs.ask_save_path(None, BUNDLES, "Export bundle", "b.lokakarya", "*.lokakarya")
    file_dialogs.ask_save_path(None, REPORTS, "Export PDF", "c.pdf", "PDF (*.pdf)")
    file_dialogs.ask_save_path(None, BUNDLES, "Export bundle", "d.lokakarya", "*.lokakarya")
    assert offered == [
        str(Path(documents) / "a.pdf"),
        str(Path(documents) / "b.lokakarya"),
        str(reports / "c.pdf"),
        str(bundles / "d.lokakarya"),
    ]
    bundles.rmdir()  # a folder that is gone is not offered again
    assert file_dialogs.start_folder(BUNDLES) == documents


def test_qt_file_dialog_is_indonesian(qtbot) -> None:
    app = QApplication.instance()
    install_translator(app, "id")
    try:
        dialog = QFileDialog(None, "Simpan", str(Path.home()), "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert {"&Lihat di:", "&Nama berkas:", "&Jenis berkas:"} <= labels
        model = dialog.findChildren(QTreeView)[0].model()
        headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
        assert headers == ["Nama", "Ukuran", "Jenis", "Tanggal diubah"]
    finally:
        install_translator(app, "en")
