"""Drawing points from a stored evaluation set.

The reference draws fresh observations from the data set's generator; here every point
comes from the evaluation set a represent cell stored (the whole factor grid, or a seeded
subsample of it). Train and test points are disjoint when the set is large enough, else
drawn with replacement (recorded in the scores as ``points_with_replacement``).
Factor-conditioned batches (BetaVAE and FactorVAE scores) pick rows that share the
conditioned factor's value.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class EvaluationSet:
    factor_sizes: np.ndarray  # (K,)
    factors: np.ndarray  # (N, K) int
    mean: np.ndarray  # (N, D)
    logvar: np.ndarray  # (N, D)
    kind: str = "mean"  # "mean" or "sampled"
    _by_value: dict = field(default_factory=dict, repr=False)

    def __post_init__(self):
        self.factor_sizes = np.asarray(self.factor_sizes, dtype=np.int64)
        self.factors = np.asarray(self.factors, dtype=np.int64)
        self.mean = np.asarray(self.mean, dtype=np.float64)
        self.logvar = np.asarray(self.logvar, dtype=np.float64)
        if self.kind not in ("mean", "sampled"):
            raise ValueError(f"representation kind must be mean or sampled, not {self.kind!r}")
        n = len(self.factors)
        if self.mean.shape[0] != n or self.logvar.shape != self.mean.shape or self.factors.shape[1] != len(self.factor_sizes):
            raise ValueError(f"inconsistent shapes: factors {self.factors.shape}, mean {self.mean.shape}, "
                             f"logvar {self.logvar.shape}, {len(self.factor_sizes)} factor sizes")
        if not (np.isfinite(self.mean).all() and np.isfinite(self.logvar).all()):
            raise ValueError("latents contain NaN or infinity")
        if n == 0:
            raise ValueError("the evaluation set is empty")

    @property
    def num_factors(self) -> int:
        return len(self.factor_sizes)

    def codes(self, index: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        """The representation of rows `index`: the mean, or a fresh sample per call."""
        mean = self.mean[index]
        if self.kind == "mean":
            return mean
        return mean + np.exp(self.logvar[index] / 2) * rng.standard_normal(mean.shape)

    def split(self, n_train: int, n_test: int, rng: np.random.Generator):
        """Indices of train and test points: disjoint when the set holds enough rows."""
        n = len(self.factors)
        if n >= n_train + n_test:
            order = rng.permutation(n)
            return order[:n_train], order[n_train:n_train + n_test], False
        return rng.integers(0, n, n_train), rng.integers(0, n, n_test), True

    def partners(self, factor: np.ndarray, rows: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        """For each row, a random row (possibly itself) with the same value of factor[i]."""
        out = np.empty(len(rows), dtype=np.int64)
        for k in np.unique(factor):
            pick = factor == k
            order, starts, counts = self._grouped(int(k))
            values = self.factors[rows[pick], k]
            out[pick] = order[starts[values] + (rng.random(pick.sum()) * counts[values]).astype(np.int64)]
        return out

    def _grouped(self, factor: int):
        key = ("grouped", factor)
        if key not in self._by_value:
            values = self.factors[:, factor]
            order = np.argsort(values, kind="stable")
            counts = np.bincount(values, minlength=int(self.factor_sizes[factor]))
            starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
            self._by_value[key] = (order, starts, counts)
        return self._by_value[key]

    def rows_with(self, factor: int, value: int) -> np.ndarray:
        key = (factor, value)
        if key not in self._by_value:
            self._by_value[key] = np.flatnonzero(self.factors[:, factor] == value)
        return self._by_value[key]

    def sample_sharing(self, factor: int, count: int, rng: np.random.Generator, value: int | None = None) -> np.ndarray:
        """`count` rows whose `factor` equals one value (a random present value unless given)."""
        if value is None:
            value = self.factors[rng.integers(0, len(self.factors)), factor]
        rows = self.rows_with(factor, value)
        return rows[rng.integers(0, len(rows), count)]
