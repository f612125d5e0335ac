"""Gang training (runners/gang.py): models trained as one stacked computation are the models
they would be alone, up to floating-point order; they resume per model from their own
checkpoints in any gang; one that turns NaN fails alone; the engine claims, renews and
completes gangs cell by cell.

Tolerances, measured on this CPU (gang of 4, 50 updates at 32x32, batch 16, lr 1e-3, every
method, with the CPU's per-model kernels and with CUDA's grouped ones run on the CPU): the weights of a model trained in a gang and alone differ by at most 1.4e-2 in relative
L2 norm (FactorVAE; 3e-3 beta-VAE, under 1e-3 for the others), each of its final losses by at
most 8.7e-5 of its total loss; two different models differ by 1.37. The gradients of one update agree to
about 1e-7 relatively: the differences are float order (a grouped kernel sums in another
order), which Adam amplifies in parameters whose gradient is near zero (its first updates are
+-lr whatever the gradient's size). The tests allow 5e-2 and 1e-3.
"""

import json
import threading

import numpy as np
import pytest
import torch

from conftest import run_cli
from expdb.cells import StoredCell
from expdb.runner import RunContext, load_runner
from expdb.store import Lineage
from expdb.tensors import TensorStore
from expdb_runners import train as train_module
from expdb_runners.data import load_dataset
from expdb_runners.data.device import device_sampler
from expdb_runners.gang import GangTrainer
from expdb_runners.train import Trainer
from test_datasets import write_dsprites
from test_training import content

WEIGHTS_TOLERANCE, LOSS_TOLERANCE = 5e-2, 1e-3
STRENGTHS = {"beta_vae": [{"beta": b} for b in (1, 2, 4, 8)],
             "factor_vae": [{"gamma": g} for g in (10, 20, 30, 40)],
             "annealed_vae": [{"c_max": c, "gamma": 10, "iteration_threshold": 30} for c in (5, 10, 25, 50)],
             "beta_tc_vae": [{"beta": b} for b in (1, 2, 4, 6)],
             "dip_vae_i": [{"lambda_od": x, "lambda_d": 10 * x} for x in (1, 2, 5, 10)],
             "dip_vae_ii": [{"lambda_od": x, "lambda_d": x} for x in (1, 2, 5, 10)]}


def gang_contents(method, steps, n=4):
    out = []
    for seed, hp in enumerate(STRENGTHS[method][:n]):
        c = content(method, seed=seed, steps=steps)
        c["hyperparameters"] = hp
        out.append(c)
    return out


def flat(state: dict) -> torch.Tensor:
    return torch.cat([v.detach().flatten().cpu() for v in state.values()])


def relative(a, b) -> float:
    return float((a - b).norm() / a.norm())


def losses_close(a: dict, b: dict) -> bool:
    """Every final loss (reconstruction, KL, ELBO, regulariser, total) within LOSS_TOLERANCE of
    the total loss: the regulariser of FactorVAE is a small difference of large terms."""
    return all(abs(a[k] - b[k]) <= LOSS_TOLERANCE * abs(a["loss"]) for k in a)


@pytest.mark.slow
@pytest.mark.parametrize("kernels", ["solo", "grouped", "bmm"])
@pytest.mark.parametrize("method", ["beta_vae", "factor_vae"])
def test_a_gang_trains_the_same_models_as_alone(method, kernels):
    _trains_as_alone(method, kernels, resolution=32, steps=50)


@pytest.mark.slow
@pytest.mark.parametrize("method", ["beta_tc_vae", "dip_vae_i", "dip_vae_ii", "annealed_vae"])
def test_batched_products_train_every_method_as_alone(method):
    _trains_as_alone(method, "bmm", resolution=32, steps=30)


@pytest.mark.slow
@pytest.mark.parametrize("method", ["beta_vae", "factor_vae"])
def test_batched_products_train_the_paper_s_64x64_network_as_alone(method):
    _trains_as_alone(method, "bmm", resolution=64, steps=12)


