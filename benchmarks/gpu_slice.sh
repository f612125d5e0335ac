#!/usr/bin/env bash
# The GPU slice (issue 14) in one prepared run on a lent H200: fill studies/gpu.toml's train and
# represent cells on CUDA in gangs, then its evaluate cells on the machine's CPU cores, and bring
# back the SQLite database (gzipped; rows only, no weights or representations) with the logs.
#
#   here:    bash benchmarks/gpu_wheels.sh                 (the dependencies the device image lacks, .whl/)
#   device:  run "bash benchmarks/gpu_slice.sh" with carry [".whl"] and a timeout that leaves time to spare
#   here:    gunzip -c <files_at>/gpu.db.gz > gpu.db
#            expdb --db sqlite:///gpu.db dump results/gpu
#            expdb --db sqlite:///gpu.db verify | tail -n +2 > results/gpu/verify.txt  # without the database line
#            expdb --db sqlite:///gpu.db verify --json > results/gpu/verify.json
#
# Knobs (environment): STUDY (default studies/gpu.toml), DEVICE (cuda), TRAIN_WORKERS (12: one
# process per gang key's worth of models sharing the GPU), GANG (9: the 3 strengths x 3 seeds
# of one method and data set), EVAL_WORKERS (16), WORK (a scratch folder). On a CPU with a tiny
# STUDY it runs as a test (tests/test_gpu_slice.py).
set -uo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-/tmp/gpu-slice}
work=${WORK:-$(mktemp -d)}
spec=${STUDY:-studies/gpu.toml}
device=${DEVICE:-cuda}
mkdir -p "$out" "$work"
log() { echo "[$(date +%H:%M:%S)] $*" | tee -a "$out/timings.txt"; }

if ! python3 -c "import sqlmodel, alembic, zarr" 2>/dev/null; then  # the device image: install the carried wheels
  python3 -m pip install -q --no-index --no-deps --no-compile .whl/*.whl || exit 1
fi
if ! python3 -c "import expdb_runners, expdb.cli" 2>/dev/null; then
  python3 -m pip install -q --no-index --no-deps --no-build-isolation -e . || exit 1
fi
if [ "$device" != cpu ]; then
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader | tee "$out/gpu.txt"
  nvidia-smi --query-gpu=timestamp,utilization.gpu,memory.used --format=csv,noheader,nounits -lms 1000 > "$out/smi.csv" &
  smi=$!
  trap 'kill $smi 2>/dev/null || true' EXIT
fi
expdb() { python3 -m expdb.cli --db "sqlite:///$work/gpu.db" --tensors "$work/gpu.zarr" "$@"; }

log "start: $spec on $device"
expdb init || exit 1
expdb plan "$spec" | tee -a "$out/timings.txt"
log "train and represent: --workers ${TRAIN_WORKERS:-12} --gang ${GANG:-9}"
expdb fill "$spec" --kind train --kind represent --device "$device" --workers "${TRAIN_WORKERS:-12}" \
  --gang "${GANG:-9}" > "$out/fill_train.log" 2>&1
log "train and represent ended with exit code $?"
log "evaluate: --workers ${EVAL_WORKERS:-16}"
expdb fill "$spec" --workers "${EVAL_WORKERS:-16}" --device cpu > "$out/fill_evaluate.log" 2>&1
log "evaluate ended with exit code $?"
expdb status | tee -a "$out/timings.txt"
gzip -c "$work/gpu.db" > "$out/gpu.db.gz"
log "done: $(du -h "$out/gpu.db.gz" | cut -f1) of database in gpu.db.gz"
