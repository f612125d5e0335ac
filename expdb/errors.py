"""Errors a user can act on. Each one prints as a single line and exits with code 2."""


class ExpdbError(Exception):
    """Base class for every error that is the user's input, not a bug."""

    exit_code = 2


class SpecError(ExpdbError):
    """A study spec that cannot be parsed or does not validate."""

    def __init__(self, path, field, message):
        self.path = str(path)
        self.field = field
        super().__init__(f"{self.path}: {field}: {message}" if field else f"{self.path}: {message}")


class DatabaseError(ExpdbError):
    """The database cannot be reached, or holds a schema this code does not run on."""


class StoreError(ExpdbError):
    """The tensor store cannot be opened or written."""


class CorruptTensor(ExpdbError):
    """A stored tensor does not match the checksum its row recorded."""


class RunnerError(ExpdbError):
    """A runner is unknown, or rejects the content of a cell."""


class StoreBusy(ExpdbError):
    """A maintenance command would touch cells that a worker is computing."""
