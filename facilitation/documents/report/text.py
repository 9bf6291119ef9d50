"""The words of the session report in Bahasa Indonesia and English.

Reports follow the session's report language, not the interface language, so their texts live
here rather than in the Qt translation files.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from babel.dates import format_date, format_time

LANGUAGES = ("id", "en")

_TEXTS: dict[str, tuple[str, str]] = {
    # key: (Bahasa Indonesia, English)
    "report": ("Laporan Kegiatan", "Session Report"),
    "organiser": ("Penyelenggara", "Organiser"),
    "venue": ("Tempat", "Venue"),
    "dates": ("Waktu", "Date"),
    "facilitators": ("Fasilitator", "Facilitators"),
    "objectives": ("Tujuan", "Objectives"),
    "page_of": ("Halaman %1 dari %2", "Page %1 of %2"),
    "summary": ("Ringkasan", "Summary"),
    "figure": ("Keterangan", "Figure"),
    "value": ("Jumlah", "Value"),
    "days": ("Hari pelaksanaan", "Days"),
    "activities": ("Kegiatan dalam agenda", "Activities on the agenda"),
    "planned_total": ("Waktu direncanakan (menit)", "Planned time (minutes)"),
    "actual_total": ("Waktu terlaksana (menit)", "Actual time (minutes)"),
    "registered": ("Peserta terdaftar", "Registered participants"),
    "present": ("Peserta hadir", "Participants present"),
    "institutions": ("Instansi", "Institutions"),
    "group_count": ("Kelompok", "Groups"),
    "note_count": ("Catatan", "Notes"),
    "work_plan_count": ("Butir rencana kerja", "Work plan items"),
    "commitment_count": ("Komitmen", "Commitments"),
    "agenda": ("Agenda: Rencana dan Pelaksanaan", "Agenda: Planned and Actual"),
    "agenda_planned": ("Agenda", "Agenda"),
    "day_n": ("Hari %1: %2", "Day %1: %2"),
    "no": ("No", "No"),
    "time": ("Waktu", "Time"),
    "planned_time": ("Waktu rencana", "Planned time"),
    "activity": ("Kegiatan", "Activity"),
    "method": ("Metode", "Method"),
    "planned_min": ("Durasi rencana (mnt)", "Planned length (min)"),
    "actual_time": ("Waktu realisasi", "Actual time"),
    "actual_min": ("Durasi realisasi (mnt)", "Actual length (min)"),
    "difference": ("Selisih (mnt)", "Diff. (min)"),
    "skipped": ("dilewati", "skipped"),
    "running": ("berjalan", "running"),
    "not_run": ("belum", "not run"),
    "chart_minutes": ("Menit per kegiatan", "Minutes per activity"),
    "legend_planned": ("Rencana", "Planned"),
    "legend_actual": ("Realisasi", "Actual"),
    "attendance": ("Kehadiran", "Attendance"),
    "by_institution": ("Peserta per instansi", "Participants by institution"),
    "institution": ("Instansi / Unit kerja", "Institution / unit"),
    "attendance_list": ("Daftar peserta", "List of participants"),
    "name": ("Nama", "Name"),
    "nip": ("NIP", "NIP"),
    "position": ("Jabatan", "Position"),
    "phone": ("Telepon", "Phone"),
    "email": ("Surel", "E-mail"),
    "gender": ("L/P", "Sex"),
    "attended": ("Hadir", "Present"),
    "yes": ("ya", "yes"),
    "no_answer": ("tidak", "no"),
    "redacted_note": (
        "NIP, nomor telepon, dan alamat surel tidak dicantumkan (perlindungan data pribadi).",
        "NIP, phone numbers and e-mail addresses are left out (personal data protection).",
    ),
    "groups": ("Kelompok", "Groups"),
    "group": ("Kelompok", "Group"),
    "members": ("Anggota", "Members"),
    "notes": ("Hasil Kegiatan", "What Each Activity Produced"),
    "whole_room": ("Seluruh peserta", "Whole room"),
    "no_activity": ("Catatan umum", "General notes"),
    "starred": ("ditandai", "starred"),
    "work_plans": ("Rencana Kerja", "Work Plans"),
    "action": ("Kegiatan / langkah", "Action"),
    "output": ("Keluaran", "Output"),
    "indicator": ("Indikator hasil", "Outcome indicator"),
    "target": ("Target", "Target"),
    "pic": ("Penanggung jawab", "Person in charge"),
    "deadline": ("Tenggat", "Deadline"),
    "owner": ("Kelompok / instansi", "Group / institution"),
    "status": ("Status", "Status"),
    "commitments": ("Komitmen Bersama", "Commitments"),
    "votes": ("Hasil Pemungutan Suara", "Votes"),
    "option": ("Pilihan", "Option"),
    "count": ("Suara", "Count"),
    "share": ("Persentase", "Share"),
    "evaluation": ("Evaluasi", "Evaluation"),
    "reaction": ("Evaluasi reaksi (skala 1-5)", "Reaction evaluation (scale 1-5)"),
    "rated": ("Yang dinilai", "Rated"),
    "responses": ("Lembar", "Sheets"),
    "average": ("Rata-rata", "Average"),
    "tests": ("Pre-test dan post-test", "Pre-test and post-test"),
    "test_participants": ("Peserta tes", "Participants tested"),
    "test_paired": ("Dengan kedua nilai", "With both scores"),
    "mean_pre": ("Rata-rata pre-test", "Mean pre-test"),
    "mean_post": ("Rata-rata post-test", "Mean post-test"),
    "mean_gain": ("Rata-rata peningkatan", "Mean gain"),
    "class_gain": ("Gain ternormalisasi kelas", "Class normalised gain"),
    "signatures": ("Pengesahan", "Signatures"),
    "signed_at": ("%1, %2", "%1, %2"),
    "facilitator": ("Fasilitator", "Facilitator"),
    "organiser_sign": ("Penyelenggara", "For the organiser"),
    "name_line": ("(nama dan tanda tangan)", "(name and signature)"),
    "agenda_sheet": ("Agenda", "Agenda"),
    "participants_sheet": ("Peserta", "Participants"),
    "attendance_sheet": ("Kehadiran", "Attendance"),
    "notes_sheet": ("Catatan", "Notes"),
    "work_plans_sheet": ("Rencana kerja", "Work plans"),
    "commitments_sheet": ("Komitmen", "Commitments"),
    "votes_sheet": ("Suara", "Votes"),
    "evaluation_sheet": ("Evaluasi", "Evaluation"),
    "groups_sheet": ("Kelompok", "Groups"),
    "day": ("Hari", "Day"),
    "kind": ("Jenis", "Kind"),
    "text": ("Isi", "Text"),
    "speaker": ("Pembicara", "Speaker"),
    "tags": ("Label", "Tags"),
    "created": ("Dicatat", "Recorded"),
    "question": ("Pertanyaan", "Question"),
    "pre": ("Pre-test", "Pre-test"),
    "post": ("Post-test", "Post-test"),
    "max_score": ("Nilai maks.", "Max score"),
    "score": ("Nilai %1", "Score %1"),
    "planned_start": ("Mulai (rencana)", "Planned start"),
    "planned_end": ("Selesai (rencana)", "Planned end"),
    "actual_start": ("Mulai (realisasi)", "Actual start"),
    "actual_end": ("Selesai (realisasi)", "Actual end"),
    "outcome": ("Keterangan", "Outcome"),
    "role_plays": ("Bermain Peran", "Role Plays"),
    "scenario": ("Skenario", "Scenario"),
    "round_n": ("Putaran %1 (%2 menit)", "Round %1 (%2 minutes)"),
    "round": ("Putaran", "Round"),
    "minutes": ("Menit", "Minutes"),
    "role": ("Peran", "Role"),
    "played_by": ("Pemeran", "Played by"),
    "audience": ("Penonton", "Audience"),
    "observer": ("pengamat", "observer"),
    "debrief": ("Catatan refleksi", "Debrief notes"),
    "round_debrief": ("Refleksi putaran %1", "Debrief of round %1"),
    "observer_scores": (
        "Skor pengamat per nilai (skala 1-4)",
        "Observer scores per value (scale 1-4)",
    ),
    "core_value": ("Nilai dasar", "Core value"),
    "items_scored": ("Butir dinilai", "Items scored"),
    "case_classes": ("Kelas Kasus: Jawaban Kelompok", "Case Class: Groups' Answers"),
    "case": ("Kasus", "Case"),
    "games": ("Permainan: Perolehan Skor", "Games: Scores"),
    "game": ("Permainan", "Game"),
    "rank": ("Peringkat", "Rank"),
    "round_short": ("P%1", "R%1"),
    "total": ("Total", "Total"),
    "casting_sheet": ("Pemeran", "Casting"),
    "debrief_sheet": ("Refleksi", "Debrief"),
    "observer_sheet": ("Skor pengamat", "Observer scores"),
    "case_sheet": ("Jawaban kasus", "Case answers"),
    "games_sheet": ("Permainan", "Games"),
}

# Keys of domain enums (activity kinds, note kinds, work plan status) to words.
_KINDS: dict[str, tuple[str, str]] = {
    "opening": ("Pembukaan", "Opening"),
    "lecture": ("Ceramah", "Lecture"),
    "sharing": ("Sharing", "Sharing"),
    "case_class": ("Kelas kasus", "Case class"),
    "group_discussion": ("Diskusi kelompok", "Group discussion"),
    "role_play": ("Bermain peran", "Role play"),
    "game": ("Permainan", "Game"),
    "multimedia": ("Multimedia", "Multimedia"),
    "plenary": ("Pleno", "Plenary"),
    "reflection": ("Refleksi", "Reflection"),
    "break": ("Istirahat", "Break"),
    "closing": ("Penutupan", "Closing"),
    "idea": ("Gagasan", "Ideas"),
    "insight": ("Wawasan", "Insights"),
    "decision": ("Keputusan", "Decisions"),
    "action": ("Tindakan", "Actions"),
    "commitment": ("Komitmen", "Commitments"),
    "question": ("Pertanyaan", "Questions"),
    "quote": ("Kutipan", "Quotes"),
    "obstacle": ("Hambatan", "Obstacles"),
    "planned": ("Direncanakan", "Planned"),
    "in_progress": ("Berjalan", "In progress"),
    "done": ("Selesai", "Done"),
    "dropped": ("Dibatalkan", "Dropped"),
    "activity_target": ("Kegiatan", "Activity"),
    "facilitator_target": ("Fasilitator", "Facilitator"),
}


def _index(lang: str) -> int:
    return 0 if lang == "id" else 1


def tr(lang: str, key: str, *values: object) -> str:
    """The report text for key in lang; %1, %2 ... are replaced by values."""
    text = _TEXTS[key][_index(lang)]
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def kind_label(lang: str, key: str) -> str:
    """Words for an enum key; an unknown key (from a newer version) prints as it is."""
    pair = _KINDS.get(str(key))
    return pair[_index(lang)] if pair else str(key)


def long_date(day: date, lang: str) -> str:
    """'Rabu, 23 Maret 2022' or 'Wednesday, 23 March 2022'."""
    return format_date(day, "EEEE, d MMMM y", locale=lang)


# A schedule is on the 24-hour clock in both languages, each written its own way: CLDR's
# Indonesian "HH.mm" (pukul 08.00), and the 24-hour English "HH:mm" (08:00) rather than the
# American "8:00 AM" babel gives plain "en".
_CLOCK_LOCALES = {"id": "id", "en": "en_GB"}


def clock(moment: time, lang: str) -> str:
    """'08.00' in Indonesian, '08:00' in English."""
    return format_time(moment, "short", locale=_CLOCK_LOCALES.get(lang, "en_GB"))


def clock_span(start: time, end: time | None, lang: str) -> str:
    """'08.00–09.30'; an open span ('08.00–') while it still runs."""
    return f"{clock(start, lang)}–{clock(end, lang) if end is not None else ''}"


def short_date(day: date, lang: str) -> str:
    return format_date(day, "d MMMM y", locale=lang)


def date_span(days: Sequence[date], lang: str) -> str:
    """One date written out, or a span 'Rabu, 23 Maret 2022 – Jumat, 25 Maret 2022'."""
    if not days:
        return ""
    first, last = min(days), max(days)
    if first == last:
        return long_date(first, lang)
    return f"{long_date(first, lang)} – {long_date(last, lang)}"


def number(value: float | None, lang: str, decimals: int = 1) -> str:
    """Decimal comma in Indonesian, point in English; '–' for a missing value."""
    if value is None:
        return "–"
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if lang == "id" else text
