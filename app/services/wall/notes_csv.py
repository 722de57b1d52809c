"""Notes in CSV files: reading a notes CSV (for import), and suggested clusters for one (`convene
notes cluster`), with the same decoding as rosters and the same suggestions as the wall."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from app.domain.people.decode import MAX_FILE_BYTES, RosterError, decode_csv
from app.i18n import _
from app.services.wall.records import WallError

TEXT_HEADINGS = ("text", "note", "notes", "idea", "texto", "nota")
AUTHOR_HEADINGS = ("author", "team", "name", "autor", "equipo")
COLOUR_HEADINGS = ("colour", "color")


class ClusteredCsv(NamedTuple):
    headers: list[str]
    rows: list[list[str]]
    clusters: list[int | None]      # per row: 1, 2, … (largest first); None for a row with no text
    names: dict[int, str]

    @property
    def cluster_count(self) -> int:
        return len(self.names)


def _read_notes_csv(path: Path):
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise WallError(_("{name} is over 20 MB: that is not a notes file.").format(name=path.name))
        data = path.read_bytes()
    except OSError as exc:
        raise WallError(_("Cannot read {name}: {value}.").format(name=path.name, value=exc.strerror or exc)) from exc
    try:
        table = decode_csv(data)
    except RosterError as exc:
        raise WallError(_("{file}: {problem}").format(file=path.name, problem=exc)) from exc
    heads = [h.strip().casefold() for h in table.headers]
    col = next((heads.index(h) for h in TEXT_HEADINGS if h in heads), None)
    if col is None:
        raise WallError(_("{name} has no “text” column (its columns: {join}). Name the column that holds the notes “text”.").format(name=path.name, join=', '.join(table.headers)))
    return table, heads, col


def cluster_csv(path: Path | str, k: int | None = None, embedder=None, progress=None) -> ClusteredCsv:
    """Suggested clusters for every note of a CSV, with the code (and the job) the wall uses;
    `progress(Progress)` hears how far it is (the model loading, then the notes read). Over
    MAX_NOTES notes (10,000) it refuses in one sentence before loading anything."""
    from app.services.core.jobs import CancelToken, drive
    from app.services.wall import vectors as wv
    from app.services.wall.encoder import embedder as default_embedder

    table, heads, col = _read_notes_csv(Path(path))
    width = len(table.headers)
    rows = [list(cells) + [""] * (width - len(cells)) for _, cells in table.rows]
    texts = {i: r[col].strip() for i, r in enumerate(rows) if r[col].strip()}
    wv.too_many(len(texts), Path(path).name, "split the file")
    job = wv.suggest_job(embedder or default_embedder(), texts, {}, k, keep_singles=True)
    groups = drive(job, CancelToken(), progress or (lambda _p: None)).suggestions
    labels: list[int | None] = [None] * len(rows)
    names = {}
    for number, g in enumerate(groups, start=1):
        names[number] = g.name
        for i in g.note_ids:
            labels[i] = number
    return ClusteredCsv(list(table.headers), rows, labels, names)


def write_clustered(table: ClusteredCsv) -> str:
    import io

    from app.domain import csv_cells

    heads = [h for h in table.headers]
    keep = [i for i, h in enumerate(heads) if h.strip().casefold() not in ("cluster", "cluster_name")]
    out = io.StringIO()
    w = csv_cells.writer(out, lineterminator="\n")
    w.writerow([heads[i] for i in keep] + ["cluster", "cluster_name"])
    for row, label in zip(table.rows, table.clusters):
        w.writerow([row[i] for i in keep] + ["" if label is None else label,
                                               "" if label is None else table.names[label]])
    return out.getvalue()
