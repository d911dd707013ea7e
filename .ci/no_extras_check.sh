#!/usr/bin/env bash
# No-extras job: a plain `pip install .` (no torch, no extras, not editable) into a fresh virtual
# environment must give a working `cocausal --version` and `cocausal --help`, and `cocausal fair-predict`
# must exit 2 with one line that names cocausal[fair] (no traceback).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
python3 -m venv "$work/venv"
# shellcheck disable=SC1091
. "$work/venv/bin/activate"
python -m pip install --quiet --upgrade pip
# Built from a copy, so that no build/ folder from an earlier run can add stale modules to the wheel.
mkdir "$work/project"
cp -R "$repo/pyproject.toml" "$repo/README.md" "$repo/src" "$work/project/"
pip install --quiet "$work/project"
cd "$work"  # away from the checkout, so only the installed package is importable

fail() { echo "no-extras check failed: $*" >&2; exit 1; }

if python -c "import torch" 2>/dev/null; then
  fail "torch is importable after a plain 'pip install .'; this check needs an environment without it"
fi

version="$(cocausal --version)" || fail "cocausal --version exited $?"
expected="cocausal $(python -c 'import cocausal; print(cocausal.__version__)')"
[[ "$version" == "$expected" ]] || fail "cocausal --version printed '$version', expected '$expected'"
echo "ok: $version"

cocausal --help >"$work/help.txt" || fail "cocausal --help exited $?"
grep -q "fair-predict" "$work/help.txt" || fail "cocausal --help does not list fair-predict"
echo "ok: cocausal --help"

set +e
cocausal fair-predict >"$work/out.txt" 2>"$work/err.txt"
status=$?
set -e
err="$(cat "$work/err.txt")"
[[ "$status" -eq 2 ]] || fail "cocausal fair-predict exited $status, expected 2; stderr: $err"
[[ "$(grep -c . "$work/err.txt")" -eq 1 ]] || fail "cocausal fair-predict printed more than one line on stderr: $err"
grep -q "install cocausal\[fair\]" "$work/err.txt" || fail "cocausal fair-predict does not name cocausal[fair]: $err"
! grep -q "Traceback" "$work/err.txt" || fail "cocausal fair-predict printed a traceback: $err"
echo "ok: cocausal fair-predict exits 2: $err"

message="$(python - <<'PY'
import cocausal.predictors as P

P.FullPredictor  # the non-torch predictors work without the fair extra
try:
    P.FairKPredictor
except ImportError as exc:
    print(exc)
PY
)" || fail "import cocausal.predictors failed without torch"
[[ "$message" == *"install cocausal[fair]"* ]] || fail "cocausal.predictors.FairKPredictor without torch: '$message'"
echo "ok: cocausal.predictors without torch: $message"
