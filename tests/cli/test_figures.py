"""The figure defects issue 17 found in the demo report, each as a check on the figure object."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.colors import to_rgb

from cocausal.cci.plots import plot_gain_cost, plot_rewards, study_figure
from cocausal.cci.repeated import repeated_study
from cocausal.datasets import load_ihdp


@pytest.fixture(scope="module")
def study():
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the study's own warnings are not what these tests check
        return repeated_study(load_ihdp(1).data, 5, 20, random_state=0, estimator="por")


def test_flow_heatmaps_share_one_colour_scale_and_annotations_stay_readable():
    from cocausal.games import load_collab_ml_game
    from cocausal.payoff import allocate
    from cocausal.payoff.plots import plot_flows

    game = load_collab_ml_game("mnist_5_parties")
    allocations = [allocate(game, b) for b in (np.inf, 0.0)]
    fig = plot_flows(allocations, ["inf", "0"])
    heatmaps = [ax for ax in fig.axes if ax.images]
    assert len({ax.images[0].get_clim() for ax in heatmaps}) == 1
    image = heatmaps[0].images[0]
    for text in heatmaps[0].texts:
        value = float(text.get_text())
        cell = np.array(image.cmap(image.norm(value))[:3])
        luminance = cell @ [0.299, 0.587, 0.114]
        ink = np.array(to_rgb(text.get_color())) @ [0.299, 0.587, 0.114]
        assert abs(luminance - ink) > 0.3, (value, luminance, ink)  # text contrasts with its cell


def test_gain_cost_counts_are_whole_and_log_ticks_do_not_overlap(study):
    ax = plot_gain_cost(study.gains, study.costs)
    ax.figure.canvas.draw()
    assert all(float(t).is_integer() for t in ax.get_yticks())
    if ax.get_xscale() == "log":
        assert not any(label.get_text() for label in ax.xaxis.get_minorticklabels())


def test_wide_reward_densities_do_not_stretch_the_axis(study):
    result = study.first
    ax = plot_rewards(result)
    lo, hi = ax.get_xlim()
    se = np.asarray(result.se_r, dtype=float)
    tau = np.append(np.asarray(result.tau_r, dtype=float), result.tau_N)
    assert hi - lo <= np.ptp(tau[np.isfinite(tau)]) + 8 * np.nanmedian(se) + 1e-9


def test_three_panel_study_figure_has_two_rows(study):
    fig = study_figure(study.first, study.gains, study.costs)
    width, height = fig.get_size_inches()
    assert width <= 11 and height >= 7  # readable at 800 px: the Gain/Cost panel gets its own row


def test_graph_nodes_are_wide_enough_for_their_labels():
    from cocausal.scm import load_phd_example
    from cocausal.scm.graph import draw_graph

    models, _ = load_phd_example()
    fig = draw_graph(models[0].graph)
    collections = [c for c in fig.axes[0].collections if hasattr(c, "get_sizes") and len(c.get_sizes())]
    sizes = np.concatenate([c.get_sizes() for c in collections])
    longest = max(len(str(n)) for n in models[0].graph)
    assert np.sqrt(sizes.max()) >= 5.2 * longest + 12 - 1e-9


def test_fair_densities_are_histograms_on_shared_bins():
    from cocausal.pooling.pipeline import FairPooling
    from cocausal.scm import load_phd_example

    models, applicants = load_phd_example()
    result = FairPooling(sensitive="Gnd", n_samples=2000, random_state=0).fit(models).score(applicants)
    ax = result.plot().axes[0]
    bars = [p for p in ax.patches if type(p).__name__ == "Rectangle" and p.get_height() > 0]
    widths = {round(p.get_width(), 12) for p in bars}
    assert len(widths) == 1  # every expert's bars on the same bins
    assert all(len(set(np.round(line.get_xdata(), 12))) == 1 for line in ax.lines)  # only vertical mean lines
