"""The "vae" runner: trains one model of the study's grid, resumably.

Content: dataset, method, seed, hyperparameters, and settings (defaults are the paper's:
300,000 steps, batch 64, Adam lr 1e-4, 10 latents, 64x64, procedural images). Randomness
comes from three seeded streams (torch for weights, numpy for data, a torch Generator
for the reparameterisation noise and FactorVAE's permutations) whose states go into every
checkpoint, so a run resumed from a checkpoint ends with the same weights as an unbroken
one on CPU. Checkpoints go to the tensor store every minute of wall time (when to save
never changes the result, so it is not part of the cell's content).

Final losses are means over the last min(100, steps) updates. The training curve holds
``curve_points`` points, each the mean over its stretch of updates.
"""

from __future__ import annotations

import io
import os
import sys
import time

import numpy as np

from expdb.plugin import GangInfo, Result, Runner, RunnerInfo

from .data import DATASETS, PROCEDURAL, SOURCES, load_dataset
from .layout import TRAIN
from .methods import methods

CHECKPOINT_SECONDS = 60.0
FINAL_WINDOW = 100
SYNC_EVERY = 50  # updates between reads of the losses back from the device
LOSS_NAMES = ("reconstruction_loss", "kl_loss", "elbo", "regularizer", "loss")
# The reference numbers its models in this order of methods (docs/study.md, section 1); each
# method's swept strength and its values are the method's own (methods/).
REFERENCE_METHODS = ("beta_vae", "factor_vae", "dip_vae_i", "dip_vae_ii", "beta_tc_vae", "annealed_vae")
REFERENCE_STRENGTHS = {name: (methods()[name].strength, list(methods()[name].reference_values))
                       for name in REFERENCE_METHODS}
SETTINGS = {
    "steps": 300_000,
    "batch_size": 64,
    "learning_rate": 1e-4,
    "latent_dim": 10,
    "resolution": 64,
    "data_source": PROCEDURAL,
    "curve_points": 20,
    # "updates": every step is one update of the VAE (and of FactorVAE's discriminator).
    # "reference": FactorVAE runs steps/2 updates, as the reference library's step counter
    # advanced twice per iteration.
    "step_convention": "updates",
}


class ProgressLines:
    """With EXPDB_PROGRESS_SECONDS=N in the environment, a line on standard error every N seconds
    of training: which models, the update reached and the rate since training began here (a
    fill on a GPU machine held for a fixed time decides from them whether its models will finish
    in time, benchmarks/gpu_slice.py). Off by default; it changes no result."""

    def __init__(self, label: str, updates: int):
        every = os.environ.get("EXPDB_PROGRESS_SECONDS", "").strip()
        try:
            self.every = float(every) if every else 0.0
        except ValueError:
            raise ValueError(f"EXPDB_PROGRESS_SECONDS must be a number of seconds, not {every!r}") from None
        self.label, self.updates = label, updates
        self.began = self.last = time.monotonic()
        self.first: int | None = None

    @property
    def on(self) -> bool:
        return self.every > 0

    def tick(self, step: int) -> None:
        if not self.on:
            return
        if self.first is None:
            self.first, self.began = step, time.monotonic()
        now = time.monotonic()
        if now - self.last >= self.every and step > self.first:  # a rate needs two updates seen
            rate = (step - self.first) / max(now - self.began, 1e-9)
            print(f"progress: {self.label}: update {step} of {self.updates}, {rate:.1f} updates/s",
                  file=sys.stderr, flush=True)
            self.last = now


def model_number(content: dict) -> int | None:
    """The reference library's position number, when the cell is in the reference grid."""
    method, seed = content["method"], content["seed"]
    if method not in REFERENCE_STRENGTHS or content["dataset"] not in DATASETS or not 0 <= seed < 50:
        return None
    name, values = REFERENCE_STRENGTHS[method]
    value = content["hyperparameters"].get(name)
    if value not in values:
        return None
    return (DATASETS.index(content["dataset"]) * 1800 + REFERENCE_METHODS.index(method) * 300
            + values.index(value) * 50 + seed)


