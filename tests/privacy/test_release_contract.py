"""The release contract: every published field is public, a charged release, or derived.

Walks every field of every private result at every level and checks what its provenance
claims: ``public`` fields are equal on neighbouring data sets (same non-DP seed), ``derived``
fields are recomputed from the releases and the public inputs alone, releases are on the
ledger, and non-private fields are absent unless requested.
"""

from __future__ import annotations

import dataclasses
import re
import warnings

import numpy as np
import pytest

from cocausal.cli.private_ate import release_outputs
from cocausal.data import CausalData
from cocausal.privacy import (
    BudgetExceededError,
    PrivacyAccountant,
    PrivATE,
    PrivateDR,
    PrivateIPW,
    StratifiedPrivATE,
    published_record,
)
from cocausal.privacy.record import DERIVED, NOT_PRIVATE, PROVENANCES, PUBLIC, RELEASE
from cocausal.privacy.strata import subclassification_ate

from ._audit import matching_structure

LO, HI = 0.0, 4.0
SEED = 5


def _neighbours(data: CausalData, level: str) -> tuple[CausalData, CausalData]:
    """Worst-case neighbours under the level's relation: unit 0's outcome (and, where ``X`` is
    private, its first covariate) at the public bound in one and far beyond it in the other;
    at strata level (add/remove) the second data set has one more such record."""
    X, y = data.X.copy(), data.y.copy()
    X[0, 0], y[0] = 1.0, HI
    a = CausalData(X, data.t, y)
    if level == "strata":
        return a, CausalData(np.vstack([X, [[7.0, 0.5, 0.5]]]), np.append(data.t, 1), np.append(y, HI + 50))
    X2, y2 = X.copy(), y.copy()
    y2[0] = HI + 50
    if level == "sample":
        X2[0, 0] = 7.0
    return a, CausalData(X2, data.t, y2)


def _fit(est, data):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return est.fit(data).result_


def _estimators():
    return {
        "label": lambda: PrivATE(1.0, level="label", outcome_bounds=(LO, HI), random_state=SEED),
        "sample": lambda: PrivATE(1.0, level="sample", outcome_bounds=(LO, HI), random_state=SEED),
        "strata": lambda: StratifiedPrivATE(2.0, outcome_bounds=(LO, HI), n_bins=3),
    }


@pytest.mark.parametrize("level", list(_estimators()))
def test_every_field_has_a_provenance(level, small_data):
    res = _fit(_estimators()[level](), small_data)
    kinds = res.provenance()
    assert set(kinds) == {f.name for f in dataclasses.fields(res)}
    assert set(kinds.values()) <= set(PROVENANCES)
    assert kinds["releases"] == RELEASE and kinds["reference_ate"] == NOT_PRIVATE
    record = published_record(res)
    assert "reference_ate" not in record and set(record) == {k for k, v in kinds.items() if v != NOT_PRIVATE}


@pytest.mark.parametrize("level", list(_estimators()))
def test_public_fields_are_equal_on_neighbours(level, small_data):
    a, b = (_fit(_estimators()[level](), d) for d in _neighbours(small_data, level))
    for name, kind in a.provenance().items():
        if kind == PUBLIC:
            assert getattr(a, name) == getattr(b, name), name


def test_label_level_structure_is_public_and_ate_derived(small_data):
    res = _fit(_estimators()["label"](), small_data)
    assert res.provenance()["k"] == PUBLIC and res.provenance()["ate"] == DERIVED
    by_name = {r.name: float(r.value) for r in res.releases}
    assert res.ate == pytest.approx((by_name["S1"] - by_name["S0"]) / small_data.n, abs=1e-12)


