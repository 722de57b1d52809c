"""What a co-facilitator's device may send, read and checked before anything reaches a service.

An action is a small JSON object: `{"seq": 17, "kind": "tap", "person": 4}`. `seq` is the device's own
number for it (from 1, rising): the same number sent again is the same action, answered once. A cue is
one of the ready ones or typed, at most CUE_LIMIT characters."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.user_text import without_controls as clean_text

MAX_DEVICES = 4              # devices accepted at once
MAX_WAITING = 8              # devices waiting for the lead to accept them (more: refused until some are)
NAME_LIMIT = 40              # a device's name as typed
CUE_LIMIT = 140              # a typed cue
MAX_ACTION_BYTES = 1024      # one action's JSON body
MAX_SEQ = 2**31 - 1
DEVICE_HEADER = "X-Convene-Device"

# Each kind and the one field it needs ("" for none).
KINDS: dict[str, str] = {
    "tap": "person",          # give the floor to a person (tapping the speaker again: silence)
    "silence": "",
    "many_voices": "",
    "hand": "person",         # raise (or lower) a person's hand in the speaking queue
    "call_next": "",
    "code": "position",       # a turn code 0 … 3 on the current or last turn
    "start_pause": "",
    "plus_minute": "",
    "minus_minute": "",
    "next": "",               # the next item or protocol step
    "cue": "text",            # a message to the lead's console
}
READY_CUES = ("two_minutes", "slow_down", "back_row")
BROADCASTS = ("five_minutes", "come_back")   # the lead's ready words to the breakout phones (said in their language)


class ActionProblem(ValueError):
    """An action that cannot be read; `key` names the sentence the device shows."""

    def __init__(self, key: str, status: int = 400) -> None:
        super().__init__(key)
        self.key, self.status = key, status


@dataclass(frozen=True)
class Action:
    seq: int
    kind: str
    person: int | None = None
    position: int | None = None
    text: str = ""


def read_action(data: object) -> Action:
    """The action in a device's parsed JSON, or ActionProblem saying why not."""
    if not isinstance(data, dict):
        raise ActionProblem("bad_action")
    seq, kind = data.get("seq"), data.get("kind")
    if not isinstance(seq, int) or isinstance(seq, bool) or not 1 <= seq <= MAX_SEQ:
        raise ActionProblem("bad_action")
    if not isinstance(kind, str) or kind not in KINDS:
        raise ActionProblem("bad_action")
    need = KINDS[kind]
    if need in ("person", "position"):
        value = data.get(need)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0 or value > MAX_SEQ:
            raise ActionProblem("bad_action")
        if need == "position" and value > 3:
            raise ActionProblem("bad_action")
        return Action(seq, kind, person=value if need == "person" else None,
                      position=value if need == "position" else None)
    if need == "text":
        return Action(seq, kind, text=read_cue(data.get("text")))
    return Action(seq, kind)


def read_cue(raw: object) -> str:
    """A cue's text: a ready one's key kept as it is, a typed one cleaned and limited."""
    if not isinstance(raw, str):
        raise ActionProblem("bad_action")
    if raw in READY_CUES:
        return raw
    text = " ".join(clean_text(raw).split())
    if not text:
        raise ActionProblem("cue_empty")
    if len(text) > CUE_LIMIT:
        raise ActionProblem("cue_long", 413)
    return text


def read_name(raw: str) -> str:
    """A device's name as typed when it joins; ActionProblem when empty or too long."""
    name = " ".join(clean_text(raw or "").split())
    if not name:
        raise ActionProblem("name_empty")
    if len(name) > NAME_LIMIT:
        raise ActionProblem("name_long")
    return name