def pick_device(requested: str):
    import torch

    if requested in ("auto", None):
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    device = torch.device(requested)
    if device.type == "cuda" and not torch.cuda.is_available():
        raise RuntimeError("--device cuda asked for, but torch sees no CUDA device")
    return device


def default_gang(device: str) -> int:
    """Gang size when fill is not given --gang. CPU: 1 (measured: a gang is no faster per model-step
    on this project's 2-core machines, BENCHMARKS.md). CUDA: 36, measured on an H200: at the paper's
    64x64 a gang of 36 reaches 89-92% of the throughput of a gang of 256 (7.5x and 8.6x a model
    alone), with fewer models sharing one fate."""
    if device in ("auto", None):
        import torch

        return 36 if torch.cuda.is_available() else 1
    return 36 if str(device).startswith("cuda") else 1


def _gang_key(content: dict) -> tuple:
    from .gang import gang_key

    return gang_key(content)


class VaeTrain(Runner):
    info = RunnerInfo(kind=TRAIN, settings=dict(SETTINGS),
                      choices={name: tuple(sorted(m.hyperparameters)) for name, m in methods().items()})
    gang = GangInfo(key=_gang_key, max_size=256, default_size=default_gang)

    def validate(self, content):
        s = content["settings"]
        if content["dataset"] not in DATASETS:
            raise ValueError(f"unknown data set {content['dataset']!r} (known: {', '.join(DATASETS)})")
        if s["data_source"] not in SOURCES:
            raise ValueError(f"data_source must be one of {', '.join(SOURCES)}, not {s['data_source']!r}")
        if s["data_source"] == PROCEDURAL and content["dataset"] in ("smallnorb", "cars3d"):
            raise ValueError(f"{content['dataset']} has no procedural version; set data_source = \"original\"")
        if s["resolution"] not in (32, 64):
            raise ValueError(f"resolution must be 32 or 64, not {s['resolution']}")
        for name in ("steps", "batch_size", "latent_dim", "curve_points"):
            if not isinstance(s[name], int) or s[name] < 1:
                raise ValueError(f"{name} must be a positive integer, not {s[name]!r}")
        if not s["learning_rate"] > 0:
            raise ValueError("learning_rate must be positive")
        if s["step_convention"] not in ("updates", "reference"):
            raise ValueError("step_convention must be \"updates\" or \"reference\"")

    def compute(self, cell, ctx) -> Result:
        import torch

        content = cell.content
        s = content["settings"]
        device = pick_device(ctx.device)
        data = load_dataset(content["dataset"], s["data_source"], ctx.data_dir, s["resolution"])
        trainer = Trainer(content, data.channels, device)
        resumed = ctx.load_checkpoint()
        if resumed is not None:
            trainer.load_state(resumed[1])
        last_save = time.monotonic()
        progress = ProgressLines(f"{content['dataset']} {content['method']} seed {content['seed']} x1",
                                 trainer.updates)
        while trainer.step < trainer.updates:
            trainer.train_step(data)
            progress.tick(trainer.step)
            if ctx.should_stop():
                raise RuntimeError(f"stopped at update {trainer.step} (lease lost or worker stopping)")
            if time.monotonic() - last_save > CHECKPOINT_SECONDS and trainer.step < trainer.updates:
                ctx.save_checkpoint(trainer.step, trainer.state_bytes())
                last_save = time.monotonic()
        buffer = io.BytesIO()
        torch.save(trainer.model.state_dict(), buffer)
        losses = trainer.final_losses()
        return Result(
            scores=losses, curve=trainer.curve, device=str(device),
            tensors={"weights": np.frombuffer(buffer.getvalue(), dtype=np.uint8).copy()},
            fields={"model_num": model_number(content)}, versions={"torch_version": torch.__version__},
        )


    def compute_gang(self, cells, contexts):
        """Several models of one method, data set and settings as one stacked computation
        (runners/gang.py); each cell's result is yielded as soon as it is ready."""
        import torch

        from .gang import GangTrainer

        s = cells[0].content["settings"]
        device = pick_device(contexts[0].device)
        data = load_dataset(cells[0].content["dataset"], s["data_source"], contexts[0].data_dir, s["resolution"])
        gang = GangTrainer([c.content for c in cells], data.channels, device, data)
        for g, ctx in enumerate(contexts):
            resumed = ctx.load_checkpoint()
            if resumed is not None:
                gang.load_state(g, resumed[1])
        versions = {"torch_version": torch.__version__}
        recorded_device = f"{device}, gang kernels {gang.kernels}"  # how, in provenance: never part of the key
        last_save = time.monotonic()
        first = cells[0].content
        progress = ProgressLines(f"{first['dataset']} {first['method']} x{len(cells)}",
                                 max(m.updates for m in gang.members))
        while gang.members:
            gone: dict[int, object] = {}  # gang position -> Result or exception
            for g, m in enumerate(gang.members):
                if m.step < m.updates and contexts[m.index].should_stop():
                    gone[g] = RuntimeError(f"stopped at update {m.step} (lease lost or worker stopping)")
            if not gone:
                gang.train_step()
                if progress.on:  # the gang's slowest member, only when lines are asked for
                    progress.tick(min(m.step for m in gang.members))
                if gang.due():
                    gone.update(gang.collect())
            for g, m in enumerate(gang.members):
                if g not in gone and m.step >= m.updates:
                    gone.update(gang.collect())
                    if g not in gone:
                        gone[g] = Result(scores=gang.final_losses(g), curve=m.curve, device=recorded_device,
                                         tensors={"weights": np.frombuffer(gang.weights_bytes(g), dtype=np.uint8).copy()},
                                         fields={"model_num": model_number(m.content)}, versions=versions)
            for g, outcome in sorted(gone.items()):
                yield gang.members[g].index, outcome
            gang.remove(set(gone))
            if gang.members and time.monotonic() - last_save > CHECKPOINT_SECONDS:
                broken = gang.collect()
                for g, error in sorted(broken.items()):
                    yield gang.members[g].index, error
                gang.remove(set(broken))
                for g, m in enumerate(gang.members):
                    contexts[m.index].save_checkpoint(m.step, gang.state_bytes(g))
                last_save = time.monotonic()


