"""The reference grid's shape (7 data sets x 50 seeds x 36 method-strength pairs,
2 representations, 9 metric configurations) on the toy runners, so that the engine
and planner can be measured without training anything."""

DATASETS = ["dsprites_full", "color_dsprites", "noisy_dsprites", "scream_dsprites", "smallnorb", "cars3d", "shapes3d"]
METHODS = {
    "beta_vae": {"beta": [1, 2, 4, 6, 8, 16]},
    "factor_vae": {"gamma": [10, 20, 30, 40, 50, 100]},
    "dip_vae_i": {"lambda_od": [1, 2, 5, 10, 20, 50], "lambda_d": [10, 20, 50, 100, 200, 500]},
    "dip_vae_ii": {"lambda_od": [1, 2, 5, 10, 20, 50], "lambda_d": [1, 2, 5, 10, 20, 50]},
    "beta_tc_vae": {"beta": [1, 2, 4, 6, 8, 10]},
    "annealed_vae": {"c_max": [5, 10, 25, 50, 75, 100], "gamma": [1000] * 6, "iteration_threshold": [100000] * 6},
}
METRICS = ["beta_vae", "factor_vae", "mig", "dci", "modularity", "sap", "unsupervised",
           "downstream_logistic", "downstream_boosted"]


def spec_text(runner_prefix: str = "toy-", seeds: int = 50) -> str:
    lines = ['[study]', 'name = "reference-shape"', '[train]', f'runner = "{runner_prefix}train"',
             '[grid.root]', 'product = ["dataset", "seed", "methods"]',
             '[grid.dataset]', 'axis = "dataset"', f"values = {DATASETS!r}".replace("'", '"'),
             '[grid.seed]', 'axis = "seed"', f"range = [0, {seeds}]",
             '[grid.methods]', f"chain = {list(METHODS)!r}".replace("'", '"')]
    for method, zipped in METHODS.items():
        members = ", ".join(f"{k} = {v}" for k, v in zipped.items())
        lines += [f"[grid.{method}]", f'fixed = {{ method = "{method}" }}', f"zip = {{ {members} }}"]
    lines += ["[represent]", f'runner = "{runner_prefix}represent"',
              "[evaluate]", f'runner = "{runner_prefix}evaluate"', f"metrics = {METRICS!r}".replace("'", '"')]
    return "\n".join(lines) + "\n"
