"""What the Report page tells the user when a preview, export or bundle import failed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitation.documents.report.flow import ReportImageError
from facilitation.photos import PhotoError
from storage.bundle_check import BundleError
from ui.common.exchange_messages import bundle_error_text, image_error_text, photo_error_text


def failure_text(error: Exception) -> str:
    if isinstance(error, BundleError):
        return bundle_error_text(error)
    if isinstance(error, ReportImageError):
        return image_error_text(error)
    if isinstance(error, PhotoError):
        return photo_error_text(error.key)
    translate = QCoreApplication.translate  # the page's own texts, as they were translated
    if isinstance(error, OSError):
        return translate("ReportPage", "The file could not be written: %1").replace(
            "%1", str(error)
        )
    return translate("ReportPage", "Something went wrong: %1 (details are in the log)").replace(
        "%1", str(error)
    )
