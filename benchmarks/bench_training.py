"""Training speed: the vae runner's update step against a plain PyTorch loop of the same
architecture and loss, side by side, per method, at 64x64 and 32x32.

    python benchmarks/bench_training.py [--steps 60] [--device cpu|cuda] [--methods beta_vae,...]

The plain loop is the floor: batches are pre-drawn (no rendering inside the timed loop),
beta-VAE loss, Adam. The runner's figure includes drawing each batch from the procedural
dSprites renderer, the method's regulariser and the bookkeeping (loss window, curve).
Target: the runner's beta-VAE at least 90% of the plain loop."""

from __future__ import annotations

import argparse
import os
import time

import numpy as np
import torch

from expdb_runners.data import load_dataset
from expdb_runners.model import VAE, kl_divergence, reconstruction_loss
from expdb_runners.train import SETTINGS, Trainer, keep_activation_memory

HP = {"beta_vae": {"beta": 4}, "factor_vae": {"gamma": 10}, "dip_vae_i": {"lambda_od": 1, "lambda_d": 10},
      "dip_vae_ii": {"lambda_od": 1, "lambda_d": 1}, "beta_tc_vae": {"beta": 4},
      "annealed_vae": {"c_max": 5, "gamma": 1000, "iteration_threshold": 100000}}


def plain_loop(resolution, steps, device, dataset):
    torch.manual_seed(0)
    model = VAE(1, resolution, 10).to(device)
    opt = torch.optim.Adam(model.parameters(), lr=1e-4)
    rng = np.random.default_rng(0)
    batches = [torch.from_numpy(dataset.sample(64, rng)[1]).to(device) for _ in range(8)]
    keep_activation_memory()  # the runner does this too; it is process-wide

    def step(x):
        mean, logvar = model.encoder(x)
        z = mean + (logvar / 2).exp() * torch.randn_like(mean)
        loss = reconstruction_loss(model.decoder(z), x) + 4 * kl_divergence(mean, logvar)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        return float(loss.detach())

    for i in range(5):
        step(batches[i % 8])
    start = time.perf_counter()
    for i in range(steps):
        step(batches[i % 8])
    if device.type == "cuda":
        torch.cuda.synchronize()
    return steps / (time.perf_counter() - start)


def runner_loop(method, resolution, steps, device, dataset):
    content = {"dataset": "dsprites_full", "method": method, "seed": 0, "hyperparameters": HP[method],
               "settings": {**SETTINGS, "resolution": resolution, "steps": 10 ** 6}}
    trainer = Trainer(content, 1, device)
    for _ in range(5):
        trainer.train_step(dataset)
    start = time.perf_counter()
    for _ in range(steps):
        trainer.train_step(dataset)
    if device.type == "cuda":
        torch.cuda.synchronize()
    return steps / (time.perf_counter() - start)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=60)
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    parser.add_argument("--methods", default=",".join(HP))
    args = parser.parse_args()
    device = torch.device(args.device)
    name = torch.cuda.get_device_name() if device.type == "cuda" else f"CPU, {torch.get_num_threads()} threads"
    print(f"device: {name}; torch {torch.__version__}; MALLOC_MMAP_THRESHOLD_={os.environ.get('MALLOC_MMAP_THRESHOLD_', 'unset')}")
    for resolution in (64, 32):
        dataset = load_dataset("dsprites_full", resolution=resolution)
        plain = plain_loop(resolution, args.steps, device, dataset)
        print(f"{resolution}x{resolution} plain loop (beta-VAE, pre-drawn batches): {plain:7.1f} steps/s")
        for method in args.methods.split(","):
            rate = runner_loop(method, resolution, args.steps, device, dataset)
            print(f"{resolution}x{resolution} runner {method:13s}: {rate:7.1f} steps/s ({100 * rate / plain:5.1f}% of plain)")
        again = plain_loop(resolution, args.steps, device, dataset)
        print(f"{resolution}x{resolution} plain loop again: {again:7.1f} steps/s")


if __name__ == "__main__":
    main()
