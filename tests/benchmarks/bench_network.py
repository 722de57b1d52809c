"""A network's year: 8 convening files of the largest size (150 people, 2,000 notes, 100,000 talk turns,
90 PDSA cycles and 240 measure values each) opened as a network (`NetworkService.year`: every file checked,
read read-only, teams matched, talk per lens per convening through the suppression, the PDSA cycles and
measure values each once), against reading the same rows with bare sqlite3 in the same
run (the floor: the same tables' rows, no checks, no grouping). The files are built once into a temporary
folder with direct inserts (the services would take minutes for 100,000 turns), then copied 8 times.

    .venv/bin/python tests/benchmarks/bench_network.py

Last line: RESULT network_s=... floor_s=... ratio=...   Target: network_s <= 2 (issue 25).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

FILES = 8
PEOPLE = 150
TEAMS = 30
NOTES = 2_000
TURNS = 100_000
CONVERSATIONS = 20
RUNS = 3
CYCLES = 3
PERIODS = 8


def build_big(path: Path) -> None:
    """One convening file at the head schema, filled with direct inserts."""
    from app.domain.clock import SystemClock
    from app.services.core.records import ConveningDetails, DayDetails
    from app.services.core.workspace import Workspace

    ws = Workspace(SystemClock(), path.parent / "data")
    ws.new(path, ConveningDetails("Big convening", "Bench Network", days=(DayDetails(dt.date(2027, 1, 21)),
                                                                          DayDetails(dt.date(2027, 1, 22)))))
    ws.close()
    rnd = random.Random(25)
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany("INSERT INTO team (id, name, district, region, level, focus) VALUES (?, ?, '', '', '', '')",
                         [(t, f"School {t:02d}") for t in range(1, TEAMS + 1)])
        conn.executemany("INSERT INTO participant (id, name, pronouns, email, role, team_id) VALUES (?, ?, '', '', ?, ?)",
                         [(p, f"Person {p:03d}", ("teacher", "counselor", "principal", "student")[p % 4],
                           1 + p % TEAMS) for p in range(1, PEOPLE + 1)])
        for lens_id, (name, values) in enumerate((("Role", ("teacher", "counselor", "principal", "student")),
                                                  ("Race/ethnicity", ("Black", "Latinx", "White", "Asian",
                                                                      "Indigenous", "Prefer not to say")),
                                                  ("Years in the network", ("New", "1-2", "3 or more"))), start=1):
            conn.execute("INSERT INTO lens (id, name, position, sensitive) VALUES (?, ?, ?, 0)", (lens_id, name, lens_id))
            conn.executemany("INSERT INTO lens_value (lens_id, participant_id, value) VALUES (?, ?, ?)",
                             [(lens_id, p, values[rnd.randrange(len(values))]) for p in range(1, PEOPLE + 1)])
        members = json.dumps(list(range(1, PEOPLE + 1)))
        conn.executemany("INSERT INTO talk_conversation (id, title, scope, members_json, pinned_json, roles_json, "
                         "goals_json, created_us) VALUES (?, ?, 'Whole room', ?, '[]', '{}', '[]', 0)",
                         [(c, f"Conversation {c}", members) for c in range(1, CONVERSATIONS + 1)])
        start = 1_800_000_000_000_000
        conn.executemany("INSERT INTO talk_segment (participant_id, started_us, ended_us, conversation_id) "
                         "VALUES (?, ?, ?, ?)",
                         [(rnd.randrange(1, PEOPLE + 1), start + n * 30_000_000, start + n * 30_000_000 +
                           rnd.randrange(2, 28) * 1_000_000, 1 + n % CONVERSATIONS) for n in range(TURNS)])
        conn.execute("INSERT INTO board (id, title, created_us, prompt, layout, show_authors, only_in_control, "
                     "votes_per_person, votes_per_cluster) VALUES (1, 'Notes', 0, '', 'wall', 0, 0, 3, 0)")
        conn.executemany("INSERT INTO note (board_id, text, x, y, created_us, colour, author) "
                         "VALUES (1, ?, 0, 0, 0, 'yellow', '')",
                         [(f"Note {n}: what we noticed about aid completion this week",) for n in range(NOTES)])
        for r in range(4):
            conn.execute("INSERT INTO pairing_round (id, position, title, criteria_json, created_us) "
                         "VALUES (?, ?, ?, '{}', 0)", (r + 1, r, f"Round {r + 1}"))
            teams = list(range(1, TEAMS + 1))
            rnd.shuffle(teams)
            conn.executemany("INSERT INTO pair (round_id, team_a_id, team_b_id, explanation, score, locked) "
                             "VALUES (?, ?, ?, '', 0, 0)", [(r + 1, teams[i], teams[i + 1]) for i in range(0, TEAMS, 2)])
        for r in range(2):
            conn.execute("INSERT INTO seating_round (id, position, title, rules_json, created_us) "
                         "VALUES (?, ?, ?, '{}', 0)", (r + 1, r, f"Tables {r + 1}"))
            people = list(range(1, PEOPLE + 1))
            rnd.shuffle(people)
            conn.executemany("INSERT INTO seat (round_id, participant_id, table_number) VALUES (?, ?, ?)",
                             [(r + 1, p, 1 + i // 6) for i, p in enumerate(people)])
        conn.executemany("INSERT INTO commitment (team_id, position, change, who, by_when, measure, support, "
                         "support_from, status, learned, source, source_ref, created_us, updated_us) "
                         "VALUES (?, 1, ?, '', '', '', '', '', 'done', '', '', '', 0, 0)",
                         [(t, f"Commitment of school {t}") for t in range(1, TEAMS + 1)])
        # PDSA cycles (3 on each team's commitment) and a measure with 8 periods of every team's values
        conn.executemany("INSERT INTO pdsa_cycle (commitment_id, number, tested_on, change_idea, prediction, "
                         "what_happened, learned, decision, source, source_ref, created_us, updated_us) "
                         "VALUES (?, ?, ?, ?, 'More will finish', 'Some did', 'Evenings work', 'adapt', '', '', 0, 0)",
                         [(t, c, f"2027-0{c}-10", f"Change idea {c} of school {t}") for t in range(1, TEAMS + 1)
                          for c in range(1, CYCLES + 1)])
        conn.execute("INSERT INTO measure (id, name, unit, higher_is_better, position, created_us) "
                     "VALUES (1, 'FAFSA completion', '%', 1, 1, 0)")
        conn.executemany("INSERT INTO measure_value (measure_id, team_id, period, value, source, created_us) "
                         "VALUES (1, ?, ?, ?, '', 0)",
                         [(t, f"2027-{m:02d}-01", round(rnd.uniform(20, 80), 1)) for t in range(1, TEAMS + 1)
                          for m in range(1, PERIODS + 1)])
    conn.close()


def year_files(folder: Path) -> list[Path]:
    base = folder / "big.convene"
    build_big(base)
    files = []
    for n in range(FILES):
        f = folder / "year" / f"{n + 1} convening.convene"
        f.parent.mkdir(exist_ok=True)
        shutil.copyfile(base, f)
        conn = sqlite3.connect(f)
        with conn:
            conn.execute("UPDATE convening SET title = ?", (f"Convening {n + 1}",))
            first = dt.date(2027, 1, 21) + dt.timedelta(days=45 * n)
            conn.execute("UPDATE day SET date = ? WHERE position = 0", (first.isoformat(),))
            conn.execute("UPDATE day SET date = ? WHERE position = 1", ((first + dt.timedelta(days=1)).isoformat(),))
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.close()
        files.append(f)
    return files


FLOOR_QUERIES = (
    "SELECT title, organisation FROM convening", "SELECT date FROM day ORDER BY position",
    "SELECT id, name FROM team", "SELECT id, name FROM participant",
    "SELECT round_id, team_a_id, team_b_id, team_c_id FROM pair", "SELECT id, position, title FROM pairing_round",
    "SELECT round_id, participant_id, table_number FROM seat", "SELECT id, position, title FROM seating_round",
    "SELECT team_id, change, status, source, learned FROM commitment",
    "SELECT team_id, what_worked, for_whom, evidence FROM bright_spot",
    "SELECT participant_id, started_us, ended_us, seen_us FROM talk_segment", "SELECT members_json FROM talk_conversation",
    "SELECT lens_id, participant_id, value FROM lens_value", "SELECT id, name FROM lens",
    "SELECT commitment_id, number, tested_on, change_idea, prediction, what_happened, learned, decision, source "
    "FROM pdsa_cycle", "SELECT measure_id, team_id, period, value, source FROM measure_value",
    "SELECT id, name, unit, higher_is_better FROM measure",
)


def floor(files: list[Path]) -> int:
    """The same rows, read with bare sqlite3 (read-only), no checks and nothing made of them."""
    rows = 0
    for f in files:
        conn = sqlite3.connect(f"{f.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        for q in FLOOR_QUERIES:
            rows += len(conn.execute(q).fetchall())
        conn.close()
    return rows


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def main() -> None:
    from app.domain.clock import SystemClock
    from app.services.network.service import NetworkService

    tmp = Path(tempfile.mkdtemp(prefix="bench-network-"))
    try:
        t = time.perf_counter()
        files = year_files(tmp)
        size_mb = files[0].stat().st_size / 1e6
        print(f"built {FILES} files of {size_mb:.1f} MB in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        before = digest(files[0].parent)
        service = NetworkService(SystemClock())
        network, floors = [], []
        for _ in range(RUNS):
            t = time.perf_counter()
            year = service.year(files[0].parent)
            network.append(time.perf_counter() - t)
            t = time.perf_counter()
            floor(files)
            floors.append(time.perf_counter() - t)
        assert len(year.convenings) == FILES and not year.skipped, year.skipped
        assert digest(files[0].parent) == before, "a file changed"
        assert year.talk and all(not t.suppressed for t in year.talk)
        assert len(year.pdsa) == FILES * TEAMS * CYCLES and len(year.measures) == TEAMS * PERIODS, "each once"
        network_s, floor_s = statistics.median(network), statistics.median(floors)
        print(f"RESULT network_s={network_s:.3f} floor_s={floor_s:.3f} ratio={network_s / floor_s:.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
