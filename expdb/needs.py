"""Which cells of a study a claim reads, whether they all exist, and computing those that do not.

A claim declares its cells in `needs`: selections of the study's spec, each a dict naming a
kind and label values, a value or a list of alternatives (`{"kind": "evaluate", "metric":
["mig", "dci"], "representation": "mean"}`), as `expdb plan --kind K --where label=value`
selects. A claim that declares none reads every cell of the spec. The spec is the study's own
(the text of its last fill, kept in its row), or one given to `verify --fill --spec FILE` (an
edited spec: a metric added, a seed more).

Without --fill, a claim whose cells do not all exist is `incomplete`: it says how many of how
many exist, and its figures are not computed on the subset. With --fill, the missing cells of
every claim verified are computed first (the ancestors they need with them), with the usual
executors, gangs and progress.
"""

from __future__ import annotations

import itertools

from .errors import SpecError


def needed_cells(plan, claim) -> list:
    """The planned cells claim reads (its `needs`, or every cell), in plan order."""
    from .planner import select

    selections = getattr(claim, "needs", ()) or ({},)
    wanted: dict[str, object] = {}
    for selection in selections:
        kinds = [selection["kind"]] if "kind" in selection else []
        labels = {k: v for k, v in selection.items() if k != "kind"}
        alternatives = [v if isinstance(v, (list, tuple)) else [v] for v in labels.values()]
        for values in itertools.product(*alternatives):
            where = [f"{name}={value}" for name, value in zip(labels, values)]
            try:
                chosen = select(plan, kinds, where)
            except SpecError:  # a kind, label or value this spec does not have: nothing to read there
                continue
            for cell in chosen:
                wanted.setdefault(cell.key, cell)
    order = {c.key: i for i, c in enumerate(plan.cells)}
    return sorted(wanted.values(), key=lambda c: order[c.key])


def completeness(store, needed: dict[str, list]) -> dict[str, tuple[int, int]]:
    """claim name -> (cells of it that are done, cells it reads), from needed (claim name ->
    its needed_cells), in one read of the states of every cell any of them reads (the claims
    share most of theirs)."""
    states = store.states(list({c.key for cells in needed.values() for c in cells}))
    return {name: (sum(1 for c in cells if states.get(c.key, ("pending", 0))[0] == "done"), len(cells))
            for name, cells in needed.items()}


def incomplete_reason(done: int, total: int) -> str:
    return (f"{done} of {total} cells it reads exist: its figures are not computed on a subset; "
            "expdb verify --fill computes the rest")
