"""Loaders of the shipped causal benchmark data sets and a synthetic generator with known ATE.

Every loader returns a :class:`~cocausal.datasets.Dataset` whose ``data`` is a validated
:class:`~cocausal.data.CausalData`. The files live, gzip-compressed, in
``cocausal/datasets/data``; the loaders never touch the network.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from cocausal.data import CausalData
from cocausal.datasets._dataset import Dataset
from cocausal.datasets._files import read_shipped_csv
from cocausal.datasets.standin import make_tcga_standin
from cocausal.datasets.synthetic import make_private_ate_synthetic
from cocausal.limits import read_csv
from cocausal.random import RandomState, check_random_state
from cocausal.results import readonly_array

__all__ = [
    "DATASET_NAMES",
    "load_acic2016",
    "load_dataset",
    "load_ihdp",
    "load_jobs",
    "load_lalonde",
    "make_synthetic",
]

_IHDP_COLUMNS = ["treatment", "y_factual", "y_cfactual", "mu0", "mu1"] + [
    f"x{j}" for j in range(1, 26)
]
_NSW_COLUMNS = ["treat", "age", "educ", "black", "hisp", "married", "nodegr", "re75", "re78"]
_NSWRE74_COLUMNS = ["treat", "age", "educ", "black", "hisp", "married", "nodegr", "re74", "re75", "re78"]
_ACIC_CATEGORICAL = ["x_2", "x_21", "x_24"]


def load_ihdp(replication: int = 1) -> Dataset:
    """Load one replication of the semi-synthetic IHDP benchmark (Hill, 2011).

    Parameters
    ----------
    replication : int, 1..10
        Which of the 10 simulated outcome replications (the covariates and treatment are the
        same in all of them).

    Returns
    -------
    Dataset
        ``data``: 747 units (139 treated, 608 control), 25 covariates ``x1..x25`` (6 continuous,
        19 binary), outcome ``y_factual``. ``true_ate`` is the sample mean of ``mu1 - mu0``
        (about 4.0 for replication 1). ``extras`` holds the noiseless potential outcomes
        ``mu0``, ``mu1`` and the counterfactual outcome ``y_cfactual`` (arrays of length 747).

    Raises
    ------
    ValueError
        If ``replication`` is not an integer in 1..10.

    Notes
    -----
    Source: the "NPCI" simulation (response surface B) of Hill (2011) on covariates of the
    Infant Health and Development Program, as distributed in the CEVAE repository
    (AMLab-Amsterdam, files ``ihdp_npci_{1..10}.csv``; MIT licence), shipped unchanged
    (gzip). Shape of each file: 747 rows x 30 columns, no header, in the order
    treatment, y_factual, y_cfactual, mu0, mu1, x1..x25.

    References
    ----------
    .. [1] J. L. Hill, "Bayesian nonparametric modeling for causal inference", Journal of
       Computational and Graphical Statistics 20(1), 2011.
    .. [2] C. Louizos et al., "Causal effect inference with deep latent-variable models",
       NeurIPS 2017.

    Examples
    --------
    >>> ds = load_ihdp(1)
    >>> ds.data.n, ds.data.n_treated
    (747, 139)
    """
    if isinstance(replication, bool) or int(replication) != replication or not 1 <= replication <= 10:
        raise ValueError(f"replication must be an integer in 1..10, got {replication!r}.")
    replication = int(replication)
    df = read_shipped_csv(f"ihdp_npci_{replication}.csv.gz", header=None, names=_IHDP_COLUMNS)
    covariates = _IHDP_COLUMNS[5:]
    data = CausalData.from_frame(df, treatment="treatment", outcome="y_factual", covariates=covariates)
    mu0, mu1 = df["mu0"].to_numpy(), df["mu1"].to_numpy()
    return Dataset(
        name=f"ihdp-{replication}",
        data=data,
        true_ate=float(np.mean(mu1 - mu0)),
        description=(
            f"IHDP semi-synthetic benchmark (Hill 2011), replication {replication}: 747 infants, "
            "139 treated, 25 covariates; outcome simulated (NPCI setting B)."
        ),
        extras={
            "mu0": readonly_array(mu0),
            "mu1": readonly_array(mu1),
            "y_cfactual": readonly_array(df["y_cfactual"]),
            "treatment_column": "treatment",
            "outcome_column": "y_factual",
        },
    )


def _nsw_dataset(prefix: str, columns: list[str], name: str, description: str) -> Dataset:
    """An NSW sample: ``{prefix}_treated`` then ``{prefix}_control``; treatment ``treat``
    (first column), outcome ``re78`` (last column), the columns in between as covariates."""
    parts = [
        read_shipped_csv(f"{prefix}_{arm}.txt.gz", sep=r"\s+", header=None, names=columns)
        for arm in ("treated", "control")
    ]
    df = pd.concat(parts, ignore_index=True)
    data = CausalData.from_frame(df, treatment="treat", outcome="re78", covariates=columns[1:-1])
    return Dataset(
        name=name,
        data=data,
        true_ate=None,
        description=description,
        extras={"treatment_column": "treat", "outcome_column": "re78"},
    )


def load_jobs() -> Dataset:
    """Load the LaLonde NSW experimental sample ("JOBS"): 297 treated, 425 control.

    Returns
    -------
    Dataset
        ``data``: 722 units, covariates ``age, educ, black, hisp, married, nodegr, re75``,
        treatment ``treat``, outcome ``re78`` (1978 earnings, US dollars). Treated units come
        first. ``true_ate`` is ``None`` (a randomised experiment: the difference in means is
        unbiased, about 886 dollars).

    Notes
    -----
    Source: the National Supported Work demonstration as analysed by LaLonde (1986), data
    files ``nsw_treated.txt`` / ``nsw_control.txt`` published by Dehejia and Wahba (public
    research data; no licence is stated by the source). Shipped unchanged (gzip). Shape:
    297 + 425 rows x 9 whitespace-separated columns ``treat age educ black hisp married
    nodegr re75 re78``, no header.

    References
    ----------
    .. [1] R. J. LaLonde, "Evaluating the econometric evaluations of training programs with
       experimental data", American Economic Review 76(4), 1986.
    .. [2] R. H. Dehejia and S. Wahba, "Causal effects in nonexperimental studies:
       reevaluating the evaluation of training programs", JASA 94(448), 1999.
    """
    return _nsw_dataset(
        "nsw",
        _NSW_COLUMNS,
        "jobs",
        "LaLonde NSW experimental sample (JOBS): 297 treated, 425 control; outcome re78.",
    )


def load_lalonde() -> Dataset:
    """Load the Dehejia-Wahba NSW subset with 1974 earnings: 185 treated, 260 control.

    Returns
    -------
    Dataset
        ``data``: 445 units, covariates ``age, educ, black, hisp, married, nodegr, re74,
        re75``, treatment ``treat``, outcome ``re78``. Treated units come first. ``true_ate``
        is ``None`` (a randomised experiment; the difference in means is about 1794 dollars).

    Notes
    -----
    Source: files ``nswre74_treated.txt`` / ``nswre74_control.txt`` published by Dehejia and
    Wahba (public research data; no licence is stated by the source), shipped unchanged
    (gzip). Shape: 185 + 260 rows x 10 whitespace-separated columns ``treat age educ black
    hisp married nodegr re74 re75 re78``, no header.

    References
    ----------
    .. [1] R. H. Dehejia and S. Wahba, "Causal effects in nonexperimental studies:
       reevaluating the evaluation of training programs", JASA 94(448), 1999.
    """
    return _nsw_dataset(
        "nswre74",
        _NSWRE74_COLUMNS,
        "lalonde",
        "Dehejia-Wahba NSW subset with re74 (LaLonde): 185 treated, 260 control; outcome re78.",
    )


def load_acic2016() -> Dataset:
    """Load the ACIC 2016 data challenge covariates with simulation setting 1.

    Returns
    -------
    Dataset
        ``data``: 4802 units; the 58 covariates with the categorical letter columns ``x_2``,
        ``x_21`` and ``x_24`` one-hot encoded (dummy coding, first level dropped so that the
        design has full rank with an intercept), giving 79 numeric covariates. Treatment
        ``z``, observed outcome ``y = z * y1 + (1 - z) * y0``. ``true_ate`` is the sample mean
        of ``mu1 - mu0``; ``extras`` holds ``mu0``, ``mu1``, ``y0``, ``y1``.

    Notes
    -----
    Source: ACIC 2016 causal inference data challenge (Dorie et al., 2019), files ``x.csv``
    (4802 x 58) and ``zymu_1.csv`` (4802 x 5: z, y0, y1, mu0, mu1) as bundled by the
    causallib package (Apache-2.0), shipped unchanged (gzip). The covariates come from the
    Collaborative Perinatal Project; see the aciccomp2016 R package for the original terms.

    References
    ----------
    .. [1] V. Dorie, J. Hill, U. Shalit, M. Scott and D. Cervone, "Automated versus
       do-it-yourself methods for causal inference: lessons learned from a data analysis
       competition", Statistical Science 34(1), 2019.
    """
    x = read_shipped_csv("acic2016_x.csv.gz")
    zymu = read_shipped_csv("acic2016_zymu_1.csv.gz")
    x = pd.get_dummies(x, columns=_ACIC_CATEGORICAL, drop_first=True, dtype=float)
    z = zymu["z"].to_numpy()
    y = np.where(z == 1, zymu["y1"].to_numpy(), zymu["y0"].to_numpy())
    data = CausalData(X=x, t=z, y=y)
    mu0, mu1 = zymu["mu0"].to_numpy(), zymu["mu1"].to_numpy()
    return Dataset(
        name="acic2016",
        data=data,
        true_ate=float(np.mean(mu1 - mu0)),
        description="ACIC 2016 challenge covariates (4802 x 58, letters one-hot) with simulation setting 1.",
        extras={
            "mu0": readonly_array(mu0),
            "mu1": readonly_array(mu1),
            "y0": readonly_array(zymu["y0"]),
            "y1": readonly_array(zymu["y1"]),
            "treatment_column": "z",
            "outcome_column": "y",
        },
    )


def make_synthetic(
    n: int = 1000,
    d: int = 10,
    ate: float = 2.0,
    confounding: float = 1.0,
    noise: float = 1.0,
    random_state: RandomState = None,
) -> Dataset:
    """Draw an observational data set with a known average treatment effect.

    The generator (vectorised; about a second for ``n = 10**6, d = 10``):

    * covariates ``X ~ N(0, I_d)``;
    * propensity ``e(x) = 1 / (1 + exp(-confounding * x'g))`` with
      ``g = (0.8, -0.5, 0.3, 0, ..., 0)`` truncated to ``d`` entries;
      treatment ``t ~ Bernoulli(e(x))``;
    * potential outcomes ``mu0(x) = 1 + x'b`` with ``b_j = 1 / (j + 1)`` (``j = 0..d-1``) and
      ``mu1(x) = mu0(x) + ate + 0.5 * x_0`` (a heterogeneous effect with mean ``ate``);
    * observed ``y = mu_t(x) + noise * eps``, ``eps ~ N(0, 1)``.

    The confounders ``x_0, x_1, x_2`` drive both treatment and outcome, so the difference in
    means is biased for ``confounding != 0``, while linear regression adjustment, a logistic
    propensity model and their doubly robust combination are all correctly specified.

    Parameters
    ----------
    n : int, default 1000
        Number of units (at least 8).
    d : int, default 10
        Number of covariates (at least 1).
    ate : float, default 2.0
        Population average treatment effect (``true_ate`` of the result).
    confounding : float, default 1.0
        Strength of confounding; 0 gives a randomised experiment with ``P(t = 1) = 1/2``.
    noise : float, default 1.0
        Standard deviation of the outcome noise.
    random_state : int, numpy.random.Generator or None
        Seed for reproducibility.

    Returns
    -------
    Dataset
        ``true_ate`` is the population ATE ``ate``; ``extras`` holds ``mu0``, ``mu1``,
        ``propensity`` and ``sample_ate`` (the mean of ``mu1 - mu0`` over the drawn units).

    Raises
    ------
    ValueError
        For ``n < 8``, ``d < 1`` or a negative ``noise``.

    References
    ----------
    .. [1] P. R. Rosenbaum and D. B. Rubin, "The central role of the propensity score in
       observational studies for causal effects", Biometrika 70(1), 1983 (the
       unconfoundedness set-up simulated here).

    Examples
    --------
    >>> ds = make_synthetic(n=500, d=5, ate=1.5, random_state=0)
    >>> ds.true_ate, ds.data.n, ds.data.n_features
    (1.5, 500, 5)
    """
    if isinstance(n, bool) or int(n) != n or n < 8:
        raise ValueError(f"n must be an integer >= 8 (both arms need units), got {n!r}.")
    if isinstance(d, bool) or int(d) != d or d < 1:
        raise ValueError(f"d must be a positive integer number of covariates, got {d!r}.")
    if not np.isfinite(noise) or noise < 0:
        raise ValueError(f"noise must be a finite non-negative standard deviation, got {noise!r}.")
    if not np.isfinite(ate) or not np.isfinite(confounding):
        raise ValueError("ate and confounding must be finite numbers.")
    n, d = int(n), int(d)
    rng = check_random_state(random_state)
    X = rng.standard_normal((n, d))
    g = np.zeros(d)
    g[: min(d, 3)] = np.array([0.8, -0.5, 0.3])[: min(d, 3)]
    b = 1.0 / np.arange(1, d + 1)
    propensity = 1.0 / (1.0 + np.exp(-confounding * (X @ g)))
    t = (rng.random(n) < propensity).astype(np.int8)
    # Guarantee both arms have 2 units even for tiny n (redraw a few units deterministically).
    if t.sum() < 2 or n - t.sum() < 2:
        t[:2], t[2:4] = 1, 0
    mu0 = 1.0 + X @ b
    mu1 = mu0 + ate + 0.5 * X[:, 0]
    y = np.where(t == 1, mu1, mu0) + noise * rng.standard_normal(n)
    data = CausalData(X=X, t=t, y=y, feature_names=tuple(f"x{j}" for j in range(d)))
    return Dataset(
        name="synthetic",
        data=data,
        true_ate=float(ate),
        description=(
            f"Synthetic confounded data: n={n}, d={d}, ATE={ate}, confounding={confounding}, "
            f"noise={noise} (see make_synthetic)."
        ),
        extras={
            "mu0": readonly_array(mu0),
            "mu1": readonly_array(mu1),
            "propensity": readonly_array(propensity),
            "sample_ate": float(np.mean(mu1 - mu0)),
            "treatment_column": "t",
            "outcome_column": "y",
        },
    )


_LOADERS = {
    "ihdp": load_ihdp,
    "jobs": load_jobs,
    "lalonde": load_lalonde,
    "acic2016": load_acic2016,
    "synthetic": make_synthetic,
    "tcga-standin": make_tcga_standin,
    "private-ate-synthetic": make_private_ate_synthetic,
}
_GENERATORS = (make_synthetic, make_tcga_standin, make_private_ate_synthetic)
DATASET_NAMES: tuple[str, ...] = tuple(_LOADERS)


def load_dataset(
    name_or_path: str | Path,
    treatment: str | None = None,
    outcome: str | None = None,
    *,
    random_state: RandomState = None,
) -> Dataset:
    """Load a shipped data set by name, or a CSV file by path (used by the CLI).

    Parameters
    ----------
    name_or_path : str or path
        One of ``ihdp`` (replication 1), ``jobs``, ``lalonde``, ``acic2016``, the generators
        ``synthetic`` (:func:`make_synthetic`), ``tcga-standin`` (:func:`make_tcga_standin`) and
        ``private-ate-synthetic`` (:func:`make_private_ate_synthetic`) with their defaults, or
        the path of a CSV file with a header row (plain or gzip-compressed, at most
        :data:`cocausal.limits.MAX_CSV_BYTES` decompressed and
        :data:`cocausal.limits.MAX_CSV_COLUMNS` columns).
    treatment, outcome : str, optional
        Column names. Required for a CSV file (all other columns become covariates and must
        be numeric). For a named data set they may be given only if they equal its own
        column names (``Dataset.extras["treatment_column"]`` / ``["outcome_column"]``).
    random_state : int, Generator or None
        Seed of the generators.

    Raises
    ------
    FileNotFoundError
        Neither a known name nor an existing file.
    ValueError
        Missing column names, a non-binary treatment, NaN/inf values, or a treatment/outcome
        that does not match a named data set.
    cocausal.limits.InputLimitError
        A CSV file over the size or column limit.
    TypeError
        Non-numeric covariate columns in a CSV file.
    """
    key = str(name_or_path)
    if key.lower() in _LOADERS:
        loader = _LOADERS[key.lower()]
        ds = loader(random_state=random_state) if loader in _GENERATORS else loader()
        for given, field in ((treatment, "treatment_column"), (outcome, "outcome_column")):
            if given is not None and given != ds.extras[field]:
                raise ValueError(
                    f"Data set {key!r} has {field.split('_')[0]} column {ds.extras[field]!r}, not "
                    f"{given!r}; omit --treatment/--outcome for named data sets."
                )
        return ds
    path = Path(key)
    if not path.is_file():
        raise FileNotFoundError(
            f"{key!r} is neither a known data set ({', '.join(DATASET_NAMES)}) nor an existing CSV file."
        )
    if treatment is None or outcome is None:
        raise ValueError(
            f"A CSV file needs the treatment and outcome column names (--treatment COL --outcome COL); "
            f"got treatment={treatment!r}, outcome={outcome!r}."
        )
    df = read_csv(path)
    data = CausalData.from_frame(df, treatment=treatment, outcome=outcome)
    return Dataset(
        name=path.stem,
        data=data,
        true_ate=None,
        description=f"CSV file {path} ({len(df)} rows; treatment {treatment!r}, outcome {outcome!r}).",
        extras={"treatment_column": treatment, "outcome_column": outcome, "path": str(path)},
    )
