#!/usr/bin/env bash
# Wheels of expdb's dependencies that a GPU machine without a package index lacks (it has torch, numpy,
# scikit-learn, scipy, h5py, pillow, click, tqdm, pyyaml, markupsafe; nothing can be installed
# there from a registry), for its Python 3.12 on x86-64, and expdb itself (pure Python, built from
# this checkout: run again after any change), into .whl/ (ignored by git). Run here,
# before a device run that carries .whl (benchmarks/gpu_slice.sh). Polars and psycopg are not
# needed there: the slice fills a SQLite database and brings it back; dump and verify run here.
set -euo pipefail
cd "$(dirname "$0")/.."
grep -qxF '/.whl/' .git/info/exclude 2>/dev/null || echo '/.whl/' >> .git/info/exclude
mkdir -p .whl
packages=(sqlmodel==0.0.50 SQLAlchemy==2.1.9 alembic==1.20.1 Mako==1.4.3 zarr==3.1.6 numcodecs==0.16.6
          donfig==0.8.1.post1 google-crc32c==1.9.0 pydantic==2.14.4 pydantic-core==2.50.5 annotated-types==0.8.0
          typing-inspection==0.4.5)
python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
  --platform manylinux_2_28_x86_64 --platform manylinux_2_27_x86_64 --platform manylinux_2_17_x86_64 \
  --platform manylinux2014_x86_64 --platform manylinux1_x86_64 -d .whl "${packages[@]}"
rm -f .whl/expdb_study-*.whl  # expdb itself, as this checkout has it now
python3 -m pip wheel -q --no-deps --no-build-isolation -w .whl .
ls -la .whl
du -sh .whl
