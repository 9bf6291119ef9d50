"""Sentences for certificate and JP problems, shared by the window and the command line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitation.certificates import CertificateError
from facilitation.jp import MAX_JP_MINUTES, MIN_JP_MINUTES, JpSettingsError


def _t(text: str) -> str:
    return QCoreApplication.translate("certificates", text)


def certificate_error_text(error: CertificateError) -> str:
    texts = {
        "pattern_empty": _t("The number pattern is empty."),
        "pattern_too_long": _t("The number pattern is too long (at most %1 characters)."),
        "pattern_bad_character": _t(
            "The number pattern holds a character a certificate number cannot have "
            "(a control character or |)."
        ),
        "pattern_unbalanced": _t(
            "The number pattern has a { without its } (or the other way round)."
        ),
        "pattern_unknown_field": _t(
            "The number pattern uses %1, which is not known. Use {no}, {org}, {year} and {month}."
        ),
        "pattern_bad_format": _t(
            "%1 cannot be written that way. Only the running number takes a width, such as {no:03}."
        ),
        "pattern_without_no": _t(
            "The number pattern needs {no} (the running number), or two certificates would "
            "get the same number."
        ),
        "org_too_long": _t("The office code is too long (at most %1 characters)."),
        "org_bad_character": _t("The office code holds a control character or |."),
        "number_out_of_range": _t("The running number %1 is out of range."),
        "number_too_long": _t("The certificate number would be too long (at most %1 characters)."),
        "text_too_long": _t("A field is too long (at most %1 characters)."),
        "text_bad_character": _t("A field holds a control character."),
        "qr_unreadable": _t(
            "This is not the text of a Lokakarya certificate's QR code. Type the number and the "
            "check value instead."
        ),
    }
    text = texts.get(error.key, _t("The certificate settings cannot be used (%1).")).replace(
        "%1", error.detail or error.key
    )
    return text


def jp_settings_error_text(error: JpSettingsError) -> str:
    if error.key == "jp_minutes_out_of_range":
        return (
            _t("One JP must be between %1 and %2 minutes.")
            .replace("%1", str(MIN_JP_MINUTES))
            .replace("%2", str(MAX_JP_MINUTES))
        )
    return _t("The minimum attendance must be between 0 and 100 %.")


def no_one_completed_text() -> str:
    return _t(
        "No participant has completed this training yet: certificates go to those whose "
        "attendance reached the minimum. Take attendance on the People page first."
    )
