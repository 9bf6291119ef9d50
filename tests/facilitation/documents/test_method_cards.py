"""Printed role cards and observer sheets: read back with pypdf, hostile text intact."""

from __future__ import annotations

import io
from dataclasses import replace

from pypdf import PdfReader

from facilitation.documents.method_cards import observer_sheets_pdf, role_cards_pdf
from facilitation.roleplay import Role, load_scenarios

HOSTILE = "Siti <b>Nur</b> & Co 😀"


def pdf_text(data: bytes) -> list[str]:
    # Words wrap differently on every card; compare with whitespace folded.
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


def test_role_cards_carry_private_briefs_and_cast_names():
    scenario = load_scenarios()[0]
    out = io.BytesIO()
    pages = role_cards_pdf(
        scenario, "id", out, cast={scenario.roles[0].key: [HOSTILE]}, round_number=2
    )
    text = " ".join(pdf_text(out.getvalue()))
    assert pages == 1
    for role in scenario.roles:
        assert role.name["id"] in text
    assert "Hanya untuk Anda" in text and "gunting di sini" in text
    # Markup typed by a user is printed literally, never interpreted.
    assert "Siti <b>Nur</b> & Co" in text
    assert "Diperankan oleh (putaran 2)" in text


def test_six_roles_take_two_sheets_and_english_follows_the_session():
    scenario = load_scenarios()[0]
    extra = tuple(
        Role(f"extra{i}", {"id": f"Peran {i}", "en": f"Role {i}"}, {}, {}) for i in range(3)
    )
    scenario = replace(scenario, roles=scenario.roles + extra)
    out = io.BytesIO()
    assert role_cards_pdf(scenario, "en", out) == 2
    pages = pdf_text(out.getvalue())
    assert "For you only" in pages[0] and "Role 2" in pages[1]


def test_user_brief_with_markup_and_emoji_prints():
    scenario = load_scenarios()[1]
    role = replace(scenario.roles[0], private_brief={"id": "Bawa <map> & 🙏 " * 200, "en": ""})
    scenario = replace(scenario, roles=(role, *scenario.roles[1:]))
    out = io.BytesIO()
    role_cards_pdf(scenario, "id", out)
    text = pdf_text(out.getvalue())[0]
    assert "Bawa <map> &" in text  # a long brief shrinks into its card instead of failing


def test_observer_sheets_one_per_observer_with_checklist():
    scenario = load_scenarios()[5]
    out = io.BytesIO()
    count = observer_sheets_pdf(
        scenario, "en", out, observers=[("pengamat_proses", HOSTILE), ("pengamat_hasil", "")]
    )
    pages = pdf_text(out.getvalue())
    assert count == 2 and len(pages) == 2
    assert "Process observer" in pages[0] and "Siti <b>Nur</b> & Co" in pages[0]
    assert "Every party gets a turn to speak." in pages[0]
    assert "Outcome observer" in pages[1] and "Kolaboratif" in pages[1]
