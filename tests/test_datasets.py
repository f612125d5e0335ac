"""Data sets: procedural renderers and loaders of the original formats (on small files
that the tests write in those formats)."""

import numpy as np
import pytest

from expdb_runners.data import DATASETS, load_dataset
from expdb_runners.data.files import MissingDataFile
from expdb_runners.data.smallnorb import PARTS

PROCEDURAL = ["dsprites_full", "color_dsprites", "noisy_dsprites", "scream_dsprites", "shapes3d"]
SIZES = {"dsprites_full": [3, 6, 40, 32, 32], "shapes3d": [10, 10, 10, 8, 4, 15]}


@pytest.mark.parametrize("name", PROCEDURAL)
@pytest.mark.parametrize("resolution", [64, 32])
def test_procedural_shapes_ranges_and_factors(name, resolution):
    data = load_dataset(name, resolution=resolution)
    expected = SIZES["shapes3d" if name == "shapes3d" else "dsprites_full"]
    assert list(data.factor_sizes) == expected and data.size == int(np.prod(expected))
    factors, images = data.sample(12, np.random.default_rng(0))
    assert factors.shape == (12, len(expected)) and (factors >= 0).all() and (factors < expected).all()
    channels = 1 if name == "dsprites_full" else 3
    assert images.shape == (12, channels, resolution, resolution) and images.dtype == np.float32
    assert 0 <= images.min() and images.max() <= 1
    assert data.source.startswith("procedural-v1")


