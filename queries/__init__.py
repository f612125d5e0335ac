"""Saved queries, claims and summaries of the reference study, installed as expdb_queries."""

from . import learning
from .claims import CLAIMS
from .saved import SAVED

# name -> summary(tables, study) -> (one line, its table): printed by verify beside the claims
SUMMARIES = {"learning": learning.summary}

__all__ = ["CLAIMS", "SAVED", "SUMMARIES"]