def _trains_as_alone(method, kernels, resolution, steps):
    torch.set_num_threads(1)
    data = load_dataset("dsprites_full", resolution=resolution)
    contents = gang_contents(method, steps=steps)
    for c in contents:
        c["settings"]["resolution"] = resolution
    alone = []
    for c in contents:
        trainer = Trainer(c, 1, torch.device("cpu"))
        while trainer.step < steps:
            trainer.train_step(data)
        alone.append(trainer)
    gang = GangTrainer(contents, 1, torch.device("cpu"), data, kernels=kernels)
    while gang.members[0].step < steps:
        gang.train_step()
    assert gang.collect() == {}
    for g, trainer in enumerate(alone):
        assert relative(flat(trainer.model.state_dict()), flat(gang.state_dict(g))) < WEIGHTS_TOLERANCE, g
        assert losses_close(trainer.final_losses(), gang.final_losses(g)), g
        assert trainer.curve[-1][0] == gang.members[g].curve[-1][0] == steps
    # the test can fail: different models are far apart
    assert relative(flat(alone[0].model.state_dict()), flat(gang.state_dict(1))) > 0.5


@pytest.mark.parametrize("resolution", [64, 32])
@pytest.mark.parametrize("channels", [1, 3])
def test_every_layer_as_batched_products_equals_the_solo_network_in_float64(resolution, channels):
    """Forward and backward of the whole VAE, and FactorVAE's discriminator, for three models:
    batched products (and grouped convolutions) against each model's own layers, to float64's
    rounding. The arithmetic is the convolution's; only the order of its sums differs."""
    import copy

    from torch.func import stack_module_state

    from expdb_runners.gang import StackedNetwork
    from expdb_runners.methods import methods
    from expdb_runners.model import VAE

    torch.manual_seed(0)
    models = [VAE(channels, resolution, 10).double() for _ in range(3)]
    factor_vae = methods()["factor_vae"]
    discs = [factor_vae.setup(m, {}, torch.device("cpu"), None)["discriminator"].double() for m in models]
    for module in (*models, *discs):
        for p in module.parameters():
            torch.nn.init.normal_(p, std=0.1)  # non-zero biases too
    params = {k: v.detach().clone().requires_grad_(True) for k, v in stack_module_state(models)[0].items()}
    dparams = {k: v.detach().clone().requires_grad_(True) for k, v in stack_module_state(discs)[0].items()}
    x = torch.rand(3, 5, channels, resolution, resolution, dtype=torch.float64)
    z = torch.randn(3, 5, 10, dtype=torch.float64)
    found = {}
    for kernels in ("solo", "grouped", "bmm"):  # each a list of tensors, detached below
        net = StackedNetwork(copy.deepcopy(models[0]).to("meta"), copy.deepcopy(discs[0]).to("meta"), kernels)
        mean, logvar = net.encode(params, x)
        logits = net.decode(params, z + mean)
        judged = net.discriminate(dparams, z + logvar)
        weights = torch.linspace(-1, 1, logits.numel(), dtype=torch.float64).view_as(logits)
        loss = (logits * weights).sum() + (logvar ** 2).sum() + judged.pow(2).sum()
        grads = torch.autograd.grad(loss, [*params.values(), *dparams.values()])
        found[kernels] = [t.detach() for t in (mean, logvar, logits, judged, *grads)]
    assert found["solo"][2].shape == (3, 5, channels, resolution, resolution)
    for kernels in ("grouped", "bmm"):
        for got, want in zip(found[kernels], found["solo"]):
            assert got.shape == want.shape
            assert float((got - want).abs().max()) <= 1e-12 * float(want.abs().max()), kernels  # noqa


class _Dispatched(torch.utils._python_dispatch.TorchDispatchMode):
    """Every operation dispatched while it is active, by name."""

    def __init__(self):
        super().__init__()
        import collections

        self.ops = collections.Counter()

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        self.ops[str(func)] += 1
        return func(*args, **(kwargs or {}))


