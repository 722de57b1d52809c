"""Trim the ICU data library that QtCore links to down to what Qt can ask of it (Linux build).

PySide6's wheel carries `libicudata.so.NN`: 32 MB of ICU data, one symbol (`icudtNN_dat`) holding an ICU
"common data" package of about 3,900 items. QtCore calls only 31 ICU functions (`nm -D libQt6Core.so.6`):
case mapping, collation (`ucol_*`: QCollator, which Qt's own file dialog sorts with), calendars and time-zone
names (`ucal_*`: QTimeZone) and converters (`ucnv_*`: QStringConverter for encodings Qt does not know itself,
which the app never asks for: Python reads and writes every file). So the build keeps

- every collation tailoring and the root collation (`coll/`), for sorting in any locale;
- the top-level locale and supplemental bundles (`*.res`: calendars, week data, likely subtags, time zones),
  the normalisation data (`*.nrm`) and the converter alias table;
- time-zone display names for root, English and Spanish (other locales fall back to root: "GMT-05:00");

and leaves out the conversion tables (`*.cnv`), break iteration (`brkitr/`: Qt breaks text itself), unit,
currency, language and region display names, transliteration, number spell-out, character names, stringprep
profiles and the confusables list: ICU functions QtCore never calls. Everything kept is byte for byte what ICU
shipped; only the table of contents is rebuilt. The result is linked back into a shared library with the
same soname and symbol (`as` and `ld` from binutils), so nothing else changes.

Run by packaging/convene.spec after the build; `python packaging/icu_trim.py LIB OUT` trims one library by
hand. tests/test_icu_trim.py checks that Qt behaves the same on the trimmed library.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import NamedTuple

# Subtrees ICU would read only for functions QtCore never calls.
DROP_TREES = ("brkitr", "unit", "curr", "lang", "region", "translit", "rbnf")
# Top-level items of the same kind, by file type.
DROP_TYPES = (".cnv", ".spp", ".cfu")
DROP_ITEMS = ("unames.icu",)
# Time-zone names kept per locale (language prefix); the rest fall back to root.
ZONE_LANGUAGES = ("en", "es")
ZONE_ALWAYS = ("root.res", "pool.res", "res_index.res", "tzdbNames.res")


class Package(NamedTuple):
    header: bytes           # the package's own data header, kept as it was
    items: dict[str, bytes]  # item name (e.g. "icudt73l/coll/root.res") -> its bytes, in table order


def read_package(data: bytes) -> Package:
    """Parse an ICU common-data package ("CmnD"): header, table of contents, items."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    if data[4 + 4] != 0:   # UDataInfo.isBigEndian
        raise ValueError("big-endian ICU data is not handled")
    base = header_size
    count = struct.unpack_from("<I", data, base)[0]
    entries = [struct.unpack_from("<II", data, base + 4 + 8 * i) for i in range(count)]
    items: dict[str, bytes] = {}
    for i, (name_at, data_at) in enumerate(entries):
        end = entries[i + 1][1] if i + 1 < count else len(data) - base
        name = data[base + name_at:data.index(b"\0", base + name_at)].decode("ascii")
        items[name] = data[base + data_at:base + end]
    return Package(data[:header_size], items)


def write_package(package: Package) -> bytes:
    """The package as ICU reads it: header, sorted table of contents, names, 16-byte aligned items."""
    names = sorted(package.items)   # ICU looks items up by binary search over the names
    toc_size = 4 + 8 * len(names)
    name_block = b"".join(n.encode("ascii") + b"\0" for n in names)
    name_at, offset = [], toc_size
    for n in names:
        name_at.append(offset)
        offset += len(n) + 1
    offset = (offset + 15) & ~15
    body, data_at = bytearray(), []
    for n in names:
        data_at.append(offset + len(body))
        body += package.items[n]
        body += b"\xaa" * (-len(body) % 16)   # ICU pads with 0xAA
    toc = struct.pack("<I", len(names)) + b"".join(struct.pack("<II", a, b) for a, b in zip(name_at, data_at))
    head = toc + name_block
    head += b"\xaa" * (offset - len(head))
    return package.header + head + bytes(body)


