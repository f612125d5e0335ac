"""A candidate for the paper profile's cross-validated logistic regression, timed against
sklearn's ``LogisticRegressionCV`` side by side (it is not used by the metrics).

    python benchmarks/bench_paper_logistic.py            # 8,000 points of bench_metrics.py's set
    python benchmarks/bench_paper_logistic.py --points 2000

The candidate computes what ``LogisticRegressionCV(Cs=10, cv=5, solver="lbfgs", max_iter=100,
tol=1e-4, scoring="accuracy")`` computes: per factor, sklearn's own stratified folds; along each
fold the path over the Cs with warm starts; the multinomial (two classes: binomial) log-loss with
an L2 penalty of 1 / (2 C n) on the weights and none on the intercepts, minimised by scipy's own
L-BFGS-B with sklearn's options (10 corrections, gtol = tol, ftol = 64 eps, 50 line-search
steps, at most max_iter iterations); the C of the best mean fold accuracy (the first on a tie);
a refit on all points from the folds' mean solution at that C. L-BFGS-B is driven through
scipy's reverse communication (``setulb``): every fold of every factor advances in lockstep, and
each round's objective evaluations are one compiled call over all runs that asked, in parallel.
The iterates are L-BFGS-B's own; only the objective's rounding differs from sklearn's (whose
products go through BLAS).

It prints, per way: seconds, and per factor the chosen C and how many test predictions differ
from sklearn's.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numba import njit, prange
from threadpoolctl import threadpool_limits


CORRECTIONS = 10  # L-BFGS-B's m (scipy's maxcor default, which sklearn keeps)
LINE_SEARCH_STEPS = 50  # sklearn's maxls


@dataclass
class LogisticFit:
    """One factor's cross-validated fit, summarised as the metrics use it."""

    classes: np.ndarray
    C: float  # the chosen C
    scores: np.ndarray  # (folds, Cs) accuracy of each fold's fit at each C on its held-out part
    coef: np.ndarray  # the refit's coefficients: (classes, features + 1), or (features + 1,) for two classes
    train_prediction: np.ndarray
    test_prediction: np.ndarray


@njit(cache=True)
def _loss_gradient(x, y, lo, n, classes, w, l2, grad):
    """sklearn's LinearModelLoss.loss_gradient for one problem: rows x[lo:lo + n], labels y
    (0..classes-1), coefficients w (classes x (features + 1), sklearn's Fortran order; one row
    for two classes, the binomial loss). Writes the gradient, returns the loss."""
    d = x.shape[1]
    total = 0.0
    for j in range(grad.shape[0]):
        grad[j] = 0.0
    if classes == 2:
        for i in range(lo, lo + n):
            raw = w[d]
            for j in range(d):
                raw += x[i, j] * w[j]
            target = 1.0 if y[i] == 1 else 0.0
            # log(1 + exp(raw)) - target * raw, stably; and expit(raw) - target
            if raw > 0:
                e = np.exp(-raw)
                total += raw + np.log1p(e) - target * raw
                g = 1.0 / (1.0 + e) - target
            else:
                e = np.exp(raw)
                total += np.log1p(e) - target * raw
                g = e / (1.0 + e) - target
            g /= n
            for j in range(d):
                grad[j] += g * x[i, j]
            grad[d] += g
        penalty = 0.0
        for j in range(d):
            penalty += w[j] * w[j]
            grad[j] += l2 * w[j]
        return total / n + 0.5 * l2 * penalty
    # the coefficients as (features, classes) and the intercepts; the products as matrix products
    weights = np.empty((d, classes))
    intercept = np.empty(classes)
    for k in range(classes):
        intercept[k] = w[d * classes + k]
        for j in range(d):
            weights[j, k] = w[j * classes + k]
    rows = x[lo:lo + n]
    raw = np.dot(rows, weights)  # (n, classes)
    for i in range(n):
        top = -np.inf
        for k in range(classes):
            raw[i, k] += intercept[k]
            if raw[i, k] > top:
                top = raw[i, k]
        label = y[lo + i]
        true_raw = raw[i, label]
        sum_exps = 0.0
        for k in range(classes):
            raw[i, k] = np.exp(raw[i, k] - top)
            sum_exps += raw[i, k]
        # log-sum-exp minus the true class's raw prediction
        total += np.log(sum_exps) + top - true_raw
        for k in range(classes):
            raw[i, k] = (raw[i, k] / sum_exps - (1.0 if k == label else 0.0)) / n
    gradient = np.dot(rows.T.copy(), raw)  # (features, classes)
    penalty = 0.0
    for k in range(classes):
        bias = 0.0
        for i in range(n):
            bias += raw[i, k]
        grad[d * classes + k] = bias
        for j in range(d):
            penalty += weights[j, k] * weights[j, k]
            grad[j * classes + k] = gradient[j, k] + l2 * weights[j, k]
    return total / n + 0.5 * l2 * penalty


