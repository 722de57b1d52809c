"""Co-facilitation: a second facilitator's phone, tablet or laptop drives talk tracking, the speaking queue,
turn codes and the timer, and sends the lead cues, over the room's network.

`start()` opens (or joins) the room's one server (services/capture/room.py) with a fresh facilitator token
and puts the desk (desk.py) on it; `stop()` takes it off (the port closes when capture is not running
either). A device joins with a name and waits until the lead `accept`s it (at most MAX_DEVICES at once);
`revoke` ends it at any time. The server never writes: joins and actions wait in the desk's inbox, and the
thread that owns the store calls `drain()` (woken by `wake`, as capture's is), which applies each action
through the same services as the console (talk.tap, talk.queue, talk.codes, live), committed at once (a
talk action is one undo step in the one history, as from the console), writes who did it (`cofac_action`,
under the device's sequence number), and only then answers the device. The state the devices show is a
snapshot this thread rebuilds after anything it shows changed (`state.py`).

A crash is not a deliberate stop: while co-facilitation runs, the file keeps what a restart needs to take
the same devices back (convene_meta, key TAKEBACK_KEY: the facilitator token, host and port, and each accepted
device's token hash, name and row id; never a device's token), written on start, accept and revoke, and
removed by `stop()` and by closing the file on purpose (Workspace.before_close). `start()` finding it reuses
the token (and the port, when free, on the same host) and the devices, with the answers stored for each
(cofac_action), so a device page's "Reconnecting…" loop finds the same address and a replay is answered,
never applied twice. A deliberate stop then start gives new tokens. If capture reopens the devices' old
address first, `Holding` answers their token "busy" until the start (their pages keep reconnecting).

Bus topic `CofacChanged` after anything the console's co-facilitator panel shows changed; with `cue_id`
when a cue came (the console shows it at once, never the projector, until `dismiss`ed).
"""

from __future__ import annotations

import json
import logging
import secrets
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import SQLAlchemyError

from app.domain.capture.rules import TOKEN_ALPHABET, TOKEN_LENGTH
from app.domain.cofacilitate.rules import MAX_DEVICES, Action
from app.domain.cofacilitate.texts import cue_words
from app.i18n import _
from app.services.capture.room import RoomError, RoomServer
from app.services.cofacilitate.devices import DeskStopped, Device, token_hash
from app.services.cofacilitate.records import ACCEPTED, REVOKED, WAITING, CofacError, Cue, DeviceRecord
from app.services.cofacilitate.state import build_state
from app.services.core.changes import (
    AgendaChanged,
    CaptureChanged,
    CofacChanged,
    ConveningChanged,
    HistoryChanged,
    LiveChanged,
    PeopleChanged,
    ProtocolsChanged,
    TalkChanged,
)
from app.services.core.workspace import Workspace
from app.services.live.service import LiveService
from app.services.talk.service import TalkService
from app.store import models as m

if TYPE_CHECKING:
    from app.services.cofacilitate.desk import Desk

FACILITATOR_TOKEN_LENGTH = 32
TAKEBACK_KEY = "cofac_takeback"   # convene_meta: {"token", "host", "port", "devices": [{"id", "hash", "name"}]}


def new_token(length: int = FACILITATOR_TOKEN_LENGTH) -> str:
    return "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(length))


