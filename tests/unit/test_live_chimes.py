"""The shipped timer chimes: right format, length and loudness, no clicks, reproducible."""

from __future__ import annotations

import importlib.util
import math
import struct
import wave
from pathlib import Path
from typing import Any

import pytest

SOUNDS = Path(__file__).resolve().parents[2] / "resources" / "sounds"
FULL_SCALE = 32767


def _load_script():
    spec = importlib.util.spec_from_file_location("make_chimes", SOUNDS / "make_chimes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read(path: Path) -> tuple[Any, list[int]]:
    with wave.open(str(path), "rb") as wav:
        params = wav.getparams()
        frames = wav.readframes(params.nframes)
    return params, list(struct.unpack(f"<{params.nframes}h", frames))


def _tone_strength(samples: list[int], start_s: float, length_s: float, freq: float, rate: int) -> float:
    """Goertzel magnitude of one frequency in a window of the sound."""
    first = int(start_s * rate)
    window = samples[first:first + int(length_s * rate)]
    coeff = 2 * math.cos(2 * math.pi * freq / rate)
    s1 = s2 = 0.0
    for x in window:
        s1, s2 = x + coeff * s1 - s2, s1
    return math.sqrt(max(s1 * s1 + s2 * s2 - coeff * s1 * s2, 0.0))


@pytest.mark.parametrize(("name", "seconds"), [("warning", 0.8), ("zero", 1.2)])
def test_shipped_chime_format_length_and_size(name, seconds):
    path = SOUNDS / f"{name}.wav"
    params, samples = _read(path)
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 44_100)
    assert params.nframes / params.framerate == pytest.approx(seconds, abs=0.05)
    assert path.stat().st_size < 200_000


@pytest.mark.parametrize("name", ["warning", "zero"])
def test_shipped_chime_is_audible_but_below_minus_3_dbfs(name):
    _, samples = _read(SOUNDS / f"{name}.wav")
    peak = max(abs(s) for s in samples)
    assert peak < FULL_SCALE * 10 ** (-3 / 20)
    assert peak > FULL_SCALE * 10 ** (-10 / 20)


@pytest.mark.parametrize("name", ["warning", "zero"])
def test_shipped_chime_starts_and_ends_near_silence(name):
    params, samples = _read(SOUNDS / f"{name}.wav")
    edge = params.framerate // 1000  # 1 ms
    quiet = FULL_SCALE * 0.01  # -40 dBFS
    assert samples[0] == 0 and samples[-1] == 0
    assert max(abs(s) for s in samples[:edge]) < quiet
    assert max(abs(s) for s in samples[-edge:]) < quiet


@pytest.mark.parametrize("name", ["warning", "zero"])
def test_shipped_chime_has_no_jumps(name):
    """A click is a sudden jump; a tone under ~2.5 kHz at this level cannot move this fast."""
    _, samples = _read(SOUNDS / f"{name}.wav")
    biggest_step = max(abs(b - a) for a, b in zip(samples, samples[1:]))
    assert biggest_step < FULL_SCALE * 0.25


def test_warning_chime_rises_from_low_to_high_note():
    script = _load_script()
    _, notes = script.CHIMES["warning"]
    (_, low, _), (second_start, high, _) = notes
    params, samples = _read(SOUNDS / "warning.wav")
    rate = params.framerate
    early_low = _tone_strength(samples, 0.02, 0.15, low, rate)
    early_high = _tone_strength(samples, 0.02, 0.15, high, rate)
    late_low = _tone_strength(samples, second_start + 0.02, 0.15, low, rate)
    late_high = _tone_strength(samples, second_start + 0.02, 0.15, high, rate)
    assert low < high
    assert early_low > 5 * early_high
    assert late_high > late_low


def test_zero_chime_plays_three_rising_notes_each_heard_in_turn():
    script = _load_script()
    _, notes = script.CHIMES["zero"]
    assert len(notes) == 3
    freqs = [f for _, f, _ in notes]
    assert freqs == sorted(freqs)
    params, samples = _read(SOUNDS / "zero.wav")
    for start, freq, _ in notes:
        strengths = {f: _tone_strength(samples, start + 0.02, 0.12, f, params.framerate) for f in freqs}
        assert max(strengths, key=strengths.get) == freq, f"note struck at {start}s is not the loudest"


def test_regenerating_gives_identical_bytes(tmp_path):
    script = _load_script()
    written = script.write_chimes(tmp_path)
    assert set(written) == {"warning", "zero"}
    for name, path in written.items():
        assert path.read_bytes() == (SOUNDS / f"{name}.wav").read_bytes(), name
