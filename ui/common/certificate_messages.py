"""Sentences for certificate and JP problems, shared by the window and the command line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitation.certificates import CertificateError
from facilitation.jp import MAX_JP_MINUTES, MIN_JP_MINUTES, JpSettingsError

translate = QCoreApplication.translate


def certificate_error_text(error: CertificateError) -> str:
    texts = {
        "pattern_empty": translate("certificates", "The number pattern is empty."),
        "pattern_too_long": translate(
            "certificates", "The number pattern is too long (at most %1 characters)."
        ),
        "pattern_bad_character": translate(
            "certificates",
            "The number pattern holds a character a certificate number cannot have "
            "(a control character or |).",
        ),
        "pattern_unbalanced": translate(
            "certificates", "The number pattern has a { without its } (or the other way round)."
        ),
        "pattern_unknown_field": translate(
            "certificates",
            "The number pattern uses %1, which is not known. Use {no}, {org}, {year} and {month}.",
        ),
        "pattern_bad_format": translate(
            "certificates",
            "%1 cannot be written that way. Only the running number takes a width, such as "
            "{no:03}.",
        ),
        "pattern_without_no": translate(
            "certificates",
            "The number pattern needs {no} (the running number), or two certificates would "
            "get the same number.",
        ),
        "org_too_long": translate(
            "certificates", "The office code is too long (at most %1 characters)."
        ),
        "org_bad_character": translate(
            "certificates", "The office code holds a control character or |."
        ),
        "number_out_of_range": translate("certificates", "The running number %1 is out of range."),
        "number_too_long": translate(
            "certificates", "The certificate number would be too long (at most %1 characters)."
        ),
        "text_too_long": translate("certificates", "A field is too long (at most %1 characters)."),
        "text_bad_character": translate("certificates", "A field holds a control character."),
        "qr_unreadable": translate(
            "certificates",
            "This is not the text of a Lokakarya certificate's QR code. Type the number and the "
            "check value instead.",
        ),
    }
    text = texts.get(
        error.key, translate("certificates", "The certificate settings cannot be used (%1).")
    ).replace("%1", error.detail or error.key)
    return text


def jp_settings_error_text(error: JpSettingsError) -> str:
    if error.key == "jp_minutes_out_of_range":
        return (
            translate("certificates", "One JP must be between %1 and %2 minutes.")
            .replace("%1", str(MIN_JP_MINUTES))
            .replace("%2", str(MAX_JP_MINUTES))
        )
    return translate("certificates", "The minimum attendance must be between 0 and 100 %.")


def no_one_completed_text() -> str:
    return translate(
        "certificates",
        "No participant has completed this training yet: certificates go to those whose "
        "attendance reached the minimum. Take attendance on the People page first.",
    )
