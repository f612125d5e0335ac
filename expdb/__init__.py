"""expdb: a declarative experiment database for large empirical ML studies.

A spec says what should exist, the database says what does, ``fill`` computes the
difference, and queries turn what exists into answers.
"""

__version__ = "0.1.0"


def __getattr__(name):
    # `from expdb import Workspace` without loading the store when only the version is asked for
    if name == "Workspace":
        from .workspace import Workspace

        return Workspace
    raise AttributeError(f"module 'expdb' has no attribute {name!r}")
