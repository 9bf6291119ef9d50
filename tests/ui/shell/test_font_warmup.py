"""The system's fonts set up on another core while Qt loads (ui/shell/font_warmup.py)."""

from __future__ import annotations

import sys

import pytest

from ui.shell import font_warmup


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig is Linux's")
def test_the_warm_up_runs_once_and_is_waited_for() -> None:
    assert font_warmup.start_font_warmup()
    assert not font_warmup.start_font_warmup()  # one at a time
    font_warmup.wait_for_font_warmup()
    font_warmup.wait_for_font_warmup()  # nothing left to wait for
    assert font_warmup._done is None


def test_a_missing_fontconfig_is_no_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(font_warmup, "FONTCONFIG", "libno-such-fontconfig.so.1")
    monkeypatch.setattr(font_warmup.sys, "platform", "linux")
    assert font_warmup.start_font_warmup()
    font_warmup.wait_for_font_warmup()  # the thread ended (its failure swallowed)


def test_nothing_starts_where_qt_uses_no_fontconfig(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(font_warmup.sys, "platform", "win32")
    assert not font_warmup.start_font_warmup()
    font_warmup.wait_for_font_warmup()