def keep_activation_memory() -> None:
    """Ask glibc to keep freed activation buffers (several MB each) on its heap instead of
    returning them to the system and faulting them in again every step: measured 35-45%
    faster training on the 2-core CPU (the same as MALLOC_MMAP_THRESHOLD_ and
    MALLOC_TRIM_THRESHOLD_ in the environment). It changes no result. No-op off glibc."""
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        m_trim_threshold, m_mmap_threshold = -1, -3
        libc.mallopt(m_mmap_threshold, 32 * 1024 * 1024)  # glibc's upper limit on 64-bit
        libc.mallopt(m_trim_threshold, 1024 * 1024 * 1024)
    except (OSError, AttributeError):
        pass


class Trainer:
    """One model's training state and its update step."""

    def __init__(self, content: dict, channels: int, device):
        import torch

        from .model import VAE

        s = content["settings"]
        self.content, self.settings, self.device = content, s, device
        self.hp = {k: float(v) for k, v in content["hyperparameters"].items()}
        self.method = methods()[content["method"]]
        seed = content["seed"]
        torch.manual_seed(seed)
        self.model = VAE(channels, s["resolution"], s["latent_dim"]).to(device)
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=s["learning_rate"], betas=(0.9, 0.999), eps=1e-8)
        self.noise = torch.Generator(device=device)
        self.noise.manual_seed(seed)
        self.extra = self.method.setup(self.model, self.hp, device, self.noise)
        self.data_rng = np.random.default_rng([seed, 20190609])
        halve = s["step_convention"] == "reference" and content["method"] == "factor_vae"
        self.updates = s["steps"] // 2 if halve else s["steps"]
        self.step = 0
        self.pending: list = []  # per-update losses not yet read back from the device
        self.window: list[tuple[float, ...]] = []  # last FINAL_WINDOW updates' losses
        self.segment: list[tuple[float, ...]] = []  # losses since the last curve point
        self.curve: list[tuple[int, str, float]] = []
        self.curve_every = max(1, self.updates // s["curve_points"])
        keep_activation_memory()

    def train_step(self, data) -> None:
        import torch

        from .model import kl_divergence, reconstruction_loss

        _, images = data.sample(self.settings["batch_size"], self.data_rng)
        x = torch.from_numpy(images).to(self.device)
        mean, logvar = self.model.encoder(x)
        eps = torch.randn(mean.shape, generator=self.noise, device=self.device)
        z = mean + (logvar / 2).exp() * eps
        logits = self.model.decoder(z)
        recon = reconstruction_loss(logits, x)
        kl = kl_divergence(mean, logvar)
        regularizer = self.method.regularizer(self.hp, kl, mean, logvar, z, self.step, self.extra)
        loss = recon + regularizer
        self.method.step(loss, self.optimizer, self.extra, z)
        # Losses stay on the device until a batch of them is read back: a read per update
        # would make the GPU wait for the CPU every step.
        self.pending.append(torch.stack([recon, kl, regularizer, loss]).detach())
        self.step += 1
        if self.step % SYNC_EVERY == 0 or self.step % self.curve_every == 0 or self.step == self.updates:
            self.collect()

    def collect(self) -> None:
        """Read pending losses back; update the final-loss window and the training curve."""
        if not self.pending:
            return
        import torch

        rows = torch.stack(self.pending).cpu().tolist()
        first = self.step - len(rows) + 1
        self.pending = []
        for step, (recon, kl, regularizer, loss) in enumerate(rows, start=first):
            if not np.isfinite(loss):
                raise FloatingPointError(f"loss is {loss} at update {step}")
            values = (recon, kl, -(recon + kl), regularizer, loss)
            self.window = (self.window + [values])[-FINAL_WINDOW:]
            self.segment.append(values)
            if step % self.curve_every == 0 or step == self.updates:
                means = np.mean(self.segment, axis=0)
                self.curve.extend((step, name, float(v)) for name, v in zip(LOSS_NAMES, means))
                self.segment = []

    def final_losses(self) -> dict[str, float]:
        self.collect()
        return {name: float(v) for name, v in zip(LOSS_NAMES, np.mean(self.window, axis=0))}

    def state_bytes(self) -> bytes:
        import torch

        self.collect()
        state = {
            "step": self.step, "model": self.model.state_dict(), "optimizer": self.optimizer.state_dict(),
            "noise": self.noise.get_state(), "data_rng": self.data_rng.bit_generator.state,
            "window": self.window, "segment": self.segment, "curve": self.curve,
            "extra": {k: v.state_dict() for k, v in self.extra.items() if hasattr(v, "state_dict")},
        }
        buffer = io.BytesIO()
        torch.save(state, buffer)
        return buffer.getvalue()

    def load_state(self, payload: bytes) -> None:
        import torch

        state = torch.load(io.BytesIO(payload), map_location=self.device, weights_only=False)
        self.step = state["step"]
        self.model.load_state_dict(state["model"])
        self.optimizer.load_state_dict(state["optimizer"])
        self.noise.set_state(state["noise"].cpu() if hasattr(state["noise"], "cpu") else state["noise"])
        self.data_rng.bit_generator.state = state["data_rng"]
        self.window, self.segment, self.curve = state["window"], state["segment"], state["curve"]
        for name, sub in state["extra"].items():
            self.extra[name].load_state_dict(sub)
