"""Synthesise Convene's timer chimes (standard library only, deterministic).

    python resources/sounds/make_chimes.py [OUT_DIR]

writes ``warning.wav`` (a soft two-note rising chime, 0.8 s: time is nearly
up) and ``zero.wav`` (a clear three-note rising chime, 1.2 s: time is up)
next to this script, or into OUT_DIR. Both are 16-bit mono 44.1 kHz, peak
-4 dBFS, with a smooth attack on every note and a fade to silence at the end,
so they never click. The same bytes come out on every run.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 44_100
PEAK_DBFS = -4.0
ATTACK_S = 0.012     # raised-cosine fade-in of each note
TAIL_FADE_S = 0.08   # raised-cosine fade-out at the very end
DECAY_S = 0.30       # time for a note to fall to 1/e
# A bell-like tone: fundamental plus soft harmonics, the upper ones dying faster.
PARTIALS = ((1.0, 1.0, 1.0), (2.0, 0.28, 1.8), (3.0, 0.08, 2.6))  # (ratio, level, decay speed-up)

# name -> (duration seconds, ((start seconds, frequency Hz, level), ...))
CHIMES: dict[str, tuple[float, tuple[tuple[float, float, float], ...]]] = {
    # G5 then C6: a gentle upward fourth.
    "warning": (0.8, ((0.0, 783.99, 0.8), (0.22, 1046.50, 1.0))),
    # C5, E5, G5: a clear major arpeggio.
    "zero": (1.2, ((0.0, 523.25, 0.9), (0.2, 659.25, 0.95), (0.4, 783.99, 1.0))),
}


def _raised_cosine(x: float) -> float:
    """0 at x<=0, 1 at x>=1, smooth in between."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    return 0.5 - 0.5 * math.cos(math.pi * x)


def render(name: str) -> list[int]:
    """The 16-bit samples of one chime."""
    duration, notes = CHIMES[name]
    count = round(duration * RATE)
    samples = [0.0] * count
    for start, freq, level in notes:
        first = round(start * RATE)
        for i in range(first, count):
            t = (i - first) / RATE
            env = level * _raised_cosine(t / ATTACK_S)
            value = 0.0
            for ratio, part_level, speed in PARTIALS:
                value += part_level * math.exp(-t * speed / DECAY_S) * math.sin(2.0 * math.pi * freq * ratio * t)
            samples[i] += env * value
    tail = round(TAIL_FADE_S * RATE)
    for k in range(tail):
        samples[count - 1 - k] *= _raised_cosine(k / tail)
    peak = max(abs(s) for s in samples)
    scale = 10 ** (PEAK_DBFS / 20) * 32767 / peak
    return [round(s * scale) for s in samples]


def write_chimes(out_dir: Path | str) -> dict[str, Path]:
    """Write every chime as NAME.wav into out_dir; return the paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for name in CHIMES:
        path = out / f"{name}.wav"
        samples = render(name)
        with wave.open(str(path), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(RATE)
            wav.writeframes(struct.pack(f"<{len(samples)}h", *samples))
        written[name] = path
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    for chime, where in write_chimes(target).items():
        print(f"{chime}: {where} ({where.stat().st_size} bytes)")
