"""The catalogue's tools, standard library only: read the `.po`, compile it to the `.mo` gettext reads, and
find every message the code marks (an `ast` scan, so no xgettext is needed).

`python -m app.i18n.catalogue` (what `make translations` runs) compiles every `.po` under app/i18n/locale and
lists the marked messages the Spanish catalogue lacks, and its entries no code uses any more.
"""

from __future__ import annotations

import ast
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

from app.i18n import DOMAIN, LOCALE_DIR

APP_DIR = Path(__file__).resolve().parents[1]
# Calls whose first argument is a message: _("..."), N_("..."), x.gettext("..."), the handout's w._ / w.p_.
SINGULAR = frozenset({"_", "N_", "gettext", "p_"})
# Calls whose first two arguments are the singular and the plural: ngettext("...", "...", n), w.n_ / w.pn_.
PLURAL = frozenset({"ngettext", "n_", "pn_"})
# Qt's side is translated by Qt's own tools (translations/*.ts): the scan leaves app/ui out.
SKIP = ("ui",)


@dataclass(frozen=True)
class Entry:
    msgid: str
    msgstr: tuple[str, ...]          # one, or one per plural form
    plural: str = ""                 # msgid_plural, "" for a singular message
    fuzzy: bool = False

    @property
    def key(self) -> str:
        return f"{self.msgid}\0{self.plural}" if self.plural else self.msgid


def _unquote(token: str, where: str) -> str:
    token = token.strip()
    if not (token.startswith('"') and token.endswith('"')):
        raise ValueError(f"{where}: expected a quoted string, got {token[:40]!r}")
    return ast.literal_eval(token)


def read_po(text: str, name: str = "convene.po") -> list[Entry]:
    """Entries of a `.po` file (the header is the entry whose msgid is ""). A comment or a msgid after a
    msgstr begins the next entry; "#, fuzzy" marks the entry it stands before."""
    entries: list[Entry] = []
    cur: dict[str, str] = {}
    field = ""
    fuzzy = False

    def flush() -> None:
        nonlocal cur, fuzzy, field
        if "msgid" in cur:
            forms = sorted((k for k in cur if k.startswith("msgstr[")), key=lambda k: int(k[7:-1]))
            strs = tuple(cur[k] for k in forms) if forms else (cur.get("msgstr", ""),)
            entries.append(Entry(cur["msgid"], strs, cur.get("msgid_plural", ""), fuzzy))
            fuzzy = False
        cur, field = {}, ""

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        where = f"{name}, line {number}"
        if not line:
            continue
        if line.startswith("#"):
            if field.startswith("msgstr"):
                flush()
            if line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
            continue
        if line.startswith('"'):
            if not field:
                raise ValueError(f"{where}: a string outside any field")
            cur[field] += _unquote(line, where)
            continue
        keyword, _sep, rest = line.partition(" ")
        if keyword not in ("msgid", "msgid_plural", "msgstr", "msgctxt") and not keyword.startswith("msgstr["):
            raise ValueError(f"{where}: unknown keyword {keyword!r}")
        if keyword == "msgid" and field.startswith("msgstr"):
            flush()
        field = keyword
        cur[field] = _unquote(rest, where)
    flush()
    return entries


def mo_bytes(entries: list[Entry]) -> bytes:
    """The GNU `.mo` file of `entries` (as msgfmt writes it: keys sorted, no hash table). Fuzzy and
    untranslated entries are left out, so gettext falls back to English for them."""
    pairs = {e.key: "\0".join(e.msgstr) for e in entries
             if not e.fuzzy and all(e.msgstr) and (e.msgid or e.msgstr[0])}
    keys = sorted(pairs)
    ids = b""
    strs = b""
    offsets = []
    for k in keys:
        kb, vb = k.encode("utf-8"), pairs[k].encode("utf-8")
        offsets.append((len(ids), len(kb), len(strs), len(vb)))
        ids += kb + b"\0"
        strs += vb + b"\0"
    n = len(keys)
    key_start = 7 * 4 + 16 * n
    value_start = key_start + len(ids)
    koffsets: list[int] = []
    voffsets: list[int] = []
    for o1, l1, o2, l2 in offsets:
        koffsets += [l1, o1 + key_start]
        voffsets += [l2, o2 + value_start]
    header = struct.pack("Iiiiiii", 0x950412DE, 0, n, 7 * 4, 7 * 4 + n * 8, 0, 0)
    return header + struct.pack(f"{len(koffsets)}i", *koffsets) + struct.pack(f"{len(voffsets)}i", *voffsets) + ids + strs


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def compile_po(po: Path) -> Path:
    """Write the `.mo` beside `po`; returns its path."""
    mo = po.with_suffix(".mo")
    mo.write_bytes(mo_bytes(read_po(po.read_text(encoding="utf-8"), po.name)))
    return mo


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _const(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def marked_in(source: str, filename: str = "<source>") -> set[str]:
    """The keys (msgid, or msgid NUL msgid_plural) of every message marked in `source`."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = _name(node.func)
        if name in SINGULAR:
            text = _const(node.args[0])
            if text:
                found.add(text)
        elif name in PLURAL and len(node.args) >= 2:
            one, many = _const(node.args[0]), _const(node.args[1])
            if one and many:
                found.add(f"{one}\0{many}")
    return found


def marked_messages(root: Path = APP_DIR) -> set[str]:
    """Every message marked in the code under `root` (app/ui left out: Qt translates it)."""
    found: set[str] = set()
    for path in sorted(root.rglob("*.py")):
        if path.relative_to(root).parts[0] in SKIP:
            continue
        found |= marked_in(path.read_text(encoding="utf-8"), str(path))
    return found


def main(argv: list[str]) -> int:
    status = 0
    for po in sorted(LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        mo = compile_po(po)
        entries = read_po(po.read_text(encoding="utf-8"), po.name)
        have = {e.key for e in entries if e.msgid}
        used = marked_messages()
        for key in sorted(used - have):
            print(f"{po}: missing: {key.replace(chr(0), ' | ')}", file=sys.stderr)
            status = 1
        for key in sorted(have - used):
            print(f"{po}: no longer used: {key.replace(chr(0), ' | ')}", file=sys.stderr)
        print(f"Wrote {mo}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
