"""The chime at warning and at zero, with its on/off and volume preferences.

QtMultimedia is loaded only when the run page first needs it (it pulls in FFmpeg and the audio
back end, which would slow the start-up). Without a sound device — or without the multimedia
libraries — the timer runs visual-only and the user is told so once.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QUrl, Signal

from facilitation.resources_path import resource_path

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

CHIME_PATH = resource_path("sounds", "chime.wav")
ENABLED_SETTING = "run/chime_enabled"
VOLUME_SETTING = "run/chime_volume"  # 0..100
DEFAULT_VOLUME = 80


def chime_enabled() -> bool:
    return QSettings().value(ENABLED_SETTING, True, type=bool)


def chime_volume() -> int:
    value = QSettings().value(VOLUME_SETTING, DEFAULT_VOLUME, type=int)
    return max(0, min(100, value))


def set_chime_preferences(enabled: bool, volume: int) -> None:
    settings = QSettings()
    settings.setValue(ENABLED_SETTING, enabled)
    settings.setValue(VOLUME_SETTING, max(0, min(100, int(volume))))


class ChimePlayer(QObject):
    status = Signal(str)
    _told_visual_only = False  # once per run of the app, not once per page

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effect = None
        self._checked = False
        self.available = False
        self.played: list[str] = []  # what was asked for, for tests and the log

    def prepare(self) -> bool:
        """Load the sound once; False (and one message) when the app must stay visual-only."""
        if self._checked:
            return self.available
        self._checked = True
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

            if not QMediaDevices.audioOutputs():
                raise RuntimeError("no audio output device")
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(CHIME_PATH)))
            self._effect = effect
            self.available = True
        except (ImportError, RuntimeError) as error:
            log.info("chime unavailable, visual only: %s", error)
            self.available = False
            if not ChimePlayer._told_visual_only:
                ChimePlayer._told_visual_only = True
                self.status.emit(
                    translate(
                        "Chime",
                        "No sound device found: the timer runs visual-only (no chime).",
                    )
                )
        return self.available

    def play(self, reason: str) -> None:
        if not chime_enabled():
            return
        self.played.append(reason)
        if not self.prepare() or self._effect is None:
            return
        self._effect.setVolume(chime_volume() / 100)
        self._effect.play()
