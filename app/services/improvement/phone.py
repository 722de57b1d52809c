"""PDSA cycles from a team's phone at the check-in, through room capture's page server, in English or Spanish.

While capture runs, each team has an address of its own: the capture address, then `/pdsa/` and the team's
code (`http://HOST:PORT/TOKEN/pdsa/CODE`). The code is worked out from the run's token and the team, so it
changes with every capture run and one team's code says nothing about another's. The page lists that team's
commitments (the carried ones first, as the Commitments tab does) and asks for one cycle: change idea,
prediction, what happened, what was learned, and the decision; and, when the network has measures, the
team's value of one for a period (a month or a date). The team's latest cycles in the file are listed on
its page, so it sees what already arrived (its own only).

The capture server never touches the store: it calls `form`, `read` and `received` here from its own
thread, and these use only a copy of the teams and their commitments taken on the thread that owns the
store (when capture starts, and again after each change to teams or commitments). An accepted cycle waits
in capture's inbox until `store` (the owner's thread, from capture's drain) records it: one undoable step
per cycle, as if typed at the laptop.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

from sqlalchemy import select

from app.domain.capture.rules import TOKEN_ALPHABET
from app.domain.improvement.model import (
    ABANDON,
    ADAPT,
    ADOPT,
    LIMITS,
    CycleData,
    ImprovementError,
    parse_period,
    parse_value,
    value_text,
)
from app.domain.user_text import without_controls
from app.services.core.bus import Subscriptions
from app.services.core.changes import CommitmentsChanged, ConveningChanged, ImprovementChanged, TeamsChanged
from app.services.core.workspace import Workspace
from app.services.improvement.cycles import Cycles
from app.services.improvement.measures import Measures
from app.store import models as m

CODE_LENGTH = 6
SHOWN_SENT = 5   # the team's latest cycles listed on its page, so it sees what already arrived
VALUE_PROBLEMS = ("no_measure", "bad_period", "bad_value")   # said in the measure's part of the page
PATH = "pdsa"
FIELDS = (("change_idea", "Change idea"), ("prediction", "Prediction"), ("what_happened", "What happened"),
          ("learned", "What we learned"))

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Our PDSA cycle",
        "intro": "One small test of change since the last convening. Only the change idea is needed.",
        "commitment": "Which commitment did you test?",
        "change_idea": "Change idea: what did you try?",
        "prediction": "We predicted that…",
        "what_happened": "What happened?",
        "learned": "What did we learn?",
        "decision": "What next?",
        "when": "When did you test it? (empty: today)",
        "bad_when": "The date is not a date: write it as 2027-01-15 (or the month, 2027-01), or leave it empty.",
        "undecided": "Not decided yet",
        ADOPT: "Adopt: keep doing it",
        ADAPT: "Adapt: change it and test again",
        ABANDON: "Abandon: stop",
        "send": "Send the cycle",
        "switch": "En español",
        "received": "Received. Your cycle is in the convening file.",
        "again": "Add another cycle",
        "no_commitments": "Your team has no commitment in this convening yet. Ask the facilitator to add it, "
                          "then reload this page.",
        "no_commitment": "Choose the commitment you tested, then send it again.",
        "empty": "The change idea is empty. Say in a few words what you tried, then send it again.",
        "too_long": "One of the answers is too long: shorten it, then send it again.",
        "too_big": "The answers are too long to send: go back, shorten the longest, then send it again.",
        "unknown_team": "This team address is not current. Use the address the facilitator gave you today.",
        "busy": "The cycle could not be saved just now. Send it again.",
        "bad_form": "That form could not be read. Reload the page and send the cycle again.",
        "stopped": "Capture has stopped, so the cycle was not kept. Ask the facilitator.",
        "slow_down": "Too many cycles from this phone at once. Wait a minute, then send it again.",
        "sent": "Already in the convening file",
        "cycle": "Cycle",
        "team_link": "Your team's PDSA cycle or measure →",
        "code_title": "Your team's page",
        "code": "Your team's code",
        "code_help": "Six letters and digits, from the facilitator.",
        "go": "Open our page",
        "unknown_code": "No team has that code in this session. Check it with the facilitator.",
        "measure_title": "Our measure",
        "measure_intro": "Your team's number for one period: a month (2027-01) or a date (2027-01-15).",
        "measure": "Which measure?",
        "period": "Period",
        "value": "Value",
        "send_value": "Send the value",
        "received_value": "Received. Your value is in the convening file.",
        "no_measure": "Choose the measure, then send the value again.",
        "bad_period": "The period is not a month or a date: write it as 2027-01, or 2027-01-15.",
        "bad_value": "The value is not a number: write it with digits, such as 42 or 42.5.",
    },
    "es": {
        "title": "Nuestro ciclo PDSA",
        "intro": "Una pequeña prueba de cambio desde el último encuentro. Solo hace falta la idea de cambio.",
        "commitment": "¿Qué compromiso pusieron a prueba?",
        "change_idea": "Idea de cambio: ¿qué probaron?",
        "prediction": "Predijimos que…",
        "what_happened": "¿Qué pasó?",
        "learned": "¿Qué aprendimos?",
        "decision": "¿Y ahora?",
        "when": "¿Cuándo lo probaron? (vacío: hoy)",
        "bad_when": "La fecha no es una fecha: escríbanla como 2027-01-15 (o el mes, 2027-01), o déjenla vacía.",
        "undecided": "Aún sin decidir",
        ADOPT: "Adoptar: seguir haciéndolo",
        ADAPT: "Adaptar: cambiarlo y probar de nuevo",
        ABANDON: "Abandonar: dejarlo",
        "send": "Enviar el ciclo",
        "switch": "In English",
        "received": "Recibido. Su ciclo está en el archivo del encuentro.",
        "again": "Añadir otro ciclo",
        "no_commitments": "Su equipo aún no tiene compromisos en este encuentro. Pidan al equipo de facilitación que "
                          "los añada y vuelvan a cargar la página.",
        "no_commitment": "Elijan el compromiso que pusieron a prueba y envíenlo de nuevo.",
        "empty": "La idea de cambio está vacía. Digan en pocas palabras qué probaron y envíenlo de nuevo.",
        "too_long": "Una de las respuestas es demasiado larga: acórtenla y envíenla de nuevo.",
        "too_big": "Las respuestas son demasiado largas para enviarlas: vuelvan atrás, acorten la más larga y "
                   "envíenlo de nuevo.",
        "unknown_team": "Esta dirección de equipo ya no vale. Usen la dirección que les dieron hoy.",
        "busy": "No se pudo guardar el ciclo ahora. Envíenlo de nuevo.",
        "bad_form": "No se pudo leer el formulario. Vuelvan a cargar la página y envíen el ciclo de nuevo.",
        "stopped": "Ya no se reciben ciclos, así que este no se guardó. Pregunten al equipo de facilitación.",
        "slow_down": "Demasiados ciclos desde este teléfono a la vez. Esperen un minuto y envíenlo de nuevo.",
        "sent": "Ya en el archivo del encuentro",
        "cycle": "Ciclo",
        "team_link": "El ciclo PDSA o el indicador de su equipo →",
        "code_title": "La página de su equipo",
        "code": "El código de su equipo",
        "code_help": "Seis letras y cifras, del equipo de facilitación.",
        "go": "Abrir nuestra página",
        "unknown_code": "Ningún equipo tiene ese código en esta sesión. Compruébenlo con el equipo de facilitación.",
        "measure_title": "Nuestro indicador",
        "measure_intro": "El número de su equipo para un periodo: un mes (2027-01) o una fecha (2027-01-15).",
        "measure": "¿Qué indicador?",
        "period": "Periodo",
        "value": "Valor",
        "send_value": "Enviar el valor",
        "received_value": "Recibido. Su valor está en el archivo del encuentro.",
        "no_measure": "Elijan el indicador y envíen el valor de nuevo.",
        "bad_period": "El periodo no es un mes ni una fecha: escríbanlo como 2027-01 o 2027-01-15.",
        "bad_value": "El valor no es un número: escríbanlo con cifras, como 42 o 42,5.",
    },
}


def team_code(run_token: str, team_id: int) -> str:
    """The team's code in this capture run: read aloud or typed as easily as the run's token."""
    digest = hmac.new(run_token.encode(), f"pdsa team {team_id}".encode(), hashlib.sha256).digest()
    return "".join(TOKEN_ALPHABET[b % len(TOKEN_ALPHABET)] for b in digest[:CODE_LENGTH])


@dataclass(frozen=True)
class TeamPage:
    team_id: int
    team: str
    commitments: tuple[tuple[int, str], ...]   # (commitment id, its change), as the Commitments tab orders them
    measures: tuple[tuple[int, str, str], ...] = ()   # (measure id, name, unit): the network's, in its order
    sent: tuple[tuple[int, dt.date, str], ...] = ()   # the team's latest cycles in the file: (number, day, idea)


@dataclass(frozen=True)
class PhoneCycle:
    """A cycle read from a phone's form, waiting to be recorded."""

    team_id: int
    commitment_id: int
    data: CycleData
    nonce: str