def _one_step(method, size, kernels):
    data = load_dataset("dsprites_full", resolution=32)
    gang = GangTrainer(gang_contents(method, steps=10, n=size), 1, torch.device("cpu"), data, kernels=kernels)
    gang.train_step()  # warm-up: lazily made state
    with _Dispatched() as seen:
        gang.train_step()
    return seen.ops


def _drawn(ops):
    """Operations other than each model's own random draws (its noise and FactorVAE's permutation
    noise come from its own generator, as alone: one draw per model is the point)."""
    return {name: n for name, n in ops.items() if ".generator" not in name}


@pytest.mark.parametrize("method", ["beta_vae", "factor_vae"])
def test_the_step_s_operations_do_not_grow_with_the_gang(method):
    small, large = _one_step(method, 2, "bmm"), _one_step(method, 4, "bmm")
    assert _drawn(small) == _drawn(large)
    assert sum(large.values()) - sum(small.values()) == sum(n for k, n in large.items() if ".generator" in k) - \
        sum(n for k, n in small.items() if ".generator" in k) + (large["aten.stack.default"] - small["aten.stack.default"])
    # the test can fail: each model's own kernels grow with the gang
    solo_small, solo_large = _one_step(method, 2, "solo"), _one_step(method, 4, "solo")
    assert sum(_drawn(solo_large).values()) > sum(_drawn(solo_small).values()) + 20


@pytest.mark.parametrize("kernels", ["solo", "bmm"])
@pytest.mark.parametrize("method", ["annealed_vae", "factor_vae"])
def test_a_step_reads_nothing_back_from_the_device_and_makes_no_tensor_from_host_numbers(method, kernels):
    """No `.item()`, `float(tensor)` or `.tolist()` in the step (each waits for the device), and
    no tensor built from host data but the batch (a copy from the host; on CUDA the batch goes
    from pinned memory without waiting): step counts and Adam's bias corrections live on the
    device. (Python numbers in arithmetic travel as kernel arguments, not copies.)"""
    ops = _one_step(method, 3, kernels)
    assert ops["aten._local_scalar_dense.default"] == 0
    assert ops["aten.lift_fresh.default"] == 1, {k: n for k, n in ops.items() if "lift" in k}


class StopAfter(threading.Event):
    """A stop signal that fires on the n-th check, as a lost lease or a killed worker would."""

    def __init__(self, n):
        super().__init__()
        self.n = n

    def is_set(self):
        self.n -= 1
        return self.n < 0


def _cell(c):
    from expdb.canonical import canonical, content_key, dumps

    c = canonical(c)
    return StoredCell(1, content_key(dumps(c)), "train", "vae", c)


