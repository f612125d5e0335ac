"""What a SQLite file must look like before anything opens it (shared by the store and the
read-only path of expdb.tables, which must not import SQLAlchemy)."""

from __future__ import annotations

from pathlib import Path

from ..errors import DatabaseError

HEADER = b"SQLite format 3\x00"


def check_file(file: Path) -> None:
    """Refuse a file that is not a SQLite database, or one cut short, before SQLite sees it:
    SQLite itself reports either only when a page it needs is read, in the middle of a command."""
    try:
        with file.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise DatabaseError(f"cannot read {file}: {exc.strerror}") from None
    if not header:
        return  # an empty file is an empty database
    if len(header) < 100 or not header.startswith(HEADER):
        raise DatabaseError(f"{file} is not a SQLite database (its first bytes are not SQLite's header)")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = pages and header[24:28] == header[92:96]  # the header's page count is current
    size = file.stat().st_size
    if valid and size < pages * page_size:
        raise DatabaseError(f"{file} is truncated: {size} bytes where its header says {pages * page_size}")
