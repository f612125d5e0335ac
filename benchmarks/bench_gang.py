"""Gang training throughput: model-steps per second for gangs of G models, against the same
models trained alone in separate processes.

    python benchmarks/bench_gang.py [--device cpu|cuda] [--sizes 1,4,16,64] [--methods beta_vae,factor_vae]
                                    [--resolutions 64,32] [--kernels solo,grouped,bmm] [--steps 20]
                                    [--processes N] [--tf32] [--json FILE]

For each method, resolution and gang size G, P processes (default: one per core on CPU, one on
CUDA) each train a gang of G models (seeds 0..G-1, the reference strengths in turn) for --steps
updates after a warm-up, one thread each on CPU. Reported: model-steps/s over all processes
(P * G * steps / slowest process's time), and the memory per model: on CUDA the peak allocated
device memory divided by G, on CPU the parameter and optimiser state. G = 1 runs the solo trainer
(runners/train.Trainer), which is what `--gang 1` runs: that row is "the same models alone in
separate processes". Batches are drawn as in training: factors on the host, images on the device
where the data set allows it (procedural dSprites and Shapes3D do).

Every gang implementation (--kernels: runners/gang.KERNELS) is measured side by side in one run,
with its operations per step (dispatched aten operations, counted in one step after the timed
ones) and, on CUDA, its GPU kernels per step and GPU busy time per step (torch.profiler, one
step). --tf32 lets matrix products use TF32 (torch.set_float32_matmul_precision("high")), as
cuDNN's convolutions do by default.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STRENGTHS = {"beta_vae": ("beta", [1, 2, 4, 6, 8, 16]), "factor_vae": ("gamma", [10, 20, 30, 40, 50, 100]),
             "beta_tc_vae": ("beta", [1, 2, 4, 6, 8, 10]), "dip_vae_i": ("lambda_od", [1, 2, 5, 10, 20, 50]),
             "dip_vae_ii": ("lambda_od", [1, 2, 5, 10, 20, 50]), "annealed_vae": ("c_max", [5, 10, 25, 50, 75, 100])}


def contents(method: str, size: int, resolution: int, steps: int, dataset: str) -> list[dict]:
    from expdb_runners.train import SETTINGS

    name, values = STRENGTHS[method]
    out = []
    for seed in range(size):
        hp = {name: values[seed % len(values)]}
        if method == "dip_vae_i":
            hp["lambda_d"] = 10 * hp["lambda_od"]
        elif method == "dip_vae_ii":
            hp["lambda_d"] = hp["lambda_od"]
        elif method == "annealed_vae":
            hp.update(gamma=1000, iteration_threshold=100000)
        out.append({"kind": "train", "runner": "vae", "dataset": dataset, "method": method, "seed": seed,
                    "hyperparameters": hp, "settings": {**SETTINGS, "steps": steps, "resolution": resolution}})
    return out


def run_one(args) -> dict:
    method, size, resolution, steps, warmup, device_name, dataset, threads, kernels, tf32 = args
    import torch

    if threads:
        torch.set_num_threads(threads)
    if tf32:
        torch.set_float32_matmul_precision("high")
    from expdb_runners.data import load_dataset
    from expdb_runners.gang import GangTrainer
    from expdb_runners.train import Trainer

    device = torch.device(device_name)
    data = load_dataset(dataset, resolution=resolution)
    cs = contents(method, size, resolution, warmup + steps + 1, dataset)
    if device.type == "cuda":
        torch.cuda.reset_peak_memory_stats(device)
    if size == 1:
        trainer = Trainer(cs[0], data.channels, device)
        step = lambda: trainer.train_step(data)  # noqa: E731
        state = sum(p.numel() for p in trainer.model.parameters()) * 3 * 4  # weights, Adam's two moments
        state += sum(p.numel() * 3 * 4 for v in trainer.extra.values() if hasattr(v, "parameters") for p in v.parameters())
    else:
        gang = GangTrainer(cs, data.channels, device, data, kernels=kernels)
        step = gang.train_step
        state = sum(v.numel() for v in (*gang.params.values(), *gang.disc_params.values())) * 3 * 4 // size
    for _ in range(warmup):
        step()
    if device.type == "cuda":
        torch.cuda.synchronize(device)
    started, start = time.time(), time.perf_counter()
    for _ in range(steps):
        step()
    if device.type == "cuda":
        torch.cuda.synchronize(device)
        memory = torch.cuda.max_memory_allocated(device) / size
    else:
        memory = state
    seconds, ended = time.perf_counter() - start, time.time()
    return {"seconds": seconds, "memory_per_model": memory, "started": started, "ended": ended,
            "ops_per_step": operations(step), **(gpu_kernels(step, device) if device.type == "cuda" else {})}


def operations(step) -> int:
    """aten operations dispatched in one step."""
    from torch.utils._python_dispatch import TorchDispatchMode

    class Count(TorchDispatchMode):
        n = 0

        def __torch_dispatch__(self, func, types, args=(), kwargs=None):
            Count.n += 1
            return func(*args, **(kwargs or {}))

    with Count():
        step()
    return Count.n


def gpu_kernels(step, device) -> dict:
    """GPU kernels launched in one step, and the time the GPU spent in them (ms)."""
    import torch
    from torch.profiler import ProfilerActivity, profile

    torch.cuda.synchronize(device)
    with profile(activities=[ProfilerActivity.CUDA]) as prof:
        step()
        torch.cuda.synchronize(device)
    events = prof.events()
    kernels = [e for e in events if e.device_type == torch.autograd.DeviceType.CUDA]
    if kernels:  # kineto lists each kernel as an event of the device
        return {"gpu_kernels_per_step": len(kernels),
                "gpu_busy_ms_per_step": sum(e.device_time_total for e in kernels) / 1000}
    launched = [k for e in events for k in getattr(e, "kernels", [])]  # or attaches them to their operation
    return {"gpu_kernels_per_step": len(launched),
            "gpu_busy_ms_per_step": sum(k.duration for k in launched) / 1000}


def measure(method, size, resolution, steps, warmup, device, processes, dataset, kernels="solo", tf32=False) -> dict:
    threads = 1 if device == "cpu" else 0
    job = (method, size, resolution, steps, warmup, device, dataset, threads, kernels, tf32)
    if processes == 1:
        results = [run_one(job)]
    else:
        with multiprocessing.get_context("spawn").Pool(processes) as pool:
            results = pool.map(run_one, [job] * processes)
    slowest = max(r["seconds"] for r in results)
    first = results[0]
    return {"method": method, "resolution": resolution, "gang": size, "processes": processes, "device": device,
            "kernels": kernels if size > 1 else "alone", "ops_per_step": first["ops_per_step"],
            "gpu_kernels_per_step": first.get("gpu_kernels_per_step"),
            "gpu_busy_ms_per_step": first.get("gpu_busy_ms_per_step"),
            "model_steps_per_s": processes * size * steps / slowest,
            "memory_per_model_mb": max(r["memory_per_model"] for r in results) / 2**20,
            # the timed window, so that a GPU's sampled utilisation can be matched to the row
            "window": [min(r["started"] for r in results), max(r["ended"] for r in results)]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--sizes", default="1,4,16,64")
    parser.add_argument("--methods", default="beta_vae,factor_vae")
    parser.add_argument("--resolutions", default="64,32")
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--processes", type=int, default=None)
    parser.add_argument("--dataset", default="dsprites_full")
    parser.add_argument("--kernels", default="solo,grouped,bmm", help="Gang implementations, side by side.")
    parser.add_argument("--tf32", action="store_true", help="TF32 matrix products (CUDA).")
    parser.add_argument("--json", default=None, help="Also write the rows to this file.")
    args = parser.parse_args()
    processes = args.processes or (os.cpu_count() if args.device == "cpu" else 1)
    os.environ.setdefault("OMP_NUM_THREADS", "1" if args.device == "cpu" else os.environ.get("OMP_NUM_THREADS", "4"))
    rows = []
    print(f"device {args.device}, {processes} process(es), {args.steps} steps after {args.warmup} warm-up, "
          f"data set {args.dataset}")
    print(f"{'method':12s} {'res':>4s} {'gang':>5s} {'kernels':>8s} {'model-steps/s':>14s} {'vs alone':>9s} "
          f"{'MB/model':>9s} {'ops/step':>9s} {'GPU kernels':>12s} {'GPU ms/step':>12s}")
    for method in args.methods.split(","):
        for resolution in map(int, args.resolutions.split(",")):
            alone = None
            for size in map(int, args.sizes.split(",")):
                for kernels in (["alone"] if size == 1 else args.kernels.split(",")):
                    row = measure(method, size, resolution, args.steps, args.warmup, args.device, processes,
                                  args.dataset, kernels if size > 1 else "solo", args.tf32)
                    rows.append(row)
                    alone = row["model_steps_per_s"] if size == 1 else alone
                    ratio = f"{row['model_steps_per_s'] / alone:8.2f}x" if alone else "        -"
                    gpu = (f"{row['gpu_kernels_per_step']:12d} {row['gpu_busy_ms_per_step']:12.2f}"
                           if row["gpu_kernels_per_step"] is not None else f"{'-':>12s} {'-':>12s}")
                    print(f"{method:12s} {resolution:4d} {size:5d} {row['kernels']:>8s} {row['model_steps_per_s']:14.1f} "
                          f"{ratio} {row['memory_per_model_mb']:9.1f} {row['ops_per_step']:9d} {gpu}", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1) + "\n")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
