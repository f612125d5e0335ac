"""`expdb import-dlib`: the reference library's aggregated results as typed rows.

The input is the pandas JSON file that disentanglement_lib's aggregation writes (column
orientation: {column: {row label: value}}; a list of records is read too), one row per
(model, representation, metric), keys dotted as in docs/study.md, section 7.
Config values are strings with their quotes ("'beta_vae'", "4.0"); absent settings are NaN.

Each model becomes a train and a represent cell (read as its two representations) and each
record an evaluate cell (runner "dlib-import", keyed by content, so loading twice adds nothing)
with their model, hyperparameter, representation, evaluation and score rows, all marked source
"disentanglement_lib". Every record is checked before anything is written; a malformed one is
reported with its position and nothing loads.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from pathlib import Path

from expdb.plugin import Bundle, canonical, content_key, dumps, ExpdbError, frame, provenance

from .layout import EVALUATE, REPRESENT, TRAIN

SOURCE, RUNNER = "disentanglement_lib", "dlib-import"
DATASETS = ("dsprites_full", "color_dsprites", "noisy_dsprites", "scream_dsprites", "smallnorb", "cars3d", "shapes3d")
METRICS = {
    "beta_vae_sklearn": "beta_vae", "factor_vae_metric": "factor_vae", "mig": "mig", "dci": "dci",
    "modularity_explicitness": "modularity", "sap_score": "sap", "unsupervised": "unsupervised",
    "downstream_task_logistic_regression": "downstream_logistic", "downstream_task_boosted_trees": "downstream_boosted",
}
# method -> {our hyperparameter: (reference key, default when absent or None when required)}
HYPERPARAMETERS = {
    "beta_vae": {"beta": ("train_config.vae.beta", None)},
    "factor_vae": {"gamma": ("train_config.factor_vae.gamma", None)},
    "dip_vae_i": {"lambda_od": ("train_config.dip_vae.lambda_od", None)},
    "dip_vae_ii": {"lambda_od": ("train_config.dip_vae.lambda_od", None)},
    "beta_tc_vae": {"beta": ("train_config.beta_tc_vae.beta", None)},
    "annealed_vae": {"c_max": ("train_config.annealed_vae.c_max", None),
                     "gamma": ("train_config.annealed_vae.gamma", 1000.0),
                     "iteration_threshold": ("train_config.annealed_vae.iteration_threshold", 100000.0)},
}
LAMBDA_D_FACTOR = {"dip_vae_i": 10.0, "dip_vae_ii": 1.0}  # the reference grid's lambda_d / lambda_od
TRAIN_RESULTS = {"reconstruction_loss": "reconstruction_loss", "kl_loss": "kl_loss", "elbo": "elbo",
                 "loss": "loss", "regularizer": "regularizer"}


class MalformedResults(ExpdbError):
    pass


def _absent(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _text(value) -> str:
    """A config string as the reference writes it: "'beta_vae'" -> beta_vae."""
    if not isinstance(value, str):
        raise ValueError(f"expected a quoted string, got {value!r}")
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return value


def _number(value) -> float:
    if isinstance(value, bool):
        raise ValueError(f"expected a number, got {value!r}")
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(_text(value))
        except ValueError:
            pass
    raise ValueError(f"expected a number, got {value!r}")


def read_records(path: str | Path) -> list[tuple[str, dict]]:
    """(row label, record) pairs in file order."""
    path = Path(path)
    try:
        data = json.loads(path.read_text())
    except FileNotFoundError:
        raise MalformedResults(f"{path}: no such file") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise MalformedResults(f"{path}: not a JSON file ({exc})") from None
    if isinstance(data, list):
        if not all(isinstance(r, dict) for r in data):
            raise MalformedResults(f"{path}: a list of records must hold objects only")
        return [(str(i), r) for i, r in enumerate(data)]
    if not isinstance(data, dict) or not all(isinstance(c, dict) for c in data.values()):
        raise MalformedResults(f"{path}: expected pandas JSON in column orientation ({{column: {{row: value}}}})")
    labels: list[str] = []
    seen = set()
    for column in data.values():
        for label in column:
            if label not in seen:
                seen.add(label)
                labels.append(label)
    labels.sort(key=lambda x: (0, int(x)) if x.lstrip("-").isdigit() else (1, x))
    return [(label, {k: col[label] for k, col in data.items() if label in col}) for label in labels]


def _method(record: dict) -> str:
    name = _text(record["train_config.model.name"])
    if name == "dip_vae":
        dip_type = record.get("train_config.dip_vae.dip_type")
        if _absent(dip_type):
            raise ValueError("dip_vae without train_config.dip_vae.dip_type ('i' or 'ii')")
        name = f"dip_vae_{_text(dip_type)}"
    if name not in HYPERPARAMETERS:
        raise ValueError(f"unknown model {name!r} (known: {', '.join(HYPERPARAMETERS)})")
    return name


def _parse(record: dict) -> dict:
    for key in ("train_config.model.name", "train_config.model.random_seed", "train_config.dataset.name",
                "postprocess_config.postprocess.name", "evaluation_config.evaluation.name"):
        if _absent(record.get(key)):
            raise ValueError(f"{key} is missing")
    method = _method(record)
    dataset = _text(record["train_config.dataset.name"])
    if dataset not in DATASETS:
        raise ValueError(f"train_config.dataset.name: unknown data set {dataset!r}")
    hyper = {}
    for name, (key, default) in HYPERPARAMETERS[method].items():
        value = record.get(key)
        if _absent(value):
            if default is None:
                raise ValueError(f"{key} is missing for {method}")
            value = default
        hyper[name] = _number(value)
    if method in LAMBDA_D_FACTOR:
        factor = record.get("train_config.dip_vae.lambda_d_factor")
        hyper["lambda_d"] = hyper["lambda_od"] * (LAMBDA_D_FACTOR[method] if _absent(factor) else _number(factor))
    representation = _text(record["postprocess_config.postprocess.name"])
    if representation not in ("mean", "sampled"):
        raise ValueError(f"postprocess_config.postprocess.name: {representation!r} is neither 'mean' nor 'sampled'")
    evaluation = _text(record["evaluation_config.evaluation.name"])
    if evaluation not in METRICS:
        raise ValueError(f"evaluation_config.evaluation.name: unknown evaluation {evaluation!r}")
    seed = _number(record["train_config.model.random_seed"])
    model_num = record.get("train_config.model.model_num")
    scores = {}
    for key, value in record.items():
        if key.startswith("evaluation_results."):
            try:
                scores[key[len("evaluation_results."):]] = None if _absent(value) else _number(value)
            except ValueError as exc:
                raise ValueError(f"{key}: {exc}") from None
    _add_efficiency(scores)
    losses = {}
    for key, column in TRAIN_RESULTS.items():
        value = record.get(f"train_results.{key}")
        losses[column] = None if _absent(value) else _number(value)
    steps = record.get("train_results.global_step")
    return {
        "dataset": dataset, "method": method, "seed": int(seed), "hyperparameters": hyper,
        "model_num": None if _absent(model_num) else int(_number(model_num)),
        "steps": None if _absent(steps) else int(_number(steps)),
        "representation": representation, "metric": METRICS[evaluation], "scores": scores, "losses": losses,
    }


def _add_efficiency(scores: dict) -> None:
    """The reference's downstream results hold the mean test accuracy per train size, not the
    paper's statistical efficiency (accuracy at 100 points over accuracy at 10,000): derive it,
    as our own downstream evaluations record it."""
    small, large = scores.get("100:mean_test_accuracy"), scores.get("10000:mean_test_accuracy")
    if "statistical_efficiency" not in scores and small is not None and large is not None:
        scores["statistical_efficiency"] = small / large if large else None


def _cell(content: dict) -> tuple[str, str]:
    text = dumps(canonical(content))
    return content_key(text), text


_PARENT, _METRIC = "<<expdb:parent>>", "<<expdb:metric>>"  # placeholders no key or metric name contains


class _Keys:
    """The cells of the records, keyed by content. A model's train and represent cells come back
    in each of its 18 records: both are keyed once and remembered; an evaluation
    cell's canonical text is filled into a template made once by the same canonical writer."""

    def __init__(self):
        self._train: dict = {}
        self._represent: dict = {}
        self._evaluate = {representation: dumps(canonical({
            "kind": EVALUATE, "runner": RUNNER, "parent": _PARENT, "representation": representation,
            "metric": _METRIC, "settings": {"profile": "reference"}})) for representation in ("mean", "sampled")}

    def train(self, parsed: dict) -> tuple[str, str]:
        hyper = parsed["hyperparameters"]
        marker = (parsed["dataset"], parsed["method"], parsed["seed"], parsed["model_num"], tuple(sorted(hyper.items())))
        if marker not in self._train:
            self._train[marker] = _cell({"kind": TRAIN, "runner": RUNNER, "source": SOURCE, "dataset": parsed["dataset"],
                                         "method": parsed["method"], "seed": parsed["seed"], "hyperparameters": hyper,
                                         "model_num": parsed["model_num"]})
        return self._train[marker]

    def represent(self, train_key: str) -> tuple[str, str]:
        """The model's one represent cell, which both its representations read."""
        if train_key not in self._represent:
            self._represent[train_key] = _cell({"kind": REPRESENT, "runner": RUNNER, "parent": train_key})
        return self._represent[train_key]

    def evaluate(self, rep_key: str, representation: str, metric: str) -> tuple[str, str]:
        text = self._evaluate[representation].replace(_METRIC, metric).replace(_PARENT, rep_key)
        return content_key(text), text


