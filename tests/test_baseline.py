"""The mean-image baseline that trained models are compared against."""

import numpy as np
import pytest

from expdb_runners.baseline import mean_image_loss
from expdb_runners.data import load_dataset


def test_mean_image_loss_is_the_cross_entropy_of_the_mean_image():
    data = load_dataset("dsprites_full", resolution=32)
    rng = np.random.default_rng(0)
    images = np.asarray(data.observations(data.sample_factors(300, rng), rng), dtype=np.float64)
    p = np.clip(images.mean(axis=0), 1e-6, 1 - 1e-6)
    expected = -(images * np.log(p) + (1 - images) * np.log(1 - p)).sum() / len(images)
    assert mean_image_loss("dsprites_full", resolution=32, points=300) == pytest.approx(expected, rel=1e-4)
    # any single image explains itself better than the mean does
    assert expected > 0