def keep(name: str) -> bool:
    """Whether the build keeps this item (see the module docstring for why)."""
    parts = name.split("/")[1:]   # drop the "icudtNNl" prefix
    if len(parts) == 1:
        item = parts[0]
        return item not in DROP_ITEMS and not item.endswith(DROP_TYPES)
    tree, item = parts[0], parts[-1]
    if tree in DROP_TREES:
        return False
    if tree == "zone":
        return item in ZONE_ALWAYS or item.split(".")[0].split("_")[0] in ZONE_LANGUAGES
    return True


def trimmed(package: Package) -> Package:
    return Package(package.header, {n: b for n, b in package.items.items() if keep(n)})


def _readelf(args: list[str], lib: Path) -> str:
    return subprocess.run(["readelf", "-W", *args, str(lib)], check=True, capture_output=True, text=True).stdout


def extract(lib: Path) -> tuple[str, bytes]:
    """(symbol name, package bytes) of the data an ICU data library exports."""
    symbols = _readelf(["--dyn-syms"], lib)
    m = re.search(r"^\s*\d+:\s+([0-9a-f]+)\s+(\S+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+(icudt\d+_dat)\s*$",
                  symbols, re.M)
    if not m:
        raise ValueError(f"{lib.name}: no icudtNN_dat symbol")
    address, size = int(m.group(1), 16), int(m.group(2), 0)
    for line in _readelf(["-S"], lib).splitlines():
        s = re.match(r"\s*\[\s*\d+\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if s:
            sec_addr, sec_off, sec_size = (int(s.group(i), 16) for i in (2, 3, 4))
            if sec_addr <= address < sec_addr + sec_size:
                start = sec_off + address - sec_addr
                return m.group(4), lib.read_bytes()[start:start + size]
    raise ValueError(f"{lib.name}: the data symbol is in no section")


def build_library(symbol: str, data: bytes, soname: str, out: Path) -> None:
    """A shared library exporting `symbol` as `data` (read-only, 16-byte aligned), made with as and ld."""
    with tempfile.TemporaryDirectory() as tmp:
        blob, asm, obj = Path(tmp, "data.bin"), Path(tmp, "data.s"), Path(tmp, "data.o")
        blob.write_bytes(data)
        asm.write_text(
            f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n{symbol}:\n'
            f'.incbin "{blob}"\n.size {symbol}, . - {symbol}\n.section .note.GNU-stack,"",@progbits\n')
        subprocess.run(["as", "-o", str(obj), str(asm)], check=True)
        subprocess.run(["ld", "-shared", "-soname", soname, "-o", str(out), str(obj)], check=True)


def trim_library(lib: Path, out: Path) -> tuple[int, int]:
    """Write a trimmed copy of the ICU data library `lib` to `out`; (bytes before, bytes after)."""
    symbol, data = extract(lib)
    package = read_package(data)
    build_library(symbol, write_package(trimmed(package)), lib.name, out)
    return lib.stat().st_size, out.stat().st_size


def trim_in_place(folder: Path) -> None:
    """Trim every libicudata.so.* under the built app folder (the spec calls this after COLLECT)."""
    if not (shutil.which("as") and shutil.which("ld") and shutil.which("readelf")):
        print("icu_trim: binutils (as, ld, readelf) not found; ICU data kept whole")
        return
    for lib in folder.rglob("libicudata.so.*"):
        if lib.is_symlink():
            continue
        out = lib.with_name(lib.name + ".trimmed")
        before, after = trim_library(lib, out)
        out.replace(lib)
        print(f"icu_trim: {lib.name} {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python packaging/icu_trim.py LIBICUDATA OUT")
    b, a = trim_library(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{b / 1e6:.1f} MB -> {a / 1e6:.1f} MB")