@pytest.mark.parametrize("name", ["dsprites_full", "shapes3d"])
def test_every_factor_changes_the_image(name):
    data = load_dataset(name)
    base = np.array([s // 3 for s in data.factor_sizes])
    for k, size in enumerate(data.factor_sizes):
        other = base.copy()
        other[k] = (base[k] + size // 2) % size
        a, b = data.observations(np.stack([base, other]), np.random.default_rng(0))
        assert not np.array_equal(a, b), f"{name}: factor {data.factor_names[k]} changes nothing"


def test_dsprites_binary_and_its_variants_keep_the_sprite():
    factors = np.array([[2, 5, 10, 16, 16]])
    mask = load_dataset("dsprites_full").observations(factors, np.random.default_rng(0))[0, 0] > 0.5
    assert set(np.unique(load_dataset("dsprites_full").observations(factors, np.random.default_rng(0)))) <= {0.0, 1.0}
    assert 50 < mask.sum() < 600
    colour = load_dataset("color_dsprites").observations(factors, np.random.default_rng(0))[0]
    assert (colour[:, ~mask] == 0).all() and (colour[:, mask] >= 0.5).all()
    noisy = load_dataset("noisy_dsprites").observations(factors, np.random.default_rng(0))[0]
    assert (noisy[:, mask] == 1).all() and noisy[:, ~mask].std() > 0.2
    scream = load_dataset("scream_dsprites").observations(factors, np.random.default_rng(0))[0]
    assert scream[:, mask].mean() != pytest.approx(scream[:, ~mask].mean(), abs=0.05)


def test_grid_order_is_row_major():
    data = load_dataset("shapes3d")
    grid = data.all_factors()
    assert len(grid) == 480_000 and list(grid[1]) == [0, 0, 0, 0, 0, 1] and list(grid[15]) == [0, 0, 0, 0, 1, 0]


def test_sample_grid_picture(tmp_path):
    from PIL import Image

    from expdb_runners.sample_grid import main

    main([str(tmp_path / "grid.png"), "--resolution", "32"])
    image = Image.open(tmp_path / "grid.png")
    assert image.size[0] == 150 + 8 * 34 + 2 and image.size[1] > 26 * 34  # factor labels on the left


# ---- loaders of the original formats --------------------------------------------------

def write_dsprites(root, sizes=(1, 3, 2, 2, 2, 2)):
    grid = np.stack(np.meshgrid(*[np.arange(s) for s in sizes], indexing="ij"), -1).reshape(-1, len(sizes))
    rng = np.random.default_rng(3)
    imgs = (rng.random((len(grid), 64, 64)) > 0.9).astype(np.uint8)
    np.savez(root / "dsprites_ndarray_co1sh3sc6or40x32y32_64x64.npz", imgs=imgs, latents_classes=grid,
             latents_values=grid.astype(float), metadata=np.array({"title": "test"}, dtype=object))
    return grid, imgs


def test_dsprites_npz_loader(tmp_path):
    grid, imgs = write_dsprites(tmp_path)
    data = load_dataset("dsprites_full", "original", str(tmp_path))
    assert list(data.factor_sizes) == [3, 2, 2, 2, 2] and data.source == "original"
    factors = grid[[5, 17, 40], 1:]
    out = data.observations(factors, np.random.default_rng(0))
    assert np.array_equal(out[:, 0], imgs[[5, 17, 40]].astype(np.float32))
    noisy = load_dataset("noisy_dsprites", "original", str(tmp_path)).observations(factors, np.random.default_rng(0))
    sprite = np.repeat((imgs[[5, 17, 40]] > 0)[:, None], 3, axis=1)
    assert (noisy[sprite] == 1).all()


def test_scream_uses_the_painting_when_supplied(tmp_path):
    from PIL import Image

    write_dsprites(tmp_path)
    (tmp_path / "scream").mkdir()
    Image.fromarray(np.full((400, 500, 3), 200, dtype=np.uint8)).save(tmp_path / "scream" / "scream.jpg")
    data = load_dataset("scream_dsprites", "original", str(tmp_path))
    assert data.painting.shape == (3, 274, 350) and abs(data.painting.mean() - 200 / 255) < 0.01
    assert data.source == "original+scream"


def test_shapes3d_h5_loader(tmp_path):
    import h5py

    sizes = (2, 2, 2, 2, 2, 3)
    grid = np.stack(np.meshgrid(*[np.arange(s) for s in sizes], indexing="ij"), -1).reshape(-1, 6)
    images = np.random.default_rng(0).integers(0, 256, size=(len(grid), 64, 64, 3), dtype=np.uint8)
    with h5py.File(tmp_path / "3dshapes.h5", "w") as fh:
        fh["images"] = images
        fh["labels"] = grid * 0.1 + 0.05  # float factor values, as in the original
    data = load_dataset("shapes3d", "original", str(tmp_path), resolution=32)
    assert list(data.factor_sizes) == list(sizes)
    out = data.observations(grid[[7]], np.random.default_rng(0))
    expected = images[7].transpose(2, 0, 1).astype(np.float32) / 255
    expected = expected.reshape(3, 32, 2, 32, 2).mean(axis=(2, 4))
    assert np.allclose(out[0], expected, atol=1e-6)


def write_matrix(path, array, magic):
    dims = list(array.shape) + [1] * max(0, 3 - array.ndim)
    header = np.array([magic, array.ndim] + dims, dtype="<i4")
    path.write_bytes(header.tobytes() + np.ascontiguousarray(array).tobytes())


def test_smallnorb_binary_matrix_loader(tmp_path):
    rng = np.random.default_rng(0)
    combos = np.stack(np.meshgrid(np.arange(2), np.arange(2), np.arange(2), np.arange(2), indexing="ij"), -1).reshape(-1, 4)
    for part, instances in zip(PARTS.values(), ([4, 6], [0, 1])):
        rows = [(c, i) for c in combos for i in instances]
        cat = np.array([c[0] for c, _ in rows], dtype="<i4")
        info = np.array([[i, c[1], 2 * c[2], c[3]] for c, i in rows], dtype="<i4")
        dat = rng.integers(0, 256, size=(len(rows), 2, 96, 96), dtype=np.uint8)
        write_matrix(tmp_path / part.format("dat"), dat, 0x1E3D4C55)
        write_matrix(tmp_path / part.format("cat"), cat, 0x1E3D4C54)
        write_matrix(tmp_path / part.format("info"), info, 0x1E3D4C54)
    data = load_dataset("smallnorb", "original", str(tmp_path))
    assert list(data.factor_sizes) == [2, 2, 2, 2] and data.channels == 1
    out = data.observations(np.array([[1, 0, 1, 1]] * 20), np.random.default_rng(0))
    assert out.shape == (20, 1, 64, 64)
    assert len({o.tobytes() for o in out}) == 4  # the instance is a random nuisance: 4 of them


def test_cars3d_mat_loader(tmp_path):
    import scipy.io

    (tmp_path / "cars").mkdir()
    rng = np.random.default_rng(0)
    for i in range(3):
        scipy.io.savemat(tmp_path / "cars" / f"car_{i:03d}_mesh.mat",
                         {"im": rng.integers(0, 256, size=(128, 128, 3, 5, 2), dtype=np.uint8)})
    data = load_dataset("cars3d", "original", str(tmp_path))
    assert data.factor_names == ["elevation", "azimuth", "object"] and list(data.factor_sizes) == [2, 5, 3]
    first = scipy.io.loadmat(str(tmp_path / "cars" / "car_001_mesh.mat"))["im"][:, :, :, 4, 1]
    out = data.observations(np.array([[1, 4, 1]]), np.random.default_rng(0))[0]
    expected = first.astype(np.float32).transpose(2, 0, 1).reshape(3, 64, 2, 64, 2).mean(axis=(2, 4)) / 255
    assert np.allclose(out, expected, atol=1e-4)


@pytest.mark.parametrize("name, words", [
    ("dsprites_full", "missing file dsprites_ndarray_co1sh3sc6or40x32y32_64x64.npz; expected at"),
    ("shapes3d", "missing file 3dshapes.h5; expected at"),
    ("smallnorb", "missing file smallnorb-5x46789x9x18x6x2x96x96-training-dat.mat; expected at"),
    ("cars3d", "missing files cars/*_mesh.mat; expected in"),
])
def test_missing_files_are_one_line_errors(tmp_path, name, words):
    with pytest.raises(MissingDataFile) as err:
        load_dataset(name, "original", str(tmp_path))
    assert words in str(err.value) and "\n" not in str(err.value)


def test_unknown_names():
    assert len(DATASETS) == 7
    with pytest.raises(ValueError, match="unknown data set"):
        load_dataset("mnist")
    with pytest.raises(ValueError, match="no procedural version"):
        load_dataset("smallnorb")
