"""The planner: cells keyed by content, so edited and grown specs reuse what exists."""

import pytest

from conftest import toy_counts, toy_spec
from expdb.canonical import canonical, content_key, dumps
from expdb.errors import SpecError
from expdb.planner import build_plan, select
from expdb.spec import load_spec, parse_spec


def keys(plan, kind=None):
    return {c.key for c in plan.cells if kind is None or c.kind == kind}


def test_canonical_content_ignores_spelling_but_not_meaning():
    a = dumps(canonical({"beta": 4, "x": {"b": 1, "a": 2}}))
    b = dumps(canonical({"x": {"a": 2.0, "b": 1}, "beta": 4.0}))
    c = dumps(canonical({"beta": 4.5, "x": {"a": 2, "b": 1}}))
    assert a == b and content_key(a) == content_key(b)
    assert content_key(a) != content_key(c)
    with pytest.raises(ValueError):
        canonical({"beta": float("nan")})


def test_counts_and_dag(tmp_path):
    plan = build_plan(load_spec(toy_spec(tmp_path, seeds=3)))
    expected = toy_counts(seeds=3)
    for kind, n in expected.items():
        assert plan.count(kind) == n
    by_key = {c.key: c for c in plan.cells}
    position = {c.key: i for i, c in enumerate(plan.cells)}
    for c in plan.cells:
        kinds = {"train": None, "represent": "train", "evaluate": "represent"}
        if kinds[c.kind] is None:
            assert c.parents == ()
        else:
            (parent,) = c.parents
            assert by_key[parent].kind == kinds[c.kind]
            assert position[parent] < position[c.key]  # parents come first
    # defaults of the runner are part of the content
    train = next(c for c in plan.cells if c.kind == "train")
    assert train.content["settings"] == {"steps": 2, "latent_dim": 3}
    assert train.content["hyperparameters"] == {"beta": 1}


def test_grown_spec_reuses_every_existing_cell(tmp_path):
    small = build_plan(load_spec(toy_spec(tmp_path, seeds=2)))
    grown = build_plan(load_spec(toy_spec(tmp_path, seeds=4, datasets=("a", "b"), name="renamed")))
    assert keys(small) < keys(grown)
    assert len(keys(grown)) == sum(toy_counts(datasets=2, seeds=4).values())


def test_editing_a_setting_changes_only_what_depends_on_it(tmp_path):
    base = build_plan(load_spec(toy_spec(tmp_path, steps=2)))
    edited = build_plan(load_spec(toy_spec(tmp_path, steps=3)))
    assert not (keys(base) & keys(edited))  # every cell descends from a changed train cell
    renamed = build_plan(load_spec(toy_spec(tmp_path, m2="m3")))
    shared = keys(base) & keys(renamed)
    assert len(shared) == len(keys(base)) // 2  # the m1 half is untouched


def test_select_by_kind_where_and_limit(tmp_path):
    plan = build_plan(load_spec(toy_spec(tmp_path, seeds=3)))
    assert len(select(plan, kinds=["train"])) == 12
    only_m1 = select(plan, where=["method=m1"])
    assert {c.kind for c in only_m1} == {"train", "represent", "evaluate"}
    assert len(only_m1) == 6 + 6 + 24
    x_mean = select(plan, kinds=["evaluate"], where=["metric=x", "representation=mean", "seed=1"])
    assert len(x_mean) == 4 and all(c.content["metric"] == "x" for c in x_mean)
    assert len(select(plan, where=["beta=2.0"], kinds=["train"])) == 3  # numbers compare as numbers
    assert len(select(plan, limit=5)) == 5
    with pytest.raises(SpecError, match="no cell has a label 'colour'"):
        select(plan, where=["colour=red"])
    with pytest.raises(SpecError, match="expected key=value"):
        select(plan, where=["method"])


def test_with_ancestors_closes_the_selection(tmp_path):
    plan = build_plan(load_spec(toy_spec(tmp_path)))
    evals = select(plan, kinds=["evaluate"], limit=1)
    needed = plan.with_ancestors(evals)
    assert [c.kind for c in needed] == ["train", "represent", "evaluate"]


def test_unknown_runner_setting_and_duplicates(tmp_path):
    head = '[study]\nname = "s"\n'
    grid = '[grid.root]\nfixed = { method = "m", dataset = "d", seed = 0 }\n'
    with pytest.raises(SpecError, match="train.runner: unknown runner 'nope'"):
        build_plan(parse_spec(head + '[train]\nrunner = "nope"\n' + grid, "x.toml"))
    with pytest.raises(SpecError, match="train.stepz: unknown setting"):
        build_plan(parse_spec(head + '[train]\nrunner = "toy-train"\nstepz = 3\n' + grid, "x.toml"))
    with pytest.raises(SpecError, match="represent.kinds: unknown name 'median'"):
        build_plan(parse_spec(head + '[train]\nrunner = "toy-train"\n' + grid
                              + '[represent]\nrunner = "toy-represent"\nkinds = ["median"]\n', "x.toml"))
    with pytest.raises(SpecError, match="computes represent cells, not train"):
        build_plan(parse_spec(head + '[train]\nrunner = "toy-represent"\n' + grid, "x.toml"))
    dup = '[grid.root]\nchain = ["a", "a"]\n[grid.a]\nfixed = { method = "m", dataset = "d", seed = 0 }\n'
    with pytest.raises(SpecError, match="are the same cell"):
        build_plan(parse_spec(head + '[train]\nrunner = "toy-train"\n' + dup, "x.toml"))


def test_assembled_texts_are_the_canonical_encoding(tmp_path):
    plan = build_plan(load_spec(toy_spec(tmp_path)))
    for c in plan.cells:
        assert c.text == dumps(canonical(c.content))
        assert c.key == content_key(c.text)
