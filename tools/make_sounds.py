"""Generate the scan feedback sounds in resources/sounds (16 kHz mono WAV, a few KB each).

Distinct by pitch and rhythm so a sorter can tell them apart without looking:
ok one short high beep; duplicate two quick mid beeps; warning three fast beeps;
error a long low buzz; hold a falling two-tone; plus the sort station's misread, cancelled,
missort and manual (see SOUNDS)."""

import math
import struct
import wave
from pathlib import Path

RATE = 16000
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def tone(freq: float, ms: int, square: bool = False, vol: float = 0.5) -> list[float]:
    n = RATE * ms // 1000
    out = []
    for i in range(n):
        v = math.sin(2 * math.pi * freq * i / RATE)
        if square:
            v = 1.0 if v >= 0 else -1.0
        env = min(1.0, i / 80, (n - i) / 80)  # no clicks
        out.append(v * vol * env)
    return out


def silence(ms: int) -> list[float]:
    return [0.0] * (RATE * ms // 1000)


SOUNDS = {
    "ok": tone(1800, 90),
    "duplicate": tone(1000, 70) + silence(50) + tone(1000, 70),
    "warning": (tone(1400, 50) + silence(40)) * 3,
    "error": tone(220, 450, square=True, vol=0.35),
    "hold": tone(900, 150) + tone(600, 250),
    # Sort station (issue 5): misread a quick rising chirp pair, cancelled two low buzzes,
    # missort a rising three-tone, manual a long mid tone.
    "misread": tone(1200, 60) + tone(1600, 60) + silence(40) + tone(1200, 60) + tone(1600, 60),
    "cancelled": (tone(300, 180, square=True, vol=0.3) + silence(80)) * 2,
    "missort": tone(700, 110) + tone(1000, 110) + tone(1400, 160),
    "manual": tone(800, 500),
}

OUT.mkdir(parents=True, exist_ok=True)
for name, samples in SOUNDS.items():
    with wave.open(str(OUT / f"{name}.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))
