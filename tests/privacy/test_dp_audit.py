"""Empirical DP audit of the whole published record of ``cocausal private-ate``.

For each level, worst-case neighbouring data sets (a value at the bound versus beyond it, the
neighbours that used to be told apart by the published clip counts; and a most-matched unit at
the lower versus the upper outcome bound, which attains the declared sensitivity) are run many
times through the estimator and through the command's own rendering (JSON payload, table rows,
stderr notes: :func:`cocausal.cli.private_ate.release_outputs`). The audit's lower bound on
epsilon exceeds the claim with probability at most ``ALPHA`` per case if the record is
epsilon-DP (Clopper-Pearson, Bonferroni over events). The leaky control adds the exact clip
count back to the record and must be caught, so the audit can fail.

OpenDP's noise is unseeded by design, so these runs are not reproducible draw by draw; the
failure probability is what is fixed. The fast suite runs 600 releases per neighbour, the
slow job 5,000.
"""

from __future__ import annotations

import numpy as np
import pytest

from cocausal.cli.private_ate import release_outputs
from cocausal.data import CausalData
from cocausal.privacy import PrivacyAccountant, PrivATE, StratifiedPrivATE, bounds_report
from cocausal.privacy.logistic import label_propensity

from ._audit import empirical_epsilon, matching_structure

ALPHA = 1e-3
EPS = 1.0
LO, HI = 0.0, 1.0
N_UNITS = 30


def _base(seed: int = 11) -> CausalData:
    rng = np.random.default_rng(seed)
    X = rng.random((N_UNITS, 2))
    t = (rng.random(N_UNITS) < 0.3 + 0.4 * X[:, 0]).astype(int)
    y = np.clip(0.3 + 0.4 * X[:, 1] + 0.2 * t + rng.normal(0, 0.1, N_UNITS), LO, HI)
    return CausalData(X, t, y)


def _with(data: CausalData, *, X=None, y=None) -> CausalData:
    return CausalData(data.X if X is None else X, data.t, data.y if y is None else y)


def _most_matched_unit(data: CausalData) -> int:
    """The unit used most often as a match at label level (its outcome moves a sum most)."""
    s = matching_structure(label_propensity(data.X, data.t), data.t, level="label", epsilon3=EPS, coef=0.01,
                           n_neighbors=5, random_state=0)
    uses = np.bincount(s["matches"][s["matches"] >= 0], minlength=data.n)
    return int(np.argmax(uses))


def _runner(make_estimator, data: CausalData, leak: bool = False):
    def run() -> dict:
        acc = PrivacyAccountant(EPS)
        try:
            res = make_estimator(acc).fit(data).result_
        except ValueError as exc:  # a refusal after the noise (e.g. no usable bin) is published too
            return {"json": {"error": str(exc)}, "table": [], "stderr": []}
        payload, title, rows, notes = release_outputs([res], acc, "audit")
        if leak:
            payload["clipped"] = bounds_report(data, (LO, HI))
        return {"json": payload, "table": [[title]] + [[str(c) for c in r] for r in rows], "stderr": notes}

    return run


def _label(acc):
    return PrivATE(EPS, level="label", outcome_bounds=(LO, HI), accountant=acc, random_state=0)


def _sample(acc):
    return PrivATE(EPS, level="sample", outcome_bounds=(LO, HI), accountant=acc, random_state=0)


def _strata(acc):
    return StratifiedPrivATE(EPS, outcome_bounds=(LO, HI), n_bins=2, accountant=acc)


def _cases():
    base = _base()
    j = _most_matched_unit(base)
    y_at, y_beyond = base.y.copy(), base.y.copy()
    y_at[j], y_beyond[j] = HI, HI + 5.0
    y_low, y_high = base.y.copy(), base.y.copy()
    y_low[j], y_high[j] = LO, HI
    X_at, X_beyond = base.X.copy(), base.X.copy()
    X_at[j, 0], X_beyond[j, 0] = 1.0, 4.0
    extra = CausalData(np.vstack([base.X, [[4.0, -3.0]]]), np.append(base.t, 1), np.append(base.y, HI + 5.0))
    return {
        "label, outcome at vs beyond the bound": (_label, _with(base, y=y_at), _with(base, y=y_beyond)),
        "label, most-matched outcome lo vs hi": (_label, _with(base, y=y_low), _with(base, y=y_high)),
        "sample, covariate at vs beyond the box": (_sample, _with(base, X=X_at), _with(base, X=X_beyond)),
        "sample, most-matched outcome lo vs hi": (_sample, _with(base, y=y_low), _with(base, y=y_high)),
        "strata, add one out-of-bounds record": (_strata, base, extra),
    }


def _audit(case: str, runs: int, leak: bool = False) -> dict:
    make, d, d_prime = _cases()[case]
    return empirical_epsilon(_runner(make, d, leak), _runner(make, d_prime, leak), runs=runs,
                             continuous=("ate", "total_epsilon_spent"), alpha=ALPHA)


@pytest.mark.parametrize("case", list(_cases()))
def test_published_record_is_dp(case):
    found = _audit(case, runs=600)
    assert found["epsilon_lb"] <= EPS, found


@pytest.mark.parametrize("case", ["label, outcome at vs beyond the bound", "sample, covariate at vs beyond the box"])
def test_audit_catches_a_published_clip_count(case):
    found = _audit(case, runs=300, leak=True)
    assert found["epsilon_lb"] > 2 * EPS, found


@pytest.mark.slow
@pytest.mark.parametrize("case", list(_cases()))
def test_published_record_is_dp_5000_runs(case):
    found = _audit(case, runs=5000)
    print(f"| {case} | {EPS:g} | {found['epsilon_lb']:.3f} | {found['event']} | {found['events']} |")
    assert found["epsilon_lb"] <= EPS, found
