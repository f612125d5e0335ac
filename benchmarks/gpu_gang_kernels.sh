#!/usr/bin/env bash
# The gang implementations side by side on one GPU (at most about 8 minutes): model-steps/s, GPU
# kernels per step and GPU busy time per step for gangs of 36 and 256 beta-VAEs and FactorVAEs at
# 64x64 and 32x32, with today's grouped convolutions and with batched matrix products (TF32 matrix
# products, as cuDNN's convolutions use TF32), against the same models alone; then a check that
# the batched products compute what the grouped convolutions compute on this GPU (float64).
# Needs only torch and numpy: expdb_runners is imported from this checkout through a symbolic link.
#
#   bash benchmarks/gpu_gang_kernels.sh        (writes gang_kernels.json, gang_kernels.txt, gpu.txt to $OUT)
#
# Choose the CUDA default from what it prints: EXPDB_GANG_KERNELS and runners/gang.kernels_for.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-/tmp/gpu-gang-kernels}
mkdir -p "$out"
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader | tee "$out/gpu.txt"
python3 -c "import torch; print('torch', torch.__version__, 'cuda', torch.version.cuda)" | tee -a "$out/gpu.txt"
link=$(mktemp -d)
ln -s "$PWD/runners" "$link/expdb_runners"
export PYTHONPATH="$link:$PWD${PYTHONPATH:+:$PYTHONPATH}" PYTHONUNBUFFERED=1
timeout 120 python3 - <<'PY' | tee -a "$out/gang_kernels.txt"
import copy, torch
from torch.func import stack_module_state
from expdb_runners.gang import StackedNetwork
from expdb_runners.model import VAE
torch.manual_seed(0)
for resolution in (64, 32):
    models = [VAE(1, resolution, 10).double().cuda() for _ in range(4)]
    params = {k: v.detach().clone().requires_grad_(True) for k, v in stack_module_state(models)[0].items()}
    x = torch.rand(4, 8, 1, resolution, resolution, dtype=torch.float64, device="cuda")
    found = {}
    for kernels in ("grouped", "bmm"):
        net = StackedNetwork(copy.deepcopy(models[0]).to("meta"), None, kernels)
        mean, logvar = net.encode(params, x)
        logits = net.decode(params, mean)
        grads = torch.autograd.grad(logits.square().sum() + logvar.square().sum(), list(params.values()))
        found[kernels] = [t.detach() for t in (mean, logits, *grads)]
    worst = max(float((a - b).abs().max() / b.abs().max()) for a, b in zip(found["bmm"], found["grouped"]))
    print(f"bmm against grouped on the GPU, {resolution}x{resolution}, float64: largest relative difference {worst:.1e}")
PY
timeout 420 python3 benchmarks/bench_gang.py --device cuda --sizes "${SIZES:-1,36,256}" --methods beta_vae,factor_vae \
  --resolutions 64,32 --kernels grouped,bmm --tf32 --steps "${STEPS:-20}" --warmup 5 \
  --json "$out/gang_kernels.json" | tee -a "$out/gang_kernels.txt"
