"""The GPU's utilisation during each row of a gang benchmark: nvidia-smi's samples (timestamp,
utilization.gpu %, memory.used MiB) matched to each row's timed window (bench_gang.py --json).

    python benchmarks/gang_utilisation.py gang.json smi.csv
"""

from __future__ import annotations

import csv
import json
import sys
from datetime import datetime


def samples(path: str) -> list[tuple[float, float]]:
    out = []
    with open(path) as fh:
        for row in csv.reader(fh):
            if len(row) < 2:
                continue
            try:
                stamp = datetime.strptime(row[0].strip(), "%Y/%m/%d %H:%M:%S.%f").timestamp()
                out.append((stamp, float(row[1])))
            except ValueError:
                continue
    return out


def main(rows_path: str, smi_path: str) -> None:
    rows, smi = json.loads(open(rows_path).read()), samples(smi_path)
    print(f"{'method':12s} {'res':>4s} {'gang':>5s} {'model-steps/s':>14s} {'GPU busy':>9s} {'samples':>8s}")
    for row in rows:
        start, end = row["window"]
        inside = [u for t, u in smi if start <= t <= end]
        busy = f"{sum(inside) / len(inside):8.0f}%" if inside else "        -"
        print(f"{row['method']:12s} {row['resolution']:4d} {row['gang']:5d} {row['model_steps_per_s']:14.1f} "
              f"{busy} {len(inside):8d}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