def test_sample_level_derived_fields_are_recomputed_from_the_releases(small_data):
    """Everything derived at sample level follows from the noisy scores, the randomised
    treatments, the two sums and the public parameters: the data are not needed."""
    est = _estimators()["sample"]()
    res = _fit(est, small_data)
    rel = {r.name: r for r in res.releases}
    noisy = np.asarray(rel["propensity scores"].value)
    t_used = np.asarray(rel["treatment"].value, dtype=np.int8)
    s = matching_structure(np.clip(noisy, 0, 1), t_used, level="sample", epsilon3=res.spent["outcome_sums"],
                           coef=est.h, n_neighbors=est.n_neighbors, random_state=SEED)
    missing = s["matches"] < 0
    rebuilt = {
        "k": s["k"], "limits": s["limits"], "k_star": s["k_star"], "M": s["M"], "n_arms": s["n_arms"],
        "short_units": int(missing.any(axis=1).sum()), "missing_matches": int(missing.sum()),
        "clipped_scores": int(np.count_nonzero((noisy < 0) | (noisy > 1))),
        "ate": (float(rel["S1"].value) - float(rel["S0"].value)) / small_data.n,
    }
    for name, kind in res.provenance().items():
        if kind == DERIVED and name != "warnings":
            assert getattr(res, name) == pytest.approx(rebuilt[name]), name
    numbers = {float(x) for w in res.warnings for x in re.findall(r"\d+(?:\.\d+)?", w)}
    allowed = {float(v) for v in (res.short_units, res.missing_matches, est.n_neighbors, *res.limits, (LO + HI) / 2)}
    assert numbers <= allowed, res.warnings


def test_strata_bins_used_is_derived_from_the_releases(small_data):
    res = _fit(_estimators()["strata"](), small_data)
    rel = {r.name: np.asarray(r.value) for r in res.releases}
    K = res.n_bins
    ate, used = subclassification_ate(rel["cell counts"].reshape(K, 2), rel["cell outcome sums"].reshape(K, 2),
                                      (LO, HI), 2.0)
    assert (res.ate, res.bins_used) == (pytest.approx(ate), used)
    assert res.warnings == ()


@pytest.mark.parametrize("level", list(_estimators()))
def test_releases_are_the_ledger_and_the_command_publishes_only_the_record(level, small_data):
    acc = PrivacyAccountant(10.0)
    est = _estimators()[level]()
    est.accountant = acc
    res = _fit(est, small_data)
    assert res.releases == tuple(r for e in acc.ledger for r in e.releases)
    payload, title, rows, notes = release_outputs([res], acc, "d")
    record = published_record(res)
    extra = set(payload) - set(record)
    assert extra == {"private", "dataset", "runs", "total_epsilon", "total_epsilon_spent"}
    assert payload["private"] is True and "NOT PRIVATE" not in title
    assert notes == list(res.warnings)


def test_a_shared_accountant_caps_the_total_over_fits(small_data):
    acc = PrivacyAccountant(2.5)
    spent = []
    for seed in range(2):
        res = _fit(PrivATE(1.0, outcome_bounds=(LO, HI), accountant=acc, random_state=seed), small_data)
        spent.append(sum(res.spent.values()))
    assert spent == pytest.approx([1.0, 1.0]) and acc.spent == pytest.approx(2.0)
    entries = len(acc.ledger)
    with pytest.raises(BudgetExceededError, match="PrivATE"):
        PrivATE(1.0, outcome_bounds=(LO, HI), accountant=acc).fit(small_data)
    assert len(acc.ledger) == entries  # refused before any release
    for cls in (StratifiedPrivATE, PrivateIPW, PrivateDR):
        with pytest.raises(BudgetExceededError, match=cls.__name__):
            cls(1.0, outcome_bounds=(LO, HI), accountant=acc).fit(small_data)
    res = _fit(PrivateIPW(0.5, outcome_bounds=(LO, HI), accountant=acc, random_state=0), small_data)
    assert res.extras["spent"] == pytest.approx(0.5) and acc.remaining == pytest.approx(0.0)
    with pytest.raises(TypeError, match="PrivacyAccountant"):
        PrivATE(1.0, outcome_bounds=(LO, HI), accountant=2.5).fit(small_data)
