"""Where one gang step's time goes on a GPU: wall time per step, the GPU's busy time per step
(the sum of its kernels' durations), kernels launched per step, and the operators that take the
most GPU time, from torch.profiler, for a gang of G models at one resolution.

    python benchmarks/profile_gang.py --device cuda --sizes 9,36 --method beta_vae --resolution 32

It answers what the first GPU slice's measured rates (BENCHMARKS.md) could not: whether a gang
step is bound by the host (launching kernels) or by the GPU (kernels per model), so that the next
change to runners/gang.py is aimed at the right one.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def profile(method: str, size: int, resolution: int, device_name: str, steps: int, top: int) -> None:
    import torch
    from torch.profiler import ProfilerActivity, profile as torch_profile

    from bench_gang import contents
    from expdb_runners.data import load_dataset
    from expdb_runners.gang import GangTrainer

    device = torch.device(device_name)
    data = load_dataset("dsprites_full", resolution=resolution)
    gang = GangTrainer(contents(method, size, resolution, 1000, "dsprites_full"), data.channels, device, data)
    for _ in range(10):
        gang.train_step()
    sync = torch.cuda.synchronize if device.type == "cuda" else (lambda: None)
    sync()
    start = time.perf_counter()
    for _ in range(steps):
        gang.train_step()
    sync()
    wall = (time.perf_counter() - start) / steps
    activities = [ProfilerActivity.CPU] + ([ProfilerActivity.CUDA] if device.type == "cuda" else [])
    with torch_profile(activities=activities) as prof:
        for _ in range(steps):
            gang.train_step()
        sync()
    events = prof.key_averages()
    launched = [e for e in prof.events() if getattr(e.device_type, "name", "") == "CUDA"]
    busy = sum(getattr(e, "device_time", None) or getattr(e, "cuda_time", 0) for e in launched) / 1e3 / steps
    print(f"\n{method} {resolution}x{resolution}, gang of {size} on {device_name}: "
          f"{wall * 1e3:.2f} ms per step ({size / wall:.0f} model-steps/s), GPU busy {busy:.2f} ms per step, "
          f"{len(launched) / steps:.0f} kernels per step", flush=True)
    for sort in (("self_device_time_total", "self_cuda_time_total") if device.type == "cuda" else ()) + (
            "self_cpu_time_total",):
        try:
            print(events.table(sort_by=sort, row_limit=top, max_name_column_width=60), flush=True)
            break
        except Exception as exc:  # the sort key's name changed across torch versions
            print(f"(sort by {sort}: {exc})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", default="cuda")
    parser.add_argument("--sizes", default="9,36")
    parser.add_argument("--method", default="beta_vae")
    parser.add_argument("--resolution", type=int, default=32)
    parser.add_argument("--steps", type=int, default=10)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    for size in map(int, args.sizes.split(",")):
        profile(args.method, size, args.resolution, args.device, args.steps, args.top)


if __name__ == "__main__":
    sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT)]
    main()
