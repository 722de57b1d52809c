"""Turn the bytes of a roster CSV into text, a delimiter, headings and rows.

Rosters come from Excel (Windows and Mac) and Google Sheets, so this accepts
UTF-8 with or without a BOM, UTF-16 with a BOM (Excel "Unicode text"),
Windows-1252 from older Excel, comma / semicolon / tab separators, quoted
cells with commas, quotes and line breaks, and CRLF, LF or CR line endings.

Row numbers are the ones a person sees when the file is opened in a
spreadsheet: the heading row is row 1 and a cell with line breaks in it is
still one row. Anything that stops the whole file being read raises
RosterError with a message a facilitator can act on.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass

from app.domain.csv_cells import unguard
from app.i18n import N_, _

__all__ = ["RosterError", "DecodedCsv", "decode_csv", "DELIMITERS", "MAX_FILE_BYTES", "MB"]

MB = 1024 * 1024
MAX_FILE_BYTES = 20 * MB
"""The largest CSV Convene reads (rosters, notes, earlier pairs), checked before a byte is read: a roster of
thousands of people is well under 1 MB, and a larger file would only cost minutes and gigabytes."""

DELIMITERS = (",", ";", "\t", "|")
"""Separators we recognise, sniffed from the heading row."""

SAVE_AS_HINT = N_(
    'In Excel choose File > Save As and pick "CSV UTF-8 (Comma delimited)"; '
    "in Google Sheets choose File > Download > Comma-separated values. "
    "Then import the new file."
)

# Opening bytes of files people pick by mistake, and what to call them.
_MAGIC = (
    (b"PK\x03\x04", N_("a zip file, such as an Excel .xlsx workbook")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", N_("an older Excel (.xls) or Word file")),
    (b"\x89PNG\r\n\x1a\n", N_("a PNG image")),
    (b"\xff\xd8\xff", N_("a JPEG image")),
    (b"GIF87a", N_("a GIF image")),
    (b"GIF89a", N_("a GIF image")),
    (b"%PDF", N_("a PDF document")),
    (b"{\\rtf", N_("a rich-text (RTF) document")),
    (b"SQLite format 3\x00", N_("a database file")),
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters a text export never holds (tab, LF, CR, VT, FF allowed).
_ALLOWED_CONTROLS = frozenset("\t\n\r\x0b\x0c")


_EMPTY = N_("The file is empty: there is nothing in it to import.")


class RosterError(ValueError):
    """The whole file cannot be read; the message says why and what to do."""


@dataclass(frozen=True)
class DecodedCsv:
    """A roster file as text, split into headings and data rows.

    ``rows`` holds ``(row number, cells)`` for data rows only, blank rows
    dropped. The row number is the spreadsheet row (heading = 1, one per
    record even when a cell spans several lines); ``lines`` gives, in the same
    order, the 1-based line in the file where each row starts.
    """

    text: str
    encoding: str
    delimiter: str
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    header_row: int = 1
    blank_rows: int = 0
    lines: tuple[int, ...] = ()


def decode_csv(data: bytes) -> DecodedCsv:
    """Decode roster bytes and split them into trimmed headings and rows."""
    if not data:
        raise RosterError(_(_EMPTY))
    _reject_binary(data)
    text, encoding = _decode_text(data)
    if not text.strip():
        raise RosterError(_(_EMPTY))
    _reject_control_characters(text)

    # Only CR, LF and CRLF end a line; other Unicode breaks stay inside cells.
    lines = list(io.StringIO(text, newline=""))
    line_offset = 0
    delimiter = None
    # Excel honours a first line "sep=;" and hides it; do the same.
    first = lines[0].rstrip("\r\n") if lines else ""
    if len(first) == 5 and first.lower().startswith("sep="):
        delimiter = first[4]
        lines = lines[1:]
        line_offset = 1
    if delimiter is None:
        delimiter = _sniff_delimiter(lines)

    records = _read_records(lines, delimiter, line_offset)
    headers: tuple[str, ...] | None = None
    header_row = 0
    blank = 0
    rows: list[tuple[int, tuple[str, ...]]] = []
    starts: list[int] = []
    for sheet_row, first_line, cells in records:
        if not any(cells):
            blank += 1
            continue
        if headers is None:
            headers = _trim_trailing_empty(cells)
            header_row = sheet_row
            continue
        rows.append((sheet_row, cells))
        starts.append(first_line)
    if headers is None:
        raise RosterError(_("The file has only blank rows: there is nothing in it to import."))
    return DecodedCsv(
        text=text,
        encoding=encoding,
        delimiter=delimiter,
        headers=headers,
        rows=tuple(rows),
        header_row=header_row,
        blank_rows=blank,
        lines=tuple(starts),
    )


def _not_csv(what: str) -> RosterError:
    return RosterError(_("This is not a CSV text file (it looks like {what}). {hint}").format(what=_(what), hint=_(SAVE_AS_HINT)))


def _reject_binary(data: bytes) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise _not_csv(what)


def _decode_text(data: bytes) -> tuple[str, str]:
    """Return (text without BOM, codec name)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec).lstrip("\ufeff"), codec
            except UnicodeDecodeError:
                if codec != "utf-8-sig":
                    raise _not_csv(N_("a damaged Unicode text file")) from None
                data = data[len(bom):]  # a BOM, then bytes from another encoding
                break
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise _not_csv(N_("a binary file, not text"))
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            raise _not_csv(N_("a binary file, not text")) from None
    for codec in ("utf-8", "cp1252"):
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def _utf16_without_bom(data: bytes) -> str | None:
    """Spot UTF-16 text saved without a BOM: mostly-ASCII with NULs on one side."""
    if len(data) % 2:
        return None
    sample = data[:4000]
    pairs = len(sample) // 2
    even_nuls = sum(1 for i in range(0, len(sample), 2) if sample[i] == 0)
    odd_nuls = sum(1 for i in range(1, len(sample), 2) if sample[i] == 0)
    if odd_nuls >= 0.6 * pairs and even_nuls == 0:
        return "utf-16-le"
    if even_nuls >= 0.6 * pairs and odd_nuls == 0:
        return "utf-16-be"
    return None


