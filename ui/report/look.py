"""The Report page's icons (drawn in the theme's colours: ui/common/theme)."""

from __future__ import annotations

REPORT_ICONS = {
    "preview_button": "eye",
    "export_pdf_button": "file-type-pdf",
    "export_xlsx_button": "file-spreadsheet",
    "export_csv_button": "file-type-csv",
    "export_bundle_button": "package-export",
    "import_bundle_button": "package-import",
}
