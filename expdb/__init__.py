"""expdb: a declarative experiment database for large empirical ML studies.

A spec says what should exist, the database says what does, ``fill`` computes the
difference, and queries turn what exists into answers.
"""

__version__ = "0.1.0"