@pytest.mark.slow
def test_a_killed_gang_resumes_model_by_model_in_other_gangs(tmp_path, monkeypatch):
    """Four annealed VAEs (whose loss depends on each model's own step) train as a gang that is
    stopped after 20 updates; a fifth was stopped alone after 10. Two of the four resume in a gang
    with the fifth (at 20, 20 and 10 updates), the other two alone. All five end where unbroken
    solo runs end."""
    monkeypatch.setattr(train_module, "CHECKPOINT_SECONDS", 0.0)  # a checkpoint after every update
    torch.set_num_threads(1)
    runner = load_runner("vae")
    tensors = TensorStore(str(tmp_path / "z.zarr"))
    cells = [_cell(c) for c in gang_contents("annealed_vae", steps=40)]
    fifth = content("annealed_vae", seed=9, steps=40)
    fifth["hyperparameters"] = {"c_max": 75, "gamma": 10, "iteration_threshold": 30}
    cells.append(_cell(fifth))

    def ctx(cell, stop=None):
        return RunContext(cell, Lineage((), {}), tensors, "cpu", stop=stop)

    # two checks per update and member (before the update, and before its checkpoint)
    first = list(runner.compute_gang(cells[:4], [ctx(c, StopAfter(40)) for c in cells[:4]]))
    assert sorted(i for i, _ in first) == [0, 1, 2, 3]
    assert all(isinstance(outcome, RuntimeError) and "stopped at update 20" in str(outcome) for _, outcome in first)
    with pytest.raises(RuntimeError, match="stopped at update 11"):  # alone, the check follows the update
        runner.compute(cells[4], ctx(cells[4], StopAfter(20)))
    assert [tensors.load_checkpoint(c.key)[0] for c in cells] == [20, 20, 20, 20, 10]

    regang = [cells[0], cells[1], cells[4]]
    resumed = dict(runner.compute_gang(regang, [ctx(c) for c in regang]))
    results = {0: resumed[0], 1: resumed[1], 4: resumed[2]}
    for i in (2, 3):
        results[i] = runner.compute(cells[i], ctx(cells[i]))
    for i, cell in enumerate(cells):
        unbroken = runner.compute(cell, RunContext(cell, Lineage((), {}), TensorStore(str(tmp_path / f"u{i}.zarr")), "cpu"))
        a = torch.load(__import__("io").BytesIO(unbroken.tensors["weights"].tobytes()), weights_only=True)
        b = torch.load(__import__("io").BytesIO(results[i].tensors["weights"].tobytes()), weights_only=True)
        assert list(a) == list(b)  # the same state dict, whichever way it was trained
        assert relative(flat(a), flat(b)) < WEIGHTS_TOLERANCE, i
        assert losses_close(unbroken.scores, results[i].scores), (i, unbroken.scores, results[i].scores)
        assert [p[0] for p in unbroken.curve] == [p[0] for p in results[i].curve]


SPEC = """
[study]
name = "gang"

[train]
steps = 60
resolution = 32
batch_size = 8
learning_rate = 1e-3
curve_points = 4

[grid.root]
product = ["seed", "betas"]

[grid.seed]
axis = "seed"
values = [0]

[grid.betas]
fixed = {{ dataset = "dsprites_full", method = "beta_vae" }}
zip = {{ beta = [{betas}] }}
"""


def test_a_model_driven_to_nan_fails_alone_and_the_gang_is_recorded(tmp_path):
    spec = tmp_path / "gang.toml"
    spec.write_text(SPEC.format(betas="1, 2, 1e39, 4"))  # 1e39 is past float32: beta * KL is inf at once
    db, zarr = f"sqlite:///{tmp_path / 'g.db'}", tmp_path / "g.zarr"
    assert run_cli("--db", db, "--tensors", zarr, "init").returncode == 0
    result = run_cli("--db", db, "--tensors", zarr, "fill", spec, "--gang", "4", "--device", "cpu")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 failed" in result.stdout and "FloatingPointError: loss is" in result.stderr
    rows = json.loads(run_cli("--db", db, "sql", "SELECT h.value AS beta, m.loss, p.gang_size, p.gang_id FROM model m "
                                               "JOIN hyperparameter h ON h.model_id = m.id "
                                               "JOIN provenance p ON p.id = m.provenance_id ORDER BY h.value",
                              "--format", "json").stdout)
    assert [r["beta"] for r in rows] == [1, 2, 4]  # the three others completed
    assert {r["gang_size"] for r in rows} == {4} and len({r["gang_id"] for r in rows}) == 1
    assert all(np.isfinite(r["loss"]) for r in rows)


