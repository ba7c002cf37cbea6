"""CSV files as engineers get them: any of three delimiters, BOMs, UTF-8 or Windows-1252, quoted
fields with commas and line breaks. Columns are found by header name, never by position."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass

from wizard.errors import WizardError

DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}


@dataclass(frozen=True)
class Table:
    source: str
    encoding: str
    delimiter: str
    headers: tuple[str, ...]
    rows: tuple[tuple[int, dict[str, str]], ...]  # (line number in the file, values by header)


def decode(data: bytes, source: str) -> tuple[str, str]:
    """The text and the name of the encoding that was used."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8", errors="strict"), "UTF-8 with BOM"
        except UnicodeDecodeError as exc:  # Excel's 'CSV UTF-8' mark, then bytes of another code page
            raise WizardError("{source} mixes encodings: it starts with the UTF-8 mark but byte {position} is not "
                              "UTF-8 (Windows-1252?)", "open it in the spreadsheet and save it again as 'CSV UTF-8'",
                              source=source, position=exc.start + 3) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError as exc:
            raise WizardError("{source}: the file says UTF-16 but is not", "export it again as CSV UTF-8",
                              source=source) from exc
    if b"\x00" in data[:4096]:
        raise WizardError("{source} is not a text file (it contains binary data)",
                          "export the list as CSV (comma-separated values)", source=source)
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "Windows-1252"


def _normalise(header: str) -> str:
    return "".join(ch for ch in header.lower() if ch.isalnum())


def read_table(data: bytes, source: str) -> Table:
    text, encoding = decode(data, source)
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first:
        raise WizardError("{source} is empty", "export the list again; it should start with a header row",
                          source=source)
    counts = {d: first.count(d) for d in DELIMITER_NAMES}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=False)
    headers: tuple[str, ...] | None = None
    rows: list[tuple[int, dict[str, str]]] = []
    previous_end = 0
    try:
        for record in reader:
            start, previous_end = previous_end + 1, reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if headers is None:
                headers = tuple(h.strip() for h in record)
                continue
            rows.append((start, {h: (record[i] if i < len(record) else "") for i, h in enumerate(headers) if h}))
    except csv.Error as exc:
        raise WizardError("{source}: cannot read the CSV ({reason})",
                          "open it in a spreadsheet and save it as CSV again", source=source, reason=exc) from exc
    return Table(source, encoding, delimiter, headers or (), tuple(rows))


def find_column(table: Table, *aliases: str) -> str | None:
    wanted = {_normalise(a) for a in aliases}
    for header in table.headers:
        if _normalise(header) in wanted:
            return header
    return None


def require_column(table: Table, what: str, aliases: Iterable[str]) -> str:
    column = find_column(table, *aliases)
    if column is None:
        header = table.delimiter.join(table.headers)
        raise WizardError("{source} has no {what} column; its header row reads '{header}' "
                          "({delimiter}-separated, {encoding})", "use an export that has a column named '{what}'",
                          source=table.source, what=what, header=header[:300],
                          delimiter=DELIMITER_NAMES[table.delimiter], encoding=table.encoding)
    return column
