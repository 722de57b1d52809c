"""The console's translations are whole and current: every text of app/ui (the projector aside) is marked for
translation, translations/convene_es.ts has a Spanish text for each and nothing left over, convene_en.ts has
English's plural forms, and the committed app/ui/i18n/*.qm are what pyside6-lrelease makes of them
(`make translations` does all of it)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# (the .ts, lupdate's options for it): Spanish has every text; English only its plurals.
CATALOGUES = {"es": ["-target-language", "es"], "en": ["-target-language", "en", "-pluralonly"]}


def console_sources() -> list[Path]:
    """What `make translations` reads: app/ui without the projector (app/ui/projector, app/ui/render.py)."""
    ui = ROOT / "app" / "ui"
    return sorted(p for p in ui.rglob("*.py") if "projector" not in p.relative_to(ui).parts and p.name != "render.py")


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed (it ships with PySide6)")
    return found


def messages(ts: Path) -> list[ET.Element]:
    return [m for ctx in ET.parse(ts).getroot() for m in ctx.findall("message")]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_lupdate_finds_nothing_untranslated_and_nothing_left_over(tmp_path, lang):
    """lupdate over today's code, into a copy: every text has its translation, and none is vanished or obsolete."""
    copy = tmp_path / f"convene_{lang}.ts"
    shutil.copy(ROOT / "translations" / copy.name, copy)
    result = subprocess.run([tool("pyside6-lupdate"), *map(str, console_sources()), "-ts", str(copy),
                             *CATALOGUES[lang], "-locations", "none"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    found = messages(copy)
    assert len(found) > (1000 if lang == "es" else 10), "lupdate found the console's texts"
    unfinished = [m.findtext("source") for m in found if m.find("translation").get("type") == "unfinished"]
    assert not unfinished, f"{len(unfinished)} texts have no Spanish yet (make translations, then translate):\n" + \
        "\n".join(unfinished[:40])
    gone = [m.findtext("source") for m in found if m.find("translation").get("type") in ("vanished", "obsolete")]
    assert not gone, f"texts no longer in the code (make translations drops them): {gone[:40]}"
    plural = [m for m in found if m.get("numerus") == "yes"]
    assert plural, "some plurals are Qt %n forms"
    for m in plural:
        forms = [f.text for f in m.find("translation").findall("numerusform")]
        assert len(forms) == 2 and all(forms), f"two plural forms: {m.findtext('source')}"
        assert "(s)" not in "".join(forms), f"a real plural, not “(s)”: {forms}"


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_committed_qm_is_what_lrelease_makes_of_the_ts(tmp_path, lang):
    fresh = tmp_path / f"convene_{lang}.qm"
    committed = ROOT / "app" / "ui" / "i18n" / fresh.name
    result = subprocess.run([tool("pyside6-lrelease"), str(ROOT / "translations" / f"convene_{lang}.ts"),
                             "-qm", str(fresh)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert fresh.read_bytes() == committed.read_bytes(), f"{committed.name} is stale: run make translations"


# -- the scanner: no text literal reaches a widget without going through translate -----------------------

# Calls whose every string argument is shown.
ALL_ARGS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "showMessage", "setWhatsThis",
    "setAccessibleName", "setAccessibleDescription", "setTabText", "setTitle", "setLabelText", "setInformativeText",
    "setDetailedText", "setSuffix", "setPrefix", "setSpecialValueText", "setTabToolTip", "setCancelButtonText",
    "setHtml", "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addItems",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton", "QCommandLinkButton",
    "QMessageBox", "information", "warning", "critical", "question", "getText", "getInt", "getItem", "getDouble",
    "getMultiLineText", "getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory",
    "QFileDialog", "QProgressDialog", "setNameFilter",
}
# Calls whose first text argument is shown (the others are data: addItem(text, userData)).
FIRST_ARG = {
    "addAction", "addMenu", "addTab", "insertTab", "addItem", "insertItem", "addRow", "insertRow", "addButton",
    "QAction", "QMenu", "setItemText", "setButtonText", "QTableWidgetItem", "QListWidgetItem", "QStandardItem",
    "QTreeWidgetItem",
}
# The console's own helpers that put text on screen: argument positions (None: all of them).
HELPERS: dict[str, tuple[int, ...] | None] = {
    "button": None, "_button": (0, 1), "line": None, "report": None, "say": None, "_say": None,
    "show_problem": (0,), "show_error": (0,), "_show_error": None, "_after_edit": (0,), "_text_box": (0, 1),
    "_combo": (0, 1), "hint": None, "error": (0, 1), "info": (0, 1), "_option_row": (1, 3), "_time_edit": None,
    "_action": (1,), "_section": (0,), "_try": (1,), "_spin": (3,), "_start": (2,), "_ended": (1,),
    "JobBar": (1,), "Column": (0,), "drawText": None, "horizontalAdvance": None, "mnemonic_safe": None,
    "_on_problem": None, "_table": None,
}
KEYWORDS = {"text", "title", "toolTip", "statusTip", "placeholderText", "windowTitle", "accessibleName"}
TRANSLATORS = {"translate", "tr", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _name(call: ast.Call) -> str | None:
    fn = call.func
    return fn.attr if isinstance(fn, ast.Attribute) else fn.id if isinstance(fn, ast.Name) else None


def _words(text: str) -> bool:
    """Letters before a tab (after it, a menu item shows its key: "\tF10", not a text)."""
    return any(c.isalpha() for c in text.split("\t")[0])


def _is_text(node: ast.AST) -> bool:
    """A string literal with a letter in it (a separator such as " · " is not a text, nor a key after a tab)."""
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and _words(str(v.value)) for v in node.values)
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and _words(node.value)


def _leaves(node: ast.AST):
    if _is_text(node):
        yield node
    elif isinstance(node, ast.IfExp):
        yield from _leaves(node.body)
        yield from _leaves(node.orelse)
    elif isinstance(node, (ast.List, ast.Tuple)):
        for e in node.elts:
            yield from _leaves(e)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        yield from _leaves(node.left)
        if isinstance(node.op, ast.Add):
            yield from _leaves(node.right)


def shown_literals(call: ast.Call):
    name = _name(call)
    args: list[ast.AST] = []
    if name in ALL_ARGS:
        args = list(call.args)
    elif name in FIRST_ARG:
        # the first argument that is the text (an icon may come before it; data such as userData after it)
        args = next(([a] for a in call.args if _is_text(a) or isinstance(a, ast.IfExp)
                     or (isinstance(a, ast.Call) and _name(a) in TRANSLATORS)), [])
    elif name in HELPERS:
        where = HELPERS[name]
        args = [a for i, a in enumerate(call.args) if where is None or i in where]
    args += [k.value for k in call.keywords if k.arg in KEYWORDS]
    for a in args:
        yield from _leaves(a)


def untranslated(source: str, filename: str = "<code>") -> list[str]:
    """Each text literal handed to a widget (or a helper that shows it) outside translate(), as file:line: text."""
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}

    def translated(node: ast.AST) -> bool:
        while node in parents:
            node = parents[node]
            if isinstance(node, ast.Call) and _name(node) in TRANSLATORS:
                return True
        return False

    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for leaf in shown_literals(node):
                if not translated(leaf):
                    found.append(f"{filename}:{leaf.lineno}: {ast.unparse(leaf)[:80]}")
    return found


def test_the_scanner_finds_what_it_looks_for():
    code = '''
label = QLabel("Agenda")
box.setToolTip(f"{n} notes waiting")
combo.addItem("Whole room", "room")
self.status.showMessage("Saved" if ok else "Not saved", 3000)
menu.addAction(QCoreApplication.translate("X", "&Quit"))
self.error("Cannot open", QCoreApplication.translate("X", "Nothing was changed."))
combo.addItem(QCoreApplication.translate("X", "Team {name}").format(name=name), team_id)
combo.addItem(QCoreApplication.translate("X", "Mixed tables"), "mixed")
layout.addWidget(QLabel(" · "))
menu.addAction(f"{label}\tF10")
'''
    found = untranslated(code)
    assert [f.split(": ", 1)[1] for f in found] == ["'Agenda'", "f'{n} notes waiting'", "'Whole room'", "'Saved'",
                                                   "'Not saved'", "'Cannot open'"]


def test_no_text_reaches_a_console_widget_untranslated():
    found = []
    for path in console_sources():
        found += untranslated(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not found, f"{len(found)} texts shown without QCoreApplication.translate:\n" + "\n".join(found)
