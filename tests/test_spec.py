"""Study specs: combinators expand as documented; every mistake is one SpecError naming file and field."""

import pytest

from expdb.errors import SpecError
from expdb.spec import load_spec, parse_spec

HEAD = '[study]\nname = "s"\n[train]\nrunner = "toy-train"\n'


def spec(grid: str, head: str = HEAD):
    return parse_spec(head + grid, "study.toml")


def test_reference_shape_is_product_of_datasets_seeds_and_a_chain_of_zips():
    s = spec("""
[grid.root]
product = ["dataset", "seed", "methods"]
[grid.dataset]
axis = "dataset"
values = ["d1", "d2"]
[grid.seed]
axis = "seed"
range = { start = 0, stop = 3 }
[grid.methods]
chain = ["beta_vae", "dip_vae_i"]
[grid.beta_vae]
fixed = { method = "beta_vae" }
zip = { beta = [1, 2, 4] }
[grid.dip_vae_i]
fixed = { method = "dip_vae_i" }
zip = { lambda_od = [1, 2], lambda_d = [10, 20] }
""")
    rows = s.assignments()
    assert len(rows) == 2 * 3 * (3 + 2)
    # product: first node slowest, so the first rows share dataset d1 and seed 0
    assert rows[0] == {"dataset": "d1", "seed": 0, "method": "beta_vae", "beta": 1}
    assert rows[3] == {"dataset": "d1", "seed": 0, "method": "dip_vae_i", "lambda_od": 1, "lambda_d": 10}
    assert rows[5] == {"dataset": "d1", "seed": 1, "method": "beta_vae", "beta": 1}
    assert {r["dataset"] for r in rows[:15]} == {"d1"}
    # zip pairs element-wise, never crosses
    assert {(r["lambda_od"], r["lambda_d"]) for r in rows if r["method"] == "dip_vae_i"} == {(1, 10), (2, 20)}


def test_zip_of_nodes_and_float_range():
    s = spec("""
[grid.root]
product = ["m", "z"]
[grid.m]
fixed = { method = "m", dataset = "d", seed = 0 }
[grid.z]
zip = ["a", "b"]
[grid.a]
axis = "lr"
range = [0.5, 1.0, 0.25]
[grid.b]
axis = "tag"
values = ["x", "y"]
""")
    rows = s.assignments()
    assert [(r["lr"], r["tag"]) for r in rows] == [(0.5, "x"), (0.75, "y")]


@pytest.mark.parametrize("text, field, words", [
    ("[study\nname=", None, "not valid TOML"),
    ('[study]\nname = "s"\ncolour = 1\n', "study.colour", "unknown key"),
    ('[study]\nname = "s"\n[extra]\n', "extra", "unknown key"),
    ('[study]\nname = ""\n', "study.name", "non-empty string"),
    ('[study]\nname = "s"\n', "[train]", "missing section"),
])
def test_broken_files(text, field, words):
    with pytest.raises(SpecError) as err:
        parse_spec(text, "bad.toml")
    message = str(err.value)
    assert message.startswith("bad.toml: ")
    assert words in message
    if field:
        assert field in message
    assert "\n" not in message


@pytest.mark.parametrize("grid, field, words", [
    ('[grid.root]\naxis = "seed"\nvalues = []\n', "grid.root.values", "empty"),
    ('[grid.root]\nzip = { a = [1, 2], b = [1] }\n', "grid.root.zip", "equal lengths (a has 2, b has 1)"),
    ('[grid.root]\nproduct = ["root"]\n', "grid.root", "refers to itself"),
    ('[grid.root]\nproduct = ["nowhere"]\n', "grid.root", "no node [grid.nowhere]"),
    ('[grid.root]\nvalues = [1]\n', "grid.root", "'axis' goes with"),
    ('[grid.root]\naxis = "seed"\nrange = [3, 3]\n', "grid.root.range", "is empty"),
    ('[grid.root]\naxis = "seed"\nvalues = [1]\nchain = ["x"]\n', "grid.root", "has values and chain"),
    ('[grid.root]\nfixed = { method = "m", dataset = "d" }\n', "grid.root", "sets no 'seed'"),
    ('[grid.root]\nfixed = { method = "m", dataset = "d", seed = 1.5 }\n', "grid.root", "seed must be an integer"),
    ('[grid.root]\nproduct = ["a", "b"]\n[grid.a]\nfixed = { seed = 1 }\n[grid.b]\nfixed = { seed = 2 }\n',
     "grid.root", "sets seed twice"),
    ('[grid.other]\nfixed = { seed = 1 }\n', "train.grid", "no node [grid.root]"),
    ('[grid.root]\nfixed = { seed = 1 }\nflavour = 2\n', "grid.root.flavour", "unknown key"),
])
def test_broken_grids(grid, field, words):
    with pytest.raises(SpecError) as err:
        spec(grid)
    assert field in str(err.value) and words in str(err.value), str(err.value)


def test_evaluate_needs_represent_and_metrics():
    grid = '[grid.root]\nfixed = { method = "m", dataset = "d", seed = 0 }\n'
    with pytest.raises(SpecError, match="needs a \\[represent\\]"):
        spec(grid + '[evaluate]\nmetrics = ["mig"]\n')
    with pytest.raises(SpecError, match="evaluate.metrics"):
        spec(grid + "[represent]\n[evaluate]\n")
    with pytest.raises(SpecError, match="lists a name twice"):
        spec(grid + '[represent]\nkinds = ["mean", "mean"]\n')


def test_missing_file_is_one_line(tmp_path):
    with pytest.raises(SpecError, match="no such file"):
        load_spec(tmp_path / "absent.toml")
