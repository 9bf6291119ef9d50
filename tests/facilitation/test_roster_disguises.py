"""Names that look filled but name nobody, or that disguise themselves, are line problems."""

from __future__ import annotations

import pytest

from facilitation.participants import Participant, participant_problems
from facilitation.roster import parse_roster

INVISIBLE_NAMES = {
    "zero-width spaces": "\u200b\u200b\u200b",
    "zero-width joiners": "\u200c\u200d\u2060",
    "byte-order marks": "\ufeff\ufeff",
    "hangul fillers": "\u3164\u115f",
    "braille blank": "\u2800",
    "soft hyphen and space": "\u00ad \u00ad",
    "a mark on nothing": "\u034f\u0301",
}
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]


def sheet(*names: str):
    return [(1, ["Nama", "Instansi"])] + [
        (line, [name, "Pemkab Sleman"]) for line, name in enumerate(names, start=2)
    ]


@pytest.mark.attack("roster encoding")
@pytest.mark.parametrize("name", INVISIBLE_NAMES.values(), ids=INVISIBLE_NAMES.keys())
def test_a_name_of_invisible_characters_is_a_line_problem(name):
    preview = parse_roster(sheet("Siti Aminah", name))
    assert [(p.line, p.key, p.blocking) for p in preview.problems] == [(3, "name_invisible", True)]
    assert not preview.can_import
    assert participant_problems(Participant(name)) == ["name_invisible"]


@pytest.mark.attack("roster encoding")
@pytest.mark.parametrize("control", BIDI, ids=lambda c: f"U+{ord(c):04X}")
def test_a_direction_override_in_a_name_is_a_line_problem(control):
    disguised = f"Budi{control}gpj.exe"
    preview = parse_roster(sheet(disguised, "Dewi"))
    assert [(p.line, p.key) for p in preview.problems] == [(2, "text_has_bidi_control")]
    assert not preview.can_import
    assert "text_has_bidi_control" in participant_problems(Participant(disguised))
    assert participant_problems(Participant("Dewi", institution=f"Dinas{control}")) == [
        "text_has_bidi_control"
    ]


def test_real_names_in_other_scripts_and_with_marks_are_fine():
    names = ["Nguyễn Thị Hồng", "محمد عبدالله", "Ni\u0301ken", "Đặng\u200cQuỳnh", "I Gusti Ayu"]
    preview = parse_roster(sheet(*names))
    assert preview.problems == []
    assert [participant.name for participant in preview.participants] == names
