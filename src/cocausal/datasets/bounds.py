"""Declared public bounds for the shipped data sets (used by the CLI and the benchmark).

Differential privacy needs the outcome range and the covariate box to be public, i.e. fixed
without looking at the private data. For the shipped benchmark data these values play that
role: they were written down once from the variables' meaning (z-scores, binary indicators,
ages, years of schooling, earnings) and, for the ACIC 2016 count-like covariates, from each
column's maximum rounded outward to one significant digit. A real deployment must take them
from a codebook. Outcomes or covariates outside these bounds are clipped and counted.
"""

from __future__ import annotations

__all__ = ["DECLARED_BOUNDS", "declared_bounds"]

_ACIC_HI = [
    50, 70, 40, 80, 300, 6, 5, 6, 9, 4, 9, 6, 6, 7, 3, 1, 20, 200, 80, 1, 100, 20, 200, 300, 70,
    20, 8, 8, 5, 8, 100, 50, 1000, 100, 1, 20, 20, 9, 9, 30, 90, 30, 9, 3, 4, 9, 4, 1, 4, 4, 1, 3,
    9, 60, 60,
] + [1] * 24

DECLARED_BOUNDS: dict[str, dict] = {
    # 6 standardised covariates (z-scores, +-6), 18 indicators, one 0-3 count.
    "ihdp": {
        "outcome": (-5.0, 15.0),
        "covariates": ([-6.0] * 6 + [0.0] * 19, [6.0] * 6 + [1.0] * 7 + [3.0] + [1.0] * 11),
    },
    # age, years of education, four indicators, 1974 and 1975 earnings (USD).
    "lalonde": {
        "outcome": (0.0, 60000.0),
        "covariates": ([16, 0, 0, 0, 0, 0, 0, 0], [60, 20, 1, 1, 1, 1, 60000, 60000]),
    },
    "acic2016": {"outcome": (-15.0, 30.0), "covariates": ([0.0] * 79, _ACIC_HI)},
}


def declared_bounds(name: str) -> dict:
    """``{"outcome": (lo, hi), "covariates": (lo, hi)}`` for a shipped data set name (the
    synthetic design carries its own bounds in ``Dataset.extras``).

    Raises
    ------
    ValueError
        For an unknown name (pass the bounds explicitly).
    """
    key = name.lower()
    if key not in DECLARED_BOUNDS:
        raise ValueError(
            f"No declared public bounds for {name!r}; pass --outcome-bounds LO,HI (and "
            "--covariate-bounds LO,HI at sample level) from your codebook."
        )
    return DECLARED_BOUNDS[key]