@njit(cache=True, parallel=True)
def _evaluate(x, y, starts, sizes, classes, coef_starts, coefs, l2s, losses, grads, which):
    """Loss and gradient of every problem in ``which`` (indices), in parallel."""
    for q in prange(which.shape[0]):
        p = which[q]
        a, b = coef_starts[p], coef_starts[p + 1]
        losses[p] = _loss_gradient(x, y, starts[p], sizes[p], classes[p], coefs[a:b], l2s[p], grads[a:b])


class _Run:
    """One L-BFGS-B minimisation driven by scipy's reverse communication, as
    scipy.optimize.minimize(method="L-BFGS-B") drives it, with sklearn's options."""

    def __init__(self, x0: np.ndarray, max_iter: int, tol: float):
        from scipy.optimize import _lbfgsb

        self._setulb = _lbfgsb.setulb
        n, m = len(x0), CORRECTIONS
        self.x = np.array(x0, dtype=np.float64)
        self.f = 0.0
        self.g = np.zeros(n)
        self.bounds = (np.zeros(n), np.zeros(n), np.zeros(n, np.int32))  # no bounds
        self.work = (np.zeros(2 * m * n + 5 * n + 11 * m * m + 8 * m), np.zeros(3 * n, np.int32))
        self.task = np.zeros(2, np.int32)
        self.line_task = np.zeros(2, np.int32)
        self.saved = (np.zeros(4, np.int32), np.zeros(44, np.int32), np.zeros(29))
        self.factr = 64.0  # sklearn's ftol = 64 eps, as scipy turns it into factr
        self.pgtol, self.max_iter, self.iterations = tol, max_iter, 0

    def advance(self) -> bool:
        """Run until the optimiser asks for the objective at self.x (True) or stops (False)."""
        low, up, nbd = self.bounds
        wa, iwa = self.work
        lsave, isave, dsave = self.saved
        while True:
            self._setulb(CORRECTIONS, self.x, low, up, nbd, self.f, self.g, self.factr, self.pgtol, wa, iwa,
                         self.task, lsave, isave, dsave, LINE_SEARCH_STEPS, self.line_task)
            if self.task[0] == 3:
                return True
            if self.task[0] == 1:
                self.iterations += 1
                if self.iterations >= self.max_iter:
                    self.task[0], self.task[1] = 5, 504
                continue
            return False


def _predict(x: np.ndarray, coef: np.ndarray, classes: int) -> np.ndarray:
    """sklearn's predict for a (binomial) coefficient vector or (multinomial) matrix."""
    if classes == 2:
        return (x @ coef[:-1] + coef[-1] > 0).astype(np.int64)
    return np.argmax(x @ coef[:, :-1].T + coef[:, -1], axis=1)


