"""Figures of payoffs, model rewards and payoff flows."""

from __future__ import annotations

import numpy as np
import pytest

from cocausal.games import load_collab_ml_game
from cocausal.payoff import allocate
from cocausal.payoff.plots import plot_allocation, plot_flows, plot_model_rewards, plot_payoffs


@pytest.fixture(scope="module")
def allocations():
    game = load_collab_ml_game("mnist_5_parties")
    return [allocate(game, b) for b in (np.inf, 0.0, [0.3, 0, 0, 0, 0])]


def test_scenario_figures_draw_every_bar_and_heatmap(allocations, tmp_path):
    labels = ["inf", "0", "0.3"]
    ax = plot_payoffs(allocations, labels).axes[0]
    assert len(ax.patches) == 15  # 3 scenarios x 5 parties
    heights = sorted(p.get_height() for p in ax.patches)
    assert heights[0] == pytest.approx(allocations[0].payoffs.min())
    ax = plot_model_rewards(allocations, labels).axes[0]
    assert max(p.get_height() for p in ax.patches) == pytest.approx(allocations[0].grand_value)
    fig = plot_flows(allocations, labels)
    assert len(fig.axes) == 4  # 3 heatmaps + one colour bar: one colour scale for all (issue 17)
    heatmaps = [ax for ax in fig.axes if ax.get_title().startswith("Flows")]
    assert len({ax.images[0].get_clim() for ax in heatmaps}) == 1
    assert [ax.get_title() for ax in heatmaps] == ["Flows, inf", "Flows, 0", "Flows, 0.3"]
    np.testing.assert_allclose(heatmaps[1].images[0].get_array(), allocations[1].flows)
    fig.savefig(tmp_path / "f.png")
    assert (tmp_path / "f.png").stat().st_size > 10_000


def test_single_allocation_figure_and_bad_labels(allocations):
    fig = plot_allocation(allocations[2], title="b = 0.3")
    assert len(fig.axes) == 4 and fig._suptitle.get_text() == "b = 0.3"
    with pytest.raises(ValueError, match="one label per allocation"):
        plot_payoffs(allocations, ["only one"])
