"""The estimator registry: every registered estimator runs through ``cocausal estimate``,
``CollaborativeATE`` and ``bootstrap_se``, and an estimator registered in a test alone does too."""

from __future__ import annotations

import json
import warnings

import numpy as np
import pytest

from cocausal.cci import CollaborativeATE
from cocausal.cli import main
from cocausal.data import CausalData, split_random
from cocausal.datasets import load_jobs
from cocausal.estimators import bootstrap_se, estimator_names, make_estimator
from cocausal.estimators._base import (
    BaseATEEstimator,
    arm_means_and_vars,
    normal_result,
)
from cocausal.estimators.registry import (
    EstimatorSpec,
    get_spec,
    invalid_se_reason,
    register,
    unregister,
    vectorised_path,
)
from cocausal.warnings import CocausalWarning


class TrimmedDiM(BaseATEEstimator):
    """The worked example of docs/adding_an_estimator.md."""

    def __init__(self, trim=0.05):
        self.trim = trim

    def _estimate(self, data: CausalData):
        if not 0.0 <= self.trim < 0.5:
            raise ValueError(f"trim must lie in [0, 0.5), got {self.trim!r}.")
        lo, hi = np.quantile(data.y, [self.trim, 1.0 - self.trim])
        keep = (data.y >= lo) & (data.y <= hi)
        counts, means, variances = arm_means_and_vars(data.y[keep], data.t[keep])
        if counts.min() < 2:
            raise ValueError("Trimming left fewer than 2 units in an arm; lower trim.")
        se = np.sqrt(variances[1] / counts[1] + variances[0] / counts[0])
        return normal_result(
            means[1] - means[0], se, int(keep.sum()), "trimmed_dim",
            extras={"n_trimmed": int((~keep).sum()), "se_type": "Neyman"},
        )


@pytest.fixture
def trimmed():
    register(EstimatorSpec("trimmed_dim", TrimmedDiM, "difference in means after outcome trimming"))
    yield "trimmed_dim"
    unregister("trimmed_dim")


@pytest.fixture(scope="module")
def jobs_parties():
    return split_random(load_jobs().data, 3, random_state=0)


def _through_all_three(name, tmp_path, jobs_parties):
    """Run ``name`` through the CLI, the collaborative study and the bootstrap; return the CLI's ATE."""
    out = tmp_path / f"{name}.json"
    assert main(["estimate", "--dataset", "jobs", "--method", name, "--json", str(out)]) == 0
    payload = json.loads(out.read_text())
    direct = make_estimator(name).fit(load_jobs().data).result_
    assert payload["ate"] == pytest.approx(direct.ate, rel=1e-12)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CocausalWarning)
        res = CollaborativeATE(estimator=name, random_state=0).fit(jobs_parties).result_
    assert np.isfinite(res.tau_N) and res.estimator == name
    spec = get_spec(name)
    if "bootstrap" in spec.se_kinds:
        assert main(["estimate", "--dataset", "jobs", "--method", name, "--se", "bootstrap", "--n-boot", "5"]) == 0
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", CocausalWarning)
            boot = bootstrap_se(make_estimator(name), load_jobs().data, n_boot=5, random_state=0)
        assert boot.se > 0 and boot.extras["n_boot"] == 5
        expected = "vectorised" if spec.vectorised else "refit"
        assert boot.extras["bootstrap_path"] == expected
    else:
        with pytest.raises(ValueError, match=spec.se_invalid_reason[:20]):
            bootstrap_se(make_estimator(name), load_jobs().data, n_boot=5)
        assert main(["estimate", "--dataset", "jobs", "--method", name, "--se", "bootstrap"]) == 2
    return payload["ate"]


def test_registry_holds_the_five_estimators_in_order():
    assert estimator_names()[:5] == ("dim", "por", "ipw", "aipw", "psm")
    assert invalid_se_reason("psm", "bootstrap") and "Abadie" in invalid_se_reason("psm", "bootstrap")
    assert invalid_se_reason("ipw", "bootstrap") is None


@pytest.mark.parametrize("name", ["dim", "por", "ipw", "aipw", "psm"])
def test_every_registered_estimator_runs_everywhere(name, tmp_path, jobs_parties):
    _through_all_three(name, tmp_path, jobs_parties)


def test_estimator_registered_in_a_test_runs_everywhere(trimmed, tmp_path, jobs_parties, capsys):
    ate = _through_all_three(trimmed, tmp_path, jobs_parties)
    assert ate == pytest.approx(TrimmedDiM().fit(load_jobs().data).result_.ate)
    assert main(["cci", "--dataset", "jobs", "--parties", "3", "--estimator", trimmed]) == 0
    assert "trimmed_dim" in capsys.readouterr().out


def test_unknown_names_and_bad_rows_are_refused():
    with pytest.raises(ValueError, match="choose one of"):
        make_estimator("bogus")
    with pytest.raises(ValueError, match="registered already"):
        register(EstimatorSpec("dim", TrimmedDiM, "duplicate"))
    with pytest.raises(ValueError, match="se_invalid_reason"):
        EstimatorSpec("x", TrimmedDiM, "no reason", se_kinds=("analytic",))
    with pytest.raises(ValueError, match="vectorised"):
        EstimatorSpec("x", TrimmedDiM, "bad path", vectorised="trimmed")
    with pytest.raises(ValueError, match="choose one of"):
        CollaborativeATE(estimator="bogus").fit(split_random(load_jobs().data, 2, random_state=0))


def test_vectorised_path_needs_the_default_nuisance_models():
    from sklearn.linear_model import LinearRegression, LogisticRegression

    from cocausal.estimators import AIPW, IPW, RegressionAdjustment

    assert vectorised_path(RegressionAdjustment()) == "por"
    assert vectorised_path(RegressionAdjustment(regressor=LinearRegression())) is None
    assert vectorised_path(IPW(propensity_model=LogisticRegression())) is None
    assert vectorised_path(AIPW(n_folds=2)) is None
    assert vectorised_path(TrimmedDiM()) is None
