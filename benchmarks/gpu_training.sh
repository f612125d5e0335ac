#!/usr/bin/env bash
# The GPU check, as run on an H100 and an H200 (see BENCHMARKS.md): training speed of every
# method against the plain loop, then the same 8-model study filled with 1 and with 4
# worker processes sharing the GPU. Needs expdb installed (pip install -e .).
set -euo pipefail
out=${OUT:-/tmp/gpu-out}
mkdir -p "$out"
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
python3 benchmarks/bench_training.py --device cuda --steps 300 2>&1 | tee "$out/bench_training.txt"
for workers in 1 4; do
  dir=$(mktemp -d)
  start=$(date +%s.%N)
  expdb --db "sqlite:///$dir/g.db" --tensors "$dir/g.zarr" init >/dev/null
  expdb --db "sqlite:///$dir/g.db" --tensors "$dir/g.zarr" fill benchmarks/gpu_study.toml --workers $workers --quiet
  end=$(date +%s.%N)
  echo "gpu-check study (8 models x 2000 steps at 64x64 + 16 representations), $workers worker(s): $(python3 -c "print(round($end - $start, 1))") s" | tee -a "$out/fill.txt"
  python3 - "$dir/g.db" <<'PY' | tee -a "$out/fill.txt"
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print("devices:", c.execute("select device, count(*) from provenance group by device").fetchall())
print("models:", c.execute("select dataset, method, seed, round(reconstruction_loss, 1), round(kl_loss, 2) from model order by 1, 2, 3").fetchall())
PY
done