def _solve(problems, x, y, max_iter, tol):
    """Minimise every problem (rows of x, classes, C, starting coefficients), all in lockstep.
    problems: list of (row indices, classes, C, x0). Returns the solutions (flat, sklearn's order)."""
    rows = [p[0] for p in problems]
    order = np.concatenate(rows)
    xs, ys = np.ascontiguousarray(x[order]), np.ascontiguousarray(y[order]).astype(np.int64)
    sizes = np.array([len(r) for r in rows], np.int64)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
    classes = np.array([p[1] for p in problems], np.int64)
    lengths = np.array([len(p[3]) for p in problems], np.int64)
    coef_starts = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    l2s = np.array([1.0 / (p[2] * len(p[0])) for p in problems])
    coefs = np.concatenate([p[3] for p in problems]).astype(np.float64)
    grads = np.zeros_like(coefs)
    losses = np.zeros(len(problems))
    runs = [_Run(p[3], max_iter, tol) for p in problems]
    active = list(range(len(problems)))
    # L-BFGS-B's BLAS calls are tiny: a threaded BLAS made each cost 820 us beside other work, 13 us on one thread
    with threadpool_limits(1):
        _lockstep(runs, active, xs, ys, starts, sizes, classes, coef_starts, coefs, l2s, losses, grads)
    return [run.x.copy() for run in runs]


def _lockstep(runs, active, xs, ys, starts, sizes, classes, coef_starts, coefs, l2s, losses, grads):
    """Advance every run; evaluate the objective of all that ask, in one call; until all stop."""
    while active:
        asking = []
        for p in active:
            if runs[p].advance():
                asking.append(p)
        if not asking:
            break
        which = np.array(asking, np.int64)
        for p in asking:
            coefs[coef_starts[p]:coef_starts[p + 1]] = runs[p].x
        _evaluate(xs, ys, starts, sizes, classes, coef_starts, coefs, l2s, losses, grads, which)
        for p in asking:
            runs[p].f = float(losses[p])
            runs[p].g = grads[coef_starts[p]:coef_starts[p + 1]].copy()
        active = asking


def fit_logistic_cv(x_train: np.ndarray, y_train: np.ndarray, x_test: np.ndarray, folds, cs: int = 10,
                    max_iter: int = 100, tol: float = 1e-4) -> list[LogisticFit]:
    """``LogisticRegressionCV(Cs=cs, cv=folds[j], solver="lbfgs", max_iter, tol, scoring="accuracy")``
    for every column j of ``y_train``, all solved together.

    Args:
        x_train: (n, features) training points; x_test: points to predict.
        y_train: (n, fits) labels, one column per fit.
        folds: the number of stratified folds, one per fit.

    Raises:
        ValueError: a column with a single class (sklearn refuses it too).
    """
    from sklearn.model_selection import StratifiedKFold

    x = np.ascontiguousarray(x_train, dtype=np.float64)
    xt = np.asarray(x_test, dtype=np.float64)
    y_train = np.asarray(y_train)
    if y_train.ndim == 1:
        y_train = y_train[:, None]
    grid = np.logspace(-4, 4, cs)
    d = x.shape[1]
    plans = []
    for j in range(y_train.shape[1]):
        labels, encoded = np.unique(y_train[:, j], return_inverse=True)
        if len(labels) < 2:
            raise ValueError(f"label column {j} has a single class; logistic regression needs at least two")
        k = len(labels)
        size = d + 1 if k == 2 else k * (d + 1)
        splits = list(StratifiedKFold(int(folds[j])).split(x, encoded))
        plans.append((labels, encoded, k, size, splits))
    # the path over the Cs, each fold's fit warm-started from its previous C's solution
    paths = {(j, f): [] for j, plan in enumerate(plans) for f in range(len(plan[4]))}
    starts = {key: np.zeros(plans[key[0]][3]) for key in paths}
    for c in grid:
        keys = list(paths)
        problems = [(plans[j][4][f][0], plans[j][2], c, starts[(j, f)]) for j, f in keys]
        solutions = _solve_by_fit(problems, keys, plans, x, max_iter, tol)
        for key, w in zip(keys, solutions):
            paths[key].append(w)
            starts[key] = w
    out = []
    for j, (labels, encoded, k, size, splits) in enumerate(plans):
        scores = np.array([[np.mean(_predict(x[test], _shaped(w, k, d), k) == encoded[test])
                            for w in paths[(j, f)]] for f, (_, test) in enumerate(splits)])
        best = int(np.argmax(scores.sum(axis=0)))
        start = np.mean([paths[(j, f)][best] for f in range(len(splits))], axis=0)
        out.append((j, labels, encoded, k, grid[best], scores, start))
    # the refits on all points, from the folds' mean solution at the chosen C
    refits = _solve_by_fit([(np.arange(len(x)), k, c, start) for j, _, _, k, c, _, start in out],
                           [(j, None) for j, *_ in out], plans, x, max_iter, tol)
    fits = []
    for (j, labels, encoded, k, c, scores, _), w in zip(out, refits):
        coef = _shaped(w, k, d)
        fits.append(LogisticFit(labels, float(c), scores, coef, labels[_predict(x, coef, k)],
                                labels[_predict(xt, coef, k)]))
    return fits


