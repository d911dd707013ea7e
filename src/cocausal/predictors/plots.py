"""Figure of counterfactual prediction densities, one panel per method.

References
----------
.. [1] Kusner, M. J., Loftus, J., Russell, C., & Silva, R. (2017). Counterfactual fairness. NeurIPS 30.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure

__all__ = ["plot_counterfactual_densities"]


def plot_counterfactual_densities(result, path: str | Path | None = None) -> Figure:
    """Per method, the histogram densities of its predictions under each counterfactual value.

    Parameters
    ----------
    result : ComparisonResult
        From :func:`~cocausal.predictors.evaluation.compare_predictors` with
        ``keep_predictions=True``.
    path : str or path, optional
        PNG file to write (120 dpi; parent folders are created); nothing is written when omitted.

    Returns
    -------
    matplotlib.figure.Figure
        One panel per method, built without pyplot state.

    Raises
    ------
    ValueError
        When the result kept no predictions.
    """
    names = list(result.preds)
    if not names:
        raise ValueError("The comparison kept no predictions; call compare_predictors(..., keep_predictions=True).")
    ncols = min(3, len(names))
    nrows = -(-len(names) // ncols)
    fig = Figure(figsize=(3.6 * ncols, 2.8 * nrows))
    axes = fig.subplots(nrows, ncols, squeeze=False)
    for ax in axes.flat[len(names):]:
        ax.set_visible(False)
    for ax, name in zip(axes.flat, names):
        for level, preds in result.preds[name].items():
            ax.hist(preds, bins=40, density=True, histtype="step", label=str(level))
        ax.set_title(name)
        ax.set_xlabel("prediction")
    for row in axes:
        row[0].set_ylabel("density")
    axes.flat[len(names) - 1].legend(title=f"do({result.sensitive} = .)", fontsize=7)
    fig.suptitle(f"predictions under each counterfactual value ({result.primary_world})", fontsize=9)
    fig.tight_layout()
    if path is not None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, dpi=120)
    return fig
