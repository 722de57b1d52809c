"""What a phone may send: the token's alphabet, size limits, a per-device rate limit, form checks.

Time is passed in (monotonic seconds), so the rate limit is tested without sleeping."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Collection, Mapping
from typing import NamedTuple

from app.domain.user_text import without_controls
from app.domain.wall.text import NoteTextError, clean_note

# Easy to read aloud and to type from the projector: no 0/o, 1/l/i.
TOKEN_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
TOKEN_LENGTH = 8           # 31**8: about 2**40; a guesser is held to the request limit below
MAX_BODY_BYTES = 8 * 1024  # a form larger than this is refused (413) before it is read
MAX_NOTE_CHARS = 500       # a phone's sticky note; longer is refused (413) with the text kept in the form
MAX_NAME_CHARS = 80


def is_token_shaped(text: str) -> bool:
    return len(text) == TOKEN_LENGTH and all(ch in TOKEN_ALPHABET for ch in text)


class Bucket:
    """A token bucket: `burst` at once, then `per_minute`."""

    __slots__ = ("level", "at")

    def __init__(self, level: float, at: float) -> None:
        self.level, self.at = level, at


class RateLimit:
    """Per-device limit on actions (notes, or any request), keyed by the device's address.

    Remembers at most `devices` addresses (the least recently seen are forgotten first), so a
    flood from many addresses cannot grow it without bound."""

    def __init__(self, burst: int, per_minute: float, devices: int = 4096) -> None:
        self.burst, self.rate, self.devices = float(burst), per_minute / 60.0, devices
        self._buckets: OrderedDict[str, Bucket] = OrderedDict()

    def allow(self, device: str, now: float) -> bool:
        b = self._buckets.get(device)
        if b is None:
            b = self._buckets[device] = Bucket(self.burst, now)
            while len(self._buckets) > self.devices:
                self._buckets.popitem(last=False)
        else:
            self._buckets.move_to_end(device)
            b.level = min(self.burst, b.level + (now - b.at) * self.rate)
            b.at = now
        if b.level >= 1.0:
            b.level -= 1.0
            return True
        return False


class FormProblem(ValueError):
    """A submitted form that is refused; `key` names the sentence shown (see texts.py), `status` the HTTP code."""

    def __init__(self, key: str, status: int = 400) -> None:
        super().__init__(key)
        self.key, self.status = key, status


class Submitted(NamedTuple):
    text: str
    author: str            # "" when no name or team was typed
    in_control: bool | None  # only on a fishbone board; None when not asked or not answered
    nonce: str             # the form's one-time id: a form sent twice (a double tap, a retry) is kept once


def _no_controls(value: str) -> str:
    return without_controls(value)  # the rule roster imports follow too (app/domain/user_text.py)


def read_form(fields: Mapping[str, str], fishbone: bool) -> Submitted:
    """The note in a decoded form, or FormProblem naming what is wrong."""
    raw = _no_controls((fields.get("note") or "").replace("\r\n", "\n").replace("\r", "\n"))
    try:
        text = clean_note(raw)
    except NoteTextError:
        raise FormProblem("empty", 400) from None
    if len(text) > MAX_NOTE_CHARS:
        raise FormProblem("too_long", 413)
    author = " ".join(_no_controls(fields.get("name") or "").split())
    if len(author) > MAX_NAME_CHARS:
        raise FormProblem("name_too_long", 413)
    ours = None
    if fishbone:
        ours = {"yes": True, "no": False}.get(fields.get("ours") or "")
    nonce = fields.get("n") or ""
    if not 0 < len(nonce) <= 40 or any(ch not in TOKEN_ALPHABET for ch in nonce):
        nonce = ""
    return Submitted(text, author, ours, nonce)


# -- dot votes from phones ----------------------------------------------------------------
DEVICE_COOKIE = "convene_device"   # a phone's own random token: one device, one ballot (not its address)
DEVICE_TOKEN_CHARS = 32
MAX_BALLOT_FIELDS = 200            # a cluster a field, and the board has at most that many clusters shown
_DEVICE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def is_device_token(text: str | None) -> bool:
    """A device token as this server hands them out (secrets.token_urlsafe(24)): 32 URL-safe characters."""
    return bool(text) and len(text or "") == DEVICE_TOKEN_CHARS and set(text or "") <= _DEVICE_CHARS


def read_ballot(fields: Mapping[str, str], cluster_ids: Collection[int], per_person: int,
                per_cluster: int) -> dict[int, int]:
    """A phone's dots from the voting form (a field `c<cluster id>` = dots), {cluster id: dots}, within the
    board's rules; or FormProblem: "vote_too_many" (more than its dots), "vote_over_cap" (more than the cap on
    one cluster), "vote_gone" (a cluster no longer on the board), "bad_form" (anything else)."""
    dots: dict[int, int] = {}
    for name, value in fields.items():
        if not name.startswith("c"):
            continue
        try:
            cid, d = int(name[1:]), int(value or "0")
        except ValueError:
            raise FormProblem("bad_form", 400) from None
        if d < 0 or d > MAX_BALLOT_FIELDS:
            raise FormProblem("bad_form", 400)
        if cid not in cluster_ids:
            if d:
                raise FormProblem("vote_gone", 409)
            continue
        dots[cid] = d
    if sum(dots.values()) > per_person:
        raise FormProblem("vote_too_many", 422)
    if per_cluster and any(d > per_cluster for d in dots.values()):
        raise FormProblem("vote_over_cap", 422)
    return {cid: d for cid, d in dots.items() if d}
