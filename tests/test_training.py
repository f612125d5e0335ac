"""Training: every method learns, runs are deterministic, and a resumed run matches an unbroken one."""

import io
import threading

import pytest
import torch
from sqlalchemy import select

from conftest import run_cli
from expdb.cells import StoredCell
from expdb.errors import SpecError
from expdb.planner import build_plan
from expdb.runner import RunContext, load_runner
from expdb.spec import parse_spec
from expdb.store import Lineage
from expdb.tensors import TensorStore
from expdb_runners import train as train_module
from expdb_runners.data import load_dataset
from expdb_runners.train import SETTINGS, Trainer, model_number

HP = {"beta_vae": {"beta": 1}, "factor_vae": {"gamma": 10}, "dip_vae_i": {"lambda_od": 1, "lambda_d": 10},
      "dip_vae_ii": {"lambda_od": 1, "lambda_d": 1}, "beta_tc_vae": {"beta": 2},
      "annealed_vae": {"c_max": 5, "gamma": 10, "iteration_threshold": 100}}


def content(method="beta_vae", seed=0, steps=30, **settings):
    return {"kind": "train", "runner": "vae", "dataset": "dsprites_full", "method": method, "seed": seed,
            "hyperparameters": HP[method],
            "settings": {**SETTINGS, "steps": steps, "resolution": 32, "batch_size": 16, "learning_rate": 1e-3,
                         **settings}}


def trainer(c):
    return Trainer(c, 1, torch.device("cpu"))


def weights(t):
    return torch.cat([p.detach().flatten() for p in t.model.state_dict().values()])


@pytest.mark.slow
@pytest.mark.parametrize("method", sorted(HP))
def test_a_few_hundred_steps_lower_the_loss(method):
    data = load_dataset("dsprites_full", resolution=32)
    tr = trainer(content(method, steps=300))
    while tr.step < 300:
        tr.train_step(data)
    recon = [value for _, name, value in tr.curve if name == "reconstruction_loss"]  # comparable across methods
    assert len(recon) == 20
    assert recon[-1] < 0.8 * recon[0], (method, recon[0], recon[-1])


def test_same_seed_same_weights_other_seed_other_weights():
    data = load_dataset("dsprites_full", resolution=32)
    runs = []
    for seed in (0, 0, 1):
        tr = trainer(content(seed=seed, steps=10))
        for _ in range(10):
            tr.train_step(data)
        runs.append(weights(tr))
    assert torch.equal(runs[0], runs[1])
    assert not torch.equal(runs[0], runs[2])


@pytest.mark.parametrize("method", ["beta_vae", "factor_vae"])
def test_resumed_run_matches_an_unbroken_one(method):
    data = load_dataset("color_dsprites", resolution=32)
    whole = Trainer(content(method, steps=20), 3, torch.device("cpu"))
    while whole.step < 20:
        whole.train_step(data)
    first = Trainer(content(method, steps=20), 3, torch.device("cpu"))
    while first.step < 8:
        first.train_step(data)
    payload = first.state_bytes()
    resumed = Trainer(content(method, steps=20), 3, torch.device("cpu"))
    resumed.load_state(payload)
    while resumed.step < 20:
        resumed.train_step(data)
    assert torch.equal(weights(whole), weights(resumed))
    assert whole.final_losses() == resumed.final_losses() and whole.curve == resumed.curve
    if method == "factor_vae":
        for a, b in zip(whole.extra["discriminator"].parameters(), resumed.extra["discriminator"].parameters()):
            assert torch.equal(a, b)


class StopAfter(threading.Event):
    """A stop signal that fires on the n-th check, as a lost lease would."""

    def __init__(self, n):
        super().__init__()
        self.n = n

    def is_set(self):
        self.n -= 1
        return self.n < 0


def test_runner_resumes_from_its_checkpoint_in_the_store(tmp_path, monkeypatch):
    monkeypatch.setattr(train_module, "CHECKPOINT_SECONDS", 0.0)  # checkpoint after every update
    c = content(steps=12)
    from expdb.canonical import canonical, content_key, dumps

    c = canonical(c)
    key = content_key(dumps(c))
    cell = StoredCell(1, key, "train", "vae", c)
    runner = load_runner("vae")
    tensors = TensorStore(str(tmp_path / "a.zarr"))
    with pytest.raises(RuntimeError, match="stopped at update 6"):
        # two checks per update (the loop's, and the checkpoint's before it writes): the 11th stops
        runner.compute(cell, RunContext(cell, Lineage((), {}), tensors, "cpu", stop=StopAfter(10)))
    assert tensors.load_checkpoint(key)[0] == 5
    resumed = runner.compute(cell, RunContext(cell, Lineage((), {}), tensors, "cpu"))
    fresh = runner.compute(cell, RunContext(cell, Lineage((), {}), TensorStore(str(tmp_path / "b.zarr")), "cpu"))
    assert _same_state(resumed, fresh)
    assert resumed.scores == fresh.scores and resumed.curve == fresh.curve
    assert set(resumed.scores) == {"reconstruction_loss", "kl_loss", "elbo", "regularizer", "loss"}


def _same_state(a, b):
    sa = torch.load(io.BytesIO(a.tensors["weights"].tobytes()), weights_only=True)
    sb = torch.load(io.BytesIO(b.tensors["weights"].tobytes()), weights_only=True)
    return all(torch.equal(sa[k], sb[k]) for k in sa)


