"""The Indonesian translation stays complete, consistent and compiled.

When a test here fails after adding a ``self.tr()`` / ``translate()`` string, run

    python resources/translations/update_translations.py

translate the new ``type="unfinished"`` messages in lokakarya_id.ts, then run the script again.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = ROOT / "resources" / "translations"
UPDATE_SCRIPT = TRANSLATIONS / "update_translations.py"
TS_FILE = TRANSLATIONS / "lokakarya_id.ts"
QM_FILE = TRANSLATIONS / "lokakarya_id.qm"

PLACEHOLDER = re.compile(r"%L?(?:\d+|n)")
# An HTML/XML entity that is still in the text after XML decoding, e.g. "&nbsp;" written as
# "&amp;nbsp;" in the .ts: it is not an accelerator.
ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*|#\d+|#x[0-9A-Fa-f]+);")
# In the parsed text an accelerator is a single "&" followed by a non-space character.
ACCELERATOR = re.compile(r"&(?=\S)")
HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


@pytest.fixture(scope="module")
def update_translations() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", UPDATE_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(ts_file: Path) -> list[tuple[str, ET.Element]]:
    """Every (context name, <message>) pair in a Qt Linguist file."""
    root = ET.parse(ts_file).getroot()
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def translated_texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def label(context: str, message: ET.Element) -> str:
    return f"{context}: {message.findtext('source')!r}"


def accelerator_count(text: str) -> int:
    return len(ACCELERATOR.findall(ENTITY.sub("", text.replace("&&", ""))))


def test_lupdate_finds_no_untranslated_strings(update_translations, tmp_path) -> None:
    ts_copy = tmp_path / TS_FILE.name
    shutil.copyfile(TS_FILE, ts_copy)
    assert update_translations.source_files(), "no sources for lupdate"

    update_translations.lupdate(ts_copy)

    problems = []
    for context, message in messages(ts_copy):
        translation = message.find("translation")
        if translation is None:
            problems.append(f"{label(context, message)} has no <translation>")
        elif translation.get("type") is not None:
            problems.append(f"{label(context, message)} is {translation.get('type')}")
        elif not any(text.strip() for text in translated_texts(message)):
            problems.append(f"{label(context, message)} has an empty translation")
    assert not problems, (
        "lokakarya_id.ts is missing translations; run "
        "resources/translations/update_translations.py and translate:\n" + "\n".join(problems)
    )


def test_translations_keep_placeholders_and_accelerators() -> None:
    problems = []
    for context, message in messages(TS_FILE):
        source = message.findtext("source") or ""
        for text in translated_texts(message):
            if not text:
                continue
            if set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
                problems.append(f"{label(context, message)}: placeholders differ in {text!r}")
            if accelerator_count(text) != accelerator_count(source):
                problems.append(f"{label(context, message)}: accelerators differ in {text!r}")
            if Counter(HTML_TAG.findall(text)) != Counter(HTML_TAG.findall(source)):
                problems.append(f"{label(context, message)}: HTML tags differ in {text!r}")
    assert not problems, "\n".join(problems)


def test_accelerator_count_ignores_escaped_ampersands_and_entities() -> None:
    assert accelerator_count("&File") == 1
    assert accelerator_count("Save && close") == 0
    assert accelerator_count("Tom & Jerry") == 0
    assert accelerator_count("A&nbsp;B &Go") == 1


def test_committed_qm_matches_the_ts(update_translations, tmp_path) -> None:
    fresh_qm = tmp_path / QM_FILE.name
    update_translations.lrelease(TS_FILE, fresh_qm)
    assert fresh_qm.read_bytes() == QM_FILE.read_bytes(), (
        "lokakarya_id.qm is stale: run resources/translations/update_translations.py"
    )


def test_installed_translator_translates_the_ui(qapp) -> None:
    from ui.common.i18n import install_translator

    translator = install_translator(qapp, "id")
    assert translator is not None, "lokakarya_id.qm could not be loaded"
    try:
        assert QCoreApplication.translate("ActivityKind", "Lecture") == "Ceramah"
        assert QCoreApplication.translate("MainWindow", "Sessions") == "Sesi"
    finally:
        qapp.removeTranslator(translator)