def _reject_control_characters(text: str) -> None:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ch < " " and ch not in _ALLOWED_CONTROLS)
    controls += sample.count("\x7f") + sample.count("\ufffd")
    if "\x00" in sample or controls > max(2, len(sample) // 200):
        raise _not_csv(N_("a binary file, not text"))


def _sniff_delimiter(lines: list[str]) -> str:
    """Pick the separator from the first non-blank line (the heading row)."""
    header = next((line for line in lines if line.strip()), "")
    counts = {d: _count_outside_quotes(header, d) for d in DELIMITERS}
    best = max(counts.values())
    if best == 0:
        return ","
    tied = [d for d in DELIMITERS if counts[d] == best]
    if len(tied) == 1:
        return tied[0]
    # Break a tie by which separator gives the later rows the heading's width.
    sample = lines[:200]

    def fit(d: str) -> int:
        widths = [len(r) for r in csv.reader(io.StringIO("".join(sample), newline=""), delimiter=d) if r]
        return sum(1 for w in widths[1:21] if w == best + 1)

    return max(tied, key=fit)


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            count += 1
    return count


def _read_records(lines: list[str], delimiter: str, line_offset: int) -> list[tuple[int, int, tuple[str, ...]]]:
    """Return (spreadsheet row, first file line, trimmed cells) per record."""
    reader = csv.reader(iter(lines), delimiter=delimiter, quotechar='"', skipinitialspace=True)
    out: list[tuple[int, int, tuple[str, ...]]] = []
    consumed = 0
    try:
        for record in reader:
            first = consumed
            consumed = reader.line_num
            out.append((len(out) + 1, first + 1 + line_offset, tuple(unguard(cell.strip()) for cell in record)))
    except csv.Error as exc:
        raise RosterError(_("Row {row} (line {line} of the file) cannot be read: {problem}. {hint}").format(
            row=len(out) + 1, line=consumed + 1 + line_offset, problem=exc, hint=_(SAVE_AS_HINT))) from None
    if out:
        _check_last_quote_closed(lines, delimiter, out[-1], line_offset)
    return out


def _check_last_quote_closed(
    lines: list[str], delimiter: str, last: tuple[int, int, tuple[str, ...]], line_offset: int
) -> None:
    """An opening quote that is never closed swallows the rest of the file."""
    row, first_line, cells = last
    if not any("\n" in c or "\r" in c for c in cells):
        return
    strict = csv.reader(iter(lines[first_line - 1 - line_offset:]), delimiter=delimiter, strict=True, skipinitialspace=True)
    try:
        for _record in strict:
            pass
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            raise RosterError(_(
                "Row {row} (line {line} of the file) opens a quote mark (\") that is never "
                "closed, so the rest of the file would be read as one cell. Remove that quote "
                "mark or close it, then import again.").format(row=row, line=first_line)) from None


def _trim_trailing_empty(cells: tuple[str, ...]) -> tuple[str, ...]:
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells[:end]
