"""The words of certificates and of the JP tables, in Bahasa Indonesia and English.

Like the session report's (report/text.py), they follow the document's language, not the
interface's, so they live here rather than in the Qt translation files.
"""

from __future__ import annotations

import re

_PLACE = re.compile(r"%(\d)")

_TEXTS: dict[str, tuple[str, str]] = {
    # key: (Bahasa Indonesia, English)
    "certificate_title": ("SERTIFIKAT", "CERTIFICATE"),
    "number": ("Nomor: %1", "No.: %1"),
    "revision": ("(Revisi %1)", "(Revision %1)"),
    "given_to": ("Diberikan kepada:", "This is to certify that"),
    "nip": ("NIP", "NIP"),
    "rank_grade": ("Pangkat/Golongan", "Rank/grade"),
    "position": ("Jabatan", "Position"),
    "institution": ("Instansi", "Institution"),
    "attended": ("yang telah mengikuti %1", "has completed %1"),
    "organised_by": ("yang diselenggarakan oleh %1", "organised by %1"),
    "on_dates": ("pada %1", "on %1"),
    "at_venue": ("di %1", "at %1"),
    "with_jp": (
        "dengan jumlah %1 jam pelajaran (JP).",
        "totalling %1 lesson hours (JP).",
    ),
    "nip_line": ("NIP %1", "NIP %1"),
    "check_value": ("Kode periksa: %1", "Check value: %1"),
    "check_hint": (
        "Pindai kode QR untuk memeriksa keaslian pada register penerbit.",
        "Scan the QR code to verify against the issuer's register.",
    ),
    # the JP section of the summary report and the JP sheet
    "jp_section": ("Jam Pelajaran (JP)", "Lesson hours (JP)"),
    "jp_rule": (
        "1 JP = %1 menit; tuntas bila hadir sekurang-kurangnya %2 % dari JP pelatihan.",
        "1 JP = %1 minutes; completed with at least %2 % of the training's JP attended.",
    ),
    "jp_day": ("Hari", "Day"),
    "jp_planned": ("JP direncanakan", "JP planned"),
    "jp_delivered": ("JP terlaksana", "JP delivered"),
    "jp_total": ("Jumlah", "Total"),
    "jp_credited": ("JP diperoleh", "JP credited"),
    "jp_attendance": ("Kehadiran (%)", "Attendance (%)"),
    "jp_completed": ("Tuntas", "Completed"),
    "jp_certificate": ("Nomor sertifikat", "Certificate number"),
    "jp_revision": ("Revisi", "Revision"),
    "jp_check": ("Kode periksa", "Check value"),
    "jp_issued_on": ("Tanggal terbit", "Issued on"),
    "jp_name": ("Nama", "Name"),
    "jp_no": ("No", "No"),
    "yes": ("Ya", "Yes"),
    "no": ("Tidak", "No"),
    "not_taken": ("presensi belum diambil", "attendance not taken"),
    "jp_sheet": ("JP", "JP"),
    "register_sheet": ("Register sertifikat", "Certificate register"),
    "jp_participants": ("Peserta tuntas", "Participants completed"),
}


def ctr(lang: str, key: str, *values: object) -> str:
    """The text for key in lang; %1, %2 ... are replaced by values."""
    text = _TEXTS[key][0 if lang == "id" else 1]
    # One pass, so a value holding "%2" (a title typed so) is printed, not filled in.
    return _PLACE.sub(lambda m: str(values[int(m[1]) - 1]), text)
