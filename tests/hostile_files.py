"""Hostile files built on the spot: workbooks and bundles that are small on disk and huge when
read, and a probe that reads one in a fresh process and reports its peak memory."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"

HEADER_ROW = (
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c>'
    b'<c r="B1" t="inlineStr"><is><t>Instansi</t></is></c></row>'
    b'<row r="2"><c r="A2" t="inlineStr"><is><t>Budi</t></is></c>'
    b'<c r="B2" t="inlineStr"><is><t>Pemkab</t></is></c></row>'
)


def sheet_xml(body: Iterable[bytes] = (HEADER_ROW,), before: bytes = b"") -> Iterable[bytes]:
    yield f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">'.encode()
    yield before
    yield b"<sheetData>"
    yield from body
    yield b"</sheetData></worksheet>"


def write_workbook(
    path: Path,
    sheet: Iterable[bytes] | None = None,
    shared_strings: Iterable[bytes] | None = None,
    styles: Iterable[bytes] | None = None,
    extra: dict[str, Iterable[bytes]] | None = None,
) -> Path:
    """A minimal .xlsx written part by part (streamed, so a part may be gigabytes)."""
    overrides = [("/xl/workbook.xml", "sheet.main"), ("/xl/worksheets/sheet1.xml", "worksheet")]
    relations = [("rId1", "worksheet", "worksheets/sheet1.xml")]
    if shared_strings is not None:
        overrides.append(("/xl/sharedStrings.xml", "sharedStrings"))
        relations.append(("rId2", "sharedStrings", "sharedStrings.xml"))
    if styles is not None:
        overrides.append(("/xl/styles.xml", "styles"))
        relations.append(("rId3", "styles", "styles.xml"))
    types = "".join(
        f'<Override PartName="{name}" ContentType="{_CT}.{kind}+xml"/>' for name, kind in overrides
    )
    parts: dict[str, Iterable[bytes]] = {
        "[Content_Types].xml": [
            f'<Types xmlns="{_PKG}/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            f'<Default Extension="xml" ContentType="application/xml"/>{types}</Types>'.encode()
        ],
        "_rels/.rels": [
            f'<Relationships xmlns="{_PKG}/relationships"><Relationship Id="rId1" '
            f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'.encode()
        ],
        "xl/workbook.xml": [
            f'<workbook xmlns="{MAIN}" xmlns:r="{_REL}"><sheets>'
            '<sheet name="Peserta" sheetId="1" r:id="rId1"/></sheets></workbook>'.encode()
        ],
        "xl/_rels/workbook.xml.rels": [
            (
                f'<Relationships xmlns="{_PKG}/relationships">'
                + "".join(
                    f'<Relationship Id="{rid}" Type="{_REL}/{kind}" Target="{target}"/>'
                    for rid, kind, target in relations
                )
                + "</Relationships>"
            ).encode()
        ],
        "xl/worksheets/sheet1.xml": sheet if sheet is not None else sheet_xml(),
    }
    if shared_strings is not None:
        parts["xl/sharedStrings.xml"] = shared_strings
    if styles is not None:
        parts["xl/styles.xml"] = styles
    parts.update(extra or {})
    write_zip(path, parts.items())
    return path


def write_zip(
    path: Path, parts: Iterable[tuple[str, Iterable[bytes]]], compresslevel: int = 9
) -> Path:
    with zipfile.ZipFile(
        path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=compresslevel
    ) as archive:
        for name, chunks in parts:
            with archive.open(name, "w", force_zip64=True) as member:
                for chunk in chunks:
                    member.write(chunk.encode() if isinstance(chunk, str) else chunk)
    return path


def repeat(piece: bytes, times: int, batch: int = 1 << 16) -> Iterable[bytes]:
    """piece, times over, in chunks of a few MB (never the whole in memory)."""
    block = piece * batch
    for _ in range(times // batch):
        yield block
    yield piece * (times % batch)


def probe(kind: str, path: Path, timeout: float = 120) -> dict:
    """Read path as a roster ("roster") or a bundle ("bundle") in a fresh Python; return what
    happened ("read" or the refusal's key), its peak resident memory in MB, and the seconds."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.hostile_probe", kind, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode:
        raise AssertionError(f"the probe failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])