def test_the_gang_kernels_are_chosen_by_the_environment_and_recorded_in_provenance(tmp_path):
    from expdb.errors import RunnerError
    from expdb_runners.gang import kernels_for

    assert kernels_for(torch.device("cpu"), {}) == "solo"
    assert kernels_for(torch.device("cuda"), {}) == "grouped"
    assert kernels_for(torch.device("cpu"), {"EXPDB_GANG_KERNELS": "bmm"}) == "bmm"
    with pytest.raises(RunnerError, match="EXPDB_GANG_KERNELS='fast': expected one of solo, grouped, bmm"):
        kernels_for(torch.device("cpu"), {"EXPDB_GANG_KERNELS": "fast"})
    spec = tmp_path / "gang.toml"
    spec.write_text(SPEC.format(betas="1, 2"))
    db, zarr = f"sqlite:///{tmp_path / 'g.db'}", tmp_path / "g.zarr"
    assert run_cli("--db", db, "--tensors", zarr, "init").returncode == 0
    filled = run_cli("--db", db, "--tensors", zarr, "fill", spec, "--gang", "2", "--device", "cpu", "--kind", "train",
                     env={"EXPDB_GANG_KERNELS": "bmm"})
    assert filled.returncode == 0, filled.stdout + filled.stderr
    rows = json.loads(run_cli("--db", db, "sql", "SELECT p.device, p.gang_size FROM model m JOIN provenance p "
                                               "ON p.id = m.provenance_id", "--format", "json").stdout)
    assert rows == [{"device": "cpu, gang kernels bmm", "gang_size": 2}] * 2


def test_the_toy_runner_fills_in_gangs_through_the_engine(db_url, tmp_path):
    from conftest import toy_counts, toy_spec

    zarr = tmp_path / "z.zarr"
    assert run_cli("--db", db_url, "--tensors", zarr, "init").returncode == 0
    filled = run_cli("--db", db_url, "--tensors", zarr, "fill", toy_spec(tmp_path, seeds=3), "--gang", "3", "--quiet")
    assert filled.returncode == 0, filled.stderr
    sizes = json.loads(run_cli("--db", db_url, "sql", "SELECT c.kind, p.gang_size, count(*) AS n FROM cell c "
                                                       "JOIN provenance p ON p.id = c.provenance_id "
                                                       "GROUP BY c.kind, p.gang_size ORDER BY 1, 2",
                               "--format", "json").stdout)
    # train cells of one (data set, method) come in gangs of 3 (6 per method: two gangs each);
    # represent and evaluate cells have no gang
    assert sizes == [{"kind": "evaluate", "gang_size": None, "n": toy_counts(seeds=3)["evaluate"]},
                     {"kind": "represent", "gang_size": None, "n": toy_counts(seeds=3)["represent"]},
                     {"kind": "train", "gang_size": 3, "n": toy_counts(seeds=3)["train"]}]


@pytest.mark.parametrize("name", ["dsprites_full", "shapes3d"])
@pytest.mark.parametrize("resolution", [64, 32])
def test_device_batches_equal_the_host_renderer(name, resolution):
    data = load_dataset(name, resolution=resolution)
    factors = data.sample_factors(200, np.random.default_rng(1))
    host = data.observations(factors, np.random.default_rng(2))
    sampler = device_sampler(data, torch.device("cpu"))
    assert np.array_equal(sampler.images(factors).numpy(), host)


def test_device_batches_from_the_original_files(tmp_path):
    import h5py

    write_dsprites(tmp_path)
    sizes = (2, 2, 2, 2, 2, 3)
    grid = np.stack(np.meshgrid(*[np.arange(s) for s in sizes], indexing="ij"), -1).reshape(-1, 6)
    with h5py.File(tmp_path / "3dshapes.h5", "w") as fh:
        fh["images"] = np.random.default_rng(0).integers(0, 256, size=(len(grid), 64, 64, 3), dtype=np.uint8)
        fh["labels"] = grid * 0.1 + 0.05
    for name in ("dsprites_full", "shapes3d"):
        for resolution in (64, 32):
            data = load_dataset(name, "original", str(tmp_path), resolution=resolution)
            factors = data.sample_factors(50, np.random.default_rng(1))
            expected = data.observations(factors, np.random.default_rng(2))
            assert np.array_equal(device_sampler(data, torch.device("cpu")).images(factors).numpy(), expected)
    noisy = load_dataset("noisy_dsprites", "original", str(tmp_path))
    assert device_sampler(noisy, torch.device("cpu")) is None  # random backgrounds: rendered on the host