def _spec_text(path: Path, digest: str) -> str:
    return f"# imported by expdb import-dlib from {path.name} (sha256 {digest})\n"


def _digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        raise MalformedResults(f"{path}: no such file") from None


def already_imported(store, path: str | Path, study: str = SOURCE) -> bool:
    """Whether the study already holds this file's import (the same name and content). A load
    is one transaction, so a study row that names the file means every row of it arrived: a
    second import of the same file need not parse it again."""
    path = Path(path)
    held = store.read("SELECT spec_text FROM study WHERE name = ?", [study])
    return bool(held) and held[0][0] == _spec_text(path, _digest(path))


def build_bundle(path: str | Path, study: str = SOURCE) -> Bundle:
    """Parse and check every record; a Bundle ready for Store.load_bundle."""
    path = Path(path)
    records = read_records(path)
    if not records:
        raise MalformedResults(f"{path}: no records")
    now = time.time()
    prov = dict(provenance("disentanglement_lib (imported)", "import-dlib", now, now), id=1)
    cells, deps, models, hypers, reps, evals, scores = {}, [], {}, [], {}, {}, []
    origin, keys, represented = {}, _Keys(), set()
    for position in range(len(records)):
        label, record = records[position]
        records[position] = None  # each record is let go once parsed: the whole file is never held twice
        try:
            parsed = _parse(record)
        except (ValueError, TypeError) as exc:
            raise MalformedResults(f"{path}: record {position} (row {label}): {exc}") from None
        train_key, train_text = keys.train(parsed)
        rep_key, rep_text = keys.represent(train_key)
        eval_key, eval_text = keys.evaluate(rep_key, parsed["representation"], parsed["metric"])
        if eval_key in evals:
            first = origin[eval_key]
            if evals[eval_key]["scores"] != parsed["scores"]:
                raise MalformedResults(f"{path}: record {position} (row {label}) repeats record {first}"
                                       " (same model, representation and metric) with other results")
            continue
        origin[eval_key] = position
        for key, kind, text_ in ((train_key, TRAIN, train_text), (rep_key, REPRESENT, rep_text),
                                 (eval_key, EVALUATE, eval_text)):
            if key not in cells:
                cells[key] = (key, kind, RUNNER, text_, 1, now, now, now, 1)
        if train_key not in models:
            models[train_key] = parsed
            hypers += [(train_key, n, v) for n, v in sorted(parsed["hyperparameters"].items())]
        if rep_key not in represented:
            represented.add(rep_key)
            deps.append((rep_key, train_key))
        reps.setdefault((rep_key, parsed["representation"]), train_key)
        evals[eval_key] = {"rep": rep_key, "representation": parsed["representation"], "metric": parsed["metric"],
                           "scores": parsed["scores"]}
        deps.append((eval_key, rep_key))
        scores += [(eval_key, n, v) for n, v in sorted(parsed["scores"].items())]

    model_rows = [{"cell_key": k, "source": SOURCE, "external_id": None if m["model_num"] is None else str(m["model_num"]),
                   "dataset": m["dataset"], "method": m["method"], "seed": m["seed"], "model_num": m["model_num"],
                   "runner": RUNNER, "steps": m["steps"], "provenance_id": 1, **m["losses"]}
                  for k, m in models.items()]
    rep_rows = [{"cell_key": k, "model_cell_key": parent, "kind": kind, "provenance_id": 1}
                for (k, kind), parent in reps.items()]
    eval_rows = [{"cell_key": k, "representation_cell_key": e["rep"], "representation_kind": e["representation"],
                  "metric": e["metric"], "profile": "reference", "provenance_id": 1} for k, e in evals.items()]
    digest = _digest(path)
    from expdb.plugin import head_revision

    return Bundle(
        schema_revision=head_revision(),  # the rows are built for this code's schema
        study={"name": study, "description": f"disentanglement_lib results imported from {path.name}",
               "spec_text": _spec_text(path, digest),
               "spec_sha256": digest},
        tables={
            "provenance": frame("provenance", [prov]),
            "cell": frame("cell", list(cells.values())),
            "cell_dependency": frame("cell_dependency", deps),
            "model": frame("model", model_rows),
            "hyperparameter": frame("hyperparameter", hypers),
            "representation": frame("representation", rep_rows),
            "evaluation": frame("evaluation", eval_rows),
            "score": frame("score", scores),
        })