class CofacilitationService:
    def __init__(self, workspace: Workspace, talk: TalkService, live: LiveService, room: RoomServer) -> None:
        self.ws, self.talk, self.live, self.room = workspace, talk, live, room
        self._desk: Desk | None = None
        self._devices: dict[int, Device] = {}
        self._joined: dict[int, float] = {}
        self.cues: list[Cue] = []
        self._next_cue = 1
        self.url = ""
        self._breakout: Any = None          # the breakout page (breakout.py), while it is served
        self.breakout_url = ""
        self.broadcast_text = ""            # the lead's last word to the breakout phones ("" none)
        self._dirty = False
        self._draining = False
        self.taken_back = 0                 # devices this run took back from before a crash
        self._holding: Holding | None = None  # after a crash, while capture alone has the devices' port open
        workspace.before_close.append(self._clear_on_close)
        self._subs = workspace.bus.owner("cofacilitation service")
        self._subs.on(ConveningChanged, self._on_convening)
        self._subs.on(CaptureChanged, lambda _c: self._hold())
        for topic in (TalkChanged, LiveChanged, PeopleChanged, AgendaChanged, ProtocolsChanged, HistoryChanged):
            self._subs.on(topic, self._on_change)

    # -- state --------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._desk is not None

    @property
    def token(self) -> str:
        return self._desk.token if self._desk is not None else ""

    @property
    def address(self) -> str:
        return self.room.address if self._desk is not None else ""

    def _tell(self, cue_id: int | None = None) -> None:
        self.ws.bus.emit(CofacChanged(cue_id=cue_id))

    def devices(self) -> list[DeviceRecord]:
        """This run's devices, in the order they asked to join (revoked ones too)."""
        return [DeviceRecord(i, d.name, d.state, self._joined.get(i, 0.0)) for i, d in sorted(self._devices.items())]

    # -- start and stop (owner thread) --------------------------------------------------
    def start(self, host: str = "127.0.0.1", port: int | None = None, wake: Callable[[], None] | None = None) -> str:
        """Put the co-facilitators' page on the room's server (opened on `host` if capture has not already);
        returns the facilitator address (its token new each start, unless the last run ended in a crash: then
        its token, port and accepted devices are taken back). `wake` is called from the server's thread
        when something waits: it must make the owner call drain()."""
        if self.running:
            self.stop()
        self.ws.require()
        from app.services.cofacilitate.desk import Desk  # aiohttp: loaded when co-facilitation first starts

        record = self.crash_record()
        desk = Desk(str(record["token"]) if record else new_token(), wake or (lambda: None), self.ws.clock.monotonic)
        self._devices, self._joined = {}, {}
        self.taken_back = self._take_back(desk, record) if record else 0
        self._desk = desk
        self._publish()
        self.room.attach_desk(desk)   # before the port opens: a device reconnecting never meets a 404
        try:
            tries = [port]
            if record and record.get("host") == host and port in (None, 0, record.get("port")):
                tries.insert(0, int(record["port"]))   # the same address, when it is free
            for i, p in enumerate(tries):
                try:
                    self.room.open(host, p)
                    break
                except RoomError:
                    if i == len(tries) - 1:
                        raise
        except RoomError as exc:
            self._desk, self.taken_back = None, 0
            self._devices, self._joined = {}, {}
            self.room.detach_desk(desk)
            raise CofacError(str(exc)) from None
        self._unhold()   # after the desk is on: a device never falls between the two
        self.url = f"http://{self.room.address}/{desk.token}/"
        self._write_record()
        self._tell()
        return self.url

    def _hold(self) -> None:
        """After a crash, capture may reopen the room's server on the devices' old address before the lead
        starts co-facilitation: until then their token is answered "busy" (their pages keep saying
        "Reconnecting…" and keep what is not answered) instead of 404 (which tells a page to give up)."""
        if self.running or self.ws.store is None or self.room.gate is None or not self.room.running:
            self._unhold()
            return
        if self._holding is not None:
            return
        record = self.crash_record()
        if record is None or not record["devices"] or f"{record.get('host')}:{record.get('port')}" != self.room.address:
            return
        self._holding = Holding(str(record["token"]))
        self.room.attach_desk(self._holding)

    def _unhold(self) -> None:
        holding, self._holding = self._holding, None
        if holding is not None:
            self.room.detach_desk(holding)

    # -- what a restart after a crash needs (convene_meta) ---------------------------------
    def crash_record(self) -> dict | None:
        """What the last run left in the file if it did not stop cleanly (None: it did, or none ran)."""
        if self.ws.store is None:
            return None
        with self.ws.require().read() as s:
            text = s.scalar(select(m.ConveneMeta.value).where(m.ConveneMeta.key == TAKEBACK_KEY))
        try:
            record = json.loads(text) if text else None
        except ValueError:
            return None
        if not isinstance(record, dict) or not isinstance(record.get("token"), str) or \
                len(record["token"]) != FACILITATOR_TOKEN_LENGTH or not isinstance(record.get("devices"), list):
            return None
        return record

    def _take_back(self, desk: Desk, record: dict) -> int:
        """The accepted devices of the crashed run, as they were (not revoked since), with the answers stored
        for each so a replay is answered from the file. Returns how many."""
        wanted: dict[int, tuple[str, str]] = {}
        for d in record["devices"]:
            try:
                wanted[int(d["id"])] = (str(d["hash"]), str(d["name"]))
            except (TypeError, ValueError, KeyError):
                continue
        with self.ws.require().read() as s:
            rows = s.execute(select(m.CofacDevice.id, m.CofacDevice.joined_us)
                             .where(m.CofacDevice.id.in_(wanted), m.CofacDevice.revoked_us.is_(None),
                                    m.CofacDevice.accepted_us.is_not(None))).all()
            answers = s.execute(select(m.CofacAction.device_id, m.CofacAction.seq, m.CofacAction.kind,
                                       m.CofacAction.detail, m.CofacAction.answer)
                                .where(m.CofacAction.device_id.in_([r[0] for r in rows]))).all()
        for device_id, joined_us in rows[:MAX_DEVICES]:
            digest, name = wanted[device_id]
            device = Device(digest, name, id=device_id, state=ACCEPTED)
            self._devices[device_id] = device
            self._joined[device_id] = joined_us / 1_000_000
            desk.devices[digest] = device
        for device_id, seq, kind, detail, said in answers:
            owner = self._devices.get(device_id)
            if owner is not None:
                owner.answers[seq] = _stored_answer(seq, kind, detail, said)
        return len(self._devices)

    def _write_record(self) -> None:
        desk = self._desk
        if desk is None or self.ws.store is None:
            return
        address = self.room.address
        host, _sep, port = address.rpartition(":")
        devices = [{"id": d.id, "hash": d.token_hash, "name": d.name}
                   for _i, d in sorted(self._devices.items()) if d.state == ACCEPTED]
        value = json.dumps({"token": desk.token, "host": host.strip("[]"), "port": int(port or 0),
                            "devices": devices}, ensure_ascii=False, sort_keys=True)
        with self.ws.require().session() as s:
            row = s.scalar(select(m.ConveneMeta).where(m.ConveneMeta.key == TAKEBACK_KEY))
            if row is None:
                s.add(m.ConveneMeta(key=TAKEBACK_KEY, value=value))
            else:
                row.value = value

    def _clear_on_close(self) -> None:
        """Closing the file on purpose: the record goes (a file that cannot be read or written still closes)."""
        try:
            self._clear_record()
        except (SQLAlchemyError, OSError) as exc:
            logging.getLogger(__name__).warning("co-facilitation's take-back record stays: %s", exc)

    def _clear_record(self) -> None:
        """Remove the record, if there is one (a file opened only to be read is not written to)."""
        if self.ws.store is None:
            return
        with self.ws.require().read() as s:
            there = s.scalar(select(m.ConveneMeta.id).where(m.ConveneMeta.key == TAKEBACK_KEY))
        if there is not None:
            with self.ws.require().session() as s:
                s.execute(delete(m.ConveneMeta).where(m.ConveneMeta.key == TAKEBACK_KEY))

    def stop(self) -> None:
        """Apply what already arrived, refuse what comes after, take the page off the server."""
        self._unhold()
        desk = self._desk
        if desk is None:
            return
        try:
            self.drain()
        finally:
            for future in desk.close():
                if future.set_running_or_notify_cancel():
                    future.set_exception(DeskStopped())
            self._desk = None
            self.taken_back = 0
            self.room.detach_desk(desk)
            self.url = ""
            self.cues.clear()
            if self.ws.store is not None:
                self._clear_record()   # a deliberate stop: the next start gives new tokens
            self._tell()

    def close(self) -> None:
        if self._clear_on_close in self.ws.before_close:
            self.ws.before_close.remove(self._clear_on_close)
        self._subs.close()

    def _on_convening(self, _change: ConveningChanged) -> None:
        self._unhold()
        self.stop_breakout()
        desk = self._desk
        if desk is not None:   # the file closed (or another opened): nothing more is applied to it
            for future in desk.close():
                if future.set_running_or_notify_cancel():
                    future.set_exception(DeskStopped())
            self._desk = None
            self.taken_back = 0
            self.room.detach_desk(desk)
            self.url = ""
            self.cues.clear()
            self._tell()

    def _on_change(self, _change: Any) -> None:
        if self._breakout is not None:
            self._publish_breakout()
        if self._desk is None:
            return
        woken, self._dirty = self._dirty, True
        if not woken and not self._draining:   # one wake for a burst of changes: the drain publishes once
            self._desk.wake()

    def _publish(self) -> None:
        if self._desk is not None and self.ws.store is not None:
            self._dirty = False
            self._desk.publish(build_state(self.talk, self.live))

    # -- the breakout page (owner thread) ------------------------------------------------
    def start_breakout(self, host: str = "127.0.0.1", port: int | None = None) -> str:
        """Serve the breakout page (no script, nothing to post) on the room's server; its address, new each start."""
        self.stop_breakout()
        self.ws.require()
        try:
            self.room.open(host, port)
        except RoomError as exc:
            raise CofacError(str(exc)) from None
        from app.services.cofacilitate.breakout import BreakoutPage  # aiohttp: loaded when first served

        # a short code, as capture's: people type it; the page is read-only and new each start
        page = BreakoutPage(new_token(TOKEN_LENGTH), self.ws.clock.now, self.ws.clock.monotonic)
        self._breakout = page
        self._publish_breakout()
        self.room.attach_desk(page)
        self.breakout_url = f"http://{self.room.address}/{page.token}/"
        self._tell()
        return self.breakout_url

    def stop_breakout(self) -> None:
        page = self._breakout
        if page is None:
            return
        self._breakout, self.breakout_url, self.broadcast_text = None, "", ""
        self.room.detach_desk(page)
        self._tell()

    def broadcast(self, text: str) -> None:
        """Show `text` (a ready one of BROADCASTS, said in each phone's language, or typed: at most CUE_LIMIT
        characters) on the breakout phones until another replaces it; "" takes it off."""
        from app.domain.cofacilitate.rules import BROADCASTS, ActionProblem, read_cue

        words = ""
        if text in BROADCASTS:
            words = text
        elif text.strip():
            try:
                words = read_cue(text)
            except ActionProblem as problem:
                raise CofacError(_("Keep the message under 140 characters.") if problem.key == "cue_long"
                                 else _("Type a message first.")) from None
        self.broadcast_text = words
        self._publish_breakout()
        self._tell()

    def _publish_breakout(self) -> None:
        page = self._breakout
        if page is None or self.ws.store is None:
            return
        view = self.live.view()
        record = self.live.item_record(view.item_id)
        countdown = view.item
        page.publish({"title": record.title if record is not None else "", "running": view.running,
                      "remaining": countdown.remaining if countdown is not None else 0.0,
                      "tz": self.live.tz().key, "broadcast": self.broadcast_text})

    # -- devices (owner thread) ---------------------------------------------------------
    def _device(self, device_id: int) -> Device:
        device = self._devices.get(device_id)
        if device is None:
            raise CofacError(_("That device is not in this co-facilitation run."))
        return device

    def accept(self, device_id: int) -> None:
        device = self._device(device_id)
        if device.state == ACCEPTED:
            return
        if device.state == REVOKED:
            raise CofacError(_("“{name}” was removed; it can scan the code again to ask to join.").format(name=device.name))
        if sum(1 for d in self._devices.values() if d.state == ACCEPTED) >= MAX_DEVICES:
            raise CofacError(_("{n} devices are in already: remove one first.").format(n=MAX_DEVICES))
        self._set(device, ACCEPTED, accepted_us=self._now_us())

    def revoke(self, device_id: int) -> None:
        """The device can do nothing more (its page says so); waiting devices are turned away the same way."""
        device = self._device(device_id)
        if device.state != REVOKED:
            self._set(device, REVOKED, revoked_us=self._now_us())

    def _set(self, device: Device, state: str, **column: int) -> None:
        with self.ws.require().session() as s:
            s.execute(update(m.CofacDevice).where(m.CofacDevice.id == device.id).values(**column))
        device.state = state
        self._write_record()   # a restart after a crash takes back exactly the devices accepted now
        if self._desk is not None:
            self._desk.publish(self._desk.state)   # a waiting page notices at once
        self._tell()

    def add_device(self, name: str) -> str:
        """A device accepted from the start (`convene serve`'s facilitator address, for automation): its token."""
        desk = self._desk
        if desk is None:
            raise CofacError(_("Start co-facilitation first."))
        if sum(1 for d in self._devices.values() if d.state == ACCEPTED) >= MAX_DEVICES:
            raise CofacError(_("{n} devices are in already: remove one first.").format(n=MAX_DEVICES))
        token = secrets.token_urlsafe(24)
        device = Device(token_hash(token), name)
        self._join(device)
        with desk.lock:
            desk.devices[device.token_hash] = device
        self.accept(device.id)
        return token

    def _now_us(self) -> int:
        return int(self.ws.clock.now() * 1_000_000)

    def _join(self, device: Device) -> None:
        now = self.ws.clock.now()
        with self.ws.require().session() as s:
            row = m.CofacDevice(name=device.name, joined_us=int(now * 1_000_000))
            s.add(row)
            s.flush()
            device.id = row.id
        self._devices[device.id] = device
        self._joined[device.id] = now
        self._tell()

    # -- cues ---------------------------------------------------------------------------
    def dismiss(self, cue_id: int) -> None:
        before = len(self.cues)
        self.cues = [c for c in self.cues if c.id != cue_id]
        if len(self.cues) != before:
            self._tell()

    # -- drain (owner thread) -----------------------------------------------------------
    def drain(self) -> int:
        """Apply every join and action waiting, each committed before its device is answered; then refresh
        the devices' snapshot if anything it shows changed. Returns how many actions were applied."""
        desk = self._desk
        if desk is None:
            return 0
        applied = 0
        answers: list[tuple[Any, Any, BaseException | None]] = []   # told after the snapshot shows them
        self._draining = True
        try:
            for device, action, future in desk.take():
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    if action is None:
                        self._join(device)
                        answers.append((future, None, None))
                        continue
                    kept = device.answers.get(action.seq)
                    if kept is None:
                        kept = self._apply(device, action)
                        applied += 1
                    answers.append((future, kept, None))
                except Exception as exc:  # noqa: BLE001 - the device is told to send it again
                    answers.append((future, None, exc))
            if self._dirty:
                self._publish()
        finally:
            self._draining = False
            for future, result, problem in answers:
                if problem is not None:
                    future.set_exception(problem)
                else:
                    future.set_result(result)
        return applied

    def _apply(self, device: Device, action: Action) -> dict:
        """Do one action through the services (committed), note who did it, and keep the answer for replays."""
        if device.state != ACCEPTED:
            return {"seq": action.seq, "ok": False, "error": "no_device"}
        history = self.talk.history
        before = history.newest()
        key = ""
        try:
            message = self._do(device, action)
            ok = True
            if history.newest() is not before:   # a step of its own (not merged into the last): say whose it is
                history.name_newest(_("from {device}").format(device=device.name))
        except ValueError as exc:   # TalkError, HistoryError, CofacError: said in one sentence
            # the sentence as made (a Message): the desk says it in the device's language
            said = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)
            ok, message, key = False, said, getattr(exc, "key", "")
        answer = {"seq": action.seq, "ok": ok, "message": message}
        if not ok and key:
            answer["error"] = key   # the page says it in its own language
        device.answers[action.seq] = answer   # from here on, the same number is answered, never applied again
        detail = {k: v for k, v in (("person", action.person), ("position", action.position),
                                    ("text", action.text)) if v not in (None, "")}
        with self.ws.require().session() as s:
            s.add(m.CofacAction(device_id=device.id, seq=action.seq, kind=action.kind,
                                detail=json.dumps(detail, ensure_ascii=False), answer="ok" if ok else message[:300],
                                at_us=self._now_us()))
        return answer

    def _do(self, device: Device, action: Action) -> str:
        talk, live = self.talk, self.live
        kind = action.kind
        if kind == "tap":
            assert action.person is not None
            talk.tap(action.person)
            speaker = talk.open_turn()
            return talk.names().get(speaker.speaker, "") if speaker is not None and speaker.speaker is not None else ""
        if kind == "silence":
            self._conversation()
            talk.silence()
        elif kind == "many_voices":
            talk.many_voices()
        elif kind == "hand":
            assert action.person is not None
            if action.person not in talk.names():
                raise CofacError(_("That person is no longer in the roster."), "not_in_roster")
            self._conversation()
            talk.queue.toggle(action.person)
        elif kind == "call_next":
            self._conversation()
            if talk.queue.call_next() is None:
                raise CofacError(_("No hands are up."), "no_hands")
        elif kind == "code":
            assert action.position is not None
            talk.codes.toggle(action.position)
        elif kind == "start_pause":
            live.start_pause()
        elif kind == "plus_minute":
            live.adjust(60)
        elif kind == "minus_minute":
            live.adjust(-60)
        elif kind == "next":
            live.next()
        elif kind == "cue":
            cue = Cue(self._next_cue, device.id, device.name, cue_words(action.text), self.ws.clock.now())
            self._next_cue += 1
            self.cues.append(cue)
            self._tell(cue.id)
            return cue.text
        return ""

    def _conversation(self) -> None:
        if self.talk.conversation() is None:
            raise CofacError(_("No conversation is being tracked: the lead starts one in the Talk tab."),
                             "no_conversation")

    # -- what each device did (the facilitator's handout) -------------------------------
    def actions(self) -> list[tuple[str, str, str, float]]:
        """(device name, kind, detail JSON, wall time) of every action stored in the file, oldest first."""
        if self.ws.store is None:
            return []
        with self.ws.require().read() as s:
            rows = s.execute(select(m.CofacDevice.name, m.CofacAction.kind, m.CofacAction.detail, m.CofacAction.at_us)
                             .join(m.CofacDevice, m.CofacDevice.id == m.CofacAction.device_id)
                             .where(m.CofacAction.answer == "ok")
                             .order_by(m.CofacAction.id)).all()
        return [(r[0], r[1], r[2], r[3] / 1_000_000) for r in rows]


class Holding:
    """Stands on the room's server for a crashed run's facilitator token until co-facilitation starts again:
    every request to it is told "busy" (503), so a device page keeps reconnecting instead of giving up."""

    def __init__(self, token: str) -> None:
        self.token = token

    async def handle(self, request: Any, rest: str, lang: str, same_origin: bool) -> Any:
        from aiohttp import web  # loaded already: the server that calls this runs on it

        from app.services.cofacilitate.desk import SECURITY_HEADERS
        return web.json_response({"ok": False, "error": "busy"}, status=503,
                                 headers={**SECURITY_HEADERS, "Retry-After": "1"})


def _stored_answer(seq: int, kind: str, detail: str, said: str) -> dict:
    """The answer a device gets for an action the file already holds (sent again after a restart)."""
    if said != "ok":
        return {"seq": seq, "ok": False, "message": said}
    message = ""
    if kind == "cue":
        try:
            message = cue_words(str(json.loads(detail or "{}").get("text", "")))
        except (ValueError, AttributeError):
            message = ""
    return {"seq": seq, "ok": True, "message": message}


__all__ = ["ACCEPTED", "REVOKED", "WAITING", "CofacError", "CofacilitationService"]
