"""A trivial, deterministic runner family that exercises the engine without torch.

toy-train -> toy-represent -> toy-evaluate compute small arrays from each cell's key,
so any two computations of a cell agree bit for bit. Knobs that must not change a
result (and so stay out of the content) come from the environment:
EXPDB_TOY_SLEEP (seconds per step), EXPDB_TOY_TRACE (a file each computation appends
its kind, key, process id and OMP_NUM_THREADS to, so tests can count computations and see
the thread limits a worker got), EXPDB_TOY_JITTER (when set, a train cell's weights get
noise from os.urandom: two computations of a cell then differ, as GPU training does).
The method "fail" raises on purpose.
"""

from __future__ import annotations

import os
import time

import numpy as np

from expdb.plugin import GangInfo, Result, Runner, RunnerInfo

from .layout import EVALUATE, REPRESENT, TRAIN


def _trace(kind: str, key: str) -> None:
    path = os.environ.get("EXPDB_TOY_TRACE")
    if path:
        # O_APPEND writes of one short line are atomic across processes.
        with open(path, "a") as fh:
            fh.write(f"{kind} {key} {os.getpid()} {os.environ.get('OMP_NUM_THREADS', '-')}\n")


def _sleep() -> None:
    seconds = float(os.environ.get("EXPDB_TOY_SLEEP", "0") or 0)
    if seconds:
        time.sleep(seconds)


def _integers(settings: dict, *names: str) -> None:
    for name in names:
        if not isinstance(settings[name], int) or isinstance(settings[name], bool):
            raise ValueError(f"{name} must be an integer, not {settings[name]!r}")


def _positive_integers(settings: dict, *names: str) -> None:
    _integers(settings, *names)
    for name in names:
        if settings[name] < 1:
            raise ValueError(f"{name} must be a positive integer, not {settings[name]!r}")


class ToyTrain(Runner):
    info = RunnerInfo(kind=TRAIN, settings={"steps": 4, "latent_dim": 3})
    # Cells of one data set, method and settings can train together; a gang step sleeps once.
    gang = GangInfo(key=lambda c: (c["dataset"], c["method"], c["settings"]["steps"], c["settings"]["latent_dim"]),
                    max_size=64)

    def validate(self, content):
        _positive_integers(content["settings"], "steps", "latent_dim")

    def compute(self, cell, ctx):
        ((_, result),) = list(self._train([cell], [ctx]))
        if isinstance(result, BaseException):
            raise result
        return result

    def compute_gang(self, cells, contexts):
        yield from self._train(cells, contexts)

    def _train(self, cells, contexts):
        state = {}
        for i, (cell, ctx) in enumerate(zip(cells, contexts)):
            if cell.content["method"] == "fail":
                yield i, RuntimeError("toy method 'fail' always fails")
                continue
            _trace(TRAIN, cell.key)
            start, weights = 0, np.zeros(cell.content["settings"]["latent_dim"])
            resumed = ctx.load_checkpoint()
            if resumed is not None:
                start, payload = resumed
                weights = np.frombuffer(payload, dtype=np.float64).copy()
            state[i] = [start, weights]
        while state:
            _sleep()  # one step of every model in the gang
            for i in list(state):
                cell, ctx = cells[i], contexts[i]
                step, weights = state[i]
                if ctx.should_stop():
                    del state[i]
                    yield i, RuntimeError("stopped")
                    continue
                if step < cell.content["settings"]["steps"]:
                    # Each step's noise depends on (key, step) alone, so a resumed run matches an unbroken one.
                    weights = weights + np.random.default_rng([int(cell.key[:16], 16), step]).normal(size=len(weights))
                    step += 1
                    ctx.save_checkpoint(step, weights.tobytes())
                    state[i] = [step, weights]
                if step >= cell.content["settings"]["steps"]:
                    del state[i]
                    yield i, self._result(cell, weights)

    @staticmethod
    def _result(cell, weights):
        steps = cell.content["settings"]["steps"]
        if os.environ.get("EXPDB_TOY_JITTER"):
            weights = weights + np.frombuffer(os.urandom(8 * len(weights)), dtype=np.uint64) / 2.0**80
        loss = float(np.abs(weights).sum())
        return Result(scores={"loss": loss, "reconstruction_loss": loss / 2, "kl_loss": loss / 4,
                              "elbo": -loss, "regularizer": loss / 4},
                      curve=[(steps, "loss", loss)], tensors={"weights": weights.astype(np.float32)})


class ToyRepresent(Runner):
    info = RunnerInfo(kind=REPRESENT, settings={"points": 50, "seed": 0},
                      choices={"mean": (), "sampled": ()})

    def validate(self, content):
        _positive_integers(content["settings"], "points")
        _integers(content["settings"], "seed")

    def compute(self, cell, ctx):
        _trace(REPRESENT, cell.key)
        _sleep()
        weights = ctx.ancestor_tensors(TRAIN)["weights"]
        points = cell.content["settings"]["points"]
        rng = np.random.default_rng(cell.content["settings"]["seed"])
        factors = rng.integers(0, 4, size=(points, 2))
        mean = (factors[:, :1] * weights[None, :]).astype(np.float32)
        logvar = np.full_like(mean, -2.0)
        return Result(tensors={"mean": mean, "logvar": logvar, "factors": factors.astype(np.int32)},
                      fields={"representations": tuple(self.info.choices)})


class ToyEvaluate(Runner):
    info = RunnerInfo(kind=EVALUATE, settings={"profile": "fast", "seed": 0})

    def validate(self, content):
        _integers(content["settings"], "seed")
        if not isinstance(content["settings"]["profile"], str):
            raise ValueError(f"profile must be a string, not {content['settings']['profile']!r}")

    def compute(self, cell, ctx):
        _trace(EVALUATE, cell.key)
        _sleep()
        arrays = ctx.ancestor_tensors(REPRESENT)
        mean = arrays["mean"]
        if not np.isfinite(mean).all():
            raise ValueError("latents contain NaN or infinity")
        return Result(scores={"magnitude": float(np.abs(mean).mean()),
                              "spread": float(mean.std()),
                              "metric_hash": float(int(cell.key[:6], 16))})

