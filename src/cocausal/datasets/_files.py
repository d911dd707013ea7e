"""Access to the data files shipped inside the package (``cocausal/datasets/data``)."""

from __future__ import annotations

from importlib import resources

import pandas as pd

__all__ = ["read_shipped_csv"]


def read_shipped_csv(filename: str, **read_csv_kwargs) -> pd.DataFrame:
    """Read a gzip-compressed text table shipped in ``cocausal/datasets/data``.

    Parameters
    ----------
    filename : str
        File name inside the data folder, e.g. ``"ihdp_npci_1.csv.gz"``.
    **read_csv_kwargs
        Passed to :func:`pandas.read_csv`.

    Raises
    ------
    FileNotFoundError
        If the file is not shipped (a broken installation; reinstall cocausal).
    """
    ref = resources.files("cocausal.datasets").joinpath("data", filename)
    if not ref.is_file():
        raise FileNotFoundError(
            f"Shipped data file {filename!r} is missing from the cocausal installation; "
            "reinstall the package (pip install --force-reinstall cocausal)."
        )
    with ref.open("rb") as fh:
        return pd.read_csv(fh, compression="gzip", **read_csv_kwargs)