def _shaped(w: np.ndarray, classes: int, d: int) -> np.ndarray:
    """sklearn's coefficients from the flat vector L-BFGS-B works on (Fortran order)."""
    return w if classes == 2 else w.reshape((classes, d + 1), order="F")


def _solve_by_fit(problems, keys, plans, x, max_iter, tol):
    """_solve over problems whose labels are their own fit's encoding: the labels travel as one
    array aligned with x per problem's rows."""
    y = np.zeros(sum(len(p[0]) for p in problems), np.int64)
    stacked_x = np.concatenate([x[p[0]] for p in problems])
    at = 0
    for (rows, *_), (j, _) in zip(problems, keys):
        y[at:at + len(rows)] = plans[j][1][rows]
        at += len(rows)
    offsets = np.concatenate([[0], np.cumsum([len(p[0]) for p in problems])])
    shifted = [(np.arange(offsets[i], offsets[i + 1]), *p[1:]) for i, p in enumerate(problems)]
    return _solve(shifted, stacked_x, y, max_iter, tol)


def main():
    import argparse
    import sys
    import time
    import warnings
    from pathlib import Path

    from joblib import Parallel, delayed

    sys.path.insert(0, str(Path(__file__).parent))
    from bench_metrics import evaluation_set

    parser = argparse.ArgumentParser()
    parser.add_argument("--points", type=int, default=8000)
    args = parser.parse_args()
    data = evaluation_set("mean")
    x, factors = data.mean[:args.points], data.factors[:args.points]
    x_test = data.mean[-2000:]

    def reference(j):
        from sklearn.linear_model import LogisticRegressionCV

        warnings.simplefilter("ignore")
        model = LogisticRegressionCV(Cs=10, cv=5, solver="lbfgs", max_iter=100, tol=1e-4, scoring="accuracy",
                                     random_state=0).fit(x, factors[:, j])
        return model.C_[0], model.predict(x_test)

    warm = np.random.default_rng(0).standard_normal((60, 2))
    fit_logistic_cv(warm, (warm[:, :1] > 0).astype(int), warm, [2])  # compile before timing
    parallel = Parallel(n_jobs=2)  # sklearn's fits one process per core, as the paper profile runs them
    with parallel:
        parallel(delayed(np.sum)(warm) for _ in range(2))  # the workers started before timing
        ways = {}
        start = time.perf_counter()
        ways["sklearn"] = (parallel(delayed(reference)(j) for j in range(factors.shape[1])), time.perf_counter() - start)
    start = time.perf_counter()
    fits = fit_logistic_cv(x, factors, x_test, [5] * factors.shape[1])
    ways["lockstep candidate"] = ([(f.C, f.test_prediction) for f in fits], time.perf_counter() - start)
    base = ways["sklearn"][0]
    print(f"{args.points} points, {factors.shape[1]} factors of {', '.join(map(str, data.factor_sizes))} classes, "
          f"{len(x_test)} test points")
    for name, (results, seconds) in ways.items():
        per = "; ".join(f"C {c:g}, {int((p != base[j][1]).sum())} differ" for j, (c, p) in enumerate(results))
        print(f"{name:20s} {seconds:6.1f} s   {per}", flush=True)


if __name__ == "__main__":
    main()
