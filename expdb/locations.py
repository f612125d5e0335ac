"""Where expdb looks by default: the database and the tensor store in the working directory.
(A module of its own, importing nothing, so that the command line starts without the store.)"""

DEFAULT_URL = "sqlite:///expdb.db"
DEFAULT_STORE = "expdb.zarr"


def describe_db(url: str) -> str:
    """The database as a user should read it: a SQLite file by its absolute path, a server URL
    without its password."""
    import os
    import re

    for prefix in ("sqlite:///", "sqlite+pysqlite:///"):
        if url.startswith(prefix) and url[len(prefix):] not in ("", ":memory:"):
            path = url[len(prefix):].split("?", 1)[0]
            return f"{prefix}{os.path.abspath(path)}" if not os.path.isabs(path) else url
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def describe_tensors(path: str) -> str:
    """The tensor store by its absolute path (a local folder) or its URL."""
    import os

    return path if "://" in path else os.path.abspath(path)