def test_reference_model_numbers():
    c = {"dataset": "dsprites_full", "method": "beta_vae", "seed": 0, "hyperparameters": {"beta": 1}}
    assert model_number(c) == 0
    c = {"dataset": "shapes3d", "method": "annealed_vae", "seed": 49, "hyperparameters": {"c_max": 100}}
    assert model_number(c) == 6 * 1800 + 5 * 300 + 5 * 50 + 49 == 12599
    c = {"dataset": "shapes3d", "method": "beta_vae", "seed": 49, "hyperparameters": {"beta": 3}}
    assert model_number(c) is None


SPEC = """
[study]
name = "t"
[train]
steps = 20
resolution = 32
batch_size = 16
learning_rate = 0.001
{extra}
[grid.root]
fixed = {{ dataset = "{dataset}", method = "{method}", seed = 0 {hp} }}
[represent]
points = 200
"""


@pytest.mark.parametrize("method, hp, dataset, extra, words", [
    ("betavae", ", beta = 1", "dsprites_full", "", "unknown method 'betavae'"),
    ("beta_vae", "", "dsprites_full", "", "takes hyperparameters beta (missing beta)"),
    ("beta_vae", ", beta = 1, gamma = 2", "dsprites_full", "", "unexpected gamma"),
    ("beta_vae", ", beta = 1", "mnist", "", "unknown data set 'mnist'"),
    ("beta_vae", ", beta = 1", "cars3d", "", "cars3d has no procedural version"),
    ("beta_vae", ", beta = 1", "dsprites_full", "resolution = 48", "resolution must be 32 or 64"),
])
def test_bad_train_cells_are_refused_at_planning(method, hp, dataset, extra, words):
    text = SPEC.format(method=method, hp=hp, dataset=dataset, extra=extra).replace("resolution = 32\n", "" if extra else "resolution = 32\n")
    with pytest.raises(SpecError, match=words.replace("(", r"\(").replace(")", r"\)")):
        build_plan(parse_spec(text, "x.toml"))


def test_fill_trains_and_represents_through_the_engine(tmp_path):
    from expdb_runners.layout.tables import Hyperparameter, Model, Representation, TrainingCurve
    from expdb.store import open_store

    spec = tmp_path / "s.toml"
    spec.write_text(SPEC.format(method="dip_vae_ii", hp=", lambda_od = 1, lambda_d = 1", dataset="shapes3d", extra=""))
    db = f"sqlite:///{tmp_path / 'e.db'}"
    store_path = tmp_path / "e.zarr"
    assert run_cli("--db", db, "--tensors", store_path, "init").returncode == 0
    result = run_cli("--db", db, "--tensors", store_path, "fill", spec, "--device", "cpu")
    assert result.returncode == 0, result.stderr
    store = open_store(db)
    with store.read_engine.connect() as conn:
        model = conn.execute(select(Model.__table__)).one()
        assert (model.dataset, model.method, model.steps, model.resolution, model.data_source) == \
            ("shapes3d", "dip_vae_ii", 20, 32, "procedural-v1")
        assert model.reconstruction_loss > 0 and model.loss is not None
        hps = dict(conn.execute(select(Hyperparameter.__table__.c.name, Hyperparameter.__table__.c.value)).all())
        assert hps == {"lambda_od": 1.0, "lambda_d": 1.0}
        assert conn.execute(select(TrainingCurve.__table__)).all()
        reps = conn.execute(select(Representation.__table__)).all()
    store.dispose()
    assert sorted(r.kind for r in reps) == ["mean", "sampled"]
    assert all((r.n_points, r.n_dims, r.dtype) == (200, 10, "float32") for r in reps)
    lineage_check = TensorStore(str(store_path), create=False)
    assert lineage_check.root["cells"] is not None


def test_cuda_asked_for_without_cuda_is_a_failed_cell(tmp_path):
    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA")  # CI has none; the GPU run checks the positive case
    spec = tmp_path / "s.toml"
    spec.write_text(SPEC.format(method="beta_vae", hp=", beta = 1", dataset="dsprites_full", extra=""))
    db = f"sqlite:///{tmp_path / 'e.db'}"
    assert run_cli("--db", db, "--tensors", tmp_path / "z.zarr", "init").returncode == 0
    result = run_cli("--db", db, "--tensors", tmp_path / "z.zarr", "fill", spec, "--device", "cuda", "--kind", "train")
    assert result.returncode == 1
    assert "torch sees no CUDA device" in result.stderr


def test_progress_lines_are_off_by_default_and_a_bad_period_is_refused_in_one_line(monkeypatch, capsys):
    from expdb_runners.train import ProgressLines

    monkeypatch.delenv("EXPDB_PROGRESS_SECONDS", raising=False)
    quiet = ProgressLines("dsprites_full beta_vae x9", 100)
    quiet.tick(1)
    quiet.tick(2)
    assert capsys.readouterr().err == ""
    monkeypatch.setenv("EXPDB_PROGRESS_SECONDS", "0.000001")
    lines = ProgressLines("dsprites_full beta_vae x9", 100)
    lines.tick(1)
    lines.tick(5)
    last = capsys.readouterr().err.splitlines()[-1]
    assert last.startswith("progress: dsprites_full beta_vae x9: update 5 of 100, ") and last.endswith(" updates/s")
    assert float(last.split(", ")[1].split()[0]) > 0  # 4 updates since the first one, in a positive time
    monkeypatch.setenv("EXPDB_PROGRESS_SECONDS", "ten")
    with pytest.raises(ValueError, match="^EXPDB_PROGRESS_SECONDS must be a number of seconds, not 'ten'$"):
        ProgressLines("x", 1)
