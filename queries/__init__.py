"""Saved queries and claims of the reference study, installed as expdb_queries."""

from .claims import CLAIMS
from .saved import SAVED

__all__ = ["CLAIMS", "SAVED"]
