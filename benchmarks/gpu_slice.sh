#!/usr/bin/env bash
# The GPU slice in one prepared run on a GPU machine (it ran on an H200): benchmarks/gpu_slice.py fills
# studies/gpu.toml's train and represent cells on CUDA in gangs, its evaluate cells on the
# machine's CPU cores, within BUDGET seconds, and leaves in $OUT what comes back: gpu.db.gz,
# gpu_spec.toml (the spec that ran), reps.tar.NN (representations still to evaluate, if any)
# and logs.tar.gz (timings, fill logs, nvidia-smi samples, the gang figures if time was left).
#
#   here:    bash benchmarks/gpu_wheels.sh        (the dependencies the GPU machine lacks and
#                                                  expdb itself, as wheels in .whl/)
#   GPU:     copy the checkout with .whl/ to the GPU machine and run "bash benchmarks/gpu_slice.sh"
#            (OUT=folder for what comes back; about 10 minutes)
#   here:    python benchmarks/gpu_slice.py --unpack <files_at> --into DIR
#            expdb --db sqlite:///DIR/gpu.db --tensors DIR/gpu.zarr fill <files_at>/gpu_spec.toml  (what is left)
#            then dump and verify into results/gpu (README, "What the GPU slice shows")
#
# Knobs (environment): STUDY (studies/gpu.toml), DEVICE (cuda), BUDGET (480 s for the slice),
# TRAIN_WORKERS (12: one gang key's 9 models per process), GANG (9), EVAL_WORKERS (16), WORK,
# GANG_SIZES (the gang benchmark run with the time left; empty to skip). On a CPU with a tiny
# STUDY it runs as a test (tests/test_gpu_slice.py).
set -uo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-/tmp/gpu-slice}
work=${WORK:-$(mktemp -d)}
device=${DEVICE:-cuda}
mkdir -p "$out" "$work/logs"
began=$SECONDS

if ! python3 -c "import sqlmodel, alembic, zarr, expdb_runners" 2>/dev/null; then  # the device image
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --target /tmp/site .whl/*.whl || exit 1
  export PYTHONPATH=/tmp/site${PYTHONPATH:+:$PYTHONPATH}
fi
export PYTHONUNBUFFERED=1
if [ "$device" != cpu ]; then
  { nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
    python3 -c "import torch, os; print('torch', torch.__version__, 'cuda', torch.version.cuda, 'cpus', os.cpu_count())"
  } | tee "$work/logs/gpu.txt"
  nvidia-smi --query-gpu=timestamp,utilization.gpu,memory.used --format=csv,noheader,nounits -lms 1000 \
    > "$work/logs/smi.csv" &
  smi=$!
  trap 'kill $smi 2>/dev/null || true' EXIT
fi

python3 benchmarks/gpu_slice.py --spec "${STUDY:-studies/gpu.toml}" --device "$device" --out "$out" --work "$work" \
  --budget "${BUDGET:-480}" --train-workers "${TRAIN_WORKERS:-12}" --gang "${GANG:-9}" \
  --eval-workers "${EVAL_WORKERS:-16}" ${SLICE_ARGS:-}
code=$?

# the gang figures (benchmarks/gpu_gang.sh) with whatever time is left (about 40 s for these sizes)
left=$(( ${TOTAL:-560} - (SECONDS - began) ))
if [ -n "${GANG_SIZES-1,9,36}" ] && [ "$left" -gt 60 ]; then
  timeout $((left - 15)) python3 benchmarks/bench_gang.py --device "$device" --sizes "${GANG_SIZES-1,9,36}" \
    --methods beta_vae,factor_vae --resolutions 32 --steps 20 --warmup 5 --json "$work/logs/gang.json" \
    > "$work/logs/gang.txt" 2>&1
  echo "gang benchmark ended with exit code $?" >> "$work/logs/gang.txt"
fi
[ -n "${smi-}" ] && kill "$smi" 2>/dev/null
tar -czf "$out/logs.tar.gz" -C "$work" logs
echo "slice exit code $code, $((SECONDS - began)) s in all"
exit $code
