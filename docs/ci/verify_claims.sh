#!/usr/bin/env bash
# Re-verify a committed results bundle in CI: load it into a fresh database with its own tensor
# store, re-check every claim, compare every figure with the committed verification, and write
# the checks as JUnit XML for the CI system to show.
#
#   bash docs/ci/verify_claims.sh BUNDLE_DIR [JUNIT_FILE]
#
# BUNDLE_DIR is what `expdb dump` wrote, with the `expdb verify --json` output committed beside it
# as verify.json (results/cpu in this repository). Exits 1 when a figure moved since (and, with
# STRICT=1, when a claim of severity error fails), 2 on bad input; the JUnit file, where the
# failing checks show as failures, is written either way.
set -euo pipefail
bundle=${1:?usage: verify_claims.sh BUNDLE_DIR [JUNIT_FILE]}
junit=${2:-claims.xml}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="sqlite:///$work/claims.db"
expdb --db "$db" --tensors "$work/claims.zarr" init
expdb --db "$db" load "$bundle"
strict=()
if [ "${STRICT:-0}" = 1 ]; then strict=(--strict); fi
expdb --db "$db" verify "${strict[@]}" --against "$bundle/verify.json" --junit-xml "$junit"
