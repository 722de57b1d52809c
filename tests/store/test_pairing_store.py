"""Revision 0004 (pairing): a file from 0003 with a round in it upgrades and keeps its pairs."""

from __future__ import annotations

import sqlite3

from sqlalchemy import create_engine, inspect

from app.store import models as m
from app.store.database import open_store
from app.store.migrate import upgrade


def test_a_round_stored_before_0004_keeps_its_pairs(tmp_path):
    path = tmp_path / "old.convene"
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        upgrade(conn, "0003")
    engine.dispose()
    conn = sqlite3.connect(path)
    conn.executescript("""
        INSERT INTO team (id, name, district, region, level, focus) VALUES (1, 'Roosevelt', '', '', '', ''), (2, 'Lincoln', '', '', '', '');
        INSERT INTO pairing_round (id, position, title, criteria_json, created_us) VALUES (1, 0, 'Round 1', '{}', 0);
        INSERT INTO pair (id, round_id, team_a_id, team_b_id, team_c_id, explanation) VALUES (1, 1, 1, 2, NULL, 'first time together');
    """)
    conn.commit()
    conn.close()
    store = open_store(path, tmp_path / "backups")
    try:
        with store.read() as s:
            p = s.get(m.Pair, 1)
            assert (p.round_id, p.team_a_id, p.team_b_id, p.explanation) == (1, 1, 2, "first time together")
            assert p.score == 0 and p.locked is False
        tables = set(inspect(store.engine).get_table_names())
        assert {"pairing_criterion", "team_attribute", "do_not_pair", "pairing_absence", "pairing_history",
                "seating_round", "seat"} <= tables
    finally:
        store.close()
