"""A realistic but invented participant list: 60 people from the nine institutions of the
Kalimantan Timur blended training (seed article 002). No real personal data: names are
combined from common given names, NIPs are made up in the right shape (birth date, appointment
month, gender digit, sequence)."""

from __future__ import annotations

import csv
import random
from pathlib import Path

INSTITUTIONS = (
    "Kementerian Agama Provinsi Kalimantan Timur",
    "Pemkab Kutai Kartanegara",
    "Pemkab Kutai Timur",
    "Pemkab Berau",
    "Pemkot Samarinda",
    "BKKBN Perwakilan Kaltim",
    "Universitas Borneo Tarakan",
    "Bapelkes Provinsi Kaltim",
    "Pemkot Tarakan",
)
POSITIONS = (
    "Kepala Bidang",
    "Kepala Seksi",
    "Analis Kebijakan",
    "Analis SDM Aparatur",
    "Pranata Komputer",
    "Penyuluh",
    "Widyaiswara",
    "Dosen",
    "Staf Pelaksana",
)
MEN = ("Ahmad", "Budi", "Dedi", "Eko", "Fajar", "Hendra", "Irfan", "Joko", "Rudi", "Yusuf")
WOMEN = ("Ani", "Dewi", "Fitri", "Indah", "Lestari", "Nur", "Putri", "Rina", "Sri", "Wulan")
FAMILY = ("Saputra", "Wijaya", "Hidayat", "Rahmawati", "Pratama", "Kusuma", "Santoso", "Lubis")

HEADERS = ("No", "Nama Lengkap", "NIP", "Jabatan", "Unit Kerja / Instansi", "L/P", "No. HP")


def fake_roster(count: int = 60, seed: int = 7) -> list[dict[str, str]]:
    rng = random.Random(seed)
    people = []
    used_names: set[str] = set()
    for number in range(1, count + 1):
        female = rng.random() < 0.45
        while True:
            given = rng.choice(WOMEN if female else MEN)
            name = f"{given} {rng.choice(FAMILY)}"
            if count > 150:
                name += f" {number}"
            if name not in used_names:
                used_names.add(name)
                break
        birth = f"19{rng.randint(65, 95)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        appointed = f"20{rng.randint(0, 20):02d}{rng.randint(1, 12):02d}"
        nip = f"{birth}{appointed}{2 if female else 1}{number % 1000:03d}"
        people.append(
            {
                "No": str(number),
                "Nama Lengkap": name,
                "NIP": nip,
                "Jabatan": rng.choice(POSITIONS),
                "Unit Kerja / Instansi": INSTITUTIONS[(number - 1) % len(INSTITUTIONS)],
                "L/P": "P" if female else "L",
                "No. HP": f"08{rng.randint(11, 59)}{rng.randint(10_000_000, 99_999_999)}",
            }
        )
    return people


def write_xlsx(path: Path, people: list[dict[str, str]], title_rows: bool = True) -> Path:
    """An office-style sheet: a title, a blank line, then the header and one row per person.
    NIPs are text cells, as they must be to keep all 18 digits."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Peserta")
    if title_rows:
        sheet.append(["DAFTAR PESERTA PELATIHAN BUDAYA KERJA ANGKATAN II"])
        sheet.append([])
    sheet.append(list(HEADERS))
    for person in people:
        row = [person[h] for h in HEADERS]
        row[0] = int(row[0])
        sheet.append(row)
    workbook.save(path)
    return path


def write_csv(
    path: Path, people: list[dict[str, str]], delimiter: str = ";", encoding: str = "utf-8-sig"
) -> Path:
    with path.open("w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(HEADERS)
        for person in people:
            writer.writerow([person[h] for h in HEADERS])
    return path