@dataclass(frozen=True)
class PhoneValue:
    """A measure's value read from a phone's form, waiting to be recorded."""

    team_id: int
    measure_id: int
    period: dt.date
    value: float


class FormRefused(ValueError):
    """A phone's form refused; `key` names the sentence (TEXTS), `status` the HTTP code; `kept` what was typed."""

    def __init__(self, key: str, status: int, kept: Mapping[str, str]) -> None:
        super().__init__(key)
        self.key, self.status, self.kept = key, status, dict(kept)


class PhoneCheckin:
    def __init__(self, workspace: Workspace, cycles: Cycles, measures: Measures) -> None:
        self.ws, self.cycles, self.measures = workspace, cycles, measures
        self._lock = threading.Lock()
        self._token = ""
        self._pages: dict[str, TeamPage] = {}
        self._subs: Subscriptions | None = None
        self._seen: set[str] = set()   # forms already recorded in this run: a double tap is kept once

    # -- the owner's thread ----------------------------------------------------------------
    def open(self, run_token: str) -> None:
        """Capture started with `run_token`: take the copy of teams and commitments, keep it current."""
        self.shut()
        self._token = run_token
        subs = self.ws.bus.owner("improvement phone check-in")
        self._subs = subs
        for topic in (TeamsChanged, CommitmentsChanged, ConveningChanged, ImprovementChanged):
            subs.on(topic, lambda _c: self._refresh())
        self._refresh()

    def shut(self) -> None:
        """Capture stopped: no team page answers any more."""
        if self._subs is not None:
            self._subs.close()
            self._subs = None
        with self._lock:
            self._token, self._pages = "", {}
        self._seen = set()

    def _refresh(self) -> None:
        pages: dict[str, TeamPage] = {}
        if self._token and self.ws.store is not None:
            with self.ws.store.read() as s:
                teams = s.execute(select(m.Team.id, m.Team.name)).all()
                rows = s.execute(select(m.Commitment.id, m.Commitment.team_id, m.Commitment.change,
                                        m.Commitment.source, m.Commitment.position)).all()
            measures = tuple((x.id, x.name, x.unit) for x in self.measures.measures())
            sent: dict[int, list[tuple[int, dt.date, str]]] = {}
            for c in sorted(self.cycles.cycles(), key=lambda c: (c.tested_on, c.id)):
                sent.setdefault(c.team_id, []).append((c.number, c.tested_on, c.change_idea))
            for team_id, name in teams:
                mine = sorted((r for r in rows if r.team_id == team_id),
                              key=lambda r: (r.source == "", r.position, r.id))
                pages[team_code(self._token, team_id)] = TeamPage(team_id, name,
                                                                  tuple((r.id, r.change) for r in mine), measures,
                                                                  tuple(sent.get(team_id, [])[-SHOWN_SENT:]))
        with self._lock:
            self._pages = pages

    def address(self, capture_url: str, team_id: int) -> str:
        """The team's page while capture runs at `capture_url` ("" when it does not)."""
        with self._lock:
            token = self._token
        if not capture_url or not token:
            return ""
        return f"{capture_url}/{PATH}/{team_code(token, team_id)}"

    def store(self, cycle: PhoneCycle | PhoneValue) -> int:
        """Record a cycle or a value that came from a phone (one undoable step); the same cycle form twice is
        recorded once (a value sent twice replaces itself)."""
        if isinstance(cycle, PhoneValue):
            return self.measures.set_value(cycle.measure_id, cycle.team_id, cycle.period, cycle.value)
        key = f"{cycle.nonce}\x00{cycle.commitment_id}\x00{cycle.data.change_idea}" if cycle.nonce else ""
        if key and key in self._seen:
            return 0
        cycle_id = self.cycles.add(cycle.commitment_id, cycle.data)
        if key:
            self._seen.add(key)
        return cycle_id

    # -- the capture server's thread (no store) -----------------------------------------------
    def page(self, code: str) -> TeamPage | None:
        with self._lock:
            return self._pages.get(code)

    def read(self, code: str, fields: Mapping[str, str]) -> PhoneCycle | PhoneValue:
        """The cycle (or value) in a decoded form, or FormRefused naming what is wrong (what was typed kept)."""
        team = self.page(code)
        if fields.get("form") == "value":
            return self._read_value(team, fields)
        kept = {k: " ".join(without_controls(fields.get(k) or "").split()) for k, _label in FIELDS}
        kept["decision"] = fields.get("decision") or ""
        kept["when"] = " ".join(without_controls(fields.get("when") or "").split())[:20]
        kept["commitment"] = fields.get("commitment") or ""
        if team is None:
            raise FormRefused("unknown_team", 404, kept)
        if not team.commitments:
            raise FormRefused("no_commitments", 409, kept)
        ids = {str(cid): cid for cid, _change in team.commitments}
        commitment = ids.get(kept["commitment"]) if len(team.commitments) > 1 else team.commitments[0][0]
        if commitment is None:
            raise FormRefused("no_commitment", 400, kept)
        if not kept["change_idea"]:
            raise FormRefused("empty", 400, kept)
        for key, label in FIELDS:
            if len(kept[key]) > LIMITS[label]:
                raise FormRefused("too_long", 413, kept)
        decision = kept["decision"] if kept["decision"] in (ADOPT, ADAPT, ABANDON) else ""
        try:
            tested_on = parse_period(kept["when"]) if kept["when"] else None
        except ImprovementError:
            raise FormRefused("bad_when", 400, kept) from None
        nonce = fields.get("n") or ""
        if not 0 < len(nonce) <= 40 or any(ch not in TOKEN_ALPHABET for ch in nonce):
            nonce = ""
        return PhoneCycle(team.team_id, commitment,
                          CycleData(kept["change_idea"], kept["prediction"], kept["what_happened"],
                                    kept["learned"], decision, tested_on), nonce)

    def _read_value(self, team: TeamPage | None, fields: Mapping[str, str]) -> PhoneValue:
        kept = {k: " ".join(without_controls(fields.get(k) or "").split())[:40] for k in ("measure", "period",
                                                                                         "value")}
        if team is None:
            raise FormRefused("unknown_team", 404, kept)
        ids = {str(mid): mid for mid, _name, _unit in team.measures}
        measure = ids.get(kept["measure"]) if len(team.measures) > 1 else (
            team.measures[0][0] if team.measures else None)
        if measure is None:
            raise FormRefused("no_measure", 400, kept)
        try:
            period = parse_period(kept["period"])
        except ImprovementError:
            raise FormRefused("bad_period", 400, kept) from None
        try:
            value = parse_value(kept["value"])
        except ImprovementError:
            raise FormRefused("bad_value", 400, kept) from None
        return PhoneValue(team.team_id, measure, period, value)

    def form(self, lang: str, run_token: str, code: str, nonce: str, message_key: str = "",
             kept: Mapping[str, str] | None = None) -> str | None:
        """The team's form (None: no such team in this run); with `message_key` the problem said, typing kept."""
        from app.services.capture.page import page_html

        team = self.page(code)
        if team is None:
            return None
        t = _texts(lang)
        kept = kept or {}
        here = f"/{run_token}/{PATH}/{code}"
        other = "es" if lang == "en" else "en"
        parts = [f'<a class="switch" href="{here}?lang={other}" hreflang="{other}" lang="{other}">'
                 f"{escape(t['switch'])}</a>",
                 f"<h1>{escape(t['title'])}</h1>",
                 f'<p class="prompt">{escape(team.team)}</p>']
        if message_key and message_key not in VALUE_PROBLEMS:
            parts.append(f'<p class="msg bad" role="alert">{escape(t[message_key])}</p>')
        if not team.commitments:
            if message_key != "no_commitments":
                parts.append(f'<p class="msg bad" role="alert">{escape(t["no_commitments"])}</p>')
            parts += self._value_form(t, team, here, lang, nonce, kept, message_key)
            return page_html(lang, t["title"], "\n".join(parts))
        parts.append(f'<p class="help">{escape(t["intro"])}</p>')
        if team.sent:
            parts.append(f'<p class="help"><b>{escape(t["sent"])}</b></p><ul class="help">')
            parts += [f"<li>{escape(t['cycle'])} {n} · {day:%Y-%m-%d} · {escape(idea)}</li>"
                      for n, day, idea in team.sent]
            parts.append("</ul>")
        parts.append(f'<form method="post" action="{here}?lang={lang}" accept-charset="utf-8">')
        parts.append(f'<input type="hidden" name="n" value="{escape(nonce)}">')
        if len(team.commitments) > 1:
            parts.append(f'<fieldset><legend>{escape(t["commitment"])}</legend>')
            for cid, change in team.commitments:
                checked = " checked" if kept.get("commitment") == str(cid) else ""
                parts.append(f'<label><input type="radio" name="commitment" value="{cid}" required{checked}> '
                             f"{escape(change)}</label>")
            parts.append("</fieldset>")
        else:
            parts.append(f'<p class="help">{escape(t["commitment"])} <b>{escape(team.commitments[0][1])}</b></p>')
        for key, label in FIELDS:
            limit = LIMITS[label]
            required = " required" if key == "change_idea" else ""
            parts.append(f'<label for="{key}">{escape(t[key])}</label>'
                         f'<textarea id="{key}" name="{key}" maxlength="{limit}"{required}>'
                         f"{escape(kept.get(key, ''))}</textarea>")
        parts.append(f'<label for="when">{escape(t["when"])}</label>'
                     f'<input type="text" id="when" name="when" maxlength="10" placeholder="2027-01-15" '
                     f'autocomplete="off" value="{escape(kept.get("when", ""))}">')
        parts.append(f'<fieldset><legend>{escape(t["decision"])}</legend>')
        for value in ("", ADOPT, ADAPT, ABANDON):
            checked = " checked" if kept.get("decision", "") == value else ""
            parts.append(f'<label><input type="radio" name="decision" value="{value}"{checked}> '
                         f"{escape(t[value or 'undecided'])}</label>")
        parts.append("</fieldset>")
        parts.append(f'<button type="submit">{escape(t["send"])}</button></form>')
        parts += self._value_form(t, team, here, lang, nonce, kept, message_key)
        return page_html(lang, t["title"], "\n".join(parts))

    @staticmethod
    def _value_form(t: Mapping[str, str], team: TeamPage, here: str, lang: str, nonce: str,
                    kept: Mapping[str, str], message_key: str) -> list[str]:
        if not team.measures:
            return []
        parts = [f'<h2 id="measure">{escape(t["measure_title"])}</h2>',
                 f'<p class="help">{escape(t["measure_intro"])}</p>']
        if message_key in VALUE_PROBLEMS:
            parts.append(f'<p class="msg bad" role="alert">{escape(t[message_key])}</p>')
        parts += [f'<form method="post" action="{here}?lang={lang}#measure" accept-charset="utf-8">',
                  '<input type="hidden" name="form" value="value">',
                  f'<input type="hidden" name="n" value="{escape(nonce)}">']
        if len(team.measures) > 1:
            parts.append(f'<fieldset><legend>{escape(t["measure"])}</legend>')
            for mid, name, unit in team.measures:
                checked = " checked" if kept.get("measure") == str(mid) else ""
                shown = f"{name} ({unit})" if unit else name
                parts.append(f'<label><input type="radio" name="measure" value="{mid}" required{checked}> '
                             f"{escape(shown)}</label>")
            parts.append("</fieldset>")
        else:
            _mid, name, unit = team.measures[0]
            parts.append(f'<p class="help"><b>{escape(f"{name} ({unit})" if unit else name)}</b></p>')
        parts.append(f'<label for="period">{escape(t["period"])}</label>'
                     f'<input type="text" id="period" name="period" required maxlength="10" placeholder="2027-01" '
                     f'autocomplete="off" value="{escape(kept.get("period", ""))}">')
        parts.append(f'<label for="value">{escape(t["value"])}</label>'
                     f'<input type="text" id="value" name="value" required maxlength="20" inputmode="decimal" '
                     f'autocomplete="off" value="{escape(kept.get("value", ""))}">')
        parts.append(f'<button type="submit">{escape(t["send_value"])}</button></form>')
        return parts

    def received(self, lang: str, run_token: str, code: str, cycle: PhoneCycle | PhoneValue) -> str:
        from app.services.capture.page import page_html

        t = _texts(lang)
        team = self.page(code)
        if isinstance(cycle, PhoneValue):
            name, unit = next(((n, u) for mid, n, u in team.measures if mid == cycle.measure_id), ("", "")) \
                if team else ("", "")
            said = f"{name}: {value_text(cycle.value, unit)} · {cycle.period:%Y-%m-%d}"
            body = (f"<h1>{escape(t['measure_title'])}</h1>\n"
                    f'<p class="msg ok" role="status">{escape(t["received_value"])}</p>\n'
                    f'<p class="prompt">{escape(said)}</p>\n'
                    f'<p><a href="/{run_token}/{PATH}/{code}?lang={lang}">{escape(t["again"])}</a></p>')
            return page_html(lang, t["received_value"], body)
        change = next((c for cid, c in team.commitments if cid == cycle.commitment_id), "") if team else ""
        body = (f"<h1>{escape(t['title'])}</h1>\n"
                f'<p class="msg ok" role="status">{escape(t["received"])}</p>\n'
                + (f'<p class="help">{escape(change)}</p>\n' if change else "")
                + f'<p class="prompt">{escape(cycle.data.change_idea)}</p>\n'
                f'<p><a href="/{run_token}/{PATH}/{code}?lang={lang}">{escape(t["again"])}</a></p>')
        return page_html(lang, t["received"], body)

    def find(self, typed: str) -> str | None:
        """The team code as typed on a phone (spaces and capitals forgiven), if a team has it in this run."""
        code = "".join(typed.split()).lower()
        return code if self.page(code) is not None else None

    def link(self, lang: str, run_token: str) -> str:
        """Under the notes page: the way to a team's own page, when there are teams."""
        with self._lock:
            if not self._pages:
                return ""
        return (f'<p><a href="/{run_token}/{PATH}?lang={lang}">{escape(_texts(lang)["team_link"])}</a></p>')

    def code_form(self, lang: str, run_token: str, message_key: str = "", typed: str = "") -> str:
        """Asks for the team's code (a GET form: the code goes in the address, nothing is stored)."""
        from app.services.capture.page import page_html

        t = _texts(lang)
        other = "es" if lang == "en" else "en"
        here = f"/{run_token}/{PATH}"
        parts = [f'<a class="switch" href="{here}?lang={other}" hreflang="{other}" lang="{other}">'
                 f"{escape(t['switch'])}</a>",
                 f"<h1>{escape(t['code_title'])}</h1>"]
        if message_key:
            parts.append(f'<p class="msg bad" role="alert">{escape(t[message_key])}</p>')
        parts.append(f'<form method="get" action="{here}">'
                     f'<input type="hidden" name="lang" value="{lang}">'
                     f'<label for="code">{escape(t["code"])}</label>'
                     f'<span class="help" id="code-help">{escape(t["code_help"])}</span>'
                     f'<input type="text" id="code" name="code" required maxlength="20" autocomplete="off" '
                     f'autocapitalize="none" aria-describedby="code-help" value="{escape(typed)}">'
                     f'<button type="submit">{escape(t["go"])}</button></form>')
        return page_html(lang, t["code_title"], "\n".join(parts))

    def problem(self, lang: str, key: str) -> str:
        from app.services.capture.page import page_html

        text = _texts(lang)[key]
        return page_html(lang, text, f'<p class="msg bad" role="alert">{escape(text)}</p>')


def _texts(lang: str) -> dict[str, str]:
    return TEXTS.get(lang, TEXTS["en"])
