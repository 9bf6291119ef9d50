"""Writes chime.wav: a soft two-note bell (G5 then C6) made of decaying sine partials.

    python resources/sounds/make_chime.py

Kept in the repository so the sound can be changed and regenerated without any audio tools.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
LENGTH_S = 1.6
# (start s, fundamental Hz, loudness); partial ratios of a small bell, each with its own decay
NOTES = ((0.0, 783.99, 0.9), (0.28, 1046.50, 1.0))
PARTIALS = ((1.0, 1.0, 2.2), (2.0, 0.45, 3.5), (3.01, 0.22, 5.0), (4.17, 0.10, 7.0))
ATTACK_S = 0.006


def sample(t: float) -> float:
    value = 0.0
    for start, frequency, loudness in NOTES:
        local = t - start
        if local < 0:
            continue
        attack = min(1.0, local / ATTACK_S)
        for ratio, amplitude, decay in PARTIALS:
            value += (
                loudness
                * amplitude
                * attack
                * math.exp(-decay * local)
                * math.sin(2 * math.pi * frequency * ratio * local)
            )
    return value


def main() -> None:
    frames = [sample(i / RATE) for i in range(int(RATE * LENGTH_S))]
    fade = int(RATE * 0.05)  # no click at the very end
    for i in range(fade):
        frames[-1 - i] *= i / fade
    peak = max(abs(v) for v in frames)
    scale = 0.6 * 32767 / peak
    target = Path(__file__).with_name("chime.wav")
    with wave.open(str(target), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(v * scale)) for v in frames))


if __name__ == "__main__":
    main()
