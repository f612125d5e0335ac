"""Where expdb looks by default: the database and the tensor store in the working directory.
(A module of its own, importing nothing, so that the command line starts without the store.)"""

DEFAULT_URL = "sqlite:///expdb.db"
DEFAULT_STORE = "expdb.zarr"
