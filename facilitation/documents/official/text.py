"""The words of the official documents (activity report, berita acara, honorarium list) in
Bahasa Indonesia and English. Like the session report, they follow the report language."""

from __future__ import annotations

from facilitation.documents.report.text import number

_TEXTS: dict[str, tuple[str, str]] = {
    "official_report": ("Laporan Pelaksanaan Kegiatan", "Activity Implementation Report"),
    "approval": ("Lembar Pengesahan", "Approval Page"),
    "approval_text": (
        "Laporan pelaksanaan kegiatan %1 telah diperiksa dan disahkan.",
        "This report on the implementation of %1 has been reviewed and approved.",
    ),
    "prepared_by": ("Disusun oleh,", "Prepared by,"),
    "approved_by": ("Disahkan oleh,", "Approved by,"),
    "head_of_organiser": ("Pimpinan %1", "Head of %1"),
    "head_plain": ("Pimpinan Penyelenggara", "Head of the organising unit"),
    "nip_line": (
        "NIP. ........................................",
        "NIP ........................................",
    ),
    "foreword": ("Kata Pengantar", "Foreword"),
    "contents": ("Daftar Isi", "Contents"),
    "chapter_1": ("BAB I PENDAHULUAN", "CHAPTER I INTRODUCTION"),
    "chapter_2": ("BAB II PELAKSANAAN KEGIATAN", "CHAPTER II IMPLEMENTATION"),
    "chapter_3": ("BAB III PENUTUP", "CHAPTER III CLOSING"),
    "annexes": ("LAMPIRAN", "ANNEXES"),
    "background": ("A. Latar Belakang", "A. Background"),
    "aims": ("B. Maksud dan Tujuan", "B. Aims"),
    "targets": ("C. Sasaran", "C. Targets"),
    "expected_results": ("D. Hasil yang Diharapkan", "D. Expected Results"),
    "time_place": ("A. Waktu dan Tempat", "A. Time and Place"),
    "participants": ("B. Peserta", "B. Participants"),
    "presenters": ("C. Fasilitator dan Narasumber", "C. Facilitators and Resource Persons"),
    "activities_methods": ("D. Kegiatan dan Metode", "D. Activities and Methods"),
    "group_results": ("E. Hasil Kerja Kelompok", "E. Results of Group Work"),
    "work_plans": ("F. Rencana Kerja", "F. Work Plans"),
    "evaluation": ("G. Evaluasi", "G. Evaluation"),
    "conclusions": ("A. Kesimpulan", "A. Conclusions"),
    "recommendations": ("B. Rekomendasi", "B. Recommendations"),
    "annex_attendance": ("Lampiran 1. Daftar Hadir", "Annex 1. Attendance"),
    "annex_groups": ("Lampiran 2. Hasil Kelompok", "Annex 2. Group Outputs"),
    "annex_photos": ("Lampiran 3. Dokumentasi", "Annex 3. Photographs"),
    "annex_evaluation": ("Lampiran 4. Evaluasi", "Annex 4. Evaluation"),
    "not_written": ("(belum diisi)", "(not written yet)"),
    "none_recorded": ("Tidak ada data yang tercatat.", "Nothing was recorded."),
    "participants_text": (
        "Kegiatan diikuti oleh %1 peserta terdaftar dari %2 instansi.",
        "%1 registered participants from %2 institutions took part.",
    ),
    "present_text": (
        "Jumlah peserta yang hadir: %1 orang.",
        "Participants present: %1.",
    ),
    "time_place_text": (
        "Kegiatan dilaksanakan pada %1, bertempat di %2.",
        "The activity took place on %1 at %2.",
    ),
    "no": ("No", "No"),
    "name": ("Nama", "Name"),
    "nip": ("NIP", "NIP"),
    "role": ("Peran", "Role"),
    "position": ("Jabatan / Instansi", "Position / institution"),
    "activities": ("Materi / kegiatan", "Sessions led"),
    "jp": ("JP", "JP"),
    "jp_note": (
        "1 JP = %1 menit; dihitung dari waktu rencana dalam agenda.",
        "1 JP = %1 minutes; counted from the planned times of the agenda.",
    ),
    "facilitator": ("Fasilitator", "Facilitator"),
    "resource_person": ("Narasumber", "Resource person"),
    "photo_of": ("Foto %1. %2", "Photo %1. %2"),
    # berita acara
    "berita_acara": ("Berita Acara Pelaksanaan Kegiatan", "Minutes of the Activity"),
    "ba_opening": (
        "Pada hari ini, %1, bertempat di %2, telah dilaksanakan kegiatan:",
        "On %1, at %2, the following activity took place:",
    ),
    "ba_activity": ("Nama kegiatan", "Activity"),
    "ba_organiser": ("Penyelenggara", "Organiser"),
    "ba_time": ("Waktu", "Time"),
    "ba_place": ("Tempat", "Place"),
    "ba_registered": ("Peserta terdaftar", "Registered participants"),
    "ba_present": ("Peserta hadir", "Participants present"),
    "ba_facilitators": ("Fasilitator / narasumber", "Facilitators / resource persons"),
    "ba_agenda": ("Acara yang dilaksanakan", "What took place"),
    "ba_people": ("%1 orang", "%1"),
    "ba_not_taken": ("kehadiran belum dicatat", "attendance not taken"),
    "ba_closing": (
        "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana "
        "mestinya.",
        "These minutes were drawn up truthfully, to be used as required.",
    ),
    "ba_made_at": ("Dibuat di %1, %2", "Made at %1, %2"),
    "ba_more": ("dan %1 kegiatan lainnya", "and %1 more activities"),
    "ba_day": ("Hari ke-%1 dari %2", "Day %1 of %2"),
    "ba_present_day": ("Peserta hadir hari ini", "Participants present that day"),
    # honorarium
    "honorarium": ("Daftar Penerimaan Honorarium", "Honorarium Receipt List"),
    "rate": ("Tarif per JP", "Rate per JP"),
    "amount": ("Jumlah (Rp)", "Amount (Rp)"),
    "signature": ("Tanda tangan", "Signature"),
    "total": ("Jumlah", "Total"),
    "rate_note": (
        "Tarif per JP: Rp %1 (dimasukkan oleh pengguna).",
        "Rate per JP: Rp %1 (entered by the user).",
    ),
    "treasurer": ("Bendahara", "Treasurer"),
    "commitment_officer": ("Pejabat Pembuat Komitmen", "Commitment officer"),
}


def ot(lang: str, key: str, *values: object) -> str:
    text = _TEXTS[key][0 if lang == "id" else 1]
    for index, value in enumerate(values, start=1):
        text = text.replace(f"%{index}", str(value))
    return text


def role_word(lang: str, role: str) -> str:
    return ot(lang, "resource_person" if role == "resource_person" else "facilitator")


def jp_text(value: float, lang: str) -> str:
    """'4' or '2,5' / '2.5': whole JP without decimals."""
    if value == int(value):
        return str(int(value))
    return number(value, lang, 2).rstrip("0")


def rupiah(amount: float, lang: str) -> str:
    """'1.250.000' in Indonesian, '1,250,000' in English."""
    text = f"{round(amount):,}"
    return text.replace(",", ".") if lang == "id" else text
