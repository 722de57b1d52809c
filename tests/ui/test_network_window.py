"""File > Open network…: a folder of convening files as one year, in a window that fits 1024x768."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget

from app.domain.clock import FakeClock
from app.services.pairing.tables import TableRules
from app.ui.network.network_window import NOT_SHOWN, NetworkWindow, open_network_window
from tests.conftest import DEMO_MORNING
from tests.services.network_files import Opened, build_next, digest, make_demo

pytestmark = pytest.mark.gui
LOOK = Path("/tmp/convene-look")


@pytest.fixture
def folder(tmp_path, data_dir) -> Path:
    year = tmp_path / "year"
    year.mkdir()
    clock = FakeClock(DEMO_MORNING)
    launch = make_demo(year / "launch.convene", clock)
    with Opened(launch, clock, data_dir) as s:
        s.pairing.tables.compute(TableRules(size=6, min_size=5, max_size=7, mix=("role",), alike="", team="apart"), 2)
    spring = year / "spring.convene"
    build_next(launch, spring, clock, "Spring Convening", "2027-04-15")
    with Opened(spring, clock, data_dir) as s:
        s.pairing.compute_rounds(1)
    with sqlite3.connect(spring) as conn:
        conn.execute("UPDATE team SET name = 'Westlake Acad' WHERE name = 'Westlake Academy'")
    conn.close()
    return year


def table(win: NetworkWindow, title: str) -> QTableWidget:
    for i in range(win.tabs.count()):
        if win.tabs.tabText(i).replace("&", "") == title:
            w = win.tabs.widget(i)
            return w if isinstance(w, QTableWidget) else w.findChildren(QTableWidget)[0]
    raise AssertionError(f"no tab {title}")


def cells(t: QTableWidget) -> list[list[str]]:
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_the_window_reads_the_folder_and_writes_the_csvs_and_pdf_leaving_every_file_as_it_was(
        console, sync_jobs, folder, tmp_path, qtbot):
    before = {p.name: digest(p) for p in folder.iterdir()}
    act = next(a for a in console.import_menu.parentWidget().actions() if a.objectName() == "open_network")
    assert act.isEnabled() and act.text() == "Open ne&twork…"
    win = open_network_window(console)
    assert win.isVisible() and not win.csv_button.isEnabled()
    win.read(folder)
    assert win.outcome == "done", win.status.text()
    assert win.status.text() == "Read 2 convening files."
    assert [r[1] for r in cells(table(win, "Convenings"))] == ["Open Doors to Aid — Launch Intensive",
                                                               "Spring Convening"]
    assert len(cells(table(win, "Buddy schools"))) == 12 + 6
    talk = cells(table(win, "Talk balance"))
    assert {r[1] for r in talk} == {"Role", "Race/ethnicity", "Years in the network"}
    assert all(r[2] != NOT_SHOWN for r in talk)
    said = [label.text() for label in win.tabs.widget(2).findChildren(QLabel)]
    assert said[0].startswith("48 people at tables; 240 pairs of people have shared a table, 0 more than once")
    assert "Nobody has sat with the same person twice this year." in said   # two rounds, no repeat
    assert {r[1] for r in cells(table(win, "Tablemates"))} == {"10"}   # each sat with 10 others, 5 a round
    assert "Westlake Acad" in {name for r in cells(table(win, "Commitments")) for name in r[1:2]}
    # one team, two spellings: said in the window, read again
    win.same.setPlainText("Westlake Academy = Westlake Acad")
    win.reread_button.click()
    assert win.outcome == "done"
    assert "Westlake Academy" not in {r[1] for r in cells(table(win, "Commitments"))}
    written = win.write_csv(tmp_path / "csv")
    assert [p.name for p in written] == ["pairs.csv", "commitments.csv", "talk.csv", "pdsa.csv", "measures.csv"]
    opened: list = []
    win.opener = opened.append
    win.open_written()
    assert opened[-1].toLocalFile() == str(tmp_path / "csv")
    win.write_pdf(tmp_path / "year", private=False)
    assert win.outcome == "done" and (tmp_path / "year.pdf").stat().st_size > 10_000
    assert win.open_button.isVisible()
    win.open_button.click()
    assert opened[-1].toLocalFile() == str(tmp_path / "year.pdf")
    assert {p.name: digest(p) for p in folder.iterdir()} == before
    look(win, qtbot)
    win.close()


def test_a_folder_without_convening_files_says_so(console, sync_jobs, tmp_path):
    win = open_network_window(console)
    win.read(tmp_path)
    assert win.status.text() == f"{tmp_path.name} holds no convening files (*.convene)."
    assert win.year is None and not win.pdf_button.isEnabled()
    win.same.setPlainText("just one name")
    win.read(tmp_path)
    assert win.status.text().startswith("--same “just one name”: write two spellings")
    win.close()


def look(win: NetworkWindow, qtbot) -> None:
    """The window at 1024x768 (it must fit) and 1920x1080, each tab, to PNG."""
    LOOK.mkdir(parents=True, exist_ok=True)
    hint = win.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 740, hint
    for w, h in ((1000, 700), (1900, 1040)):
        win.resize(w, h)
        for i in range(win.tabs.count()):
            win.tabs.setCurrentIndex(i)
            QApplication.processEvents()
            name = win.tabs.tabText(i).replace("&", "").replace(" ", "_").lower()
            win.grab().save(str(LOOK / f"network_{w}_{name}.png"))


def test_the_pdsa_cycles_and_measures_tabs_show_the_year_and_fit_1024x768(console, sync_jobs, tmp_path, data_dir,
                                                                          qtbot):
    from app.services.network.handout import NETWORK
    from tests.services.test_network_improvement import three_convenings

    folder = tmp_path / "three"
    _clock, team, other = three_convenings(folder, data_dir)
    win = open_network_window(console)
    win.read(folder)
    assert win.outcome == "done", win.status.text()
    pdsa = cells(table(win, "PDSA cycles"))
    assert [(r[0], r[2], r[3], r[7]) for r in pdsa] == [
        (team, "1", "Texts in Spanish", "Adapt"), (team, "2", "Texts in the evening", "Adopt"),
        (team, "3", "Texts from students", "Adopt")], "each cycle once"
    assert pdsa[0][6] == "Evenings work better" and pdsa[2][8].startswith("Summer Institute")
    measures = cells(table(win, "Measures"))
    assert [r[1] for r in measures] == [NETWORK, *sorted((team, other), key=str.casefold)]
    mine = next(r for r in measures if r[1] == team)
    assert mine[2] == "Feb 2027: 31.5% · May 2027: 44% · Aug 2027: 52%"
    assert mine[4] == "Only 3 points so far: too few to see a signal."
    from app.ui.network.network_window import RunChartView

    t = table(win, "Measures")
    [view] = t.parent().findChildren(RunChartView)
    assert view.chart is not None and view.chart.network and view.chart.chart.values == (25.75, 37.0, 46.0)
    t.setCurrentCell([r[1] for r in measures].index(team), 0)   # choosing a row shows its chart
    assert view.whose == team and view.chart.chart.values == (31.5, 44.0, 52.0)
    assert [n for _d, n in view.chart.cycles] == [1, 2, 3]
    assert view.accessibleDescription() == f"{team}: Only 3 points so far: too few to see a signal."
    look(win, qtbot)
    win.close()


def test_a_year_without_cycles_or_measures_says_so(console, sync_jobs, folder):
    win = open_network_window(console)
    win.read(folder)
    tabs = {win.tabs.tabText(i).replace("&", ""): win.tabs.widget(i) for i in range(win.tabs.count())}
    said = [label.text() for name in ("PDSA cycles", "Measures") for label in tabs[name].findChildren(QLabel)]
    assert "No PDSA cycles were recorded this year." in said
    assert "No measure values were reported this year." in said
    win.close()
