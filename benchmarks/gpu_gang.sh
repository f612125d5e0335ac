#!/usr/bin/env bash
# The GPU figures of gang training, in one short run on a GPU machine (it ran on an H200): model-steps/s
# for gangs of 1 to 256 beta-VAEs and FactorVAEs at 64x64 and 32x32, the device memory per
# model, and the GPU's utilisation during each timed window (nvidia-smi sampled every 200 ms).
# About 3-5 minutes of device time. Needs only torch and numpy, which a GPU machine's image usually has:
# expdb_runners is imported from this checkout through a symbolic link, nothing is installed.
#
#   device run: bash benchmarks/gpu_gang.sh        (writes gang.json, gang.txt, smi.csv, gpu.txt to $OUT)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-/tmp/gpu-gang}
mkdir -p "$out"
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader | tee "$out/gpu.txt"
python3 -c "import torch; print('torch', torch.__version__, 'cuda', torch.version.cuda)" | tee -a "$out/gpu.txt"
link=$(mktemp -d)
ln -s "$PWD/runners" "$link/expdb_runners"
export PYTHONPATH="$link:$PWD${PYTHONPATH:+:$PYTHONPATH}" PYTHONUNBUFFERED=1
nvidia-smi --query-gpu=timestamp,utilization.gpu,memory.used --format=csv,noheader,nounits -lms 200 > "$out/smi.csv" &
smi=$!
trap 'kill $smi 2>/dev/null || true' EXIT
python3 benchmarks/bench_gang.py --device cuda --sizes "${SIZES:-1,4,16,64,128,256}" --methods beta_vae,factor_vae \
  --resolutions 64,32 --steps "${STEPS:-30}" --warmup 5 --json "$out/gang.json" | tee "$out/gang.txt"
kill $smi 2>/dev/null || true
sleep 0.5
python3 benchmarks/gang_utilisation.py "$out/gang.json" "$out/smi.csv" | tee -a "$out/gang.txt"
