"""How long `expdb check` and `expdb gc` take to list a tensor store: the walk they use
(TensorStore.survey: the store's listing, one node's metadata at a time, so that damage is a
finding) side by side with Zarr's own recursive listing (Group.members(max_depth=None), which
reads the nodes' metadata concurrently but raises on the first damaged one).

    python benchmarks/bench_survey.py [--cells 1000] [--arrays 4]

Builds a store of CELLS cells with ARRAYS small arrays each, in the layout fill writes
(cells/<kk>/<key>/<attempt>/<name>), in a temporary folder, then times each listing three
times and prints the best.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    sys.path.insert(0, str(ROOT))
    import zarr

    from expdb.tensors import CELLS, TensorStore

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cells", type=int, default=1000)
    parser.add_argument("--arrays", type=int, default=4)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = TensorStore(str(Path(folder) / "s.zarr"))
        for i in range(args.cells):
            key = hashlib.md5(str(i).encode()).hexdigest()
            for a in range(args.arrays):
                store.write(key, f"t{a}", np.arange(8, dtype=np.float32), "a1-0000")

        def zarr_members():
            return [p for p, node in store.root[CELLS].members(max_depth=None) if isinstance(node, zarr.Array)]

        def survey():
            return store.survey().arrays

        print(f"{args.cells} cells x {args.arrays} arrays")
        for name, listing in (("zarr members(max_depth=None)", zarr_members), ("TensorStore.survey()", survey)):
            best, found = float("inf"), None
            for _ in range(3):
                start = time.perf_counter()
                found = listing()
                best = min(best, time.perf_counter() - start)
            print(f"{name:30s} {best:7.2f} s  ({len(found)} arrays)")


if __name__ == "__main__":
    main()
