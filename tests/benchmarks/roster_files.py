"""The 5,000-row daftar nominatif the roster benchmark imports, in every format: .xlsx
(openpyxl), .xlsb (pyxlsbwriter), .csv, and .xls/.ods as LibreOffice saves them (made once
with soffice and committed under tests/fixtures/rosters/big/, since CI has no LibreOffice).

    python3 tests/benchmarks/roster_files.py     # remakes the committed .xls and .ods
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIG = ROOT / "tests" / "fixtures" / "rosters" / "big"
PEOPLE = 2_500  # two lines each (the NIP under the name): 5,000 rows
RANKS = ("Penata Muda / III.a", "Penata / III.c", "Pembina / IV.a", "Pengatur / II.c")
PLACES = ("Jakarta", "Bogor", "Depok", "Bandung", "Kab. Bogor")
MONTHS = ("Januari", "Maret", "Mei", "Agustus", "Oktober", "Desember")


def rows(people: int = PEOPLE) -> list[list[object]]:
    """Title, header, numbering row, two lines a person, a signature block."""
    grid: list[list[object]] = [["DAFTAR NOMINATIF PESERTA"], ["TAHUN 2026"], []]
    grid.append(["NO", "NAMA / NIP", "PANGKAT/GOL", "JABATAN", "UNIT KERJA",
                 "TEMPAT/TGL LAHIR", "NO. HP"])  # fmt: skip
    grid.append([1, 2, 3, 4, 5, 6, 7])
    for number in range(1, people + 1):
        born = f"{number % 28 + 1} {MONTHS[number % 6]} {1960 + number % 40}"
        nip = f"{1960 + number % 40}01012005{number // 1000:02d}{number % 2 + 1}{number % 1000:03d}"
        grid.append([
            number, f"PESERTA NOMOR {number}, S.E.", RANKS[number % 4], "Analis Kebijakan",
            f"Dinas {number % 37}", f"{PLACES[number % 5]}, {born}", 81200000000 + number,
        ])  # fmt: skip
        grid.append([None, f"NIP. {nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"])
    grid += [[], [None, None, None, "Mengetahui,"], [None, None, None, "Kepala Dinas"]]
    return grid


def write_xlsx(path: Path) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Daftar")
    for values in rows():
        sheet.append(values)
    workbook.save(path)
    return path


def write_xlsb(path: Path) -> Path:
    from pyxlsbwriter import XlsbWriter

    with XlsbWriter(str(path)) as writer:
        writer.add_sheet("Daftar")
        # pyxlsbwriter wants every row as wide as the first
        grid = [[("" if v is None else v) for v in r] for r in rows()]
        writer.write_sheet([r + [""] * (7 - len(r)) for r in grid])
    return path


def write_csv(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=";").writerows(rows())
    return path


def office_file(kind: str) -> Path:
    return BIG / f"nominatif-5000.{kind}"


def main() -> None:
    if shutil.which("soffice") is None:
        sys.exit("soffice (LibreOffice) is needed to remake the .xls and .ods")
    BIG.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        source = write_xlsx(Path(scratch) / "nominatif-5000.xlsx")
        for kind, target in (("xls", "xls:MS Excel 97"), ("ods", "ods")):
            subprocess.run(
                ["soffice", "--headless", "--convert-to", target, "--outdir", scratch, str(source)],
                check=True,
                capture_output=True,
                timeout=600,
            )
            shutil.copy(Path(scratch) / f"nominatif-5000.{kind}", office_file(kind))
            print("made", office_file(kind))


if __name__ == "__main__":
    main()
